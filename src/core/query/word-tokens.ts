/**
 * Words of a text as topic queries and the search index see them.
 *   foldText          lower case, compatibility forms, no diacritics ("Résumé" → "resume")
 *   wordTokens        folded words of any text
 *   foldedWordTokens  the same, for text that foldText has already folded
 *   queryWordTokens   the same, keeping the wildcards * and ? as word characters
 *   startsWord        whether a word starts at an offset (for finding words by substring search)
 * A word is a run of letters, marks and digits. Everything else separates words, so hyphens and apostrophes
 * split a word into its parts ("Asia-Pacific" → asia, pacific; "don't" → don, t), except that a possessive 's
 * is dropped ("alliance’s" → alliance).
 */

export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

// Letters, marks and digits are every general category but punctuation, symbols, separators and controls.
// U+02BC (modifier letter apostrophe) is a letter to Unicode but an apostrophe to writers.
const WORD = /[^\p{P}\p{S}\p{Z}\p{C}\u02bc]+/gu;
const QUERY_WORD = /(?:[^\p{P}\p{S}\p{Z}\p{C}\u02bc]|[*?])+/gu;
const APOSTROPHES = new Set(["'", '’', '‘', '\u02bc']);

function split(folded: string, word: RegExp): string[] {
  const out: string[] = [];
  let previousEnd = -2;
  for (const m of folded.matchAll(word)) {
    const at = m.index;
    const possessive = m[0] === 's' && at === previousEnd + 1 && APOSTROPHES.has(folded[previousEnd]!);
    previousEnd = at + m[0].length;
    if (!possessive) out.push(m[0]);
  }
  return out;
}

export function wordTokens(text: string): string[] {
  return split(foldText(text), WORD);
}

export function foldedWordTokens(folded: string): string[] {
  return split(folded, WORD);
}

export function queryWordTokens(text: string): string[] {
  return split(foldText(text), QUERY_WORD);
}

const WORD_CHAR = /^[^\p{P}\p{S}\p{Z}\p{C}\u02bc]$/u;

/** Whether a word starts at offset i of a text: at its start, or after a character that is no part of a word. */
export function startsWord(text: string, i: number): boolean {
  if (i <= 0) return true;
  const code = text.charCodeAt(i - 1);
  if (code < 128) return !((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90));
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return !WORD_CHAR.test(isLowSurrogate && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!);
}
