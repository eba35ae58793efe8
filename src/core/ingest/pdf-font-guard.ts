/**
 * Guards pdf.js against CID font width tables (/W, /W2) whose ranges no font can have: pdf.js fills one array slot
 * per code in a `first last width` range, so `20 2147483647 636` makes V8 abort the whole process ("invalid size").
 *   guardFontWidths(bytes) → { bytes, clamped }   the same bytes (a copy only when something changed), with every
 *                                                  range over MAX_CID_RANGE rewritten in place: digits replaced by
 *                                                  zero-padded ones of the same length, so no xref offset moves
 *   throws IngestError when such a range sits inside a compressed object stream, where it cannot be rewritten
 * A CID is at most 65,535, so a range wider than that can only be damage.
 */
import { Unzlib } from 'fflate';
import { IngestError } from './decode-text';

/** Widest range of character ids one /W entry may cover. */
export const MAX_CID_RANGE = 65_535;
/** Most bytes all object streams of one file may inflate to while they are checked. */
const OBJSTM_BUDGET = 64 * 1024 * 1024;

/** Tokens read from one width array at most (a real one has a few per glyph range). */
const MAX_ARRAY_TOKENS = 500_000;

interface Tok {
  text: string;
  at: number;
}

/**
 * The top-level elements of the array that opens at `open` (a `[`), a nested array standing as one `[` element,
 * and where reading stopped; elements null when the array does not close before its object ends.
 */
function arrayElements(s: string, open: number): { els: Tok[] | null; end: number } {
  const out: Tok[] = [];
  const re = /\[|\]|[^\s[\]/<>()%]+|[/<>()%]/g;
  re.lastIndex = open + 1;
  let depth = 0;
  let seen = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const t = m[0];
    // An array left open by damage ends at its object's end, not at the end of the file.
    if (++seen > MAX_ARRAY_TOKENS || t === 'endobj' || t === 'obj' || t === 'stream')
      return { els: null, end: m.index };
    if (t === '[') {
      if (depth === 0) out.push({ text: t, at: m.index });
      depth++;
    } else if (t === ']') {
      if (depth === 0) return { els: out, end: re.lastIndex };
      depth--;
    } else if (depth === 0) out.push({ text: t, at: m.index });
  }
  return { els: null, end: s.length };
}

/**
 * Each width array once: one that opens inside text already read as part of another is skipped, so repeated
 * unclosed `/W [` cannot make the scan quadratic.
 */
function* widthArrayElements(s: string): Generator<Tok[]> {
  let readUpTo = -1;
  for (const open of widthArrays(s).sort((a, b) => a - b)) {
    if (open < readUpTo) continue;
    const { els, end } = arrayElements(s, open);
    readUpTo = end;
    if (els) yield els;
  }
}

/**
 * A number as pdf.js's lexer reads it (signs doubled, a minus in the middle ignored, a trailing non-digit ends it),
 * with how many characters it spans; null when the token is no number.
 */
function pdfNumber(t: string): { value: number; length: number } | null {
  let i = 0;
  let sign = 1;
  if (t[i] === '-') {
    sign = -1;
    i++;
    if (t[i] === '-') i++;
  } else if (t[i] === '+') i++;
  let divideBy = 0;
  if (t[i] === '.') {
    divideBy = 10;
    i++;
  }
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  if (!digit(t[i])) return null;
  let value = 0;
  for (; i < t.length; i++) {
    const c = t[i]!;
    if (digit(c)) {
      if (divideBy !== 0) divideBy *= 10;
      value = value * 10 + (c.charCodeAt(0) - 48);
    } else if (c === '.') {
      if (divideBy === 0) divideBy = 1;
      else break;
    } else if (c !== '-') break;
  }
  return { value: sign * (divideBy !== 0 ? value / divideBy : value), length: i };
}

interface Range {
  first: Tok & { value: number; length: number };
  last: Tok & { value: number; length: number };
}

/**
 * Every two neighbouring integers of the array that span more than a font can hold. Read pair by pair rather than
 * as pdf.js walks /W (`first [w…]`, `first last w`) or /W2 (`first last v1 v2 v3`), so no misreading of a damaged
 * array can hide one; widths themselves are small, so a real table never has such a pair.
 */
