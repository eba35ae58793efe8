// Shared by the tests of the files saved for a quick start (first-screen.test.ts, saved-views.test.ts): a fresh
// library folder per test, a library mixing generated articles with the demo and seed articles imported for real,
// and a windowed host composed over it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { Workbench } from '../../src/core/library/service';
import type { WorkbenchEvents } from '../../src/shared/api';
import { composeWorkbenchBehind } from '../../src/node/compose-workbench';
import { writeSyntheticLibrary } from './synthetic-library';
import { openWorkbench, pathItems, removeDir, ROOT, SEED, tempDir } from './temp-library';

const DEMO = path.join(ROOT, 'resources', 'demo', 'articles');

/** The library folder of the running test, the path of one saved file in its index/, and that file decoded. */
export function libraryPerTest<T>(
  indexFile: string,
  decode: (bytes: Uint8Array) => T | null,
): { dir: string; file: string; saved: () => Promise<T | null> } {
  const at = {
    dir: '',
    file: '',
    /** The saved file as decoded, or null when there is none (or it does not decode). */
    saved: async () => (existsSync(at.file) ? decode(new Uint8Array(await readFile(at.file))) : null),
  };
  beforeEach(async () => {
    at.dir = await tempDir();
    at.file = path.join(at.dir, 'index', indexFile);
  });
  afterEach(async () => removeDir(at.dir));
  return at;
}

/**
 * `articles` generated articles in two imports (three statements each), then the demo articles and the seed article
 * imported for real; returns the workbench still open, for the caller to add to and close.
 */
export async function mixedLibrary(dir: string, articles: number): Promise<Workbench> {
  await writeSyntheticLibrary(dir, articles, 3, (a) => (a % 3 === 0 ? 'batch-a' : 'batch-b'));
  const wb = await openWorkbench(dir, { now: () => new Date('2026-03-01T10:00:00Z') });
  expect((await wb.importFiles(pathItems(DEMO, SEED))).imported).toBeGreaterThan(10);
  return wb;
}

/** A windowed host's composition over `dir`: the events it sent, and whether its library is open yet. */
export async function composeBehind(dir: string) {
  const events: Array<keyof WorkbenchEvents> = [];
  const behind = await composeWorkbenchBehind({
    dataDir: dir,
    resourcesDir: path.join(ROOT, 'resources'),
    allowPaths: false,
    workers: false,
    emit: (event) => events.push(event),
  });
  let open = false;
  void behind.ready.then(() => (open = true));
  return { ...behind, events, isOpen: () => open };
}
