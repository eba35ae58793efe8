/**
 * A word index that persists itself in immutable segments (word-segment.ts) under the library's index/ folder and
 * is updated incrementally. Documents indexed since the last save sit in an unsaved part (segment-builder.ts) that
 * the caller saves when it holds `needsSave` postings, so building an index of any size holds a bounded amount.
 * Segments that pile up are merged a few at a time (merge-segments.ts), never more than MERGE_POSTINGS at once.
 * The documents stay the truth:
 *   - a missing, cut-off or damaged segment or manifest is dropped, and its documents count as not indexed, so the
 *     caller indexes them again (from the library's documents);
 *   - an entry whose stamp differs from the document's current stamp is stale and ignored (the caller re-indexes
 *     what `isCurrent` reports as out of date);
 *   - documents the library no longer has are `remove`d by the caller (or skipped) and left out of the next merge.
 *
 *   const index = new SegmentedWordIndex('body', store);
 *   await index.load();                    // reads index/body.manifest.json and its segments
 *   index.isCurrent(id, stamp)             // indexed, and as it is now?
 *   index.add(id, stamp, foldedText)       // (re)index one document
 *   index.setHidden(id, true)              // kept, but left out of `match` (a rejected statement)
 *   index.countsAll(['pipeline', 'tar'])   // documents using a word starting with each term: their counts
 *   index.match(terms, (ref, counts) => …) // the same without ids, for ranking; docOf(ref) names the few shown
 *   await index.save(keep)                 // write what is new; merge piled-up segments, keeping only `keep`
 */
import type { LibraryStore } from './store-port';
import { mergeSegments } from './merge-segments';
import { SegmentBuilder } from './segment-builder';
import { decodeSegment, type WordSegment } from './word-segment';

/** Segments kept before the smallest are merged. */
const MAX_SEGMENTS = 8;
/** Postings in the unsaved part at which the caller should save (≈ 8 MB in memory). */
const SAVE_AT_POSTINGS = 1_000_000;
/** The most postings one merge writes (16 MB of segment): larger segments are left as they are. */
const MERGE_POSTINGS = 4_000_000;
/** Room in the numbering of documents for each part (a segment holds fewer documents than this). */
const PART_SPAN = 2 ** 24;

type IndexFiles = Pick<LibraryStore, 'writable' | 'readIndexFile' | 'writeIndexFile' | 'removeIndexFile'>;

interface Manifest {
  version: 1;
  segments: string[];
  next: number;
}

/** Whether a part's entry for a document is the document's current one, and shown. */
const STALE = 0;
const CURRENT = 1;
const HIDDEN = 2;

/** A saved segment or the unsaved part; a document's reference is its part's base + its number in the part. */
interface Part {
  base: number;
  file: string | null;
  segment: WordSegment | null;
  builder: SegmentBuilder | null;
  flags: number[] | Uint8Array;
}

export class SegmentedWordIndex {
  /** Saved segments in the order they were written (a later entry for a document replaces an earlier one). */
  private saved: Part[] = [];
  private fresh: Part;
  /** Unsaved parts whose segment is being written (still searched until it is in place). */
  private writing: Part[] = [];
  private readonly located = new Map<string, number>();
  private nextBase = 0;
  private next = 0;
  private saving: Promise<void> = Promise.resolve();
  /** Files no longer named by the manifest, removed after the next manifest is written. */
  private dropped: string[] = [];

  constructor(
    private readonly name: string,
    private readonly files: IndexFiles,
  ) {
    this.fresh = this.newFresh();
  }

  /** Reads the saved segments; whatever is missing or damaged is simply not indexed. Returns documents loaded. */
  async load(): Promise<number> {
    const raw = await this.files.readIndexFile(`${this.name}.manifest.json`);
    const manifest = raw ? parseManifest(raw) : null;
    if (!manifest) return 0;
    this.next = Math.max(this.next, manifest.next);
    for (const file of manifest.segments) {
      const bytes = await this.files.readIndexFile(file);
      const segment = bytes ? decodeSegment(bytes) : null;
      if (!segment) continue;
      const part = this.addSaved(file, segment);
      part.flags.fill(CURRENT);
      // A document listed again by a later segment was re-indexed: locate() marks its earlier entry stale.
      segment.docs.forEach((doc, docNo) => this.locate(doc, part.base + docNo));
    }
    return this.located.size;
  }

  get size(): number {
    return this.located.size;
  }

  /** Unsaved documents (indexed in memory since the last save). */
  get unsaved(): number {
    let n = 0;
    for (const f of this.fresh.flags) if (f !== STALE) n++;
    return n;
  }

  /** The unsaved part has reached its bound: the caller should save before adding much more. */
  get needsSave(): boolean {
    return this.fresh.builder!.postingCount >= SAVE_AT_POSTINGS;
  }

  isCurrent(doc: string, stamp: string): boolean {
    const ref = this.located.get(doc);
    if (ref === undefined) return false;
    const part = this.partOf(ref)!;
    return (part.segment?.stamps ?? part.builder!.stamps)[ref - part.base] === stamp;
  }

