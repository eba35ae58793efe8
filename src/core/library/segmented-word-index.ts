/**
 * A word index that persists itself in immutable segments (word-segment.ts) under the library's index/ folder and
 * is updated incrementally. Documents indexed since the last save sit in an unsaved part (segment-builder.ts) that
 * the caller saves when it holds `needsSave` postings, so building an index of any size holds a bounded amount.
 * Segments that pile up are merged a few at a time (merge-segments.ts), never more than `mergePostings` at once.
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
 *   index.match(terms)                     // the same as typed arrays of references, for ranking; docOf(ref)
 *                                          // names the few shown
 *   await index.save(keep)                 // write what is new; merge piled-up segments, keeping only `keep`
 */
import type { LibraryStore } from './store-port';
import { mergeSegments } from './merge-segments';
import { SegmentBuilder } from './segment-builder';
import { decodeSegment, type WordSegment } from './word-segment';

/** The bounds of an index's memory and work (tests make them small). */
export interface WordIndexLimits {
  /** Segments kept before the smallest are merged. */
  maxSegments: number;
  /** Postings in the unsaved part at which the caller should save (≈ 8 MB in memory at 1,000,000). */
  saveAtPostings: number;
  /** The most postings one merge writes (16 MB of segment at 4,000,000): larger segments are left as they are. */
  mergePostings: number;
}

