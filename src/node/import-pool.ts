/**
 * Worker threads for the CPU-heavy half of an import (reading documents, finding statements), so bulk imports use
 * every core and the host's main thread stays free for the UI.
 *   one queue, one job at a time per worker, given only to a worker that has loaded (a fresh one takes seconds);
 *     a job's time runs from when a worker starts it
 *   one time limit per file for all of its work: past it, every worker still busy with the file is terminated (a
 *     parser stuck in synchronous work included), replaced, and the file fails with one line
 *     ("could not read X: took longer than 60 s"); queued work of other files is untouched
 *   a file with a lot of text (a long document's parts, thousands of JSON records) is read by one worker, then its
 *     articles are analysed in batches on every worker at once, ahead of other files' work
 *   workers idle for a minute are stopped (each holds its readers, pdf.js included: ~100 MB), and so are idle ones
 *     when the library closes (`releaseIdle`); the next job starts them again
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-script';
import type { ExtractInput, ExtractionResult } from '../core/extract/types';
import { READ_TIME_LIMIT_MS, tookTooLongMessage } from '../core/ingest/deadline';
import type { IngestEntry, IngestedArticle, SourceFile } from '../core/ingest/types';
import type { AnalysedArticle, AnalysedEntry } from '../core/library/analyse-file';
import type { WorkerJobBody, WorkerReply } from './import-worker-protocol';
import { installPdfAssets } from './pdf-assets';
import { installPdfThread, THREAD_YOUNG_HEAP_MB } from './pdf-text-thread';

// Whatever this process reads itself (no pool, or a re-read outside one) gets the same PDF handling as the workers:
// pdf.js's character maps, and pdf.js in a thread of its own that starts on the first PDF.
installPdfAssets();
installPdfThread();

/** A file with more article text than this has its articles analysed on every worker; smaller ones on one. */
const FAN_OUT_CHARS = 200_000;
/** Size of one batch of articles (characters of body text, and articles). */
const BATCH_CHARS = 150_000;
const BATCH_ARTICLES = 400;
/**
 * Heap limit of one worker: reading the largest accepted text needs about 300 MB. Past the limit the worker dies and
 * the file fails with "ran out of memory" instead of the whole application running out.
 */
const WORKER_HEAP_MB = 768;
/** How long workers may wait for work before they are stopped. */
const IDLE_MS = 60_000;

/** The time one file's work may take, shared by all its jobs; it starts when the first job starts. */
class FileClock {
  private startedAt: number | null = null;
  failure: Error | null = null;

  constructor(
    readonly name: string,
    readonly limitMs: number,
  ) {}

  start(): void {
    this.startedAt ??= Date.now();
  }

  remaining(): number {
    return this.startedAt === null ? this.limitMs : this.limitMs - (Date.now() - this.startedAt);
  }

  timedOut(): Error {
    this.failure ??= new Error(tookTooLongMessage(this.name, this.limitMs));
    return this.failure;
  }
}

interface Task {
  job: WorkerJobBody;
  transfer: ArrayBuffer[];
  clock: FileClock;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Running {
  id: number;
  task: Task;
  timer: ReturnType<typeof setTimeout>;
}

/** A view of the bytes the pool may hand to a worker (transferred, so a copy: the caller keeps its own). */
function ownCopy(bytes: Uint8Array): Uint8Array {
  return bytes.slice();
}

export class ImportPool {
  /** Every worker, and the job it runs; a worker still loading is not in `ready`. */
  private readonly workers = new Map<Worker, Running | null>();
  private readonly ready = new Set<Worker>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  /** Workers start on demand, one per waiting job up to `maxWorkers`: a command that imports nothing starts none. */
  private constructor(
    private readonly entry: string,
    private readonly maxWorkers: number,
    private readonly timeoutMs: number,
    private readonly idleMs: number,
  ) {}

