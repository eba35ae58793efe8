/** Reported speech without a speech verb: "Asked whether …" clauses (transcript turns: transcript-turns.ts). */
import { reportedCandidate, type Candidate } from './candidate';
import { uncoveredSpan } from './content-spans';
import { closesWithComma, isAbbrevDot, isPunct, type Doc } from './doc';
import { rightNP } from './speaker-phrases';
import type { Token } from './tokens';

/** "Asked whether X, she said ..." / "When asked about X, he ...": the question is reported speech. */
export function findAskedClauses(d: Doc, out: Candidate[]): void {
  for (const sent of d.sents) {
    for (let k = sent.t0; k < sent.t1; k++) {
      const a = d.toks[k] as Token;
      if (a.lw !== 'asked' || a.q >= 0) continue;
      // passive "asked": at the sentence start, or after "when" / "after being"
      const p = d.toks[k - 1];
      const initial = k === sent.t0 || (k === sent.t0 + 1 && p?.lw === 'when');
      const passive = initial || (k > sent.t0 && !!p && (p.lw === 'when' || p.lw === 'being'));
      if (!passive) continue;
      const w = questionStart(d, k + 1, sent.t1);
      if (w < 0) continue;
      let c = w;
      // the question ends at a comma, also one inside closing quotation marks ("… on “Vell Morning,” Osei said")
      while (c < sent.t1 && !(isPunct(d.toks[c], ',') && (d.toks[c] as Token).q < 0) && !closesWithComma(d, c)) c++;
      if (c - w < 2) continue;
      const sp = uncoveredSpan(d, w, closesWithComma(d, c) ? c + 1 : c);
      if (!sp) continue;
      // "Asked whether …, Marr said …": the one asked answers after the comma; mid-sentence the asker is unnamed;
      // "Asked by Dana Rook whether …": the question is the asker's
      const by = d.toks[k + 1]?.lw === 'by' ? rightNP(d, k + 2, w) : null;
      const ref = by ?? (initial && c < sent.t1 ? rightNP(d, c + 1, sent.t1) : null);
      out.push(reportedCandidate(sp, 'asked', ref, 'pre', sent, d));
    }
  }
}

/**
 * The token where the question of a passive "asked" starts: a wh-word, "if", "whether", "about" or a
 * to-infinitive, after at most a short "by NAME" or time / place phrase ("Asked on Monday whether …"); else -1.
 */
function questionStart(d: Doc, i: number, ceil: number): number {
  for (let k = i; k < ceil && k < i + 8; k++) {
    const t = d.toks[k] as Token;
    if (t.q >= 0 || (!t.word && !(t.w === '.' && isAbbrevDot(d, k)))) return -1;
    if (/^(about|whether|if|why|what|how|which|when|where|who|whom)$/.test(t.lw)) return k;
    if (t.lw === 'to' && k > i && d.toks[i]?.lw === 'by') return k;
    if (
      k === i &&
      !/^(by|on|in|at|during|during|recently|later|earlier|again|repeatedly|directly|last|this)$/.test(t.lw)
    )
      return -1;
  }
  return -1;
}
