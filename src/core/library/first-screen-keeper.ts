/**
 * Keeps the saved first screen (first-screen.ts) no older than the documents it describes.
 *
 *   store          the store the workbench writes through: before the first registry, shard or layout write after
 *                  a save it deletes the saved file, so a crash at any moment leaves a current file or none (should
 *                  the folder refuse the deletion, the edit is still written: the file is only shown until the
 *                  open is done)
 *   retire()       deletes it now (an open that found damage: what the file lists may no longer be there)
 *   attach(...)    how to build it and when: after writes it is saved again once no write came for QUIET_MS and
 *                  the calls in flight are answered (ensureSaved), never with edits unsaved
 *   ensureSaved()  also after a windowed open: saves when the file is missing or unreadable, a step at a time
 *   close()        at close (after the last flush): saves when retired, missing or unreadable
 *
 * Body writes do not retire it: a new article's body is written before its shard, and only the shard makes the
 * article part of the library.
 */
import type { LibraryStore } from './store-port';
import { decodeFirstScreen, encodeFirstScreen, FIRST_SCREEN_FILE, type FirstScreenSource } from './first-screen';

const QUIET_MS = 5000;
const DOCUMENT_WRITES = new Set<PropertyKey>(['writeRegistry', 'writeShard', 'writeLayout']);
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Attachment {
  /** What to save, read from the library in memory; its rows may be read lazily. */
  source: () => Promise<FirstScreenSource>;
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
   * unknown: not yet read or written in this session (the first document write deletes whatever is there);
   * current: on disk and describing the documents; retired: deleted, to be saved again.
   */
  private status: 'unknown' | 'current' | 'retired' = 'unknown';
  /** Document writes so far: a save built while this changed describes a library that is gone. */
  private writes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attachment: Attachment | null = null;
  private closed = false;

  constructor(private readonly inner: LibraryStore) {
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
    if (this.status === 'retired' || !this.inner.writable) return;
    this.status = 'retired';
    // A folder that refuses the deletion would refuse the save as well; the edit itself must still be written.
    await this.inner.removeIndexFile(FIRST_SCREEN_FILE).catch(() => undefined);
  }

  attach(attachment: Attachment): void {
    this.attachment = attachment;
  }

  /**
   * Saves it when missing or unreadable, in the background: the rows are encoded a step at a time between other
   * work, and the file is written only if no document was written meanwhile (else it is tried again later).
   */
  async ensureSaved(): Promise<void> {
    try {
      const attachment = this.attachment;
      if (!attachment || this.closed || !(await this.missing())) return;
      await attachment.quiet();
      const writesBefore = this.writes;
      const bytes = attachment.unsaved() ? null : await encodeFirstScreen(await attachment.source(), nextTurn);
      await attachment.serial(async () => {
        if (this.closed || this.status !== 'retired') return;
        if (!bytes || this.writes !== writesBefore || attachment.unsaved()) return this.saveLater();
        await this.write(bytes);
      });
    } catch {
      // Only derived data (a full disk, an index folder that cannot be written): the next open is the slow one.
    }
  }

  /** Called inside the serial queue after the last flush: saves it when retired, missing or unreadable. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      if (!this.attachment || this.attachment.unsaved() || !(await this.missing())) return;
      await this.write(await encodeFirstScreen(await this.attachment.source()));
    } catch {
      // Only derived data: a library that cannot save it opens the slow way next time.
    }
  }

  private async write(bytes: Uint8Array) {
    await this.inner.writeIndexFile(FIRST_SCREEN_FILE, bytes);
    this.status = 'current';
  }

  /** Reads the file when its state is unknown; true when it must be saved. */
  private async missing(): Promise<boolean> {
    if (!this.inner.writable) return false;
    if (this.status === 'unknown') {
      const bytes = await this.inner.readIndexFile(FIRST_SCREEN_FILE);
      if (this.status === 'unknown') this.status = bytes && decodeFirstScreen(bytes) ? 'current' : 'retired';
    }
    return this.status === 'retired';
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