  /** Every document with an entry. */
  docs(): IterableIterator<string> {
    return this.located.keys();
  }

  /** Indexes (or re-indexes) a document from text already folded with foldText. */
  add(doc: string, stamp: string, foldedText: string, hidden = false): void {
    const docNo = this.fresh.builder!.add(doc, stamp, foldedText);
    (this.fresh.flags as number[]).push(hidden ? HIDDEN : CURRENT);
    this.locate(doc, this.fresh.base + docNo);
  }

  /** Forgets a document the library no longer has (its saved entries are left out of the next merge). */
  remove(doc: string): void {
    const ref = this.located.get(doc);
    if (ref === undefined) return;
    const part = this.partOf(ref)!;
    part.flags[ref - part.base] = STALE;
    this.located.delete(doc);
  }

  /** Keeps a document's entry but leaves it out of `match` (or puts it back). */
  setHidden(doc: string, hidden: boolean): void {
    const ref = this.located.get(doc);
    if (ref === undefined) return;
    const part = this.partOf(ref)!;
    part.flags[ref - part.base] = hidden ? HIDDEN : CURRENT;
  }

  /** A document's reference (as `match` gives it), if it has an entry. */
  refOf(doc: string): number | undefined {
    return this.located.get(doc);
  }

  /** The document a reference from `match` stands for. */
  docOf(ref: number): string {
    const part = this.partOf(ref)!;
    return (part.segment?.docs ?? part.builder!.docs)[ref - part.base]!;
  }

  /** For documents (hidden ones too) that use a word starting with every term: the count of each, in term order. */
  countsAll(terms: string[]): Map<string, number[]> {
    const out = new Map<string, number[]>();
    this.scan(terms, true, true, (ref, counts) => out.set(this.docOf(ref), [...counts]));
    return out;
  }

  /** For shown documents that use a word starting with any of the terms: the count of each (0 for some). */
  countsAny(terms: string[]): Map<string, number[]> {
    const out = new Map<string, number[]>();
    this.scan(terms, false, false, (ref, counts) => out.set(this.docOf(ref), [...counts]));
    return out;
  }

  /**
   * Calls back for each current, shown document that uses a word starting with every term, with its reference and
   * how often it uses each term (the array is reused between calls). Touches postings only: no document ids.
   */
  match(terms: string[], visit: (ref: number, counts: Uint32Array) => void): void {
    this.scan(terms, true, false, visit);
  }

  private scan(
    terms: string[],
    every: boolean,
    withHidden: boolean,
    visit: (ref: number, counts: Uint32Array) => void,
  ): void {
    if (terms.length === 0) return;
    const row = new Uint32Array(terms.length);
    for (const part of [...this.saved, ...this.writing, this.fresh]) {
      const size = part.segment?.docs.length ?? part.builder!.docs.length;
      if (size === 0) continue;
      const each = (term: string, add: (docNo: number, n: number) => void) => {
        if (part.builder) return part.builder.forEachWithPrefix(term, add);
        const { offsets, postings } = part.segment!;
        const [first, end] = part.segment!.prefixRange(term);
        for (let i = offsets[first]!; i < offsets[end]!; i++) add(postings[i]! >>> 8, postings[i]! & 0xff);
      };
      // With `every`, the first term gathers the documents that can match and the others only count.
      const counts = terms.map(() => new Uint32Array(size));
      const found: number[] = [];
      const seen = every ? null : new Uint8Array(size);
      counts.forEach((c, t) => {
        const gather = t === 0 || seen;
        each(terms[t]!, (docNo, n) => {
          if (gather && c[docNo] === 0 && (!seen || seen[docNo] === 0)) {
            found.push(docNo);
            if (seen) seen[docNo] = 1;
          }
          c[docNo] = c[docNo]! + n;
        });
      });
      if (found.length === 0) continue;
      const flags = part.flags;
      next: for (const docNo of found) {
        const flag = flags[docNo];
        if (flag === STALE || (flag === HIDDEN && !withHidden)) continue;
        for (let t = 0; t < terms.length; t++) {
          const n = counts[t]![docNo]!;
          if (n === 0 && every) continue next;
          row[t] = n;
        }
        visit(part.base + docNo, row);
      }
    }
  }

