import { foldText } from './word-tokens';

/**
 * Folding that remembers where each folded character came from, so a word found in folded text can be shown,
 * and highlighted, in the original with its case and accents.
 *   foldWithOffsets(text)   folded text and origin(i): the offset in `text` of folded offset i
 * Most characters fold to one character (ASCII always does), so most texts map one to one. Ligatures ("ﬁ"),
 * decomposed accents and letters outside the Basic Multilingual Plane do not, and a text with them is mapped
 * character by character (only its non-ASCII characters are folded one by one, and each only once).
 */

export interface FoldedText {
  folded: string;
  /** Offset in the original of folded offset i (0 ≤ i ≤ folded.length; folded.length maps to the text's end). */
  origin(i: number): number;
}

const foldedLengths = new Map<number, number>();

/** How many UTF-16 units a character folds to (a Greek final sigma aside, folding is character by character). */
function foldedLength(text: string, at: number, units: number): number {
  const code = text.codePointAt(at)!;
  let n = foldedLengths.get(code);
  if (n === undefined) {
    if (foldedLengths.size > 50_000) foldedLengths.clear();
    foldedLengths.set(code, (n = foldText(text.slice(at, at + units)).length));
  }
  return n;
}

function unitsAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

function oneToOne(text: string): boolean {
  const nonAscii = /[\u0080-\uffff]/g;
  for (let m = nonAscii.exec(text); m; m = nonAscii.exec(text)) {
    const units = unitsAt(text, m.index);
    if (foldedLength(text, m.index, units) !== units) return false;
    nonAscii.lastIndex = m.index + units;
  }
  return true;
}

export function foldWithOffsets(text: string): FoldedText {
  const folded = foldText(text);
  if (oneToOne(text)) return { folded, origin: (i) => Math.min(i, text.length) };
  const map = new Int32Array(folded.length + 1).fill(text.length);
  let k = 0;
  for (let at = 0; at < text.length && k < folded.length;) {
    const units = unitsAt(text, at);
    const n = text.charCodeAt(at) < 128 ? 1 : foldedLength(text, at, units);
    for (let j = 0; j < n && k < folded.length; j++) map[k++] = at;
    at += units;
  }
  return { folded, origin: (i) => map[Math.max(0, Math.min(i, folded.length))]! };
}
