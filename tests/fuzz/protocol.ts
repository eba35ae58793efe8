/**
 * Messages between the fuzz runner (run-fuzz.ts) and its worker processes (fuzz-worker.ts).
 *   runner -> worker   the config as argv[2] (JSON); then { indexes } batches of inputs to read, in order
 *   worker -> runner   ready once loaded; start and done per input; stray for an error nobody caught
 */

export interface WorkerConfig {
  fixturesDir: string;
  runSeed: number;
  maxRepeatBytes: number;
  /** Time limit readDocument gets per input (below the runner's hang limit, so the reader's own stop is seen). */
  readTimeoutMs: number;
}

/** uncaught and malformed are the readers' failures; harness means the suite itself failed to build the input. */
export type FailureKind = 'uncaught' | 'malformed' | 'harness';

export interface Batch {
  indexes: number[];
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'start'; index: number }
  | {
      type: 'done';
      index: number;
      format: string;
      size: number;
      ms: number;
      kind?: FailureKind;
      message?: string;
      recipe?: string;
      /** The reader gave up at its time limit (an error entry: allowed, but counted). */
      timedOut?: boolean;
    }
  | { type: 'stray'; index: number; message: string };
