/**
 * One immutable segment of a persisted word index: which documents use which folded words, how often.
 *
 *   encodeSegment(docs)   docs: Map<docId, { stamp, counts: Map<word, n> }> → bytes
 *   decodeSegment(bytes)  → WordSegment, or null when the bytes are not a whole, well-formed segment
 *   segment.forEachWithPrefix('tariff', (doc, n) => …)   every document using a word that starts with 'tariff'
 *
 * Layout (little-endian): "SBWS" · version u32 · header length u32 · header JSON (utf8, padded to 4 bytes)
 * · offsets u32 × (terms + 1) · postings u32 × offsets[terms]. The header holds the document ids, their stamps (what
 * the document was when indexed, to tell a stale entry) and the sorted words. A posting packs the document's number
 * (high 24 bits) and its count, capped at 255 (low 8 bits): 16 million documents per segment.
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
}

export interface WordSegment {
  readonly docs: readonly string[];
  readonly stamps: readonly string[];
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
      list.push((docNo << 8) | Math.min(255, n));
    }
  });
  const terms = [...byTerm.keys()].sort();
  const header: Header = { docs: ids, stamps: ids.map((id) => docs.get(id)!.stamp), terms };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerPadded = Math.ceil(headerBytes.length / 4) * 4;
  let total = 0;
  for (const list of byTerm.values()) total += list.length;
  const out = new Uint8Array(12 + headerPadded + 4 * (terms.length + 1) + 4 * total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  let at = 12 + headerPadded;
  const offsetsAt = at;
  const postingsAt = offsetsAt + 4 * (terms.length + 1);
  let written = 0;
  terms.forEach((term, i) => {
    view.setUint32(offsetsAt + 4 * i, written, true);
    for (const p of byTerm.get(term)!) view.setUint32(postingsAt + 4 * written++, p >>> 0, true);
  });
  view.setUint32(offsetsAt + 4 * terms.length, written, true);
  at = postingsAt + 4 * written;
  return out.subarray(0, at);
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

/** Copies out u32s (an aligned copy, so the bytes may sit anywhere); one memory copy on little-endian machines. */
function readU32s(view: DataView, at: number, n: number): Uint32Array {
  if (LITTLE_ENDIAN) {
    const start = view.byteOffset + at;
    return new Uint32Array(view.buffer.slice(start, start + 4 * n));
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getUint32(at + 4 * i, true);
  return out;
}

class DecodedSegment implements WordSegment {
  readonly docs: readonly string[];
  readonly stamps: readonly string[];
  private readonly terms: readonly string[];

  constructor(
    header: Header,
    private readonly offsets: Uint32Array,
    private readonly postings: Uint32Array,
  ) {
    this.docs = header.docs;
    this.stamps = header.stamps;
    this.terms = header.terms;
  }

  forEachEntry(visit: (word: string, docNo: number, count: number) => void): void {
    this.terms.forEach((word, t) => {
      for (let i = this.offsets[t]!; i < this.offsets[t + 1]!; i++) {
        const p = this.postings[i]!;
        visit(word, p >>> 8, p & 0xff);
      }
    });
  }

  forEachWithPrefix(prefix: string, visit: (docNo: number, count: number) => void): void {
    // Words are sorted, so those starting with the prefix are one run from the first word >= prefix.
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let t = lo; t < this.terms.length && this.terms[t]!.startsWith(prefix); t++) {
      for (let i = this.offsets[t]!; i < this.offsets[t + 1]!; i++) {
        const p = this.postings[i]!;
        visit(p >>> 8, p & 0xff);
      }
    }
  }
}
