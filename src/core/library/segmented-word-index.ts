/**
 * A word index that persists itself in immutable segments (word-segment.ts) under the library's index/ folder and
 * is updated incrementally: documents indexed since the last save sit in memory until `save()` writes them as a new
 * segment; more than MAX_SEGMENTS segments are merged into one. The documents stay the truth:
 *   - a missing, cut-off or damaged segment or manifest is dropped, and its documents count as not indexed, so the
 *     caller indexes them again (from the library's documents);
 *   - an entry whose stamp differs from the document's current stamp is stale and ignored (the caller re-indexes
 *     what `isCurrent` reports as out of date);
 *   - documents the library no longer has are skipped by the caller and left out of the next merge.
 *
 *   const index = new SegmentedWordIndex('body', store);
 *   await index.load();                    // reads index/body.manifest.json and its segments
 *   index.isCurrent(id, stamp)             // indexed, and as it is now?
 *   index.add(id, stamp, foldedText)       // (re)index one document
 *   index.countsAll(['pipeline', 'tar'])   // documents using a word starting with each term: their counts
 *   await index.save(keep)                 // write what is new; merge when segments pile up, keeping only `keep`
 */
import { foldedWordTokens } from '../query/word-tokens';
import type { LibraryStore } from './store-port';
import { decodeSegment, encodeSegment, type SegmentDoc, type WordSegment } from './word-segment';

const MAX_SEGMENTS = 8;

type IndexFiles = Pick<LibraryStore, 'writable' | 'readIndexFile' | 'writeIndexFile' | 'removeIndexFile'>;

interface Manifest {
  version: 1;
  segments: string[];
  next: number;
}

export class SegmentedWordIndex {
  private segments: { file: string; segment: WordSegment }[] = [];
  /** Where each document's current entry is: a segment (its position in `segments`) or the unsaved part. */
  private readonly located = new Map<string, { segment: number; docNo: number } | 'fresh'>();
  private readonly stamps = new Map<string, string>();
  private fresh = new Map<string, SegmentDoc>();
  private next = 0;
  /** Files written in this session that a later manifest no longer names (removed after the manifest is saved). */
  private dropped: string[] = [];

  constructor(
    private readonly name: string,
    private readonly files: IndexFiles,
  ) {}

  /** Reads the saved segments; whatever is missing or damaged is simply not indexed. Returns documents loaded. */
  async load(): Promise<number> {
    const raw = await this.files.readIndexFile(`${this.name}.manifest.json`);
    const manifest = raw ? parseManifest(raw) : null;
    if (!manifest) return 0;
    this.next = manifest.next;
    for (const file of manifest.segments) {
      const bytes = await this.files.readIndexFile(file);
      const segment = bytes ? decodeSegment(bytes) : null;
      if (!segment) continue;
      const at = this.segments.push({ file, segment }) - 1;
      segment.docs.forEach((doc, docNo) => {
        this.located.set(doc, { segment: at, docNo });
        this.stamps.set(doc, segment.stamps[docNo]!);
      });
    }
    return this.located.size;
  }

  get size(): number {
    return this.located.size;
  }

  /** Unsaved documents (indexed in memory since the last save). */
  get unsaved(): number {
    return this.fresh.size;
  }

  isCurrent(doc: string, stamp: string): boolean {
    return this.located.has(doc) && this.stamps.get(doc) === stamp;
  }

  /** Indexes (or re-indexes) a document from text already folded with foldText. */
  add(doc: string, stamp: string, foldedText: string): void {
    const counts = new Map<string, number>();
    // Capped as segments store them, so an answer is the same before and after a save.
    for (const w of foldedWordTokens(foldedText)) counts.set(w, Math.min(255, (counts.get(w) ?? 0) + 1));
    this.fresh.set(doc, { stamp, counts });
    this.located.set(doc, 'fresh');
    this.stamps.set(doc, stamp);
  }

  /** For documents that use a word starting with every term: the count of each term, in the order of `terms`. */
  countsAll(terms: string[]): Map<string, number[]> {
    const per = terms.map((t) => this.counts(t));
    const out = new Map<string, number[]>();
    const smallest = [...per].sort((a, b) => a.size - b.size)[0];
    if (!smallest) return out;
    for (const doc of smallest.keys()) {
      const row = per.map((m) => m.get(doc) ?? 0);
      if (row.every((n) => n > 0)) out.set(doc, row);
    }
    return out;
  }

