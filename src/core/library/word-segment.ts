/**
 * One immutable segment of a persisted word index: which documents use which folded words, how often.
 *
 *   encodeSegment(docs)   docs: Map<docId, { stamp, counts: Map<word, n> }> → bytes
 *   decodeSegment(bytes)  → WordSegment, or null when the bytes are not a whole, well-formed segment
 *   encodeSegmentParts(ids, stamps, terms, offsets, postings)   the same from postings already grouped by term
 *   segment.forEachWithPrefix('tariff', (doc, n) => …)   every document using a word that starts with 'tariff'
 *   segment.prefixRange('tariff')         [first, end) positions in `terms` of the words starting with 'tariff'
 *
 * Layout (little-endian): "SBWS" · version u32 · header length u32 · header JSON (utf8, padded to 4 bytes)
 * · offsets u32 × (terms + 1) · postings u32 × offsets[terms]. The header holds the document ids, their stamps (what
 * the document was when indexed, to tell a stale entry) and the sorted words. A posting packs the document's number
 * (high 24 bits) and its count, capped at 255 (low 8 bits): 16 million documents per segment. Segments written
 * since the header says `byCount` keep each word's postings highest count first (a one-word query's first page is
 * at the head of its list); older ones, in document order, are still read.
 */

const MAGIC = 0x53574253; // "SBWS" read as a little-endian u32
const VERSION = 1;
const MAX_DOCS = 1 << 24;

export interface SegmentDoc {
  /** What the document was when indexed (a statement's updatedAt; '' for documents that never change). */
  stamp: string;
  counts: Map<string, number>;
}

interface Header {
  docs: string[];
  stamps: string[];
  terms: string[];
  /** Each word's postings are in decreasing order of count (older segments: in document order). */
  byCount?: boolean;
}

export interface WordSegment {
  readonly docs: readonly string[];
  readonly stamps: readonly string[];
  /** Sorted words; the postings of terms[i] are postings[offsets[i] .. offsets[i + 1]), each (docNo << 8 | count). */
  readonly terms: readonly string[];
  readonly offsets: Uint32Array;
  readonly postings: Uint32Array;
  /** Each word's postings come highest count first, so the documents using a word most are found first. */
  readonly byCount: boolean;
  /** Positions in `terms` of the words that start with the prefix: [first, end). */
  prefixRange(prefix: string): [number, number];
  /** Calls back for each (document, count) of every word starting with the prefix. */
  forEachWithPrefix(prefix: string, visit: (docNo: number, count: number) => void): void;
  /** Calls back for every posting: word, document, count (to merge segments). */
  forEachEntry(visit: (word: string, docNo: number, count: number) => void): void;
}

export function encodeSegment(docs: Map<string, SegmentDoc>): Uint8Array {
  if (docs.size >= MAX_DOCS) throw new Error(`a word index segment holds at most ${MAX_DOCS - 1} documents`);
  const ids = [...docs.keys()];
  const byTerm = new Map<string, number[]>();
  ids.forEach((id, docNo) => {
    for (const [word, n] of docs.get(id)!.counts) {
      let list = byTerm.get(word);
      if (!list) byTerm.set(word, (list = []));
      list.push(docNo * 256 + Math.min(255, n));
    }
  });
  const terms = [...byTerm.keys()].sort();
  const offsets = new Uint32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, i) => {
    offsets[i] = total;
    total += byTerm.get(term)!.length;
  });
  offsets[terms.length] = total;
  const postings = new Uint32Array(total);
  terms.forEach((term, i) => postings.set(byTerm.get(term)!, offsets[i]));
  return encodeSegmentParts(
    ids,
    ids.map((id) => docs.get(id)!.stamp),
    terms,
    offsets,
    postings,
  );
}

/**
 * Writes a segment from its parts: `terms` sorted, `offsets` (terms + 1) into `postings` packed as decodeSegment
 * reads them. Each word's postings are put in decreasing order of count, in place.
 */
