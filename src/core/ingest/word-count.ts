/**
 * How many words a text has, for "near-empty" checks: runs of letters and digits, except that Chinese and Japanese,
 * written without spaces, count a word per character (a fair measure of how much they say).
 */
const WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

/** Counts words, stopping at `limit`: a check for "fewer than N words" need not read the whole text. */
export function countWords(text: string, limit = Infinity): number {
  if (limit === Infinity) return text.match(WORDS)?.length ?? 0;
  const words = new RegExp(WORDS);
  let n = 0;
  while (n < limit && words.exec(text)) n++;
  return n;
}