  /** How often each document uses a word starting with the term ("tariff" counts "tariffs" too). */
  private counts(term: string): Map<string, number> {
    const out = new Map<string, number>();
    this.segments.forEach(({ segment }, at) => {
      segment.forEachWithPrefix(term, (docNo, n) => {
        const doc = segment.docs[docNo]!;
        const where = this.located.get(doc);
        // Only a document's current entry counts: an older one in another segment is stale.
        if (where !== 'fresh' && where?.segment === at && where.docNo === docNo) out.set(doc, (out.get(doc) ?? 0) + n);
      });
    });
    for (const [doc, { counts }] of this.fresh) {
      for (const [word, n] of counts) if (word.startsWith(term)) out.set(doc, (out.get(doc) ?? 0) + n);
    }
    return out;
  }

  /**
   * Writes the unsaved documents as a new segment and a manifest naming it (after it, so a crash between the two
   * leaves the old manifest and an unnamed file). With more than MAX_SEGMENTS, everything is merged into one
   * segment holding only the documents `keep` accepts. Does nothing in a read-only library.
   */
  async save(keep: (doc: string) => boolean): Promise<void> {
    if (!this.files.writable) return;
    if (this.fresh.size === 0 && this.segments.length <= MAX_SEGMENTS) return;
    const merge = this.segments.length + 1 > MAX_SEGMENTS;
    const docs = merge ? this.currentDocs(keep) : this.fresh;
    if (docs.size === 0 && !merge) return;
    const file = `${this.name}-${this.next++}.seg`;
    const bytes = encodeSegment(docs);
    await this.files.writeIndexFile(file, bytes);
    const segment = decodeSegment(bytes)!;
    const replaced = merge ? this.segments.map((s) => s.file) : [];
    this.segments = merge ? [] : this.segments;
    const at = this.segments.push({ file, segment }) - 1;
    if (merge) this.located.clear();
    segment.docs.forEach((doc, docNo) => this.located.set(doc, { segment: at, docNo }));
    if (merge) for (const doc of [...this.stamps.keys()]) if (!this.located.has(doc)) this.stamps.delete(doc);
    this.fresh = new Map();
    const manifest: Manifest = { version: 1, segments: this.segments.map((s) => s.file), next: this.next };
    await this.files.writeIndexFile(`${this.name}.manifest.json`, new TextEncoder().encode(JSON.stringify(manifest)));
    this.dropped.push(...replaced);
    for (const old of this.dropped.splice(0)) await this.files.removeIndexFile(old).catch(() => undefined);
  }

  /** Every document's current entry, as segment input (for a merge). */
  private currentDocs(keep: (doc: string) => boolean): Map<string, SegmentDoc> {
    const docs = new Map<string, SegmentDoc>();
    const counts = new Map<string, Map<string, number>>();
    for (const [doc, where] of this.located) {
      if (!keep(doc)) continue;
      if (where === 'fresh') docs.set(doc, this.fresh.get(doc)!);
      else counts.set(doc, new Map());
    }
    // Segments store words by term, not by document: walk every word once to give documents their counts back.
    this.segments.forEach(({ segment }, at) => {
      segment.forEachEntry((word, docNo, n) => {
        const doc = segment.docs[docNo]!;
        const where = this.located.get(doc);
        if (where === 'fresh' || where?.segment !== at || where.docNo !== docNo) return;
        counts.get(doc)?.set(word, n);
      });
    });
    for (const [doc, c] of counts) docs.set(doc, { stamp: this.stamps.get(doc) ?? '', counts: c });
    return docs;
  }
}

function parseManifest(raw: Uint8Array): Manifest | null {
  try {
    const m = JSON.parse(new TextDecoder().decode(raw)) as Manifest;
    if (m?.version !== 1 || !Array.isArray(m.segments) || !Number.isInteger(m.next)) return null;
    if (!m.segments.every((f) => typeof f === 'string' && /^[A-Za-z0-9_.-]+$/.test(f))) return null;
    return m;
  } catch {
    return null;
  }
}
