// Deleting an import batch of 1,000 articles (10,000 statements) from a 5,000-article library, and its undo.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorkbench } from '../src/core/library/service';
import { LowdbLibraryStore } from '../src/node/lowdb-store';
import { openImportItems } from '../src/node/open-import-items';
import { writeSyntheticLibrary } from '../tests/helpers/synthetic-library';

const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-bench-housekeeping-'));
try {
  await writeSyntheticLibrary(dir, 5000, 10, (a) => (a % 5 === 0 ? 'batch-under-test' : `batch-${a % 7}`));
  const wb = await createWorkbench(new LowdbLibraryStore(dir), {
    openImportItems: (items) => openImportItems(items, { allowPaths: true }),
  });
  const ids = (await wb.listArticles()).filter((a) => a.importId === 'batch-under-test').map((a) => a.id);
  let t = performance.now();
  await wb.deleteArticles(ids);
  const deleted = performance.now() - t;
  t = performance.now();
  await wb.undo();
  const undone = performance.now() - t;
  console.log(
    `delete an import batch of ${ids.length.toLocaleString('en-GB')} articles (5,000 in the library): ` +
      `${deleted.toFixed(0)} ms, written to disk; one undo: ${undone.toFixed(0)} ms (target < 2,000 ms)`,
  );
  await wb.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
