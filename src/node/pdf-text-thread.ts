/**
 * Reads PDFs with pdf.js in a thread of its own, so that one document can neither stall nor poison the next:
 *   installPdfThread()  makes every readDocument in this process (or worker thread) read PDFs through the thread;
 *                       false when no thread script is found (a bundle without one: PDFs are then read in place)
 *   one PDF at a time; at the document's deadline the thread is terminated (pdf.js stuck in synchronous work, such
 *     as rebuilding a damaged cross-reference table, included) and the document fails with the usual time-out line;
 *     a thread that died, or that saw pdf.js leave errors behind, is replaced before the next document
 *   the thread starts on the first PDF (or at preload) and does not keep the process alive when idle
 */
import { Worker } from 'node:worker_threads';
import { DeadlineError, READ_TIME_LIMIT_MS } from '../core/ingest/deadline';
import { IngestError } from '../core/ingest/decode-text';
import { usePdfTextSource, type PdfText, type PdfTextOptions } from '../core/ingest/pdf-text';
import { workerScript } from './worker-script';
import type { PdfThreadJob, PdfThreadReply } from './pdf-text-protocol';

/** Heap of the PDF thread: enough for a long report; past it the document fails instead of the process. */
const PDF_THREAD_HEAP_MB = 768;
/**
 * Young generation of the reading threads (import workers and their PDF threads). V8's default let each of the four
 * hold ~25 MB more of short-lived garbage; at 8 MB a bulk import peaks ~100 MB lower at the same speed (10,000 files:
 * 373 MB outside the main heap instead of 472 MB, with 4 and 16 MB giving 351 and 403 MB).
 */
export const THREAD_YOUNG_HEAP_MB = 8;

interface Live {
  worker: Worker;
  ready: Promise<void>;
  /** Rejects the job in flight when the thread dies. */
  fail: (err: Error) => void;
}

class PdfThread {
  private live: Live | null = null;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly entry: string) {}

  private spawn(): Live {
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: PDF_THREAD_HEAP_MB, maxYoungGenerationSizeMb: THREAD_YOUNG_HEAP_MB },
    });
    worker.unref();
    let markReady!: () => void;
    let failReady!: (err: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    ready.catch(() => undefined);
    const live: Live = { worker, ready, fail: () => undefined };
    const died = (err: Error) => {
      if (this.live === live) this.live = null;
      failReady(err);
      live.fail(err);
    };
    worker.on('message', (m: PdfThreadReply) => {
      if ('ready' in m) markReady();
    });
    worker.on('error', (err: Error & { code?: string }) =>
      died(
        new IngestError(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'PDF reader ran out of memory'
            : `PDF reader failed (${err.message})`,
        ),
      ),
    );
    worker.on('exit', (code) => died(new IngestError(`PDF reader stopped (exit code ${code})`)));
    return live;
  }

  private retire(live: Live): void {
    if (this.live === live) this.live = null;
    void live.worker.terminate();
  }

  preload(): Promise<void> {
    try {
      this.live ??= this.spawn();
      return this.live.ready.catch(() => undefined);
    } catch {
      return Promise.resolve();
    }
  }

  read(bytes: Uint8Array, opts: PdfTextOptions): Promise<PdfText> {
    const run = this.queue.then(() => this.readNow(bytes, opts));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private readNow(bytes: Uint8Array, opts: PdfTextOptions): Promise<PdfText> {
    const timeoutMs = Math.max(0, opts.timeoutMs ?? READ_TIME_LIMIT_MS);
    const limitMs = opts.limitMs ?? timeoutMs;
    const startedAt = Date.now();
    const live = (this.live ??= this.spawn());
    const id = this.nextId++;
    return new Promise<PdfText>((resolve, reject) => {
      let settled = false;
      const finish = (err: Error | null, value?: PdfText) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        live.worker.off('message', onMessage);
        live.fail = () => undefined;
        if (err) reject(err);
        else resolve(value!);
      };
      // The hard stop: whatever pdf.js is doing, the thread goes and the document fails.
      const timer = setTimeout(() => {
        this.retire(live);
        finish(new DeadlineError(limitMs));
      }, timeoutMs);
      const onMessage = (m: PdfThreadReply) => {
        if ('ready' in m || m.id !== id) return;
        if (m.strays > 0 || (!m.ok && m.kind === 'deadline')) this.retire(live);
        if (m.ok) finish(null, m.value);
        else if (m.kind === 'deadline') finish(new DeadlineError(limitMs));
        else finish(m.kind === 'ingest' ? new IngestError(m.error) : new Error(m.error));
      };
      live.fail = (err) => finish(err);
      live.worker.on('message', onMessage);
      live.ready.then(
        () => {
          if (settled) return;
          const copy = bytes.slice();
          const left = timeoutMs - (Date.now() - startedAt);
          const job: PdfThreadJob = { id, bytes: copy, timeoutMs: Math.max(0, left), limitMs };
          live.worker.postMessage(job, [copy.buffer as ArrayBuffer]);
        },
        (err: Error) => finish(err),
      );
    });
  }
}

let installed: boolean | undefined;

export function installPdfThread(): boolean {
  if (installed !== undefined) return installed;
  const entry = workerScript('pdf-text-worker');
  installed = entry !== null;
  if (entry) {
    const thread = new PdfThread(entry);
    usePdfTextSource({ read: (bytes, opts) => thread.read(bytes, opts), preload: () => thread.preload() });
  }
  return installed;
}
