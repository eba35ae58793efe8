import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractInput, ExtractionResult } from '../core/extract/types';
import type { IngestEntry, SourceFile } from '../core/ingest/types';
import type { AnalysedEntry } from '../core/library/analyse-file';

interface Job {
  worker: Worker;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Where the worker script is: beside the bundle (Electron build) or the tsx boot file (running from source). */
function workerEntry(): string | null {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  const candidates = here.endsWith('.ts')
    ? [path.join(dir, 'import-worker-boot.mjs')]
    : [path.join(dir, 'import-worker.js'), path.join(dir, '..', 'import-worker.js')]; // bundled, maybe in a chunk
  return candidates.find((c) => existsSync(c)) ?? null;
}

/**
 * Worker threads for document parsing and statement extraction, so bulk imports use every core and the host's
 * main thread stays free for the UI. A job that runs past its time limit is abandoned: its worker is replaced
 * and the file gets a clear error instead of hanging the import.
 */
export class ImportPool {
  private readonly workers = new Map<Worker, number>();
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  private closed = false;

  private constructor(
    private readonly entry: string,
    size: number,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  static create(options: { size?: number; timeoutMs?: number } = {}): ImportPool | null {
    const entry = workerEntry();
    if (!entry) return null;
    const size = options.size ?? Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
    try {
      return new ImportPool(entry, size, options.timeoutMs ?? 60_000);
    } catch {
      return null;
    }
  }

  private spawn() {
    const worker = new Worker(this.entry);
    worker.unref();
    this.workers.set(worker, 0);
    worker.on('message', (msg: { id: number; ok: boolean; value?: unknown; error?: string }) => {
      const job = this.jobs.get(msg.id);
      if (!job) return;
      this.finish(msg.id, job);
      if (msg.ok) job.resolve(msg.value);
      else job.reject(new Error(msg.error ?? 'the reader failed'));
    });
    const fail = (err: Error) => this.retire(worker, err);
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the import worker stopped (exit code ${code})`)));
  }

  private finish(id: number, job: Job) {
    clearTimeout(job.timer);
    this.jobs.delete(id);
    if (this.workers.has(job.worker)) this.workers.set(job.worker, Math.max(0, this.workers.get(job.worker)! - 1));
  }

  /** Drops a dead or stuck worker, fails its jobs, and starts a fresh one in its place. */
  private retire(worker: Worker, err: Error) {
    if (!this.workers.delete(worker)) return;
    for (const [id, job] of this.jobs) {
      if (job.worker !== worker) continue;
      this.finish(id, job);
      job.reject(err);
    }
    void worker.terminate();
    if (!this.closed) this.spawn();
  }

  private run<T>(message: object, transfer: ArrayBuffer[], what: string): Promise<T> {
    const [worker] = [...this.workers.entries()].sort((a, b) => a[1] - b[1])[0] ?? [];
    if (!worker) return Promise.reject(new Error('no import worker is running'));
    const id = this.nextId++;
    this.workers.set(worker, (this.workers.get(worker) ?? 0) + 1);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => this.retire(worker, new Error(`${what} took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`)),
        this.timeoutMs,
      );
      this.jobs.set(id, { worker, resolve: resolve as (v: unknown) => void, reject, timer });
      worker.postMessage({ id, ...message }, transfer);
    });
  }

  read(file: SourceFile): Promise<IngestEntry[]> {
    const bytes = file.bytes.slice();
    return this.run({ op: 'read', name: file.name, bytes }, [bytes.buffer as ArrayBuffer], 'reading the file');
  }

  /** Read, hash, fingerprint and extract a whole file in a worker. */
  analyse(file: SourceFile): Promise<AnalysedEntry[]> {
    const bytes = file.bytes.slice();
    return this.run({ op: 'analyse', name: file.name, bytes }, [bytes.buffer as ArrayBuffer], 'reading the file');
  }

  extract(input: ExtractInput): Promise<ExtractionResult> {
    return this.run({ op: 'extract', input }, [], 'finding statements');
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.workers.keys()];
    this.workers.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
