/**
 * The JSON exports, streamed: 'json' is one array of records, 'jsonl' one record per line (easier for very
 * large sets and line-oriented tools). Records are ExportRecord (docs/export-formats.md).
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportSet } from '../../core/export/export-set';

const BATCH_CHARS = 1 << 16;

export async function writeJson(set: ExportSet, file: string, lines: boolean): Promise<number> {
  let rows = 0;
  async function* chunks() {
    let text = lines ? '' : '[';
    for (const record of set.records()) {
      const json = JSON.stringify(record);
      text += lines ? `${json}\n` : `${rows === 0 ? '\n' : ',\n'}${json}`;
      rows++;
      if (text.length >= BATCH_CHARS) {
        yield text;
        text = '';
      }
    }
    if (!lines) text += rows === 0 ? ']\n' : '\n]\n';
    if (text) yield text;
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
  return rows;
}
