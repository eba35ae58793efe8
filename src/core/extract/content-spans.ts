/** Character spans of statement content, and how they sit against the quotation marks. */
import type { Doc } from './doc';
import type { QuoteSpan, Token } from './tokens';

function spanOfTokens(d: Doc, t0: number, t1: number): [number, number] | null {
  if (t1 <= t0) return null;
  let s = (d.toks[t0] as Token).s;
  let e = (d.toks[t1 - 1] as Token).e;
  const text = d.text;
  // trim trailing sentence punctuation (keep a closing quote mark)
  while (e > s && /[\s.,;:—–-]/.test(text[e - 1] ?? '')) e--;
  while (s < e && /[\s,;:—–-]/.test(text[s] ?? '')) s++;
  if (e - s < 2) return null;
  return [s, e];
}

/** The span of tokens [t0, t1), or null when it is empty or mostly inside direct quotes. */
export function uncoveredSpan(d: Doc, t0: number, t1: number): [number, number] | null {
  const sp = spanOfTokens(d, t0, t1);
  return sp && !coveredByFullQuote(d, sp[0], sp[1]) ? sp : null;
}

/** Index of the first quote whose closing mark ends after offset `pos` (quotes are in text order). */
export function firstQuoteEndingAfter(d: Doc, pos: number): number {
  let lo = 0;
  let hi = d.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = d.quotes[mid] as QuoteSpan;
    if (q.close + q.closeLen <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function coveredByFullQuote(d: Doc, s: number, e: number): boolean {
  let cov = 0;
  for (let qi = firstQuoteEndingAfter(d, s); qi < d.quotes.length; qi++) {
    const q = d.quotes[qi] as QuoteSpan;
    if (q.open >= e) break;
    if (!d.fullQuote[qi]) continue;
    const a = Math.max(s, q.open);
    const b = Math.min(e, q.close + q.closeLen);
    if (b > a) cov += b - a;
  }
  return cov >= 0.6 * (e - s);
}

export function hasQuoteMark(d: Doc, s: number, e: number): boolean {
  for (let qi = firstQuoteEndingAfter(d, s); qi < d.quotes.length; qi++) {
    const q = d.quotes[qi] as QuoteSpan;
    if (q.open >= e) break;
    if (q.cs < e && q.ce > s) return true;
  }
  return false;
}
