import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ReportOptions, WorkbenchApi, WorkbenchEvents } from '../shared/api';
import { API_METHODS } from '../shared/api-methods';
import type { Filter } from '../shared/model';
import { answersBeforeOpen, decodeFirstScreen, FIRST_SCREEN_FILE } from '../core/library/first-screen';
import { decodeSavedViews, SAVED_VIEWS_FILE, viewsBeforeOpen, WAIT_FOR_OPEN } from '../core/library/saved-views';
import { History } from '../core/library/history';
import { createWorkbench, type Workbench } from '../core/library/service';
import { loadDemoLibrary } from './demo-library';
import { exportToBytes } from './export/write-export';
import { acquireLibraryLock, describeOwner, LibraryLockedError, readLockOwner, type LibraryLock } from './library-lock';
import { LowdbLibraryStore } from './lowdb-store';
import { ImportPool } from './import-pool';
import { openImportItems } from './open-import-items';
import { NOT_GRANTED, type PathGrants } from './path-grants';

/**
 * How a process opens the library: 'write' takes the one-writer lock or fails with LibraryLockedError; 'read'
 * never writes, moves or deletes anything; 'write-or-read' writes when it can and reads otherwise.
 */
export type LibraryAccess = 'write' | 'read' | 'write-or-read';

export interface ComposedWorkbench extends Workbench {
  readonly readOnly: boolean;
}

export interface ComposeOptions {
  dataDir: string;
  resourcesDir: string;
  allowPaths: boolean;
  /** Named in the lock, so a refused second writer can say who holds the library. */
  app?: string;
  access?: LibraryAccess;
  emit?: <E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]) => void;
  printReport?: (filter: Filter, options: ReportOptions) => Promise<Uint8Array>;
  /** Parse and extract in worker threads (default); false keeps everything on this thread. */
  workers?: boolean;
  /** Desktop: paths are accepted only while granted (dropped or chosen in the window). */
  pathGrants?: PathGrants;
  /** Windowed hosts: build the query indexes right after open, while the window loads. */
  warmUp?: boolean;
}

/** The library folder with the access this process got: the writer's lock, or the reason it only reads. */
interface Acquired {
  dataDir: string;
  lock: LibraryLock | null;
  readOnlyReason: string | null;
}

/** Composition root shared by the HTTP host, the CLI and Electron main: one service over a lowdb folder. */
export async function composeWorkbench(options: ComposeOptions): Promise<ComposedWorkbench> {
  return openAcquired(await acquire(options), options);
}

/**
 * For windowed hosts: takes the library's lock now (a refusal is thrown here, before any window), then opens the
 * library behind the window. `api` answers at once — each call waits for the open, except those the saved first
 * screen answers (the library's counts, the article list, its imports: first-screen.ts) — and `libraryOpening`
 * events say how far the open is, so a large library shows its list and its progress instead of a blank window.
 * When the open is done, a `libraryChanged` event has every view ask again of the library itself.
 */
export async function composeWorkbenchBehind(
  options: ComposeOptions,
): Promise<{ api: WorkbenchApi; ready: Promise<ComposedWorkbench>; readOnly: boolean }> {
  const acquired = await acquire(options);
  const saved = await readSavedStart(acquired.dataDir);
  const ready = openAcquired(acquired, options);
  // A failed open is reported through `ready`; calls waiting on it get the same error.
  ready.catch(() => undefined);
  const early: EarlyCalls = {
    // Nothing can be undone in a session whose library is not open yet.
    getHistory: async () => new History().describe(),
    ...(saved.screen ? answersBeforeOpen(saved.screen, acquired.readOnlyReason) : {}),
    ...(saved.views ? viewsBeforeOpen(saved.views, (layout, i) => saved.store.peekShard(layout, i)) : {}),
  };
  return { api: waitingApi(ready, early, options.emit), ready, readOnly: !acquired.lock };
}

/** What was saved for a quick start: the first screen and the views' table, each null when it does not read whole. */
export async function readSavedStart(dataDir: string) {
  const store = new LowdbLibraryStore(dataDir, { readOnly: true });
  const screen = await store.readIndexFile(FIRST_SCREEN_FILE);
  const views = await store.readIndexFile(SAVED_VIEWS_FILE);
  return {
    store,
    screen: screen ? decodeFirstScreen(screen) : null,
    views: views ? decodeSavedViews(views) : null,
  };
}

