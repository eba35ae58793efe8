import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkbench, type Workbench, type WorkbenchDeps } from '../../src/core/library/service';
import { LOCK_FILE } from '../../src/node/library-lock';
import { LowdbLibraryStore } from '../../src/node/lowdb-store';
import { openImportItems } from '../../src/node/open-import-items';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const SEED = path.join(SHARED, 'samples', 'seed-article.txt');

export async function tempDir(prefix = 'soundbite-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A real workbench over real lowdb files in dataDir. */
export async function openWorkbench(
  dataDir: string,
  extra: Partial<WorkbenchDeps> = {},
  allowPaths = true,
): Promise<Workbench> {
  return createWorkbench(new LowdbLibraryStore(dataDir), {
    openImportItems: (items) => openImportItems(items, { allowPaths }),
    ...extra,
  });
}

export function pathItems(...paths: string[]) {
  return {
    jobId: `job-${Math.random().toString(36).slice(2)}`,
    items: paths.map((p) => ({ kind: 'path' as const, path: p })),
  };
}

/** Leaves the lock file a crashed writer would: its process id belongs to a process that has exited. */
export async function writeCrashedLock(dataDir: string, token = 'crashed'): Promise<void> {
  const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
  const owner = { pid: gone, host: os.hostname(), app: 'crashed', startedAt: new Date().toISOString(), token };
  await writeFile(path.join(dataDir, LOCK_FILE), JSON.stringify(owner));
}
