/**
 * A thread that only runs pdf.js (started by pdf-text-thread.ts): one PDF at a time, its text items sent back.
 * pdf.js leaves rejections nobody awaits behind on some damaged files (a page prefetched while the page tree walk
 * fails); here they are counted against the document being read, never raised: the host then replaces this
 * thread, so nothing one document left behind meets the next.
 */
import { parentPort } from 'node:worker_threads';
import { DeadlineError } from '../core/ingest/deadline';
import { IngestError } from '../core/ingest/decode-text';
import { preloadPdfJs, readPdfTextHere } from '../core/ingest/pdf-text';
import { installPdfAssets } from './pdf-assets';
import type { PdfThreadJob, PdfThreadReply } from './pdf-text-protocol';

installPdfAssets();
let strays = 0;
process.on('unhandledRejection', () => {
  strays++;
});

/** From source, the boot file calls this once tsx's loader is gone; a bundled thread at once. */
export async function start(): Promise<void> {
  await preloadPdfJs();
  parentPort?.on('message', async (job: PdfThreadJob) => {
    let reply: PdfThreadReply;
    strays = 0;
    try {
      const value = await readPdfTextHere(job.bytes, { timeoutMs: job.timeoutMs, limitMs: job.limitMs });
      // Let pdf.js's leftovers surface before answering, so they count against this document.
      await new Promise((resolve) => setImmediate(resolve));
      reply = { id: job.id, ok: true, value, strays };
    } catch (e) {
      const kind = e instanceof DeadlineError ? 'deadline' : e instanceof IngestError ? 'ingest' : 'other';
      reply = { id: job.id, ok: false, kind, error: e instanceof Error ? e.message : String(e), strays };
    }
    parentPort?.postMessage(reply);
  });
  parentPort?.postMessage({ ready: true } satisfies PdfThreadReply);
}
if (!import.meta.url.endsWith('.ts')) void start();
