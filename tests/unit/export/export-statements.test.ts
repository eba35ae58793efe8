import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRecord } from '../../../src/core/export/export-record';
import type { ExportSet } from '../../../src/core/export/export-set';
import { composeWorkbench, type ComposedWorkbench } from '../../../src/node/compose-workbench';
import { ExportWriteError } from '../../../src/node/export/write-atomically';
import { writeExportFile } from '../../../src/node/export/write-export';
import type { StatementExportFormat } from '../../../src/shared/api';
import { removeDir, ROOT, tempDir } from '../../helpers/temp-library';
import { BODY_A, BODY_B, FORMULA_QUOTE, TRICKY_QUOTE, writeExportFixture } from './export-fixture';
import { checkRefiQdaProject, parseXml } from './refi-qda-structure';

let dir: string;
let out: string;
let workbench: ComposedWorkbench;

beforeAll(async () => {
  dir = await tempDir('soundbite-export-');
  out = path.join(dir, 'out');
  await mkdir(out);
  await writeExportFixture(path.join(dir, 'library'));
  workbench = await composeWorkbench({
    dataDir: path.join(dir, 'library'),
    resourcesDir: path.join(ROOT, 'resources'),
    allowPaths: false,
    access: 'read',
    workers: false,
  });
});
afterAll(async () => {
  await workbench?.close();
  await removeDir(dir);
});

async function exported(format: StatementExportFormat, filter = {}) {
  const result = await workbench.exportStatements(filter, format);
  const bytes = Buffer.from(result.base64, 'base64');
  expect(bytes.length).toBe(result.bytes);
  expect(result.fileName).toMatch(new RegExp(`^soundbite-statements-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
  return { ...result, bytes };
}

function csvRows(bytes: Buffer): Array<Record<string, string>> {
  return parse(bytes, { bom: true, columns: true, skip_empty_lines: false }) as Array<Record<string, string>>;
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM and reads back with a CSV parser, one row per statement of the filter', async () => {
    const { bytes, rows } = await exported('csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const table = csvRows(bytes);
    // The rejected statement is left out, as on the timeline.
    expect(rows).toBe(4);
    expect(table.map((r) => r['Statement id']).sort()).toEqual(['s1', 's2', 's4', 's5']);
    expect(Object.keys(table[0]!)).toEqual([
      'Statement id',
      'Date',
      'Date precision',
      'Date source',
      'Speaker',
      'Actor type',
      'Cue',
      'Kind',
      'Polarity',
      'Quote',
      'Topics',
      'Review state',
      'Confidence',
      'Outlet',
      'Byline',
      'Article title',
      'URL',
      'Article id',
      'Start',
      'End',
      'Note',
    ]);
    const byId = new Map(table.map((r) => [r['Statement id'], r]));
    const s1 = byId.get('s1')!;
    expect(s1).toMatchObject({
      Date: '2025-03-01',
      'Date precision': 'day',
      'Date source': 'statement text',
      Speaker: 'Mirela Dascu',
      'Actor type': 'person',
      Kind: 'direct',
      Polarity: 'asserts',
      Quote: TRICKY_QUOTE,
      Topics: 'Energy',
      'Review state': 'accepted',
      Confidence: '0.8',
      Outlet: 'Northwind Wire',
      Byline: 'Ana Pop',
      'Article title': 'Pipeline, "again"',
      URL: 'https://example.org/a',
      'Article id': 'art-a',
      Note: 'check the "date"',
    });
    expect(BODY_A.slice(Number(s1.Start), Number(s1.End))).toBe(TRICKY_QUOTE);
    // No date in the statement: the article's; neither: none.
    expect(byId.get('s2')).toMatchObject({ Date: '2025-03-02', 'Date source': 'article', Polarity: 'denies' });
    expect(byId.get('s4')).toMatchObject({
      Date: '',
      'Date source': 'none',
      Speaker: '',
      Topics: 'Energy; Grid & fees',
    });
    expect(byId.get('s5')).toMatchObject({
      Date: '2025-02',
      'Date precision': 'month',
      'Date source': 'statement text',
    });
    // A cell a spreadsheet would run as a formula is kept as text.
    expect(byId.get('s2')!.Quote).toBe(`'${FORMULA_QUOTE}`);
    expect(byId.get('s4')!.Quote).toBe("'-5 degrees is nothing");
  });

  it('follows the filter: actors, sources, and review states including rejected', async () => {
    expect(csvRows((await exported('csv', { actorIds: ['mirela'] })).bytes).map((r) => r['Statement id'])).toEqual([
      's1',
    ]);
    const both = csvRows((await exported('csv', { actorIds: ['mirela'], statuses: ['accepted', 'rejected'] })).bytes);
    expect(both.map((r) => r['Statement id']).sort()).toEqual(['s1', 's3']);
    // A merged copy counts for the outlet that also published it.
    const quay = csvRows((await exported('csv', { sources: ['Quay Post'] })).bytes);
    expect(quay.map((r) => r['Statement id']).sort()).toEqual(['s4', 's5']);
    const none = await exported('csv', { topicIds: ['no-such-topic'] });
    expect(none.rows).toBe(0);
    expect(csvRows(none.bytes)).toEqual([]);
  });
});

