import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ReportOptions, WorkbenchEvents } from '../shared/api';
import type { Filter } from '../shared/model';
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

/** Composition root shared by the HTTP host, the CLI and Electron main: one service over a lowdb folder. */
export async function composeWorkbench(options: {
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
}): Promise<ComposedWorkbench> {
  const dataDir = path.resolve(options.dataDir);
  const access = options.access ?? 'write';
  let lock: LibraryLock | null = null;
  let readOnlyReason: string | null = null;
  if (access === 'read') {
    const owner = await readLockOwner(dataDir);
    readOnlyReason = owner
      ? `read-only: this library is open in ${describeOwner(owner)}`
      : 'read-only: opened for reading only';
  } else {
    await mkdir(dataDir, { recursive: true });
    try {
      lock = await acquireLibraryLock(dataDir, options.app ?? 'Soundbite');
    } catch (err) {
      if (!(err instanceof LibraryLockedError) || access === 'write') throw err;
      readOnlyReason = `read-only: this library is open in ${describeOwner(err.owner)}`;
    }
  }
  try {
    const store = new LowdbLibraryStore(dataDir, { readOnly: !lock });
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
    const warming = options.warmUp ? setTimeout(() => void workbench.warmUp(), 0) : null;
    return {
      ...workbench,
      readOnly: !lock,
      async close() {
        if (warming) clearTimeout(warming);
        try {
          await workbench.close();
          await pool?.close();
        } finally {
          await lock?.release();
        }
      },
    };
  } catch (err) {
    await lock?.release();
    throw err;
  }
}
