/**
 * Merges saved segments of a word index into one, word by word, copying postings as they are (renumbered), so a
 * merge holds nothing but its inputs and its output: no per-document word maps. The caller bounds the inputs.
 *
 *   const { bytes, renumbered } = mergeSegments([a, b], (input, docNo) => current)
 *   renumbered[i][docNo]   the document's number in the merged segment, or -1 when it was left out
 */
import { encodeSegmentParts, type WordSegment } from './word-segment';

export function mergeSegments(
  inputs: readonly WordSegment[],
  keep: (input: number, docNo: number) => boolean,
): { bytes: Uint8Array; renumbered: Int32Array[] } {
  const ids: string[] = [];
  const stamps: string[] = [];
  const renumbered = inputs.map((segment, input) => {
    const map = new Int32Array(segment.docs.length).fill(-1);
    segment.docs.forEach((doc, docNo) => {
      if (!keep(input, docNo)) return;
      map[docNo] = ids.push(doc) - 1;
      stamps.push(segment.stamps[docNo]!);
    });
    return map;
  });
  let capacity = 0;
  for (const s of inputs) capacity += s.postings.length;
  const postings = new Uint32Array(capacity);
  const terms: string[] = [];
  const offsets: number[] = [];
  // Each input's words are sorted: walk them together, taking the smallest word each time.
  const at = inputs.map(() => 0);
  let written = 0;
  for (;;) {
    let word: string | null = null;
    inputs.forEach((s, i) => {
      const w = s.terms[at[i]!];
      if (w !== undefined && (word === null || w < word)) word = w;
    });
    if (word === null) break;
    const start = written;
    inputs.forEach((s, i) => {
      const t = at[i]!;
      if (s.terms[t] !== word) return;
      const map = renumbered[i]!;
      for (let k = s.offsets[t]!; k < s.offsets[t + 1]!; k++) {
        const p = s.postings[k]!;
        const to = map[p >>> 8]!;
        if (to >= 0) postings[written++] = to * 256 + (p & 0xff);
      }
      at[i] = t + 1;
    });
    if (written > start) {
      terms.push(word);
      offsets.push(start);
    }
  }
  offsets.push(written);
  const bytes = encodeSegmentParts(ids, stamps, terms, Uint32Array.from(offsets), postings.subarray(0, written));
  return { bytes, renumbered };
}