describe('XLSX export', () => {
  it('reads back with exceljs: statements, actors and articles sheets', async () => {
    const { bytes, rows } = await exported('xlsx');
    expect(rows).toBe(4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Statements', 'Actors', 'Articles']);
    const sheetRows = (name: string) => {
      const values: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      return values;
    };
    const statements = sheetRows('Statements');
    expect(statements).toHaveLength(5);
    expect(statements[0]![0]).toBe('Statement id');
    const s1 = statements.find((r) => r[0] === 's1')!;
    expect(s1[9]).toBe(TRICKY_QUOTE);
    expect(s1[12]).toBe(0.8);
    // Cells are typed strings, never formulas: the text stays exactly as it was.
    expect(statements.find((r) => r[0] === 's2')![9]).toBe(FORMULA_QUOTE);
    const actors = sheetRows('Actors');
    expect(actors.slice(1)).toEqual([
      ['ministry', 'Ministry of Energy', 'organisation', undefined, 2],
      ['mirela', 'Mirela Dascu', 'person', 'M. Dascu', 1],
    ]);
    const articles = sheetRows('Articles');
    expect(articles[0]).toContain('Also published in');
    // Statements are in the order of their own dates: s5 (said in February 2025) makes art-b the first article.
    expect(articles.slice(1).map((r) => [r[0], r[4] ?? null, r[9]])).toEqual([
      ['art-b', 'Quay Post', 2],
      ['art-a', null, 2],
    ]);
  });
});

describe('JSON export', () => {
  it('is an array of the same records, and JSON Lines for a .jsonl file', async () => {
    const { bytes } = await exported('json');
    const records = JSON.parse(bytes.toString('utf8')) as ExportRecord[];
    expect(records.map((r) => r.id).sort()).toEqual(['s1', 's2', 's4', 's5']);
    const s1 = records.find((r) => r.id === 's1')!;
    expect(s1).toMatchObject({
      quote: TRICKY_QUOTE,
      topics: ['Energy'],
      dateSource: 'statement text',
      speakerId: 'mirela',
    });
    expect(records.find((r) => r.id === 's2')!.quote).toBe(FORMULA_QUOTE);
    const file = path.join(out, 'all.jsonl');
    const written = await writeExportFile(workbench.exportSet({}), 'jsonl', file);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(written.rows).toBe(4);
    expect(lines.map((l) => JSON.parse(l) as ExportRecord)).toEqual(records);
    const empty = JSON.parse((await exported('json', { actorIds: ['nobody'] })).bytes.toString('utf8')) as unknown;
    expect(empty).toEqual([]);
  });
});

describe('REFI-QDA export', () => {
  it('is a .qdpx whose project.qde follows the schema and whose selections are the statements', async () => {
    const { bytes, rows } = await exported('qdpx');
    expect(rows).toBe(4);
    const entries = unzipSync(new Uint8Array(bytes));
    const xml = new TextDecoder().decode(entries['project.qde']);
    expect(checkRefiQdaProject(xml)).toEqual([]);
    if (hasXmllint()) {
      const file = path.join(out, 'project.qde');
      await writeFile(file, xml);
      const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
      expect(lint.stderr).toBe('');
    }
    const doc = parseXml(xml);
    const all = (name: string) => Array.from(doc.getElementsByTagName(name));
    const sources = all('TextSource');
    expect(sources).toHaveLength(2);
    const quotes: string[] = [];
    for (const source of sources) {
      const entry = `sources/${source.getAttribute('plainTextPath')!.replace('internal://', '')}`;
      const text = new TextDecoder().decode(entries[entry]);
      expect([BODY_A, BODY_B]).toContain(text);
      // Positions count characters (code points): the emoji before the quote is one, not two.
      const chars = Array.from(text);
      for (const sel of Array.from(source.getElementsByTagName('PlainTextSelection'))) {
        quotes.push(
          chars.slice(Number(sel.getAttribute('startPosition')), Number(sel.getAttribute('endPosition'))).join(''),
        );
      }
    }
    expect(quotes.sort()).toEqual([TRICKY_QUOTE, FORMULA_QUOTE, '-5 degrees is nothing', 'grid fees stay'].sort());
    const codes = all('Code').map((c) => c.getAttribute('name'));
    expect(codes).toEqual(
      expect.arrayContaining(['Topics', 'Energy', 'Grid & fees', 'Speakers', 'Mirela Dascu', 'Unknown speaker']),
    );
    const cases = all('Case');
    expect(cases.map((c) => c.getAttribute('name')).sort()).toEqual(['Ministry of Energy', 'Mirela Dascu']);
    const ministry = cases.find((c) => c.getAttribute('name') === 'Ministry of Energy')!;
    expect(ministry.getElementsByTagName('SelectionRef')).toHaveLength(2);
    expect(ministry.getElementsByTagName('TextValue')[0]!.textContent).toBe('Ministry of Energy');
    expect(all('PlainTextContent').map((n) => n.textContent)).toEqual(
      expect.arrayContaining(['check the "date"', 'Check <the> follow-up']),
    );
  });

  it('the structural check catches what the schema forbids', () => {
    const bad =
      '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="nope" plainTextPath="internal://a.txt">' +
      '<PlainTextSelection guid="00000000-0000-4000-8000-000000000001" startPosition="1"><Coding guid="00000000-0000-4000-8000-000000000002"><CodeRef targetGUID="00000000-0000-4000-8000-000000000009"/></Coding></PlainTextSelection>' +
      '<Description>late</Description></TextSource></Sources><Users><User guid="00000000-0000-4000-8000-000000000003"/></Users></Project>';
    const problems = checkRefiQdaProject(bad).join('\n');
    expect(problems).toMatch(/guid="nope"/);
    expect(problems).toMatch(/missing attribute endPosition/);
    expect(problems).toMatch(/targetGUID does not name a Code/);
    expect(problems).toMatch(/<Description> is not allowed/);
    expect(problems).toMatch(/<Users> is not allowed/);
  });
});

describe('failures', () => {
  it('a path that cannot be written is one clear line, and nothing is left behind', async () => {
    const set = workbench.exportSet({});
    const missing = path.join(out, 'no-such-folder', 'x.csv');
    const err = await writeExportFile(set, 'csv', missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportWriteError);
    expect((err as Error).message).toBe(`cannot write ${missing}: the folder ${path.dirname(missing)} does not exist`);
    const folder = await writeExportFile(set, 'xlsx', out).catch((e: unknown) => e);
    expect((folder as Error).message).toBe(`cannot write ${out}: it is a folder`);
  });

  it('a writer that fails half-way leaves the old file as it was and no temporary file', async () => {
    const file = path.join(out, 'keep.csv');
    await writeFile(file, 'old content');
    const before = await readdir(out);
    const good = workbench.exportSet({});
    const failing: ExportSet = {
      ...good,
      *records() {
        let n = 0;
        for (const r of good.records()) {
          if (n++ === 2) throw new Error('disk went away\nsecond line');
          yield r;
        }
      },
    };
    for (const format of ['csv', 'json', 'xlsx'] as const) {
      const err = await writeExportFile(failing, format, file).catch((e: unknown) => e);
      expect((err as Error).message).toBe(`cannot write ${file}: disk went away`);
    }
    const lost: ExportSet = { ...good, readBody: () => Promise.reject(new Error('body unreadable')) };
    await expect(writeExportFile(lost, 'qdpx', file)).rejects.toThrow(`cannot write ${file}: body unreadable`);
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect((await readdir(out)).sort()).toEqual(before.sort());
  });
});

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}
