/**
 * Headlines in title case ("Senator Ilse Marr Slams Budget Plan") make every word look like a name.
 *
 *   headlineParas     paragraphs written in title case (most longer words capitalised, short, few commas)
 *   trimHeadlineNames replaces each name run in such a paragraph by the parts of it that the body of the
 *                     article also uses as names ("Ilse Marr"), and drops the rest
 */
import type { LexSets, Mention } from './actors';
import type { Token } from './tokens';

/** Paragraph indexes whose words are nearly all capitalised. */
export function headlineParas(toks: Token[], L: LexSets): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < toks.length) {
    const para = (toks[i] as Token).para;
    let words = 0;
    let caps = 0;
    let verbs = 0;
    let j = i;
    for (; j < toks.length && (toks[j] as Token).para === para; j++) {
      const t = toks[j] as Token;
      if (!t.word || t.q >= 0 || t.w.length <= 3 || /^\d/.test(t.w)) continue;
      words++;
      if (t.cap) caps++;
      if (t.cap && L.headlineVerbs.has(t.lw)) verbs++;
    }
    if (words >= 3 && words <= 22 && caps >= words * 0.8 && (verbs > 0 || caps === words)) out.add(para);
    i = j;
  }
  return out;
}

/**
 * Name runs inside headline paragraphs, cut down to the names the body uses. A run is split into the
 * longest token sequences that equal a body name (or one token of a body name); other words are dropped.
 */
export function trimHeadlineNames(
  toks: Token[],
  mentions: Mention[],
  heads: Set<number>,
  analyse: (r0: number, r1: number, poss: boolean) => Mention,
): Mention[] {
  if (!heads.size) return mentions;
  const bodyNames = new Set<string>();
  const bodyWords = new Set<string>();
  for (const m of mentions) {
    if (heads.has((toks[m.r0] as Token).para)) continue;
    const ws: string[] = [];
    for (let k = m.n0; k < m.n1; k++) if ((toks[k] as Token).word) ws.push((toks[k] as Token).lw);
    bodyNames.add(ws.join(' '));
    for (const w of ws) bodyWords.add(w);
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!heads.has((toks[m.r0] as Token).para)) {
      out.push(m);
      continue;
    }
    let k = m.r0;
    while (k < m.r1) {
      let best = -1;
      const ws: string[] = [];
      for (let j = k; j < m.r1 && j < k + 5; j++) {
        const t = toks[j] as Token;
        if (!t.word) break;
        ws.push(t.lw);
        if (bodyNames.has(ws.join(' '))) best = j + 1;
      }
      if (best < 0 && bodyWords.has((toks[k] as Token).lw) && (toks[k] as Token).word) best = k + 1;
      if (best < 0) {
        k++;
        continue;
      }
      out.push(analyse(k, best, (toks[best - 1] as Token).poss));
      k = best;
    }
  }
  return out;
}
