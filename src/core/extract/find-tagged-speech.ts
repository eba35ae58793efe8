/** Reported speech without a speech verb: transcript tags ("TAPPER: …") and "Asked whether …" clauses. */
import type { Mention } from './actors';
import { reportedCandidate, type Candidate } from './candidate';
import { uncoveredSpan } from './content-spans';
import { isPunct, type Doc, type SpeakerRef } from './doc';
import { rightNP } from './speaker-phrases';
import type { Token } from './tokens';

/** "TAPPER: …" transcript turns and "Rubio: I Still Believe …" headlines: a name and a colon open the paragraph. */
export function findSpeakerTags(d: Doc, out: Candidate[]): void {
  let lastPara = -1;
  for (const sent of d.sents) {
    if (sent.para === lastPara) continue;
    lastPara = sent.para;
    const m = d.mStart[sent.t0];
    let k: number;
    let ref: SpeakerRef;
    if (m && !m.roleOnly && !m.poss) {
      const a = m.actor;
      const w0 = (d.toks[m.n0] as Token).w;
      if (!a || a.name.length < 3 || (a.type === 'other' && (a.toks.length > 1 || /^[A-Z]{2,}$/.test(w0)))) continue;
      // an all-capitals tag must name a person of the article ("TAPPER"), not a section ("EMAIL", "EXCLUSIVE")
      if (/^[A-Z]{2,}$/.test(w0) && a.type !== 'person') continue;
      ref = { kind: 'mention', m, t0: m.r0, t1: m.r1 };
      k = m.r1;
      // "Clinton to Planned Parenthood:"
      if ((d.toks[k] as Token | undefined)?.lw === 'to' && d.mStart[k + 1]) k = (d.mStart[k + 1] as Mention).r1;
    } else {
      const t = d.toks[sent.t0] as Token;
      if (!t.word || !/^[A-Z][A-Z'’.-]+$/.test(t.w) || t.w.length < 3) continue;
      // only a tag naming a person of the article ("TAPPER" for Jake Tapper), not a section label
      if (!d.actors.some((a) => a.type === 'person' && a.toks.includes(t.lw))) continue;
      ref = { kind: 'label', text: t.w, t0: sent.t0, t1: sent.t0 + 1 };
      k = sent.t0 + 1;
    }
    if (!isPunct(d.toks[k], ':')) continue;
    // content: the rest of the paragraph
    let e = k + 1;
    while (e < d.toks.length && (d.toks[e] as Token).para === sent.para) e++;
    if (e - k < 4) continue;
    const sp = uncoveredSpan(d, k + 1, e);
    if (sp) out.push(reportedCandidate(sp, ':', ref, 'pre', sent, d));
  }
}

/** "Asked whether X, she said ..." / "When asked about X, he ...": the question is reported speech. */
export function findAskedClauses(d: Doc, out: Candidate[]): void {
  for (const sent of d.sents) {
    let k = sent.t0;
    const t0 = d.toks[k];
    if (!t0 || !t0.word) continue;
    if (t0.lw === 'when' && d.toks[k + 1]?.lw === 'asked') k++;
    const a = d.toks[k] as Token;
    if (a.lw !== 'asked' || a.q >= 0) continue;
    const n = d.toks[k + 1];
    if (!n || !n.word || !/^(about|whether|if|why|what|how|which|when|where|who)$/.test(n.lw)) continue;
    let c = k + 1;
    while (c < sent.t1 && !(isPunct(d.toks[c], ',') && (d.toks[c] as Token).q < 0)) c++;
    if (c >= sent.t1 || c - k < 3) continue;
    const sp = uncoveredSpan(d, k + 1, c);
    if (!sp) continue;
    const ref = rightNP(d, c + 1, sent.t1);
    out.push(reportedCandidate(sp, 'asked', ref, 'pre', sent, d));
  }
}
