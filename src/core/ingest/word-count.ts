/**
 * How many words a text has, for "near-empty" checks: runs of letters and digits, except that Chinese and Japanese,
 * written without spaces, count a word per character (a fair measure of how much they say).
 */
const WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}
