/**
 * Keeps the files saved for a quick start (the first screen, first-screen.ts; the timeline's table, saved-views.ts)
 * no older than the documents they describe.
 *
 *   store          the store the workbench writes through: before the first registry, shard or layout write after
 *                  a save it deletes the saved files, so a crash at any moment leaves current files or none (should
 *                  the folder refuse the deletion, the edit is still written: the files are only used until the
 *                  open is done)
 *   retire()       deletes them now (an open that found damage: what they list may no longer be there)
 *   attach(...)    how to build them and when: after writes they are saved again once no write came for QUIET_MS
 *                  and the calls in flight are answered (ensureSaved), never with edits unsaved
 *   ensureSaved()  also after a windowed open: saves those missing or unreadable, a step at a time
 *   close()        at close (after the last flush): saves those retired, missing or unreadable
 *
 * Body writes do not retire them: a new article's body is written before its shard, and only the shard makes the
 * article part of the library.
 */
import type { LibraryStore } from './store-port';

const QUIET_MS = 5000;
const DOCUMENT_WRITES = new Set<PropertyKey>(['writeRegistry', 'writeShard', 'writeLayout']);
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A file the keeper saves: its name in index/, how to build it, and whether bytes read back are a whole one. */
export interface SavedFile {
  name: string;
  /** Built from the library in memory, pausing between steps; null when there is nothing to save yet. */
  encode(pause: () => Promise<void>): Promise<Uint8Array | null>;
  readsWhole(bytes: Uint8Array): boolean;
}

type Status = 'unknown' | 'current' | 'retired';

interface Attachment {
  files: SavedFile[];
  /** Whether the library in memory has edits not yet written to the documents (it then differs from them). */
  unsaved: () => boolean;
  /** Runs work in the workbench's serial queue, where no edit is in progress. */
  serial: (work: () => Promise<void>) => Promise<void>;
  /** Resolves once the calls in flight are answered and the workbench has been quiet a moment. */
  quiet: () => Promise<void>;
}

export class FirstScreenKeeper {
  readonly store: LibraryStore;
  /**
   * Per file: unknown: not yet read or written in this session (the first document write deletes whatever is
   * there); current: on disk and describing the documents; retired: deleted, to be saved again.
   */
  private readonly status = new Map<string, Status>();
  /** Document writes so far: a save built while this changed describes a library that is gone. */
  private writes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attachment: Attachment | null = null;
  private closed = false;

  constructor(
    private readonly inner: LibraryStore,
    /** The files kept, by name in index/: known from the start, so the first write deletes them all. */
    private readonly names: readonly string[],
  ) {
    this.store = new Proxy(inner, {
      get: (target, prop) => {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        const method = (value as (...a: unknown[]) => unknown).bind(target);
        if (!DOCUMENT_WRITES.has(prop)) return method;
        return async (...args: unknown[]) => {
          await this.retire();
          this.writes++;
          this.saveLater();
          return method(...args);
        };
      },
    });
  }

  async retire(): Promise<void> {
    if (!this.inner.writable) return;
    for (const name of this.names) {
      if (this.status.get(name) === 'retired') continue;
      this.status.set(name, 'retired');
      // A folder that refuses the deletion would refuse the save as well; the edit itself must still be written.
      await this.inner.removeIndexFile(name).catch(() => undefined);
    }
  }

  attach(attachment: Attachment): void {
    this.attachment = attachment;
  }

  /**
   * Saves those missing or unreadable, in the background: each is built a step at a time between other work, and
   * written only if no document was written meanwhile (else it is tried again later).
   */
  async ensureSaved(): Promise<void> {
    try {
      const attachment = this.attachment;
      if (!attachment || this.closed) return;
      const missing = await this.missing(attachment.files);
      if (missing.length === 0) return;
      await attachment.quiet();
      const writesBefore = this.writes;
      const built = attachment.unsaved() ? null : await this.build(missing, nextTurn);
      await attachment.serial(async () => {
        if (this.closed) return;
        if (!built || this.writes !== writesBefore || attachment.unsaved()) return this.saveLater();
        await this.write(built);
      });
    } catch {
      // Only derived data (a full disk, an index folder that cannot be written): the next open is the slow one.
    }
  }

  /** Called inside the serial queue after the last flush: saves those retired, missing or unreadable. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      if (!this.attachment || this.attachment.unsaved()) return;
      // One at a time, each written as soon as it is encoded: the close is a session's memory peak.
      for (const file of await this.missing(this.attachment.files))
        await this.write(await this.build([file], async () => undefined));
    } catch {
      // Only derived data: a library that cannot save them opens the slow way next time.
    }
  }

  private async build(files: SavedFile[], pause: () => Promise<void>) {
    const built: Array<[string, Uint8Array]> = [];
    for (const file of files) {
      const bytes = await file.encode(pause);
      if (bytes) built.push([file.name, bytes]);
    }
    return built;
  }

  private async write(built: Array<[string, Uint8Array]>) {
    for (const [name, bytes] of built) {
      // Retired again by a write since it was built (close runs with none pending): left for the next save.
      if (this.status.get(name) !== 'retired') continue;
      await this.inner.writeIndexFile(name, bytes);
      this.status.set(name, 'current');
    }
  }

  /** Reads the files whose state is unknown; those that must be saved. */
  private async missing(files: SavedFile[]): Promise<SavedFile[]> {
    if (!this.inner.writable) return [];
    for (const file of files) {
      if ((this.status.get(file.name) ?? 'unknown') !== 'unknown') continue;
      const bytes = await this.inner.readIndexFile(file.name);
      if (!this.status.has(file.name))
        this.status.set(file.name, bytes && file.readsWhole(bytes) ? 'current' : 'retired');
    }
    return files.filter((f) => this.status.get(f.name) === 'retired');
  }

  private saveLater() {
    if (this.closed || !this.attachment) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.ensureSaved();
    }, QUIET_MS);
    // In Node, a save still waiting must not keep a process alive that is otherwise done.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