/** Calls answered while the library opens; an answer may say to wait for the open after all. */
type EarlyCalls = Partial<Record<keyof WorkbenchApi, (...args: never[]) => Promise<unknown>>>;

/** The API whose every call waits for the workbench, but for the calls `early` answers until it is open. */
function waitingApi(ready: Promise<WorkbenchApi>, earlyCalls: EarlyCalls, emit: ComposeOptions['emit']): WorkbenchApi {
  let early = earlyCalls;
  let answeredEarly = false;
  const settled = () => {
    // Lets go of the saved files' contents: tens of megabytes in a large library.
    early = {};
    if (answeredEarly) emit?.('libraryChanged', { reason: 'the library is open' });
  };
  ready.then(settled, settled);
  const calls = API_METHODS.map((method) => [
    method,
    async (...args: unknown[]) => {
      const answer = early[method];
      if (answer) {
        // Anything the saved files cannot answer (or fail to) is the open library's to answer.
        const value = await (answer as (...a: unknown[]) => Promise<unknown>)(...args).catch(() => WAIT_FOR_OPEN);
        if (value !== WAIT_FOR_OPEN) {
          answeredEarly = true;
          return value;
        }
      }
      const api = await ready;
      return (api[method] as (...a: unknown[]) => unknown)(...args);
    },
  ]);
  return Object.fromEntries(calls) as unknown as WorkbenchApi;
}

async function acquire(options: ComposeOptions): Promise<Acquired> {
  const dataDir = path.resolve(options.dataDir);
  const access = options.access ?? 'write';
  if (access === 'read') {
    const owner = await readLockOwner(dataDir);
    const readOnlyReason = owner
      ? `read-only: this library is open in ${describeOwner(owner)}`
      : 'read-only: opened for reading only';
    return { dataDir, lock: null, readOnlyReason };
  }
  await mkdir(dataDir, { recursive: true });
  try {
    return { dataDir, lock: await acquireLibraryLock(dataDir, options.app ?? 'Soundbite'), readOnlyReason: null };
  } catch (err) {
    if (!(err instanceof LibraryLockedError) || access === 'write') throw err;
    return { dataDir, lock: null, readOnlyReason: `read-only: this library is open in ${describeOwner(err.owner)}` };
  }
}

async function openAcquired(
  { dataDir, lock, readOnlyReason }: Acquired,
  options: ComposeOptions,
): Promise<ComposedWorkbench> {
  const emit = options.emit;
  try {
    const store = new LowdbLibraryStore(dataDir, {
      readOnly: !lock,
      ...(emit ? { onOpenProgress: (read, of) => emit('libraryOpening', { read, of, done: false }) } : {}),
    });
    const pool = options.workers === false || !lock ? null : ImportPool.create();
    const workbench = await createWorkbench(store, {
      openImportItems: async (items) => {
        const grants = options.pathGrants;
        if (!grants) return openImportItems(items, { allowPaths: options.allowPaths });
        const refused = items.filter((i) => i.kind === 'path' && !grants.take(i.path));
        const sources = await openImportItems(
          items.filter((i) => !refused.includes(i)),
          { allowPaths: options.allowPaths },
        );
        return [
          ...refused.map((i) => ({ name: i.kind === 'path' ? path.basename(i.path) : i.name, error: NOT_GRANTED })),
          ...sources,
        ];
      },
      demoLibrary: () => loadDemoLibrary(options.resourcesDir),
      ...(pool ? { analyseFile: (file) => pool.analyse(file) } : {}),
      ...(options.emit ? { emit: options.emit } : {}),
      ...(options.printReport ? { printReport: options.printReport } : {}),
      exportStatements: (set, format) => exportToBytes(set, format),
      ...(readOnlyReason ? { readOnlyReason } : {}),
    });
    emit?.('libraryOpening', { read: 0, of: 0, done: true });
    const warming = options.warmUp ? setTimeout(() => void workbench.warmUp(), 0) : null;
    return {
      ...workbench,
      readOnly: !lock,
      async close() {
        if (warming) clearTimeout(warming);
        try {
          // Idle workers go first: closing saves the first screen and the views, the memory peak of a session.
          await pool?.releaseIdle();
          await workbench.close();
          await pool?.close();
        } finally {
          await lock?.release();
        }
      },
    };
  } catch (err) {
    emit?.('libraryOpening', { read: 0, of: 0, done: true, error: (err as Error).message });
    await lock?.release();
    throw err;
  }
}
