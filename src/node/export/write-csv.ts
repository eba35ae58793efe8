/** The CSV export, streamed: rows are built and written a batch at a time, so memory stays flat at any size. */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CSV_BOM, csvCell, csvLine } from '../../core/export/csv-text';
import { STATEMENT_COLUMNS } from '../../core/export/export-columns';
import type { ExportSet } from '../../core/export/export-set';

const BATCH_CHARS = 1 << 16;

export async function writeCsv(set: ExportSet, file: string): Promise<number> {
  let rows = 0;
  async function* chunks() {
    let text = CSV_BOM + csvLine(STATEMENT_COLUMNS.map((c) => c.header));
    for (const record of set.records()) {
      for (let i = 0; i < STATEMENT_COLUMNS.length; i++) {
        text += (i > 0 ? ',' : '') + csvCell(STATEMENT_COLUMNS[i]!.cell(record));
      }
      text += '\r\n';
      rows++;
      if (text.length >= BATCH_CHARS) {
        yield text;
        text = '';
      }
    }
    if (text) yield text;
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
  return rows;
}
