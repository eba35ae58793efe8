/**
 * The unsaved part of a word index: documents indexed since the last save, held as postings grouped by word (the
 * shape a segment is written in), not as a word-count map per document, so it costs a few bytes a posting and is
 * written out without regrouping.
 *
 *   const part = new SegmentBuilder();
 *   const docNo = part.add(id, stamp, foldedText)   // its number in this part
 *   part.forEachWithPrefix('tariff', (docNo, n) => …)
 *   part.postingCount                             // what it holds, to flush it at a bound
 *   part.encode((docNo) => current)               // segment bytes of the documents still current, renumbered
 */
import { foldedWordTokens } from '../query/word-tokens';
import { encodeSegmentParts } from './word-segment';

export class SegmentBuilder {
  readonly docs: string[] = [];
  readonly stamps: string[] = [];
  private readonly byWord = new Map<string, number[]>();
  private postings = 0;

  get postingCount(): number {
    return this.postings;
  }

  add(doc: string, stamp: string, foldedText: string): number {
    const docNo = this.docs.push(doc) - 1;
    this.stamps.push(stamp);
    const counts = new Map<string, number>();
    // Capped as segments store them, so an answer is the same before and after a save.
    for (const w of foldedWordTokens(foldedText)) counts.set(w, Math.min(255, (counts.get(w) ?? 0) + 1));
    for (const [word, n] of counts) {
      let list = this.byWord.get(word);
      if (!list) this.byWord.set(word, (list = []));
      list.push(docNo * 256 + n);
    }
    this.postings += counts.size;
    return docNo;
  }

  forEachWithPrefix(prefix: string, visit: (docNo: number, count: number) => void): void {
    for (const [word, list] of this.byWord) {
      if (!word.startsWith(prefix)) continue;
      for (const p of list) visit(Math.floor(p / 256), p % 256);
    }
  }

  /**
   * Segment bytes holding the documents `keep` accepts, numbered in order; `renumbered[docNo]` is a kept
   * document's number in the segment (-1 for the others).
   */
  encode(keep: (docNo: number) => boolean): { bytes: Uint8Array; renumbered: Int32Array } {
    const renumbered = new Int32Array(this.docs.length).fill(-1);
    const ids: string[] = [];
    const stamps: string[] = [];
    this.docs.forEach((doc, docNo) => {
      if (!keep(docNo)) return;
      renumbered[docNo] = ids.push(doc) - 1;
      stamps.push(this.stamps[docNo]!);
    });
    const terms = [...this.byWord.keys()].sort();
    const offsets = new Uint32Array(terms.length + 1);
    const postings = new Uint32Array(this.postings);
    let written = 0;
    const used: string[] = [];
    for (const term of terms) {
      const start = written;
      for (const p of this.byWord.get(term)!) {
        const to = renumbered[Math.floor(p / 256)]!;
        if (to >= 0) postings[written++] = to * 256 + (p % 256);
      }
      if (written > start) {
        offsets[used.length] = start;
        used.push(term);
      }
    }
    offsets[used.length] = written;
    const bytes = encodeSegmentParts(
      ids,
      stamps,
      used,
      offsets.subarray(0, used.length + 1),
      postings.subarray(0, written),
    );
    return { bytes, renumbered };
  }
}
