/**
 * Tokenisation, quotation-span detection and sentence segmentation.
 * Everything works on offsets into the original text; nothing is normalised in place.
 */

export interface Token {
  s: number;
  e: number;
  /** surface form */
  w: string;
  /** lower case form with a possessive 's stripped */
  lw: string;
  word: boolean;
  /** first letter upper case */
  cap: boolean;
  /** ends with 's / ’s */
  poss: boolean;
  para: number;
  sent: number;
  /** index of the quote span that contains this token (marks included), or -1 */
  q: number;
  /** this token is a quotation mark that opens (1) or closes (2) span `q` */
  mark: 0 | 1 | 2;
}

export interface QuoteSpan {
  /** offset of the opening mark */
  open: number;
  openLen: number;
  /** offset of the closing mark (== content end region for run-on quotes) */
  close: number;
  closeLen: number;
  /** trimmed content span */
  cs: number;
  ce: number;
  /** no closing mark: the quote ran to the end of its paragraph */
  runOn: boolean;
  para: number;
}

export interface Sentence {
  s: number;
  e: number;
  /** token index range [t0, t1) */
  t0: number;
  t1: number;
  para: number;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|(?:\p{Ll}\.){2,}(?=\s)|\d+(?:[.,:]\d+)+|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*|\S/gu;
/** The end of a web address ("fivethirtyeight.com"): read as one word, its full stop ends no sentence or phrase. */
const DOMAIN_END_RE =
  /(?:\.[\p{L}\p{N}][\p{L}\p{N}-]*)*?\.(?:com|org|net|gov|edu|int|info|news|co\.uk|org\.uk|gov\.uk)(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/uy;
const POSS_RE = /['’]s$/;
const UPPER_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\p{N}]/u;

export function paragraphStarts(text: string): number[] {
  // a paragraph starts after a newline; blank lines do not open new paragraphs
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    const next = text.indexOf('\n', i + 1);
    const lineEnd = next < 0 ? text.length : next;
    if (/\S/.test(text.slice(i + 1, lineEnd))) starts.push(i + 1);
    i = next;
  }
  return starts;
}

/** Index of the paragraph containing offset `pos` (binary search over paragraph starts). */
export function paraOf(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '\u2018', "'"]);
const CLOSE_FOLLOW = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '—', '–', '-', '\u2019', "'", '…']);