  static create(options: { size?: number; timeoutMs?: number; idleMs?: number } = {}): ImportPool | null {
    const entry = workerScript('import-worker');
    if (!entry) return null;
    const size = options.size ?? Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
    try {
      return new ImportPool(entry, size, options.timeoutMs ?? READ_TIME_LIMIT_MS, options.idleMs ?? IDLE_MS);
    } catch {
      return null;
    }
  }

  /** Workers running or loading now. */
  get workerCount(): number {
    return this.workers.size;
  }

  /** Stops every worker that has no job; busy ones finish theirs. A later job starts workers again. */
  async releaseIdle(): Promise<void> {
    const idle = [...this.workers].filter(([, running]) => running === null).map(([worker]) => worker);
    for (const worker of idle) {
      // Forgotten first, so that its exit is not taken for a failure.
      this.workers.delete(worker);
      this.ready.delete(worker);
    }
    await Promise.all(idle.map((w) => w.terminate()));
  }

  /** Once no job is queued or running, stops the workers after `idleMs` unless work comes first. */
  private watchIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const busy = this.queue.length > 0 || [...this.workers.values()].some((running) => running !== null);
    if (busy || this.closed || this.workers.size === 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      void this.releaseIdle();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private spawn(): void {
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: THREAD_YOUNG_HEAP_MB },
    });
    worker.unref(); // a running job's timer keeps the process alive, an idle pool does not
    this.workers.set(worker, null);
    worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
    worker.on('error', (err: Error & { code?: string }) => {
      const why = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory' : `the reader failed (${err.message})`;
      this.retire(worker, (name) => new Error(`could not read ${name}: ${why}`));
    });
    worker.on('exit', (code) =>
      this.retire(worker, (name) => new Error(`could not read ${name}: the reader stopped (exit code ${code})`)),
    );
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    if ('ready' in reply) {
      this.ready.add(worker);
      this.pump();
      return;
    }
    const running = this.workers.get(worker);
    if (!running || running.id !== reply.id) return;
    clearTimeout(running.timer);
    this.workers.set(worker, null);
    if (reply.ok) running.task.resolve(reply.value);
    else running.task.reject(new Error(reply.error));
    this.pump();
  }

  /** Drops a dead or stuck worker, fails the job it was running, and starts a fresh one in its place. */
  private retire(worker: Worker, failure: (name: string) => Error): void {
    if (!this.workers.has(worker)) return;
    const running = this.workers.get(worker);
    const hadLoaded = this.ready.delete(worker);
    this.workers.delete(worker);
    if (running) {
      clearTimeout(running.timer);
      running.task.reject(running.task.clock.failure ?? failure(running.task.clock.name));
    }
    void worker.terminate();
    if (this.closed) return;
    // A worker that dies before it has loaded would die again: no replacement then.
    if (hadLoaded) this.grow();
    if (this.workers.size === 0) for (const t of this.queue.splice(0)) t.reject(failure(t.clock.name));
    this.pump();
  }

  /** Starts a worker when more jobs wait than workers are idle or loading, up to the pool's size. */
  private grow(): void {
    const busy = [...this.workers.values()].filter((running) => running !== null).length;
    const available = this.workers.size - busy;
    if (this.queue.length <= available || this.workers.size >= this.maxWorkers) return;
    try {
      this.spawn();
    } catch (err) {
      if (this.workers.size === 0) for (const t of this.queue.splice(0)) t.reject(err as Error);
    }
  }

  /** Starts queued jobs on idle workers. */
  private pump(): void {
    for (const [worker, running] of this.workers) {
      if (running || !this.ready.has(worker)) continue;
      let next: Task | undefined;
      while ((next = this.queue.shift())) {
        if (next.clock.failure) next.reject(next.clock.failure);
        else if (next.clock.remaining() <= 0) next.reject(next.clock.timedOut());
        else break;
      }
      if (!next) break;
      const task = next;
      task.clock.start();
      const id = this.nextId++;
      const timer = setTimeout(() => this.retire(worker, () => task.clock.timedOut()), task.clock.remaining());
      this.workers.set(worker, { id, task, timer });
      worker.postMessage({ id, ...task.job }, task.transfer);
    }
    this.watchIdle();
  }

  private run<T>(job: WorkerJobBody, clock: FileClock, options: { transfer?: ArrayBuffer[]; first?: boolean } = {}) {
    if (this.closed) return Promise.reject(new Error('the import workers were stopped'));
    return new Promise<T>((resolve, reject) => {
      const task: Task = {
        job,
        transfer: options.transfer ?? [],
        clock,
        resolve: resolve as (v: unknown) => void,
        reject,
      };
      if (options.first) this.queue.unshift(task);
      else this.queue.push(task);
      this.grow();
      this.pump();
    });
  }

  /** Read a file in a worker, within the time limit. */
  read(file: SourceFile): Promise<IngestEntry[]> {
    const bytes = ownCopy(file.bytes);
    const clock = new FileClock(file.name, this.timeoutMs);
    return this.run({ op: 'read', name: file.name, bytes, timeoutMs: this.timeoutMs }, clock, {
      transfer: [bytes.buffer as ArrayBuffer],
    });
  }

  /** Read, hash, fingerprint and extract a whole file in workers, within the file's time limit. */
  async analyse(file: SourceFile): Promise<AnalysedEntry[]> {
    const bytes = ownCopy(file.bytes);
    const clock = new FileClock(file.name, this.timeoutMs);
    const first = await this.run<{ done: AnalysedEntry[] } | { read: IngestEntry[] }>(
      { op: 'analyse', name: file.name, bytes, timeoutMs: this.timeoutMs, fanOutChars: FAN_OUT_CHARS },
      clock,
      { transfer: [bytes.buffer as ArrayBuffer] },
    );
    if ('done' in first) return first.done;
    return this.analyseEntries(first.read, clock);
  }

  /** The articles of a file read apart, analysed in batches on every worker, then put back in order. */
  private async analyseEntries(entries: IngestEntry[], clock: FileClock): Promise<AnalysedEntry[]> {
    const batches: { entry: number; docs: IngestedArticle[] }[] = [];
    entries.forEach((entry, k) => {
      let batch: IngestedArticle[] = [];
      let chars = 0;
      for (const doc of entry.articles) {
        if (batch.length > 0 && (chars + doc.body.length > BATCH_CHARS || batch.length >= BATCH_ARTICLES)) {
          batches.push({ entry: k, docs: batch });
          batch = [];
          chars = 0;
        }
        batch.push(doc);
        chars += doc.body.length;
      }
      if (batch.length > 0) batches.push({ entry: k, docs: batch });
    });
    type Analysis = Omit<AnalysedArticle, 'doc'>;
    const analysed = await Promise.all(
      batches.map((b) =>
        this.run<Analysis[]>({ op: 'analyse-articles', name: clock.name, docs: b.docs }, clock, { first: true }),
      ),
    );
    const out: AnalysedEntry[] = entries.map((entry) =>
      entry.error || entry.articles.length === 0
        ? { name: entry.name, error: entry.error ?? 'no article text found', articles: [] }
        : { name: entry.name, articles: [] },
    );
    batches.forEach((b, i) => b.docs.forEach((doc, j) => out[b.entry]!.articles.push({ doc, ...analysed[i]![j]! })));
    return out;
  }

  extract(input: ExtractInput): Promise<ExtractionResult> {
    return this.run({ op: 'extract', input }, new FileClock('the text', this.timeoutMs));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const stopped = new Error('the import workers were stopped');
    for (const t of this.queue.splice(0)) t.reject(stopped);
    const all = [...this.workers.keys()];
    for (const running of this.workers.values()) {
      if (!running) continue;
      clearTimeout(running.timer);
      running.task.reject(stopped);
    }
    this.workers.clear();
    this.ready.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