  /**
   * Writes the unsaved documents as a new segment and a manifest naming it (after it, so a crash between the two
   * leaves the old manifest and an unnamed file). When more than MAX_SEGMENTS pile up, the smallest are merged,
   * keeping only the documents `keep` accepts, at most MERGE_POSTINGS at a time. Saves run one after another;
   * documents added while one runs wait for the next. Does nothing in a read-only library.
   */
  save(keep: (doc: string) => boolean): Promise<void> {
    const run = this.saving.then(() => this.saveNow(keep));
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async saveNow(keep: (doc: string) => boolean): Promise<void> {
    if (!this.files.writable) {
      // Nothing is written, but a full unsaved part is packed as a segment in memory (4 bytes a posting).
      const part = this.fresh;
      if (this.needsSave) {
        this.fresh = this.newFresh();
        const { bytes, renumbered } = part.builder!.encode((docNo) => part.flags[docNo] !== STALE);
        this.replace([part], [renumbered], '', bytes);
      }
      return;
    }
    let changed = false;
    const part = this.fresh;
    if (part.builder!.docs.length > 0) {
      this.fresh = this.newFresh(); // what is added while this one is written goes to the next
      this.writing.push(part);
      const builder = part.builder!;
      const { bytes, renumbered } = builder.encode((docNo) => part.flags[docNo] !== STALE && keep(builder.docs[docNo]!));
      const file = `${this.name}-${this.next++}.seg`;
      // A failed write leaves the part among `writing`: still searched, indexed again at the next open.
      await this.files.writeIndexFile(file, bytes);
      this.replace([part], [renumbered], file, bytes);
      changed = true;
    }
    for (let inputs = this.mergeable(); inputs.length > 1; inputs = this.mergeable()) {
      const { bytes, renumbered } = mergeSegments(
        inputs.map((p) => p.segment!),
        (i, docNo) => inputs[i]!.flags[docNo] !== STALE && keep(inputs[i]!.segment!.docs[docNo]!),
      );
      const file = `${this.name}-${this.next++}.seg`;
      await this.files.writeIndexFile(file, bytes);
      this.replace(inputs, renumbered, file, bytes);
      this.dropped.push(...inputs.map((p) => p.file!));
      changed = true;
    }
    if (!changed) return;
    const manifest: Manifest = { version: 1, segments: this.saved.map((p) => p.file!), next: this.next };
    await this.files.writeIndexFile(`${this.name}.manifest.json`, new TextEncoder().encode(JSON.stringify(manifest)));
    for (const old of this.dropped.splice(0)) await this.files.removeIndexFile(old).catch(() => undefined);
  }

  /** The smallest segments that together stay under MERGE_POSTINGS, once there are too many segments. */
  private mergeable(): Part[] {
    const segments = this.saved.filter((p) => p.segment);
    if (segments.length <= MAX_SEGMENTS) return [];
    const bySize = segments.sort((a, b) => a.segment!.postings.length - b.segment!.postings.length);
    const out: Part[] = [];
    let total = 0;
    for (const p of bySize) {
      if (total + p.segment!.postings.length > MERGE_POSTINGS) break;
      out.push(p);
      total += p.segment!.postings.length;
    }
    return out.length >= 2 ? out : [];
  }

  /**
   * Puts a written segment in place of the parts it was made from. Entries are taken over as they are now (one
   * made stale or re-added while the file was written stays so), and the new segment comes last, as it is newest.
   */
  private replace(inputs: Part[], renumbered: Int32Array[], file: string, bytes: Uint8Array): void {
    const segment = decodeSegment(bytes)!;
    const part = this.addSaved(file, segment);
    inputs.forEach((input, i) => {
      const docs = input.segment?.docs ?? input.builder!.docs;
      const map = renumbered[i]!;
      for (let docNo = 0; docNo < docs.length; docNo++) {
        const doc = docs[docNo]!;
        if (this.located.get(doc) !== input.base + docNo) continue;
        const to = map[docNo]!;
        if (to < 0) this.located.delete(doc); // left out: no longer in the library
        else {
          part.flags[to] = input.flags[docNo]!;
          this.located.set(doc, part.base + to);
        }
      }
    });
    this.saved = this.saved.filter((p) => !inputs.includes(p));
    this.writing = this.writing.filter((p) => !inputs.includes(p));
  }

  private addSaved(file: string, segment: WordSegment): Part {
    const part: Part = {
      base: this.takeBase(),
      file,
      segment,
      builder: null,
      flags: new Uint8Array(segment.docs.length),
    };
    this.saved.push(part);
    return part;
  }

  private newFresh(): Part {
    return { base: this.takeBase(), file: null, segment: null, builder: new SegmentBuilder(), flags: [] };
  }

  private takeBase(): number {
    const base = this.nextBase;
    this.nextBase += PART_SPAN;
    return base;
  }

  /** Points a document at its new entry, marking the one it had stale. */
  private locate(doc: string, ref: number): void {
    const old = this.located.get(doc);
    if (old !== undefined) {
      const part = this.partOf(old);
      if (part) part.flags[old - part.base] = STALE;
    }
    this.located.set(doc, ref);
  }

  private partOf(ref: number): Part | undefined {
    if (ref >= this.fresh.base && ref < this.fresh.base + PART_SPAN) return this.fresh;
    // Bases grow with every part made, and parts are kept in that order (a segment being written is last).
    const parts = this.saved;
    let lo = 0;
    let hi = parts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = parts[mid]!;
      if (ref < p.base) hi = mid - 1;
      else if (ref >= p.base + PART_SPAN) lo = mid + 1;
      else return p;
    }
    return this.writing.find((p) => ref >= p.base && ref < p.base + PART_SPAN);
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