const MARK_RE = /[“”„‟"«»「」『』]|''/g;

/**
 * Find double-quotation spans. Curly, straight, guillemets, low-high („ “), corner brackets and
 * doubled apostrophes are handled as one stream, so mixed typography (“…") still pairs.
 * A quote opened at a paragraph start and not closed there runs to the paragraph end.
 */
export function findQuotes(text: string, paraStarts: number[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let pending: { pos: number; len: number; ch: string; para: number } | null = null;

  const paraEnd = (p: number): number => {
    const next = paraStarts[p + 1];
    return next === undefined ? text.length : next - 1;
  };
  const paraStartsWithMark = (pos: number, p: number): boolean => {
    const ps = paraStarts[p] ?? 0;
    return /^\s*$/.test(text.slice(ps, pos));
  };
  const push = (open: number, openLen: number, close: number, closeLen: number, runOn: boolean, para: number): void => {
    let cs = open + openLen;
    let ce = close;
    while (cs < ce && isSpace(text[cs])) cs++;
    while (ce > cs && isSpace(text[ce - 1])) ce--;
    if (ce > cs && text[ce - 1] === ',') ce--;
    while (ce > cs && isSpace(text[ce - 1])) ce--;
    if (ce <= cs) return;
    spans.push({ open, openLen, close, closeLen, cs, ce, runOn, para });
  };
  // does paragraph p begin with an opening mark?
  const paraOpensWithMark = (p: number): boolean => {
    const ps = paraStarts[p];
    if (ps === undefined) return false;
    const m = /^\s*([“"„«「『]|'')/.exec(text.slice(ps, ps + 8));
    return m !== null;
  };
  const flushRunOn = (): void => {
    if (!pending) return;
    if (paraStartsWithMark(pending.pos, pending.para) || paraOpensWithMark(pending.para + 1)) {
      push(pending.pos, pending.len, paraEnd(pending.para), 0, true, pending.para);
    }
    pending = null;
  };

  MARK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK_RE.exec(text)) !== null) {
    const ch = m[0];
    const pos = m.index;
    const len = ch.length;
    const prev = text[pos - 1];
    const next = text[pos + len];
    const para = paraOf(paraStarts, pos);
    if (pending && pending.para !== para) flushRunOn();

    let role: 'open' | 'close' | 'none';
    const leftFlank = (isSpace(prev) || OPEN_CONTEXT.has(prev ?? '') || pos === 0) && !isSpace(next);
    const rightFlank = !isSpace(prev) && (isSpace(next) || CLOSE_FOLLOW.has(next ?? '') || !WORD_RE.test(next ?? ''));
    switch (ch) {
      case '“':
        if (pending && (pending.ch === '„' || (!leftFlank && rightFlank))) role = 'close';
        else role = 'open';
        break;
      case '‟':
      case '„':
      case '«':
      case '「':
      case '『':
        role = 'open';
        break;
      case '»':
      case '」':
      case '』':
        role = 'close';
        break;
      case '”':
        if (pending) role = 'close';
        else if (leftFlank && !rightFlank) role = 'open';
        else role = 'none';
        break;
      default: // straight " or ''
        if (pending) role = leftFlank && !rightFlank ? 'open' : 'close';
        else role = rightFlank && !leftFlank ? 'none' : 'open';
        break;
    }
    if (role === 'open') {
      if (pending) {
        // an opening mark while one is pending in the same paragraph: the earlier one was stray
        pending = null;
      }
      pending = { pos, len, ch, para };
    } else if (role === 'close') {
      if (pending) {
        push(pending.pos, pending.len, pos, len, false, para);
        pending = null;
      }
    }
  }
  flushRunOn();
  return spans;
}

export function tokenize(text: string, paraStarts: number[]): Token[] {
  const toks: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let para = 0;
  let nextPara = paraStarts[1] ?? Infinity;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m.index;
    if (text.charCodeAt(TOKEN_RE.lastIndex) === 46 && WORD_RE.test(m[0])) {
      DOMAIN_END_RE.lastIndex = TOKEN_RE.lastIndex;
      if (DOMAIN_END_RE.test(text)) TOKEN_RE.lastIndex = DOMAIN_END_RE.lastIndex;
    }
    while (s >= nextPara) {
      para++;
      nextPara = paraStarts[para + 1] ?? Infinity;
    }
    const w = text.slice(s, TOKEN_RE.lastIndex);
    const word = WORD_RE.test(w);
    const poss = word && POSS_RE.test(w);
    let lw = w.toLowerCase();
    if (poss) lw = lw.slice(0, -2);
    toks.push({ s, e: s + w.length, w, lw, word, cap: word && UPPER_RE.test(w), poss, para, sent: 0, q: -1, mark: 0 });
  }
  return toks;
}

/** Mark tokens that sit inside quote spans (marks included). */
export function assignQuotes(toks: Token[], quotes: QuoteSpan[]): void {
  let qi = 0;
  for (const t of toks) {
    while (qi < quotes.length && (quotes[qi] as QuoteSpan).close + (quotes[qi] as QuoteSpan).closeLen <= t.s) qi++;
    const q = quotes[qi];
    if (!q) break;
    if (t.s >= q.open && t.e <= q.close + q.closeLen) {
      t.q = qi;
      if (t.s === q.open) t.mark = 1;
      else if (q.closeLen > 0 && t.s >= q.close) t.mark = 2;
    }
  }
}

/**
 * Sentence segmentation over tokens. Boundaries inside quotation spans are ignored (a quoted
 * passage belongs to the sentence that carries it), except at paragraph breaks. Handles missing
 * spaces after a full stop ("reported.The").
 */
export function segment(text: string, toks: Token[], abbreviations: Set<string>, starters: Set<string>): Sentence[] {
  const sents: Sentence[] = [];
  let t0 = 0;
  const close = (t1: number): void => {
    if (t1 <= t0) return;
    const a = toks[t0] as Token;
    const b = toks[t1 - 1] as Token;
    const idx = sents.length;
    for (let k = t0; k < t1; k++) (toks[k] as Token).sent = idx;
    sents.push({ s: a.s, e: b.e, t0, t1, para: a.para });
    t0 = t1;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const n = toks[i + 1];
    if (!n) break;
    if (n.para !== t.para) {
      close(i + 1);
      continue;
    }
    if (t.q >= 0 && t.mark !== 2) continue;
    let boundary = false;
    if (t.mark === 2) {
      // “… anyone.”During  /  … aligned".He
      // the character before the first closing mark token ('' is two tokens)
      let f = i;
      while (f > 0 && (toks[f - 1] as Token).mark === 2 && (toks[f - 1] as Token).q === t.q) f--;
      const before = text[(toks[f] as Token).s - 1];
      if ((before === '.' || before === '!' || before === '?') && (n.cap || n.mark === 1) && n.q !== t.q)
        boundary = true;
      if (n.w === '.' && n.q < 0) continue;
    } else if (t.w === '.' || t.w === '!' || t.w === '?' || (t.word && t.w.endsWith('.') && t.w.length > 2)) {
      const p = toks[i - 1];
      let j = i + 1;
      // closing brackets after the stop stay in this sentence
      while (j < toks.length && ((toks[j] as Token).w === ')' || (toks[j] as Token).w === ']')) j++;
      const nn = toks[j];
      if (!nn || nn.para !== t.para) continue;
      // "… that can be!— Cruz called them on it": a dash and a capital after the stop open the next sentence
      const dashed = (t.w === '!' || t.w === '?') && (nn.w === '—' || nn.w === '–') && !!toks[j + 1]?.cap;
      if (nn.cap || nn.mark === 1 || /^\d/.test(nn.w) || dashed) {
        if (t.w === '.' && p && p.word && p.e === t.s) {
          const pl = p.w.toLowerCase();
          // "then-Sen. Barack Obama": a title glued to a prefix by a hyphen
          if (abbreviations.has(pl) || abbreviations.has(pl.slice(pl.lastIndexOf('-') + 1))) continue;
          if (p.w.length === 1 && /\p{Lu}/u.test(p.w)) continue; // initial "J."
          // "(D-N.Y)": a party tag's state, its letters glued to the stops, the last stop left out
          const tail = p.w.slice(p.w.lastIndexOf('-') + 1);
          if (tail.length === 1 && p.w.length > 1 && /\p{Lu}/u.test(tail) && nn.s === t.e && nn.w.length === 1)
            continue;
          // "(D-N.Y.)": a single letter glued to the stop and followed by another stop continues the abbreviation
          const nx2 = toks[j + 1];
          if (nn.s === t.e && nn.w.length === 1 && nx2 && nx2.w === '.' && nx2.s === nn.e) continue;
        }
        if (t.word && t.w.endsWith('.')) {
          // dotted abbreviation such as U.S. ends a sentence only before a clear sentence starter, or before a
          // quotation that opens with a capital ("… in Binghamton, N.Y. “Secretary Clinton …”")
          const quoted = nn.mark === 1 && !!toks[j + 1]?.cap;
          if (!starters.has(nn.lw) && !quoted) continue;
        }
        boundary = true;
        i = j - 1;
      }
    }
    if (boundary) close(i + 1);
  }
  close(toks.length);
  return sents;
}
