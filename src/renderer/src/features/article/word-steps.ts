/** Moves an offset in the text to the previous or next word boundary (used to nudge statement edges). */
export function stepWord(text: string, offset: number, direction: -1 | 1): number {
  const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}'’-]/u.test(c);
  let i = offset;
  if (direction > 0) {
    while (i < text.length && !isWord(text[i])) i++;
    while (i < text.length && isWord(text[i])) i++;
  } else {
    while (i > 0 && !isWord(text[i - 1])) i--;
    while (i > 0 && isWord(text[i - 1])) i--;
  }
  return i;
}

/** Start and end of a statement after nudging one edge by a word; never empty, never outside the text. */
export function nudge(text: string, span: { start: number; end: number }, edge: 'start' | 'end', direction: -1 | 1) {
  let { start, end } = span;
  if (edge === 'end') end = stepWord(text, end, direction);
  else start = direction > 0 ? skipSpace(text, stepWord(text, start, 1)) : stepWord(text, start, -1);
  if (end <= start) return span;
  return { start, end };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