function wideRanges(els: Tok[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i + 1 < els.length; i++) {
    const a = pdfNumber(els[i]!.text);
    const b = pdfNumber(els[i + 1]!.text);
    if (!a || !b || !Number.isInteger(a.value) || !Number.isInteger(b.value)) continue;
    if (tooWide(a.value, b.value)) out.push({ first: { ...els[i]!, ...a }, last: { ...els[i + 1]!, ...b } });
  }
  return out;
}

function tooWide(first: number, last: number): boolean {
  return last - first > MAX_CID_RANGE;
}

/** Writes `value` over the number's characters, zero-padded to their length; false if it does not fit. */
function overwrite(out: Uint8Array, tok: Tok & { length: number }, value: number): boolean {
  const digits = String(Math.max(0, Math.trunc(value)));
  if (digits.length > tok.length) return false;
  const padded = digits.padStart(tok.length, '0');
  for (let k = 0; k < padded.length; k++) out[tok.at + k] = padded.charCodeAt(k);
  return true;
}

/** Offsets of the `[` of every /W and /W2 array in `s`, direct or through `n g R`. */
function widthArrays(s: string): number[] {
  const found: number[] = [];
  const refs = new Set<string>();
  const re = /\/W2?\s*(?:\[|(\d+)\s+(\d+)\s+R\b)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[1] === undefined) found.push(m.index + m[0].length - 1);
    else refs.add(`${Number(m[1])} ${Number(m[2])}`);
  }
  if (refs.size > 0) {
    // Every array object in one pass, kept when a /W names it.
    const obj = /(?<!\d)(\d+)\s+(\d+)\s+obj\s*\[/g;
    for (let o = obj.exec(s); o; o = obj.exec(s))
      if (refs.has(`${Number(o[1])} ${Number(o[2])}`)) found.push(o.index + o[0].length - 1);
  }
  return found;
}

function hasWideRange(s: string): boolean {
  for (const els of widthArrayElements(s)) if (wideRanges(els).length > 0) return true;
  return false;
}

/** Inflates a zlib stream, giving up (null) past `budget.left` bytes or on damage. */
function inflate(data: Uint8Array, budget: { left: number }): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const over = new Error('over budget');
  const z = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > budget.left) throw over;
    chunks.push(chunk);
  });
  try {
    z.push(data, true);
  } catch {
    if (total > budget.left) budget.left = 0;
    if (chunks.length === 0) return null;
  }
  budget.left -= Math.min(total, budget.left);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** True when a Flate-compressed object stream holds a width range that would crash pdf.js. */
function objectStreamsHaveWideRange(bytes: Uint8Array, s: string): boolean {
  const budget = { left: OBJSTM_BUDGET };
  const re = /\/Type\s*\/ObjStm\b/g;
  for (let m = re.exec(s); m && budget.left > 0; m = re.exec(s)) {
    const dictEnd = s.indexOf('stream', m.index);
    if (dictEnd < 0) break;
    if (!/\/FlateDecode/.test(s.slice(m.index - 200 > 0 ? m.index - 200 : 0, dictEnd))) continue;
    let start = dictEnd + 'stream'.length;
    if (s[start] === '\r') start++;
    if (s[start] === '\n') start++;
    const end = s.indexOf('endstream', start);
    const data = inflate(bytes.subarray(start, end < 0 ? bytes.length : end), budget);
    if (data && hasWideRange(new TextDecoder('latin1').decode(data))) return true;
  }
  return false;
}

export function guardFontWidths(bytes: Uint8Array): { bytes: Uint8Array; clamped: number } {
  const s = new TextDecoder('latin1').decode(bytes);
  let out = bytes;
  let clamped = 0;
  for (const els of widthArrayElements(s)) {
    for (const { first, last } of wideRanges(els)) {
      if (out === bytes) out = bytes.slice();
      const from = Math.min(Math.max(first.value, 0), MAX_CID_RANGE);
      const to = Math.min(Math.max(last.value, from), MAX_CID_RANGE);
      if (!overwrite(out, first, from) || !overwrite(out, last, to))
        throw new IngestError('PDF font is damaged: impossible character width table');
      clamped++;
    }
  }
  if (s.includes('/ObjStm') && objectStreamsHaveWideRange(bytes, s))
    throw new IngestError('PDF font is damaged: impossible character width table');
  return { bytes: out, clamped };
}
