import type { Candidate } from './candidate';

/**
 * Confidence prior per statement frame (kind:how), estimated on the train split: the share of statements
 * of that frame whose span and speaker were both right.
 */
const CONF_PRIOR: Record<string, number> = {
  'direct:after': 0.93,
  'direct:before': 0.82,
  'direct:continuation': 0.84,
  'direct:paragraph': 0.5,
  'direct:none': 0.25,
  'direct:fragment': 0.3,
  'direct:pre': 0.55,
  'direct:post': 0.6,
  'direct:according': 0.6,
  'direct:participle': 0.5,
  'indirect:pre': 0.62,
  'indirect:post': 0.7,
  'indirect:according': 0.62,
  'indirect:participle': 0.72,
};

/** Sets c.conf: the frame prior adjusted for how the speaker was resolved, plus any penalty already in c.conf. */
export function scoreConfidence(cands: Candidate[]): void {
  for (const c of cands) {
    const refKind = c.ref?.kind ?? 'none';
    let p = CONF_PRIOR[`${c.kind}:${c.how}`] ?? 0.4;
    if (refKind === 'pronoun') p -= 0.12;
    else if (refKind === 'np' && !c.speaker) p -= 0.12;
    else if (refKind === 'label') p -= 0.1;
    if (!c.speaker && !c.label) p = Math.min(p, 0.25);
    if (c.speaker && c.speaker.type === 'other') p -= 0.08;
    if (c.kind === 'indirect') {
      // say/according-to frames and quoted fragments are the most reliable reported speech
      if (c.mixed || c.cue === 'said' || c.cue === 'says' || c.cue === 'according to') p += 0.04;
      else if (c.cue === 'told' || c.cue === 'tells') p -= 0.08;
      else if (/^(reject|denie|deny|describ)/.test(c.cue))
        p -= 0.25; // stance verbs: rarely annotated as speech
      else if (c.cue !== 'say') p -= 0.06;
    }
    p += c.conf;
    c.conf = Math.max(0.05, Math.min(0.97, p));
  }
}
