/**
 * Import fidelity over a generated corpus (tests/helpers/fidelity-corpus.ts): 240 invented files across formats
 * and charsets are written to a temporary folder, read back and imported with readDocument, and every field is
 * compared with the truth the generator knows. Prints the figures and asserts the targets of issue #12.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/ingest/index';
import { fidelityCorpus, type CorpusFile, type Truth } from '../../helpers/fidelity-corpus';

const fold = (s: string | null | undefined): string | null =>
  s == null ? null : s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Words, and each character of scripts written without spaces. */
function tokens(s: string): string[] {
  return (
    s
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []
  );
}

function overlap(truth: string, got: string): number {
  const want = tokens(truth);
  const have = new Map<string, number>();
  for (const t of tokens(got)) have.set(t, (have.get(t) ?? 0) + 1);
  const gotCount = [...have.values()].reduce((a, b) => a + b, 0);
  let common = 0;
  for (const t of want) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      common++;
      have.set(t, n - 1);
    }
  }
  if (want.length === 0 || gotCount === 0) return 0;
  const recall = common / want.length;
  const precision = common / gotCount;
  return (2 * recall * precision) / (recall + precision || 1);
}

/** Characters in what was read that the truth never had: the mark of a wrong charset. */
function strangeCharacters(truth: Truth, got: string): string[] {
  const known = new Set([...`${truth.title}${truth.body}${truth.source ?? ''}${truth.byline ?? ''}`.normalize('NFC')]);
  return [...new Set([...got.normalize('NFC')])].filter(
    (c) => !known.has(c) && (/[^\s\p{ASCII}]/u.test(c) || /\p{Cc}/u.test(c.replace(/[\t\n\r\f]/, ''))),
  );
}

interface Row {
  file: CorpusFile;
  title: boolean;
  date: boolean;
  source: boolean;
  byline: boolean;
  body: number;
  mojibake: string[];
  lowConfidence?: boolean;
  got: { title: string; date: string | null; source: string | null; byline: string | null } | null;
  error?: string;
}

let dir = '';
const rows: Row[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-fidelity-'));
  const files = await fidelityCorpus();
  for (const f of files) {
    await writeFile(path.join(dir, f.name), f.bytes);
    const bytes = new Uint8Array(await readFile(path.join(dir, f.name)));
    const entries = await readDocument({ name: f.name, bytes });
    const a = entries.flatMap((e) => e.articles)[0];
    if (!a) {
      rows.push({
        file: f,
        title: false,
        date: false,
        source: false,
        byline: false,
        body: 0,
        mojibake: [],
        got: null,
        error: entries.map((e) => e.error).join('; '),
      });
      continue;
    }
    const t = f.truth;
    rows.push({
      file: f,
      title: fold(a.title) === fold(t.title),
      date: a.date === t.date,
      source: fold(a.source) === fold(t.source),
      byline: fold(a.byline) === fold(t.byline),
      body: overlap(t.body, a.body),
      mojibake: strangeCharacters(t, `${a.title}\n${a.body}\n${a.source ?? ''}\n${a.byline ?? ''}`),
      lowConfidence: a.warnings.some((w) => w.startsWith('low-confidence charset')),
      got: { title: a.title, date: a.date, source: a.source, byline: a.byline },
    });
  }
}, 600_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('import fidelity over a generated corpus', () => {
  it('reaches the field accuracy targets', () => {
    const n = rows.length;
    const share = (k: 'title' | 'date' | 'source' | 'byline') => rows.filter((r) => r[k]).length / n;
    const body = rows.reduce((s, r) => s + r.body, 0) / n;
    const mojibake = rows.filter((r) => r.mojibake.length > 0);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const formats = new Set(rows.map((r) => r.file.name.split('.').pop()));
    const charsets = new Set(rows.filter((r) => r.file.kind.startsWith('txt ')).map((r) => r.file.kind.split(' ')[1]));
    const lines = [
      `corpus: ${n} files, ${formats.size} formats (${[...formats].join(', ')}), ${charsets.size} text charsets`,
      `title ${pct(share('title'))} · date ${pct(share('date'))} · outlet ${pct(share('source'))} · byline ${pct(share('byline'))} · body word-overlap ${body.toFixed(3)} · mojibake ${mojibake.length}`,
      `charset flagged low-confidence in the summary: ${rows.filter((r) => r.lowConfidence).length} file(s) ${rows
        .filter((r) => r.lowConfidence)
        .map((r) => r.file.kind)
        .join(', ')}`,
    ];
    for (const r of rows) {
      const wrong = (['title', 'date', 'source', 'byline'] as const).filter((k) => !r[k]);
      if (wrong.length === 0 && r.body >= 0.97 && r.mojibake.length === 0) continue;
      lines.push(
        `  ${r.file.name} [${r.file.kind}] ${r.error ?? ''} ${wrong
          .map((k) => `${k}: got ${JSON.stringify(r.got?.[k])} want ${JSON.stringify(r.file.truth[k])}`)
          .join(
            '; ',
          )}${r.body < 0.97 ? ` body ${r.body.toFixed(3)}` : ''}${r.mojibake.length ? ` mojibake ${r.mojibake.join('')}` : ''}`,
      );
    }
    console.log(lines.join('\n'));
    expect(n).toBeGreaterThanOrEqual(200);
    expect(share('title')).toBeGreaterThanOrEqual(0.95);
    expect(share('date')).toBeGreaterThanOrEqual(0.95);
    expect(share('source')).toBeGreaterThanOrEqual(0.95);
    expect(share('byline')).toBeGreaterThanOrEqual(0.9);
    expect(body).toBeGreaterThanOrEqual(0.97);
    expect(mojibake.map((r) => r.file.name)).toEqual([]);
  });
});