export function encodeSegmentParts(
  ids: readonly string[],
  stamps: readonly string[],
  terms: readonly string[],
  offsets: Uint32Array,
  postings: Uint32Array,
): Uint8Array {
  if (ids.length >= MAX_DOCS) throw new Error(`a word index segment holds at most ${MAX_DOCS - 1} documents`);
  for (let t = 0; t < terms.length; t++) sortByCount(postings.subarray(offsets[t], offsets[t + 1]));
  const header: Header = { docs: [...ids], stamps: [...stamps], terms: [...terms], byCount: true };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerPadded = Math.ceil(headerBytes.length / 4) * 4;
  const offsetsAt = 12 + headerPadded;
  const postingsAt = offsetsAt + 4 * (terms.length + 1);
  const out = new Uint8Array(postingsAt + 4 * postings.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  writeU32s(view, offsetsAt, offsets.subarray(0, terms.length + 1));
  writeU32s(view, postingsAt, postings);
  return out;
}

export function decodeSegment(bytes: Uint8Array): WordSegment | null {
  try {
    if (bytes.length < 12) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) return null;
    const headerLength = view.getUint32(8, true);
    if (12 + headerLength > bytes.length) return null;
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
    if (!Array.isArray(header.docs) || !Array.isArray(header.terms) || header.stamps?.length !== header.docs.length)
      return null;
    const offsetsAt = 12 + Math.ceil(headerLength / 4) * 4;
    const terms = header.terms;
    const postingsAt = offsetsAt + 4 * (terms.length + 1);
    if (postingsAt > bytes.length) return null;
    const offsets = readU32s(view, offsetsAt, terms.length + 1);
    const count = offsets[terms.length]!;
    if (postingsAt + 4 * count !== bytes.length) return null; // cut short or padded: not a whole segment
    const postings = readU32s(view, postingsAt, count);
    for (let i = 0; i < terms.length; i++) if (offsets[i]! > offsets[i + 1]!) return null;
    for (const p of postings) if (p >>> 8 >= header.docs.length) return null;
    return new DecodedSegment(header, offsets, postings);
  } catch {
    return null;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Highest count first, keeping the order of equal counts (a counting sort on the low byte). */
function sortByCount(list: Uint32Array): void {
  if (list.length < 2) return;
  const start = new Uint32Array(257);
  for (const p of list) start[256 - (p & 0xff)]!++;
  for (let c = 1; c < 257; c++) start[c]! += start[c - 1]!;
  const sorted = new Uint32Array(list.length);
  // Bucket k holds count 255 - k and now ends at start[k + 1]: fill each from its end, walking backwards, so that
  // equal counts keep their order.
  for (let i = list.length - 1; i >= 0; i--) sorted[--start[256 - (list[i]! & 0xff)]!] = list[i]!;
  list.set(sorted);
}

function writeU32s(view: DataView, at: number, values: Uint32Array): void {
  if (LITTLE_ENDIAN)
    new Uint8Array(view.buffer, view.byteOffset + at, 4 * values.length).set(
      new Uint8Array(values.buffer, values.byteOffset, 4 * values.length),
    );
  else for (let i = 0; i < values.length; i++) view.setUint32(at + 4 * i, values[i]!, true);
}

/**
 * The u32s at a place in the bytes: a view of them where they are 4-byte aligned on a little-endian machine (the
 * layout keeps them aligned to the start of the file), else an aligned copy.
 */
function readU32s(view: DataView, at: number, n: number): Uint32Array {
  if (LITTLE_ENDIAN) {
    const start = view.byteOffset + at;
    if (start % 4 === 0) return new Uint32Array(view.buffer, start, n);
    return new Uint32Array(view.buffer.slice(start, start + 4 * n));
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getUint32(at + 4 * i, true);
  return out;
}

class DecodedSegment implements WordSegment {
  readonly docs: readonly string[];
  readonly stamps: readonly string[];
  readonly terms: readonly string[];
  readonly byCount: boolean;

  constructor(
    header: Header,
    readonly offsets: Uint32Array,
    readonly postings: Uint32Array,
  ) {
    this.docs = header.docs;
    this.stamps = header.stamps;
    this.terms = header.terms;
    this.byCount = header.byCount === true;
  }

  forEachEntry(visit: (word: string, docNo: number, count: number) => void): void {
    this.terms.forEach((word, t) => {
      for (let i = this.offsets[t]!; i < this.offsets[t + 1]!; i++) {
        const p = this.postings[i]!;
        visit(word, p >>> 8, p & 0xff);
      }
    });
  }

  prefixRange(prefix: string): [number, number] {
    // Words are sorted, so those starting with the prefix are one run from the first word >= prefix.
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < this.terms.length && this.terms[end]!.startsWith(prefix)) end++;
    return [lo, end];
  }

  forEachWithPrefix(prefix: string, visit: (docNo: number, count: number) => void): void {
    const [first, end] = this.prefixRange(prefix);
    for (let t = first; t < end; t++) {
      for (let i = this.offsets[t]!; i < this.offsets[t + 1]!; i++) {
        const p = this.postings[i]!;
        visit(p >>> 8, p & 0xff);
      }
    }
  }
}
