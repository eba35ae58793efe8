/**
 * Whether the speaker asserts, denies or asks what the statement's content says, read from its cue.
 *
 *   cuePolarity        "denied (that) …", "rejected / dismissed suggestions that …", "refused to confirm …",
 *                      "did not say …", "never said …" -> denies; "asked whether …", a quoted question
 *                      with an asking cue -> questions; everything else asserts
 *   claimObjectEnd     for the reported-speech finder: "rejected suggestions that" -> the token after "that"
 *
 * A direct quote is the speaker's own words, so a quoted denial asserts what it says.
 */
import type { Candidate } from './candidate';
import type { Doc } from './doc';
import type { Token } from './tokens';

export type Polarity = 'asserts' | 'denies' | 'questions';

/** The cue token of a statement: the nearest frame token spelled like its cue, or -1. */
export function cueToken(d: Doc, c: Candidate): number {
  const sent = d.sents[c.sent];
  const cue = c.cue.split(' ')[0] ?? '';
  if (!sent || !cue || cue === ':') return -1;
  let best = -1;
  let bestDist = Infinity;
  for (let k = sent.t0; k < sent.t1; k++) {
    const t = d.toks[k] as Token;
    if (t.q >= 0 || t.lw !== cue || (t.e > c.start && t.s < c.end)) continue;
    const dist = t.e <= c.start ? c.start - t.e : t.s - c.end;
    if (dist < bestDist) {
      best = k;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * "suggestions that", "the claims that", "reports that": the object of a rejecting cue starting at c0 is a
 * claim noun followed by "that"; returns the token after "that", or -1.
 */
export function claimObjectEnd(d: Doc, c0: number, ceil: number): number {
  const P = d.L.lex.polarity;
  for (let k = c0; k < ceil && k < c0 + 4; k++) {
    const t = d.toks[k] as Token;
    if (!t.word || t.q >= 0) return -1;
    if (P.claimNouns.includes(t.lw)) {
      const that = d.toks[k + 1];
      return that && that.word && that.lw === 'that' ? k + 2 : -1;
    }
  }
  return -1;
}

function endsWithQuestion(d: Doc, c: Candidate): boolean {
  return d.text[c.end - 1] === '?' || d.text[c.end] === '?';
}

export function cuePolarity(d: Doc, c: Candidate): Polarity {
  const P = d.L.lex.polarity;
  if (c.cue === ':' && c.ref?.kind === 'label' && d.L.lex.questionTags.includes(c.ref.text.toLowerCase()))
    return 'questions';
  if (c.cue === ':' && endsWithQuestion(d, c)) return 'questions';
  const k = cueToken(d, c);
  const cue = k >= 0 ? (d.toks[k] as Token).lw : c.cue;
  const asking = P.askingCues.includes(cue);
  if (c.kind === 'direct') {
    return asking && endsWithQuestion(d, c) ? 'questions' : 'asserts';
  }
  if (asking) {
    const first = /^\p{L}+/u.exec(d.text.slice(c.start, c.start + 12));
    if (first && P.questionStarters.includes(first[0].toLowerCase())) return 'questions';
  }
  if (P.denyingCues.includes(cue)) return 'denies';
  if (k < 0) return 'asserts';
  // "rejected suggestions that …", "rejected Western pressure to …": what follows is what the speaker rejects
  if (P.rejectingCues.includes(cue)) return 'denies';
  // "did not say", "has never said", "refused to confirm", "declined to say whether"
  for (let j = k - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    const t = d.toks[j] as Token;
    if (!t.word || t.q >= 0) break;
    if (P.negators.includes(t.lw) || /n['’]t$/.test(t.lw)) return 'denies';
    if (t.lw === 'to' && P.refusals.includes((d.toks[j - 1] as Token | undefined)?.lw ?? '')) return 'denies';
    if (!d.L.modifiers.has(t.lw) && t.lw !== 'to') break;
  }
  return 'asserts';
}
