// Bulk import: 1,000 generated files in eight formats (~4 KB of text each), through the same composition the
// hosts use (worker threads included). Prints files per second and memory: the RSS of all threads sampled during
// the import, and the process's maximum RSS as the operating system counted it, which also covers the open and the
// close. Big single files: bench/big-files-bench.ts.
// At `--size 1m` (BENCH_SIZE=1m) it is issue #8's case: 10,000 files into a library of a million statements,
// generated first in another process. BENCH_FILES and BENCH_INTO_ARTICLES override the two sizes.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { composeWorkbench } from '../src/node/compose-workbench';
import { projectRoot } from '../src/node/paths';
import { writeCorpus } from './generate-corpus';

const atScale = process.env.BENCH_SIZE === '1m';
const COUNT = Number(process.env.BENCH_FILES ?? (atScale ? 10_000 : 1000));
const INTO = Number(process.env.BENCH_INTO_ARTICLES ?? (atScale ? 100_000 : 0));
const root = await mkdtemp(path.join(os.tmpdir(), 'soundbite-import-bench-'));
const corpus = path.join(root, 'corpus');
if (INTO > 0) {
  const tGen = performance.now();
  const gen = spawnSync('npx', ['tsx', 'bench/generate-library.ts', path.join(root, 'library'), String(INTO)], {
    encoding: 'utf8',
  });
  if (gen.status !== 0) throw new Error(`generating the library failed: ${gen.stderr}`);
  console.log(`library: ${gen.stdout.trim()} in ${((performance.now() - tGen) / 1000).toFixed(1)} s`);
}
const t0 = performance.now();
await writeCorpus(corpus, COUNT);
console.log(`corpus: ${COUNT} files in 8 formats generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const tOpen = performance.now();
const workbench = await composeWorkbench({
  dataDir: path.join(root, 'library'),
  resourcesDir: path.join(projectRoot(), 'resources'),
  allowPaths: true,
  workers: process.env.BENCH_WORKERS !== '0',
});
console.log(
  `opened the library in ${((performance.now() - tOpen) / 1000).toFixed(1)} s, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
);
// Warm up as a running app would be: workers started, readers loaded (the first PDF loads pdf.js, ~3 s).
const warm = path.join(root, 'warm-up');
await writeCorpus(warm, 16, 100_000);
const tWarm = performance.now();
await workbench.importFiles({ jobId: 'warm-up', items: [{ kind: 'path', path: warm }] });
console.log(
  `warm-up: 16 files (two per format) in ${((performance.now() - tWarm) / 1000).toFixed(1)} s on fresh workers`,
);
const start = performance.now();
const cpuBefore = process.cpuUsage();
// The process's maximum RSS also counts the open and the close (which saves the first screen and the views): the
// import's own peak is sampled while it runs.
let importPeak = process.memoryUsage().rss;
const sampler = setInterval(() => (importPeak = Math.max(importPeak, process.memoryUsage().rss)), 250);
const summary = await workbench.importFiles({ jobId: 'bench', items: [{ kind: 'path', path: corpus }] });
clearInterval(sampler);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const afterImport = process.memoryUsage();
await workbench.close();

const failures = summary.files.filter((f) => f.status === 'failed');
console.log(
  `import: ${summary.imported} imported, ${summary.duplicates} duplicates, ${summary.failed} failed, ${summary.statements} statements`,
);
console.log(
  `  ${(COUNT / seconds).toFixed(1)} files/s (${seconds.toFixed(1)} s for ${COUNT} files, parsing and extraction included)`,
);
// CPU time (all threads) is steadier than wall time on a shared machine: it says what each file costs.
console.log(
  `  CPU ${cpuSeconds.toFixed(1)} s in all threads (${((cpuSeconds * 1000) / COUNT).toFixed(1)} ms a file, ${(cpuSeconds / seconds).toFixed(2)} cores busy)`,
);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
console.log(
  `  peak memory during the import (RSS, workers included, sampled every 0.25 s): ${mb(importPeak)}; at its end ${mb(afterImport.rss)} (main heap ${mb(afterImport.heapUsed)})`,
);
console.log(
  `  peak memory of the process (the open and the close included): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
for (const f of failures.slice(0, 5)) console.log(`  failed: ${f.name}: ${f.message}`);
await rm(root, { recursive: true, force: true });
