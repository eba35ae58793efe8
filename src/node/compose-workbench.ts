import path from 'node:path';
import type { ReportOptions, WorkbenchEvents } from '../shared/api';
import type { Filter } from '../shared/model';
import { createWorkbench, type Workbench } from '../core/library/service';
import { loadDemoLibrary } from './demo-library';
import { LowdbLibraryStore } from './lowdb-store';
import { ImportPool } from './import-pool';
import { openImportItems } from './open-import-items';

/** Composition root shared by the HTTP host, the CLI and Electron main: one service over a lowdb folder. */
export async function composeWorkbench(options: {
  dataDir: string;
  resourcesDir: string;
  allowPaths: boolean;
  emit?: <E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]) => void;
  printReport?: (filter: Filter, options: ReportOptions) => Promise<Uint8Array>;
  /** Parse and extract in worker threads (default); false keeps everything on this thread. */
  workers?: boolean;
}): Promise<Workbench> {
  const store = new LowdbLibraryStore(path.resolve(options.dataDir));
  const pool = options.workers === false ? null : ImportPool.create();
  const workbench = await createWorkbench(store, {
    openImportItems: (items) => openImportItems(items, { allowPaths: options.allowPaths }),
    demoLibrary: () => loadDemoLibrary(options.resourcesDir),
    ...(pool ? { analyseFile: (file) => pool.analyse(file) } : {}),
    ...(options.emit ? { emit: options.emit } : {}),
    ...(options.printReport ? { printReport: options.printReport } : {}),
  });
  return {
    ...workbench,
    async close() {
      await workbench.close();
      await pool?.close();
    },
  };
}
