/**
 * Start-up figures a user meets before any work, measured on the built app (out/, built here when stale):
 *   cli list on an empty library (node directly, and through `npm run`), cli extract of one file, the first file of
 *   an import saved, and browser mode from launch to a painted library (first start with the demo library, and again;
 *   at `--size 1m`, BENCH_SIZE=1m, also a generated library of a million statements, the issue's < 4 s case, started
 *   twice: without and then with its saved first screen; then, its views saved too, to a painted timeline).
 * Usage: npx tsx bench/startup-bench.ts [rounds]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { builtEntry, isBuildFresh, projectRoot } from '../scripts/build-freshness.mjs';
import { CHROMIUM_ARGS } from '../src/node/chromium-printer';
import { chromiumPath } from '../src/node/paths';

const ROUNDS = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (t: number) => `${Math.round(t)} ms`;

function timeRun(command: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(command, args, { cwd: projectRoot, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}`);
  return performance.now() - t;
}

/** Milliseconds from spawning `command` until a line of its output (stdout or stderr) matches. */
function timeToLine(
  command: string,
  args: string[],
  pattern: RegExp,
): Promise<{ ms: number; line: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(command, args, { cwd: projectRoot });
    let buffered = '';
    const onData = (d: Buffer) => {
      buffered += d.toString();
      const line = buffered.split('\n').find((l) => pattern.test(l));
      if (line === undefined) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      const stop = () => (child.kill('SIGTERM'), exited);
      resolve({ ms: performance.now() - t, line, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) =>
      reject(new Error(`${command} exited (${code}) before printing ${pattern}: ${buffered}`)),
    );
  });
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'soundbite-startup-'));
}

if (!isBuildFresh('cli')) {
  console.log('building first (the sources are newer than out/)…');
  spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'ignore' });
}
const cli = builtEntry('cli');
const empty = await tempDir();
const sample = existsSync(path.join(projectRoot, '..', 'shared', 'samples', 'seed-article.txt'))
  ? path.join(projectRoot, '..', 'shared', 'samples', 'seed-article.txt')
  : path.join(
      projectRoot,
      'resources',
      'demo-articles',
      (await readdir(path.join(projectRoot, 'resources', 'demo-articles')))[0]!,
    );

timeRun(process.execPath, [cli, 'list', '--data-dir', empty]); // warm the file cache
const list = median(
  Array.from({ length: ROUNDS }, () => timeRun(process.execPath, [cli, 'list', '--data-dir', empty])),
);
const listNpm = median(
  Array.from({ length: Math.min(ROUNDS, 3) }, () =>
    timeRun('npm', ['run', '-s', 'cli', '--', 'list', '--data-dir', empty]),
  ),
);
const extract = median(Array.from({ length: ROUNDS }, () => timeRun(process.execPath, [cli, 'extract', sample])));

const firstSaved: number[] = [];
const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'import');
const files = ['txt', 'html', 'md', 'docx', 'pdf', 'eml']
  .map((dir) => path.join(fixtures, dir))
  .filter((dir) => existsSync(dir));
for (let i = 0; i < Math.min(ROUNDS, 3); i++) {
  const dir = await tempDir();
  const run = await timeToLine(
    process.execPath,
    [cli, 'import', '--progress', '--data-dir', dir, ...files],
    /^progress 1\//,
  );
  firstSaved.push(run.ms);
  await run.stop();
  await rm(dir, { recursive: true, force: true });
}

console.log(`  cli list, empty library (node out/main/cli.js)   ${ms(list)}   (target < 300 ms)`);
console.log(`  cli list through npm run -s cli                  ${ms(listNpm)}   (npm itself adds ~200–400 ms)`);
console.log(`  cli extract of one file                          ${ms(extract)}   (target < 500 ms)`);
console.log(`  import: first file saved after the command starts ${ms(median(firstSaved))}   (target < 1,500 ms)`);

const executablePath = chromiumPath();
if (!executablePath) {
  console.log('  browser mode to a painted library: skipped (no Chromium here)');
} else {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const library = await tempDir();
  const starts: Array<[label: string, dir: string, target: string]> = [
    ['first start (demo library imported)', library, '3,000'],
    ['second start (library on disk)', library, '3,000'],
  ];
  const big = await tempDir();
  if (process.env.BENCH_SIZE === '1m') {
    const gen = spawnSync('npx', ['tsx', 'bench/generate-library.ts', big, '100000'], { cwd: projectRoot });
    if (gen.status !== 0) throw new Error(`generating the 1M library failed: ${gen.stderr.toString()}`);
    starts.push(['1M statements (generated, on disk)', big, '4,000']);
    // The first start saved the first screen when it closed: a window now shows the list while the library opens.
    starts.push(['1M statements, first screen saved', big, '4,000']);
  }
  for (const [label, dir, target] of starts) {
    const host = await timeToLine(
      process.execPath,
      [builtEntry('start'), '--data-dir', dir, '--port', '0'],
      /https?:\/\/127\.0\.0\.1/,
    );
    const url = host.line.trim();
    const page = await browser.newPage();
    const t = performance.now();
    await page.goto(url);
    // The library's first screen: its first articles listed, or the empty state offering the demo library.
    await page.locator('[data-testid="article-row"], [data-testid="load-demo"]').first().waitFor({ timeout: 300_000 });
    const paint = performance.now() - t;
    console.log(
      `  npm start → painted library, ${label.padEnd(36)} ${ms(host.ms + paint)}  (host ready ${ms(host.ms)}, page ${ms(paint)}; target < ${target} ms)`,
    );
    await page.close();
    await host.stop();
  }
  if (process.env.BENCH_SIZE === '1m') {
    // A session that built the timeline's table saves it at close (library-measure.ts does as a window's warm-up).
    const saved = spawnSync('npx', ['tsx', 'bench/library-measure.ts', big, 'queries'], { cwd: projectRoot });
    if (saved.status !== 0) throw new Error(`saving the views failed: ${saved.stderr.toString()}`);
    const host = await timeToLine(
      process.execPath,
      [builtEntry('start'), '--data-dir', big, '--port', '0'],
      /https?:\/\/127\.0\.0\.1/,
    );
    const page = await browser.newPage();
    const t = performance.now();
    await page.goto(host.line.trim());
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.getByTestId('timeline-count').filter({ hasText: /\d/ }).first().waitFor({ timeout: 300_000 });
    const paint = performance.now() - t;
    const opening = await page.getByTestId('library-opening').count();
    console.log(
      `  npm start → painted timeline, ${'1M statements, views saved'.padEnd(35)} ${ms(host.ms + paint)}  (host ready ${ms(host.ms)}, page ${ms(paint)}; ${opening ? 'the library still opening' : 'the library open'})`,
    );
    await page.close();
    await host.stop();
  }
  await browser.close();
  await rm(library, { recursive: true, force: true });
  await rm(big, { recursive: true, force: true });
}
await rm(empty, { recursive: true, force: true });
