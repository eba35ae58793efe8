import { parentPort } from 'node:worker_threads';
import { extractStatements } from '../core/extract/index';
import type { ExtractInput } from '../core/extract/types';
import { readDocument } from '../core/ingest/index';

/** Runs the CPU-heavy half of an import (parsing documents, finding statements) off the main thread. */
type Job = { id: number; op: 'read'; name: string; bytes: Uint8Array } | { id: number; op: 'extract'; input: ExtractInput };

parentPort?.on('message', async (job: Job) => {
  try {
    const value = job.op === 'read' ? await readDocument({ name: job.name, bytes: job.bytes }) : extractStatements(job.input);
    parentPort!.postMessage({ id: job.id, ok: true, value });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
