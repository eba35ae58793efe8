/**
 * The XLSX export with exceljs's streaming writer: sheets "Statements" (the CSV columns), "Actors" and
 * "Articles". Rows are committed as they are written, so memory stays bounded. Every text is a plain string
 * cell (never a formula), dates stay ISO text because a statement date may be a month or a year.
 */
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { STATEMENT_COLUMNS } from '../../core/export/export-columns';
import type { ExportSet } from '../../core/export/export-set';

/** Excel refuses longer cell texts. */
const MAX_CELL = 32_767;

type Value = string | number | null;

export async function writeXlsx(set: ExportSet, file: string, now: Date): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(file),
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Soundbite';
  workbook.created = now;

  let rows = 0;
  const statements = sheet(
    workbook,
    'Statements',
    STATEMENT_COLUMNS.map((c) => [c.header, c.width]),
  );
  for (const record of set.records()) {
    addRow(
      statements,
      STATEMENT_COLUMNS.map((c) => c.cell(record)),
    );
    rows++;
  }
  statements.commit();

  const actors = sheet(workbook, 'Actors', [
    ['Actor id', 14],
    ['Name', 28],
    ['Actor type', 12],
    ['Aliases', 40],
    ['Statements', 10],
  ]);
  for (const a of set.actors()) addRow(actors, [a.id, a.name, a.type, a.aliases.join('; '), a.statements]);
  actors.commit();

  const articles = sheet(workbook, 'Articles', [
    ['Article id', 14],
    ['Title', 50],
    ['Date', 11],
    ['Outlet', 20],
    ['Also published in', 24],
    ['Byline', 20],
    ['URL', 30],
    ['File name', 24],
    ['Note', 30],
    ['Statements', 10],
  ]);
  for (const a of set.articles()) {
    addRow(articles, [
      a.id,
      a.title,
      a.date,
      a.outlet,
      a.alsoIn.join('; '),
      a.byline,
      a.url,
      a.fileName,
      a.note,
      a.statements,
    ]);
  }
  articles.commit();

  await workbook.commit();
  return rows;
}

function sheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Array<[string, number]>) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

function addRow(ws: ExcelJS.Worksheet, values: Value[]): void {
  ws.addRow(
    values.map((v) => (typeof v === 'string' && v.length > MAX_CELL ? `${v.slice(0, MAX_CELL - 1)}…` : v)),
  ).commit();
}
