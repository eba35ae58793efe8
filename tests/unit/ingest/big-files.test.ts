/**
 * Files at the size limit and hostile shapes, generated in a temp folder (big-inputs.ts), read the way an import
 * reads them: from disk under the import's rules (readFileForImport), then read and analysed in the worker pool.
 * Each must import whole, in parts where it is long, with its text intact. Time and memory are the bench's to
 * report (bench/big-files-bench.ts); the limits here are generous, for a loaded machine.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PART_CHARS, READ_TIME_LIMIT_MS } from '../../../src/core/ingest/index';
import type { AnalysedEntry } from '../../../src/core/library/analyse-file';
import { ImportPool } from '../../../src/node/import-pool';
import { readFileForImport } from '../../../src/node/open-import-items';
import { removeDir, tempDir } from '../../helpers/temp-library';
import { deepHtml, longPdf, nestedZipBomb, newsText, singleLineJson } from './big-inputs';

const LONG = 600_000;
const MB = 1024 * 1024;

let dir: string;
let pool: ImportPool;
beforeAll(async () => {
  dir = await tempDir('soundbite-big-');
  // Four times the import's time limit: whether a file makes the limit is timing, which the bench reports.
  pool = ImportPool.create({ size: 2, timeoutMs: 4 * READ_TIME_LIMIT_MS })!;
});
afterAll(async () => {
  await pool?.close();
  await removeDir(dir);
});

async function analyse(name: string, content: string | Uint8Array): Promise<AnalysedEntry[]> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return pool.analyse(await readFileForImport(file));
}

/** The entry's articles are parts "<title> (part i of n)" of at most MAX_PART_CHARS, each with its statements. */
function expectParts(entry: AnalysedEntry, title: string): number {
  const n = entry.articles.length;
  entry.articles.forEach(({ doc, result }, i) => {
    expect(doc.title).toBe(`${title} (part ${i + 1} of ${n})`);
    expect(doc.body.length).toBeLessThanOrEqual(MAX_PART_CHARS);
    // No quotation is cut across parts: every part opens and closes the same number.
    expect(doc.body.split('“').length).toBe(doc.body.split('”').length);
    for (const s of result.statements) expect(doc.body.slice(s.start, s.end)).toBe(s.quote);
  });
  return n;
}

describe('big files through the import pool', () => {
  it(
    'reads a 50 MB text as parts, every paragraph kept in order',
    async () => {
      const text = newsText(50 * MB - 64 * 1024);
      const [entry, ...more] = await analyse('big.txt', text);
      expect(more).toEqual([]);
      expect(entry!.error).toBeUndefined();
      const n = expectParts(entry!, 'Talks on the regional budget');
      expect(n).toBeGreaterThan(Math.floor(text.length / MAX_PART_CHARS));
      const body = text.slice(text.indexOf('\n\n') + 2).trim();
      expect(entry!.articles.map((a) => a.doc.body).join('\n\n')).toBe(body);
      expect(entry!.articles.some((a) => a.doc.body.startsWith('Section '))).toBe(true); // sections start parts
      expect(entry!.articles.reduce((k, a) => k + a.result.statements.length, 0)).toBeGreaterThan(100_000);
    },
    LONG,
  );

  it(
    'reads a zip holding a 45 MB text as parts',
    async () => {
      const text = newsText(45 * MB);
      const [entry, ...more] = await analyse('big.zip', zipSync({ 'inside.txt': strToU8(text) }));
      expect(more).toEqual([]);
      expect(entry!.name).toBe('big.zip/inside.txt');
      expectParts(entry!, 'Talks on the regional budget');
      expect(entry!.articles.map((a) => a.doc.body).join('\n\n')).toBe(text.slice(text.indexOf('\n\n') + 2).trim());
    },
    LONG,
  );

  it(
    'reads HTML nested 100,000 levels deep, its text intact',
    async () => {
      const [entry] = await analyse('deep.html', deepHtml(100_000));
      expect(entry!.error).toBeUndefined();
      expect(entry!.articles).toHaveLength(1);
      const { doc, result } = entry!.articles[0]!;
      expect(doc.title).toBe('Deeply nested budget story');
      expect(doc.body.split('\n\n')).toHaveLength(12);
      expect(doc.warnings.join(' ')).toMatch(/deeply nested \(\d+ levels\)/);
      expect(result.statements.length).toBeGreaterThan(0);
    },
    LONG,
  );

  it(
    'reads a 14,000-record single-line JSON file',
    async () => {
      const [entry] = await analyse('records.json', singleLineJson(14_000));
      expect(entry!.articles).toHaveLength(14_000);
      expect(entry!.articles[13_999]!.doc).toMatchObject({
        title: 'Budget talks, report 14000',
        source: 'Northgate Wire',
      });
      expect(entry!.articles.every((a) => a.hash.length === 64)).toBe(true);
    },
    LONG,
  );

  it(
    'reads a 500-page PDF as parts by page range, covering every page once',
    async () => {
      const [entry] = await analyse('long.pdf', longPdf(500));
      expect(entry!.error).toBeUndefined();
      const n = expectParts(entry!, 'Regional budget hearings: the full record');
      expect(n).toBeGreaterThan(10);
      const ranges = entry!.articles.map(({ doc }) => {
        const m = /this part has pages? (\d+)(?:–(\d+))?$/.exec(doc.warnings.at(-1) ?? '');
        expect(m, doc.warnings.join(' | ')).not.toBeNull();
        return [Number(m![1]), Number(m![2] ?? m![1])] as const;
      });
      expect(ranges[0]![0]).toBe(1);
      expect(ranges.at(-1)![1]).toBe(500);
      // A paragraph that runs over a page break keeps its parts' ranges touching, never skipping a page.
      ranges.slice(1).forEach(([from], i) => expect(from - ranges[i]![1]).toBeGreaterThanOrEqual(0));
      ranges.slice(1).forEach(([from], i) => expect(from - ranges[i]![1]).toBeLessThanOrEqual(1));
    },
    LONG,
  );

  it(
    'gives a nested zip bomb one line',
    async () => {
      const entries = await analyse('bomb.zip', nestedZipBomb());
      expect(entries).toEqual([
        {
          name: 'bomb.zip',
          articles: [],
          error: 'none of its 1,000 files could be read (larger than 50 MB unpacked; zip bomb?)',
        },
      ]);
    },
    LONG,
  );

  it('refuses a file of almost no text', async () => {
    expect(await analyse('tiny.txt', 'a')).toEqual([
      { name: 'tiny.txt', articles: [], error: 'almost no text (1 character)' },
    ]);
  });

  it('states the size of a file over the limit exactly, before reading it', async () => {
    const file = path.join(dir, 'over.txt');
    await writeFile(file, new Uint8Array(52_740_112).fill(0x61));
    await expect(readFileForImport(file)).rejects.toThrow(
      'over.txt: file too large: 50.3 MB (52,740,112 bytes), limit 50 MB (52,428,800 bytes)',
    );
  });
});
