/**
 * Writing an export: to a file (the CLI; never leaves a half-written file) or to bytes (the API, which hands them
 * to the UI to save). The format writers beside this file each stream one format.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportFileName, type ExportFormat, type ExportSet } from '../../core/export/export-set';
import { writeAtomically } from './write-atomically';
import { writeCsv } from './write-csv';
import { writeJson } from './write-json';

export interface WrittenExport {
  file: string;
  rows: number;
  bytes: number;
}

export async function writeExportFile(
  set: ExportSet,
  format: ExportFormat,
  target: string,
  now: Date = new Date(),
): Promise<WrittenExport> {
  let rows = 0;
  const bytes = await writeAtomically(target, async (temp) => {
    rows = await writeFormat(set, format, temp, now);
  });
  return { file: path.resolve(target), rows, bytes };
}

/** The export as bytes, written through a private temp folder that is removed afterwards. */
export async function exportToBytes(
  set: ExportSet,
  format: ExportFormat,
  now: Date = new Date(),
): Promise<{ data: Uint8Array; rows: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-export-'));
  try {
    const written = await writeExportFile(set, format, path.join(dir, exportFileName(format, now)), now);
    return { data: new Uint8Array(await readFile(written.file)), rows: written.rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeFormat(set: ExportSet, format: ExportFormat, file: string, now: Date): Promise<number> {
  switch (format) {
    case 'csv':
      return writeCsv(set, file);
    case 'json':
      return writeJson(set, file, false);
    case 'jsonl':
      return writeJson(set, file, true);
    case 'xlsx':
      // exceljs and the zip writer load only when such a file is asked for.
      return (await import('./write-xlsx')).writeXlsx(set, file, now);
    case 'qdpx':
      return (await import('./write-qdpx')).writeQdpx(set, file, 'Soundbite statements', now);
  }
}
