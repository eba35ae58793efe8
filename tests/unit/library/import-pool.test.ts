import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractStatements } from '../../../src/core/extract/index';
import { readDocument } from '../../../src/core/ingest/index';
import { analyseFile } from '../../../src/core/library/analyse-file';
import { ImportPool } from '../../../src/node/import-pool';
import { analyseFileWithDeadline } from '../../../src/node/read-file-with-deadline';
import { runCli } from '../../helpers/run-cli';
import { removeDir, SEED, tempDir } from '../../helpers/temp-library';
import { newsText } from '../ingest/big-inputs';

const pool = ImportPool.create({ size: 2, timeoutMs: 60_000 });
let dir: string;
beforeAll(async () => {
  dir = await tempDir('soundbite-pool-');
});
afterAll(async () => {
  await pool?.close();
  await removeDir(dir);
});

/** Eight megabytes of text: seconds of synchronous reading, far past a limit of a fraction of a second. */
const slowText = (): Uint8Array => new TextEncoder().encode(newsText(8 * 1024 * 1024));

describe('import worker pool', () => {
  it('starts from source and gives the same results as in-thread work', async () => {
    expect(pool).not.toBeNull();
    const bytes = new Uint8Array(await readFile(SEED));
    const [inWorker] = await pool!.read({ name: 'seed-article.txt', bytes });
    const [here] = await readDocument({ name: 'seed-article.txt', bytes });
    expect(inWorker).toEqual(here);
    const article = here!.articles[0]!;
    const input = { text: article.body, title: article.title, date: article.date };
    expect(await pool!.extract(input)).toEqual(extractStatements(input));
  });

  it('runs many jobs at once across workers', async () => {
    const texts = Array.from(
      { length: 40 },
      (_, i) => `“We will build ${i} bridges,” Minister Alena Varga said on Monday.`,
    );
    const results = await Promise.all(texts.map((text) => pool!.extract({ text })));
    results.forEach((r, i) => expect(r.statements[0]?.quote).toBe(`We will build ${i} bridges`));
  });

  it('stops workers that wait for work, and starts them again for the next job', async () => {
    const idle = ImportPool.create({ size: 2, timeoutMs: 60_000, idleMs: 300 })!;
    try {
      const say = (n: number) => `“We will open ${n} clinics,” Minister Alena Varga said on Monday.`;
      const first = await Promise.all([1, 2, 3].map((n) => idle.extract({ text: say(n) })));
      expect(first.map((r) => r.statements[0]?.quote)).toEqual([1, 2, 3].map((n) => `We will open ${n} clinics`));
      expect(idle.workerCount).toBeGreaterThan(0);
      await vi.waitFor(() => expect(idle.workerCount).toBe(0), { timeout: 60_000, interval: 50 });
      const again = await idle.extract({ text: say(4) });
      expect(again.statements[0]?.quote).toBe('We will open 4 clinics');
      expect(idle.workerCount).toBe(1);
    } finally {
      await idle.close();
    }
  }, 120_000);

  it('analyses a long file on every worker with the same result as one thread', async () => {
    const file = { name: 'long.txt', bytes: new TextEncoder().encode(newsText(600_000)) };
    const spread = await pool!.analyse(file);
    expect(spread[0]!.articles.length).toBeGreaterThan(10);
    expect(spread).toEqual(await analyseFile(file, (f) => readDocument(f), extractStatements));
  }, 120_000);

  it('stops a file stuck in synchronous work at its time limit, and goes on with the next', async () => {
    // 2 s: far less than the stuck file's work (16 MB: about 9 s of CPU), far more than the next file's on a loaded
    // machine (its clock runs from when the fresh worker takes it).
    const strict = ImportPool.create({ size: 1, timeoutMs: 2000 })!;
    try {
      const stuck = strict.analyse({ name: 'stuck.txt', bytes: new TextEncoder().encode(newsText(16 * 1024 * 1024)) });
      // Queued behind the stuck file on the only worker: its time starts when a worker takes it.
      const next = strict.read({
        name: 'next.txt',
        bytes: new TextEncoder().encode('Varga said the port "will reopen".'),
      });
      await expect(stuck).rejects.toThrow(/^could not read stuck\.txt: took longer than 2 s$/);
      const [entry] = await next;
      expect(entry!.articles[0]!.body).toBe('Varga said the port "will reopen".');
    } finally {
      await strict.close();
    }
  }, 120_000);

  it('holds the time limit for one file read from disk (the CLI path)', async () => {
    const file = path.join(dir, 'slow.txt');
    await writeFile(file, slowText());
    await expect(analyseFileWithDeadline(file, { timeoutMs: 300 })).rejects.toThrow(
      /^could not read slow\.txt: took longer than 0\.3 s$/,
    );
  }, 120_000);

  it('gives `extract <file>` one line when reading takes too long', async () => {
    const file = path.join(dir, 'cli-slow.txt');
    await writeFile(file, slowText());
    const out = await runCli(['extract', file], '', { SOUNDBITE_READ_TIME_LIMIT_S: '0.5' });
    expect(out).toEqual({ code: 2, stdout: '', stderr: 'could not read cli-slow.txt: took longer than 0.5 s\n' });
  }, 120_000);
});
