/**
 * One file read and analysed (statements found) outside the workbench, with the import's limits: the size limit
 * before reading, and the time limit held by a worker thread that is terminated when it runs out, so a parser stuck
 * in synchronous work is stopped too. The CLI's `extract <file>` runs on it.
 *   analyseFileWithDeadline(path) → AnalysedEntry[]; a failure is an Error with one line:
 *     "big.txt: file too large: …", "could not read big.txt: took longer than 60 s"
 */
import { READ_TIME_LIMIT_MS } from '../core/ingest/deadline';
import { extractStatements } from '../core/extract/index';
import { analyseFile, type AnalysedEntry } from '../core/library/analyse-file';
import { ImportPool } from './import-pool';
import { readFileForImport } from './open-import-items';

/** Files up to this size are read by one worker; larger ones use a worker per core (their parts in parallel). */
const ONE_WORKER_BYTES = 1024 * 1024;

export async function analyseFileWithDeadline(
  file: string,
  options: { timeoutMs?: number } = {},
): Promise<AnalysedEntry[]> {
  const source = await readFileForImport(file);
  const timeoutMs = options.timeoutMs ?? READ_TIME_LIMIT_MS;
  const pool = ImportPool.create({ timeoutMs, ...(source.bytes.length <= ONE_WORKER_BYTES ? { size: 1 } : {}) });
  // No worker script next to this module (a bundle without one): read here, where only waits can be cut short.
  if (!pool) {
    const { readDocument } = await import('../core/ingest/index');
    return analyseFile(source, (f) => readDocument(f, { timeoutMs }), extractStatements);
  }
  try {
    return await pool.analyse(source);
  } finally {
    await pool.close();
  }
}