const LIMITS: WordIndexLimits = { maxSegments: 8, saveAtPostings: 1_000_000, mergePostings: 4_000_000 };
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
  /** How many of its entries are not CURRENT (stale or hidden): with none, a word's postings need no checks. */
  notShown: number;
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
  private loading: Promise<number> | null = null;
  private loadedAll = false;
  /** Files no longer named by the manifest, removed after the next manifest is written. */
  private dropped: string[] = [];

  constructor(
    private readonly name: string,
    private readonly files: IndexFiles,
    private readonly limits: WordIndexLimits = LIMITS,
  ) {
    this.fresh = this.newFresh();
  }

  /**
   * Reads the saved segments (once), one at a time with a turn of the event loop between them, so that searches
   * answer from what is read so far; whatever is missing or damaged is simply not indexed. Documents indexed in
   * the meantime keep their new entries. Returns the documents loaded.
   */
  load(): Promise<number> {
    this.loading ??= this.loadSegments();
    return this.loading;
  }

  /** Every saved segment has been read (or there was none to read). */
  get loaded(): boolean {
    return this.loadedAll;
  }

  private async loadSegments(): Promise<number> {
    try {
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
        part.notShown = 0;
        segment.docs.forEach((doc, docNo) => {
          const now = this.located.get(doc);
          // Indexed in this session (only unsaved parts exist before loading ends): newer than anything saved.
          if (now !== undefined && !this.partOf(now)?.segment) setFlag(part, docNo, STALE);
          // Listed again by a later segment: it was re-indexed, and locate() marks the earlier entry stale.
          else this.locate(doc, part.base + docNo);
        });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return this.located.size;
    } finally {
      this.loadedAll = true;
    }
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
    return this.fresh.builder!.postingCount >= this.limits.saveAtPostings;
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
    if (hidden) this.fresh.notShown++;
    this.locate(doc, this.fresh.base + docNo);
  }

  /** Forgets a document the library no longer has (its saved entries are left out of the next merge). */
  remove(doc: string): void {
    const ref = this.located.get(doc);
    if (ref === undefined) return;
    const part = this.partOf(ref)!;
    setFlag(part, ref - part.base, STALE);
    this.located.delete(doc);
  }

  /** Keeps a document's entry but leaves it out of `match` (or puts it back). */
  setHidden(doc: string, hidden: boolean): void {
    const ref = this.located.get(doc);
    if (ref === undefined) return;
    const part = this.partOf(ref)!;
    setFlag(part, ref - part.base, hidden ? HIDDEN : CURRENT);
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
    return this.byDoc(this.collect(terms, true, true));
  }

  /** For shown documents that use a word starting with any of the terms: the count of each (0 for some). */
  countsAny(terms: string[]): Map<string, number[]> {
    return this.byDoc(this.collect(terms, false, false));
  }

  /**
   * The current, shown documents that use a word starting with every term, as references (docOf names them) and
   * how often each uses each term. Reads postings only, in typed arrays: no document ids, no object per match.
   */
  match(terms: string[]): Matches {
    return this.collect(terms, true, false);
  }

  /**
   * For one term: how many shown documents use a word starting with it, and those whose count is among the `k`
   * highest (with every document tied with the k-th), with their counts. Where a segment keeps the word's postings
   * highest count first and hides nothing, only its first postings are read and the list's length is its count.
   * Null when the term is several words in a saved segment (a prefix query): `match` answers those.
   */
  topByCount(term: string, k: number): { total: number; top: Matches } | null {
    const sources: { total: number; highest: number[]; collect: (min: number, out: MatchList) => void }[] = [];
    for (const part of [...this.saved, ...this.writing, this.fresh]) {
      const flags = part.flags;
      const base = part.base;
      if (!part.segment) {
        const sums = new Map<number, number>();
        part.builder!.forEachWithPrefix(term, (docNo, n) => {
          if (flags[docNo] === CURRENT) sums.set(docNo, (sums.get(docNo) ?? 0) + n);
        });
        const sorted = [...sums].sort((a, b) => b[1] - a[1]);
        sources.push({
          total: sorted.length,
          highest: sorted.slice(0, k).map(([, n]) => n),
          collect: (min, out) => {
            for (const [docNo, n] of sorted) if (n >= min) out.add(base + docNo, n);
          },
        });
        continue;
      }
      const { offsets, postings, byCount } = part.segment;
      const [first, end] = part.segment.prefixRange(term);
      if (end - first > 1) return null;
      if (end === first) continue;
      const from = offsets[first]!;
      const to = offsets[end]!;
      if (byCount && part.notShown === 0) {
        const highest: number[] = [];
        for (let i = from; i < to && highest.length < k; i++) highest.push(postings[i]! & 0xff);
        sources.push({
          total: to - from,
          highest,
          collect: (min, out) => {
            for (let i = from; i < to && (postings[i]! & 0xff) >= min; i++)
              out.add(base + (postings[i]! >>> 8), postings[i]! & 0xff);
          },
        });
        continue;
      }
      // Older segments (postings in document order) and segments with hidden or stale entries are read through.
      const histogram = new Uint32Array(256);
      let total = 0;
      for (let i = from; i < to; i++) {
        const p = postings[i]!;
        if (flags[p >>> 8] !== CURRENT) continue;
        histogram[p & 0xff]!++;
        total++;
      }
      const highest: number[] = [];
      for (let n = 255; n > 0 && highest.length < k; n--) {
        for (let c = histogram[n]!; c > 0 && highest.length < k; c--) highest.push(n);
      }
      sources.push({
        total,
        highest,
        collect: (min, out) => {
          for (let i = from; i < to; i++) {
            const p = postings[i]!;
            if ((p & 0xff) >= min && flags[p >>> 8] === CURRENT) out.add(base + (p >>> 8), p & 0xff);
          }
        },
      });
    }
    const highest = sources.flatMap((s) => s.highest).sort((a, b) => b - a);
    const min = k <= 0 ? Infinity : highest.length >= k ? highest[k - 1]! : 0;
    const out = new MatchList(1);
    let total = 0;
    for (const source of sources) {
      total += source.total;
      source.collect(min, out);
    }
    return { total, top: out.done() };
  }

  private byDoc(m: Matches): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (let i = 0; i < m.length; i++)
      out.set(
        this.docOf(m.refs[i]!),
        m.counts.map((c) => c[i]!),
      );
    return out;
  }

  private collect(terms: string[], every: boolean, withHidden: boolean): Matches {
    const out = new MatchList(terms.length);
    if (terms.length === 0) return out.done();
    for (const part of [...this.saved, ...this.writing, this.fresh]) {
      const size = part.segment?.docs.length ?? part.builder!.docs.length;
      if (size === 0) continue;
      const flags = part.flags;
      const shown = (docNo: number) => flags[docNo] === CURRENT || (withHidden && flags[docNo] === HIDDEN);
      if (part.segment) {
        const { offsets, postings } = part.segment;
        const ranges = terms.map((t) => part.segment!.prefixRange(t));
        const [first, end] = ranges[0]!;
        if (terms.length === 1 && end - first === 1) {
          // One word: each document is in its postings once, so they are the answer as they are.
          out.reserve(offsets[end]! - offsets[first]!);
          for (let i = offsets[first]!; i < offsets[end]!; i++) {
            const p = postings[i]!;
            if (shown(p >>> 8)) out.pushOne(part.base + (p >>> 8), p & 0xff);
          }
          continue;
        }
        const spans = ranges.map(([from, to]): [number, number] => [offsets[from]!, offsets[to]!]);
        gatherCounts(size, terms.length, every, shown, part.base, out, { postings, spans });
      } else {
        const builder = part.builder!;
        gatherCounts(size, terms.length, every, shown, part.base, out, (t, add) =>
          builder.forEachWithPrefix(terms[t]!, add),
        );
      }
    }
    return out.done();
  }

  /**
   * Writes the unsaved documents as a new segment and a manifest naming it (after it, so a crash between the two
   * leaves the old manifest and an unnamed file). When more than `maxSegments` pile up, the smallest are merged,
   * keeping only the documents `keep` accepts, at most `mergePostings` at a time. Saves run one after another;
   * documents added while one runs wait for the next. Does nothing in a read-only library.
   */
  save(keep: (doc: string) => boolean): Promise<void> {
    // A manifest written before every saved segment was read would leave out the unread ones: wait for them.
    const run = this.saving.then(() => this.loading?.catch(() => 0)).then(() => this.saveNow(keep));
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
      const { bytes, renumbered } = builder.encode(
        (docNo) => part.flags[docNo] !== STALE && keep(builder.docs[docNo]!),
      );
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

  /** The smallest segments that together stay under `mergePostings`, once there are too many segments. */
  private mergeable(): Part[] {
    const segments = this.saved.filter((p) => p.segment);
    if (segments.length <= this.limits.maxSegments) return [];
    const bySize = segments.sort((a, b) => a.segment!.postings.length - b.segment!.postings.length);
    const out: Part[] = [];
    let total = 0;
    for (const p of bySize) {
      if (total + p.segment!.postings.length > this.limits.mergePostings) break;
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
        if (to < 0)
          this.located.delete(doc); // left out: no longer in the library
        else {
          setFlag(part, to, input.flags[docNo]!);
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
      notShown: segment.docs.length,
    };
    this.saved.push(part);
    return part;
  }

  private newFresh(): Part {
    return { base: this.takeBase(), file: null, segment: null, builder: new SegmentBuilder(), flags: [], notShown: 0 };
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
      if (part) setFlag(part, old - part.base, STALE);
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

function setFlag(part: Part, docNo: number, flag: number): void {
  const was = part.flags[docNo];
  if (was === flag) return;
  if (was === CURRENT) part.notShown++;
  else if (flag === CURRENT) part.notShown--;
  part.flags[docNo] = flag;
}

/** Documents found by `match`: `refs[i]` uses term t `counts[t][i]` times. */
export interface Matches {
  length: number;
  refs: Float64Array;
  counts: Uint32Array[];
}

/** Matches as they are found, in typed arrays that grow by doubling. */
class MatchList {
  private refs = new Float64Array(64);
  private counts: Uint32Array[];
  private n = 0;

  constructor(terms: number) {
    this.counts = Array.from({ length: terms }, () => new Uint32Array(64));
  }

  reserve(more: number): void {
    if (this.n + more <= this.refs.length) return;
    const size = Math.max(this.n + more, this.refs.length * 2);
    const grow = <T extends Float64Array | Uint32Array>(a: T, make: (n: number) => T) => {
      const b = make(size);
      b.set(a.subarray(0, this.n));
      return b;
    };
    this.refs = grow(this.refs, (k) => new Float64Array(k));
    this.counts = this.counts.map((c) => grow(c, (k) => new Uint32Array(k)));
  }

  /** Adds a match of a one-term query (after `reserve`). */
  pushOne(ref: number, count: number): void {
    this.refs[this.n] = ref;
    this.counts[0]![this.n++] = count;
  }

  add(ref: number, count: number): void {
    this.reserve(1);
    this.refs[this.n] = ref;
    this.counts[0]![this.n++] = count;
  }

  push(ref: number, row: Uint32Array): void {
    this.reserve(1);
    this.refs[this.n] = ref;
    for (let t = 0; t < row.length; t++) this.counts[t]![this.n] = row[t]!;
    this.n++;
  }

  done(): Matches {
    return { length: this.n, refs: this.refs, counts: this.counts };
  }
}

/**
 * Adds up, per document of one part, how often it uses each term (a term may be several words by prefix), and
 * adds the shown documents using every term (or, without `every`, any) to `out`.
 */
function gatherCounts(
  size: number,
  terms: number,
  every: boolean,
  shown: (docNo: number) => boolean,
  base: number,
  out: MatchList,
  /** A segment's postings and each term's span of them, or a walk over an unsaved part's postings. */
  postingsOf:
    | { postings: Uint32Array; spans: [number, number][] }
    | ((term: number, add: (docNo: number, n: number) => void) => void),
): void {
  const counts = Array.from({ length: terms }, () => new Uint32Array(size));
  // With `every`, the documents of the first term are the only ones that can match; the others only count.
  const found: number[] = [];
  const seen = every ? null : new Uint8Array(size);
  for (let t = 0; t < terms; t++) {
    const c = counts[t]!;
    const gather = t === 0 || seen !== null;
    const add = (docNo: number, n: number) => {
      if (gather && c[docNo] === 0 && (!seen || seen[docNo] === 0)) {
        found.push(docNo);
        if (seen) seen[docNo] = 1;
      }
      c[docNo] = c[docNo]! + n;
    };
    if (typeof postingsOf === 'function') {
      postingsOf(t, add);
      continue;
    }
    // A saved segment: a plain loop over its typed arrays (a call per posting costs more than the work).
    const { postings, spans } = postingsOf;
    const [from, to] = spans[t]!;
    for (let i = from; i < to; i++) {
      const p = postings[i]!;
      const docNo = p >>> 8;
      if (gather && c[docNo] === 0 && (!seen || seen[docNo] === 0)) {
        found.push(docNo);
        if (seen) seen[docNo] = 1;
      }
      c[docNo] = c[docNo]! + (p & 0xff);
    }
  }
  const row = new Uint32Array(terms);
  next: for (const docNo of found) {
    if (!shown(docNo)) continue;
    for (let t = 0; t < terms; t++) {
      const n = counts[t]![docNo]!;
      if (n === 0 && every) continue next;
      row[t] = n;
    }
    out.push(base + docNo, row);
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
