import { parentPort } from 'node:worker_threads';
import { extractStatements } from '../core/extract/index';
import type { ExtractInput } from '../core/extract/types';
import { preloadPdfReader, readDocument } from '../core/ingest/index';
import type { SourceFile } from '../core/ingest/types';
import { analyseFile } from '../core/library/analyse-file';

/** Runs the CPU-heavy half of an import (parsing documents, finding statements) off the main thread. */
type Job =
  | { id: number; op: 'read' | 'analyse'; name: string; bytes: Uint8Array }
  | { id: number; op: 'extract'; input: ExtractInput };

const read = (file: SourceFile) => readDocument(file);

// Loading pdf.js takes seconds; do it while the app is idle rather than on the first PDF dropped.
void preloadPdfReader();

parentPort?.on('message', async (job: Job) => {
  try {
    const value =
      job.op === 'extract'
        ? extractStatements(job.input)
        : job.op === 'read'
          ? await read({ name: job.name, bytes: job.bytes })
          : await analyseFile({ name: job.name, bytes: job.bytes }, read, extractStatements);
    parentPort!.postMessage({ id: job.id, ok: true, value });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
