/** Messages between the import pool (import-pool.ts) and its worker threads (import-worker.ts). */
import type { ExtractInput } from '../core/extract/types';
import type { IngestedArticle } from '../core/ingest/types';

export type WorkerJobBody =
  /** Read a file: replies IngestEntry[]. */
  | { op: 'read'; name: string; bytes: Uint8Array; timeoutMs: number }
  /**
   * Read a file and analyse its articles: replies { done: AnalysedEntry[] }, or { read: IngestEntry[] } when the
   * articles hold more than fanOutChars of text, for the pool to analyse in batches on every worker.
   */
  | { op: 'analyse'; name: string; bytes: Uint8Array; timeoutMs: number; fanOutChars: number }
  /** Hash, fingerprint and extract articles already read: replies one { hash, print, result } per article. */
  | { op: 'analyse-articles'; name: string; docs: IngestedArticle[] }
  /** Find statements in a text: replies ExtractionResult. */
  | { op: 'extract'; input: ExtractInput };

export type WorkerJob = WorkerJobBody & { id: number };

/** A job's result, or `ready` once, when the worker has loaded and takes jobs (a job's time starts then). */
export type WorkerReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string } | { ready: true };
