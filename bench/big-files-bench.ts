// Big and hostile files, each imported whole (read, statements found, saved) in a child process of its own through
// the composition the hosts use (worker threads included), after a warm-up as a running app would have had. Prints
// the time of the import and the process's peak memory (RSS of all its threads, from process.resourceUsage()), and
// the memory the warmed-up process held before the file. The inputs are generated (tests/unit/ingest/big-inputs.ts).
//   BENCH_CASES=big.txt,long.pdf   only these cases
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { composeWorkbench } from '../src/node/compose-workbench';
import { projectRoot } from '../src/node/paths';
import {
  deepHtml,
  longPdf,
  manySpeakersJson,
  nestedZipBomb,
  newsText,
  singleLineJson,
  strayTagsHtml,
} from '../tests/unit/ingest/big-inputs';

const MB = 1024 * 1024;
const CASES: { file: string; what: string; make: () => string | Uint8Array }[] = [
  { file: 'big.txt', what: '50 MB of news text', make: () => newsText(50 * MB - 64 * 1024) },
  { file: 'big.zip', what: 'zip of a 45 MB text', make: () => zipSync({ 'inside.txt': strToU8(newsText(45 * MB)) }) },
  { file: 'deep.html', what: 'HTML nested 100,000 levels', make: () => deepHtml(100_000) },
  { file: 'stray-tags.html', what: 'HTML with 2,000 unclosed tags', make: () => strayTagsHtml(2_000) },
  { file: 'records.json', what: '14,000 records on one line', make: () => singleLineJson(14_000) },
  { file: 'speakers.json', what: 'the same, 14,000 speakers', make: () => manySpeakersJson(14_000) },
  { file: 'long.pdf', what: '500-page PDF', make: () => longPdf(500) },
  { file: 'bomb.zip', what: 'nested zip bomb (1,000 files)', make: () => nestedZipBomb() },
];

interface Outcome {
  seconds: number;
  warmRssMb: number;
  peakRssMb: number;
  imported: number;
  failed: number;
  statements: number;
  firstTitle: string;
  firstFailure: string;
}

/** In the child: a warmed-up workbench imports one file. */
async function importOne(file: string): Promise<Outcome> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'soundbite-big-bench-'));
  try {
    const workbench = await composeWorkbench({
      dataDir: path.join(root, 'library'),
      resourcesDir: path.join(projectRoot(), 'resources'),
      allowPaths: true,
    });
    const warm = path.join(root, 'warm-up');
    await mkdir(warm);
    await writeFile(path.join(warm, 'a.txt'), newsText(4000, 3));
    await writeFile(path.join(warm, 'b.html'), `<html><body><p>${newsText(4000, 5)}</p></body></html>`);
    await writeFile(path.join(warm, 'c.pdf'), longPdf(2, 9));
    await workbench.importFiles({ jobId: 'warm-up', items: [{ kind: 'path', path: warm }] });
    await new Promise((r) => setTimeout(r, 3000)); // the other workers finish loading pdf.js
    const warmRssMb = process.memoryUsage().rss / MB;
    const start = performance.now();
    const summary = await workbench.importFiles({ jobId: 'big', items: [{ kind: 'path', path: file }] });
    const seconds = (performance.now() - start) / 1000;
    await workbench.close();
    const failures = summary.files.filter((f) => f.status === 'failed');
    return {
      seconds,
      warmRssMb,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      imported: summary.imported,
      failed: failures.length,
      statements: summary.statements,
      firstTitle: summary.files.find((f) => f.status === 'imported')?.title ?? '',
      firstFailure: failures[0]?.message ?? '',
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = process.env.BENCH_CASES?.split(',');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-big-inputs-'));
  const self = fileURLToPath(import.meta.url);
  console.log(`${'case'.padEnd(48)}    size    time   peak RSS  (warm)  result`);
  try {
    for (const c of CASES) {
      if (only && !only.includes(c.file)) continue;
      const file = path.join(dir, c.file);
      const content = c.make();
      await writeFile(file, content);
      const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
      const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', file], {
        encoding: 'utf8',
        maxBuffer: 16 * MB,
      });
      const line = child.stdout.trim().split('\n').pop() ?? '';
      const label = `${c.file} (${c.what})`.padEnd(48);
      const bytes = size >= MB ? `${(size / MB).toFixed(1)} MB` : `${(size / 1024).toFixed(0)} KB`;
      if (child.status !== 0 || !line.startsWith('{')) {
        console.log(
          `${label}${bytes.padStart(8)}  failed: ${(child.stderr.trim().split('\n').pop() ?? '').slice(0, 100)}`,
        );
        continue;
      }
      const o = JSON.parse(line) as Outcome;
      const result =
        o.imported > 0
          ? `${o.imported} article(s), ${o.statements} statements${o.failed ? `, ${o.failed} failed` : ''} — ${o.firstTitle.slice(0, 50)}`
          : `${o.failed} failure line(s): ${o.firstFailure.slice(0, 90)}`;
      console.log(
        `${label}${bytes.padStart(8)}  ${o.seconds.toFixed(1).padStart(6)} s  ${o.peakRssMb.toFixed(0).padStart(5)} MB  (${o.warmRssMb.toFixed(0)} MB)  ${result}`,
      );
      await rm(file, { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) console.log(JSON.stringify(await importOne(process.argv[childAt + 1]!)));
else await main();
