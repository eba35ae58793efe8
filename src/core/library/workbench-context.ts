import type { HistoryState, ImportItem, NewTopic, ReportOptions, WorkbenchEvents } from '../../shared/api';
import type { Filter } from '../../shared/model';
import type { ExportFormat, ExportSet } from '../export/export-set';
import type { ExtractInput, ExtractionResult } from '../extract/types';
import type { IngestEntry, SourceFile } from '../ingest/types';
import type { AnalysedEntry } from './analyse-file';
import { History } from './history';
import type { ImportSource } from './import-source';
import type { LibraryState } from './library-state';
import type { LibraryQueries } from './query-port';
import type { LibraryStore } from './store-port';
import { applyChange, touchedAreas, Transaction } from './transaction';

export interface WorkbenchDeps {
  /** Turns the UI's import items (paths or bytes) into sources; folders expand here. Host-specific. */
  openImportItems(items: ImportItem[]): Promise<ImportSource[]>;
  /** The demo articles and topics shipped in resources/demo. */
  demoLibrary?(): Promise<{ sources: ImportSource[]; topics: NewTopic[] }>;
  /** Prints the report page for this filter to PDF. Host-specific (Electron printToPDF, Chromium elsewhere). */
  printReport?(filter: Filter, options: ReportOptions): Promise<Uint8Array>;
  /** Writes the export of these statements in a format and returns the file's bytes. Host-specific (src/node/export). */
  exportStatements?(set: ExportSet, format: ExportFormat): Promise<{ data: Uint8Array; rows: number }>;
  emit?<E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]): void;
  readDocument?(file: SourceFile): Promise<IngestEntry[]>;
  /** Reads and analyses a whole file elsewhere (a worker thread); see analyse-file.ts. */
  analyseFile?(file: SourceFile): Promise<AnalysedEntry[]>;
  extract?(input: ExtractInput): ExtractionResult | Promise<ExtractionResult>;
  now?(): Date;
  /** The query side, when it is answered elsewhere than in this process (see query-port.ts). */
  queries?(ctx: WorkbenchContext): LibraryQueries;
  /** Set when the store is read-only because another process writes the library: said in every refusal. */
  readOnlyReason?: string;
}

/** What every use case shares: the in-memory library, its store, the write queue and the undo history. */
export class WorkbenchContext {
  readonly history = new History();
  private queue: Promise<unknown> = Promise.resolve();
  private counter = 0;

  constructor(
    readonly state: LibraryState,
    readonly store: LibraryStore,
    readonly deps: WorkbenchDeps,
  ) {}

  now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  newId(prefix: string): string {
    const random = Math.floor(Math.random() * 36 ** 4).toString(36);
    return `${prefix}${this.now().getTime().toString(36)}${(this.counter++).toString(36)}${random}`;
  }

  emit<E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]): void {
    this.deps.emit?.(event, payload);
  }

  /** Refuses, with the reason, any change to a library this process may only read. */
  assertWritable(): void {
    if (!this.store.writable) {
      throw new Error(
        this.deps.readOnlyReason ?? 'this library is open read-only: another Soundbite process is writing to it',
      );
    }
  }

  /** Runs work after every earlier mutation has finished: edits and imports never interleave. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * One user action: applied through a transaction, persisted, and (unless history is false) undoable.
   * If the work throws half-way, what it had applied is reverted, so the library never keeps half an edit.
   */
  mutate<T>(
    label: string,
    work: (tx: Transaction) => T | Promise<T>,
    options: { history?: boolean; persist?: boolean } = {},
  ): Promise<T> {
    return this.serial(async () => {
      this.assertWritable();
      const tx = new Transaction(this.state, label);
      let result: T;
      try {
        result = await work(tx);
      } catch (err) {
        applyChange(this.state, tx.change, 'before');
        throw err;
      }
      if (tx.isEmpty()) return result;
      if (options.history !== false) this.history.push(tx.change);
      // A bulk import persists in batches (persist: false, then persistNow) instead of once per article.
      if (options.persist === false) return result;
      await this.state.flush(this.store);
      this.emit('libraryChanged', { reason: label, touched: touchedAreas(tx.change) });
      return result;
    });
  }

  /** Writes whatever changed since the last write, and tells the UI. */
  persistNow(reason: string): Promise<void> {
    return this.serial(async () => {
      const written = await this.state.flush(this.store);
      // Batches of an import: what they wrote is not tracked, so every view refreshes.
      if (written.shards > 0 || written.registry) this.emit('libraryChanged', { reason });
    });
  }

  undo(): Promise<HistoryState> {
    return this.replay('undo');
  }

  redo(): Promise<HistoryState> {
    return this.replay('redo');
  }

  private replay(direction: 'undo' | 'redo'): Promise<HistoryState> {
    return this.serial(async () => {
      this.assertWritable();
      const change = direction === 'undo' ? this.history.takeUndo() : this.history.takeRedo();
      if (!change) throw new Error(`nothing to ${direction}`);
      applyChange(this.state, change, direction === 'undo' ? 'before' : 'after');
      await this.state.flush(this.store);
      this.emit('libraryChanged', { reason: `${direction} ${change.label}`, touched: touchedAreas(change) });
      return this.history.describe();
    });
  }
}
