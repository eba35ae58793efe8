/** Direct quotes: quotations that stand as statements, and long quoted fragments left over. */
import { directCandidate, type Attribution, type Candidate } from './candidate';
import { isCue, isPunct, wordCount, type Doc } from './doc';
import {
  attributionAfter,
  attributionBefore,
  inTitleCase,
  prefixEndsColon,
  quoteStartsSentence,
  titleAfterPreposition,
} from './quote-attribution';
import type { QuoteSpan } from './tokens';

/** "PENCE: Well, ..." speaker tags at the start of a transcript paragraph. */
const TRANSCRIPT_RE = /^((?:[A-Z][A-Z'’.-]+)(?: [A-Z][A-Z'’.-]+){0,2}):\s/;

export interface DirectQuotes {
  cands: Candidate[];
  /** the direct candidate per quotation, by quote index */
  direct: (Candidate | null)[];
  attrs: { after: Attribution | null; before: Attribution | null }[];
}

/** Decides which quotations are full quotes (sets d.fullQuote) and makes a candidate of each. */
export function findDirectQuotes(d: Doc): DirectQuotes {
  const { text, quotes, quoteTok, toks } = d;
  const cands: Candidate[] = [];
  const direct: (Candidate | null)[] = quotes.map(() => null);
  const attrs: DirectQuotes['attrs'] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi] as QuoteSpan;
    const qt = quoteTok[qi] as { first: number; last: number };
    if (qt.first < 0) {
      attrs.push({ after: null, before: null });
      continue;
    }
    const before = attributionBefore(d, qi);
    const after = attributionAfter(d, qi);
    attrs.push({ after, before });
    if (titleAfterPreposition(d, qi)) {
      d.fullQuote[qi] = false;
      continue;
    }
    const content = text.slice(q.cs, q.ce);
    const wc = wordCount(content);
    const starts = quoteStartsSentence(d, qi);
    const lastCh = content[content.length - 1] ?? '';
    const endsPunct = /[.!?…,]/.test(lastCh) || text[q.ce] === ',';
    let full = false;
    if (starts) full = wc >= 2 || !!after;
    else if (before && before.how === 'before') full = true;
    else if (prefixEndsColon(d, qi)) full = true;
    // "… but Vellton denies — “why would you?” asked Dunn": a dash opens the quotation's own sentence
    else if (after && isPunct(toks[qt.first - 1], '—–')) full = true;
    // "“…?” Sanders said. “Okay, great!”": a short quote right after an attributed one goes on with it
    if (full && wc < 3 && !after && !before && !followsAttributedQuote(d, qi)) full = false;
    // the second half of a split quote: “…,” he told X after the debate, “and I hope …”
    if (!full && qi > 0 && d.fullQuote[qi - 1] && /^\p{Ll}/u.test(content)) {
      const pq = quotes[qi - 1] as QuoteSpan;
      const prevTok = toks[qt.first - 1];
      if (pq.para === q.para && prevTok && isPunct(prevTok, ',') && q.open - (pq.close + pq.closeLen) < 200)
        full = true;
    }
    if (!starts && !before && endsPunct && after && wc >= 6) full = false;
    d.fullQuote[qi] = full;
    if (!full) continue;
    // "… and said, “No.” Aides said more.": a quotation that closes its sentence belongs to the speech verb right
    // before it
    const closesSentence = /[.!?…]/.test(lastCh) && text[q.ce] !== ',';
    const cueRightBefore = !!before && isPunct(toks[qt.first - 1], ',:') && isCue(d, toks[qt.first - 2]);
    let att = closesSentence && cueRightBefore ? before : (after ?? before);
    // "''Tales From the Crypt,'' an HBO series, …": a title nobody is said to speak
    if (!att && !/[.!?…]/.test(lastCh) && inTitleCase(content.replace(/,$/, ''))) {
      d.fullQuote[qi] = false;
      continue;
    }
    const tag = TRANSCRIPT_RE.exec(content);
    if (tag && tag[1])
      att = { ref: { kind: 'label', text: tag[1], t0: qt.first, t1: qt.first + 1 }, cue: ':', how: 'before' };
    const c = directCandidate(d, qi, att, att ? att.how : 'none');
    direct[qi] = c;
    cands.push(c);
  }
  return { cands, direct, attrs };
}

/**
 * Long fragments not covered by any reported-speech statement become low-confidence direct quotes
 * (added to `found`).
 */
export function addQuoteFragments(d: Doc, found: DirectQuotes, reported: Candidate[]): void {
  const { text, quotes, quoteTok } = d;
  dropQuotesInsideReported(d, found, reported);
  for (let qi = 0; qi < quotes.length; qi++) {
    if (d.fullQuote[qi]) continue;
    const q = quotes[qi] as QuoteSpan;
    const wc = wordCount(text.slice(q.cs, q.ce));
    if (wc < 6) continue;
    if (reported.some((c) => c.start <= q.cs && c.end >= q.ce - 1)) continue;
    const qt = quoteTok[qi] as { first: number; last: number };
    if (qt.first < 0) continue;
    const att = found.attrs[qi]?.after ?? null;
    if (!att) continue;
    const c = directCandidate(d, qi, att, 'after');
    c.conf = -0.25; // penalty applied with the confidence
    found.direct[qi] = c;
    found.cands.push(c);
  }
}

/**
 * "Marr said it is naive to think that, once we leave, “the sea will keep us safe.”": a quotation that starts in
 * lower case inside a reported statement ending the same clause is part of that statement (shown as mixed), not
 * a direct quote of its own.
 */
function dropQuotesInsideReported(d: Doc, found: DirectQuotes, reported: Candidate[]): void {
  let dropped = false;
  for (let qi = 0; qi < d.quotes.length; qi++) {
    const c = found.direct[qi];
    if (!c) continue;
    const q = d.quotes[qi] as QuoteSpan;
    if (!/^\p{Ll}/u.test(d.text.slice(q.cs, q.cs + 1))) continue;
    if (!reported.some((r) => r.start < q.open && r.end >= q.ce - 1)) continue;
    found.direct[qi] = null;
    d.fullQuote[qi] = false;
    dropped = true;
  }
  if (dropped) found.cands = found.cands.filter((c) => found.direct[c.quote] === c);
}

/** The quotation opens its sentence right after the sentence of a full, attributed quote in the same paragraph. */
function followsAttributedQuote(d: Doc, qi: number): boolean {
  const q = d.quotes[qi] as QuoteSpan;
  const pq = d.quotes[qi - 1];
  if (!pq || !d.fullQuote[qi - 1] || pq.para !== q.para || q.open - (pq.close + pq.closeLen) > 60) return false;
  const between = d.text.slice(pq.close + pq.closeLen, q.open);
  return /^[,.!?]?\s+\S[^“”"]*[.!?]\s*$/u.test(between);
}
