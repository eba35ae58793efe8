/** Runs the CPU-heavy half of an import (reading documents, finding statements) off the main thread. */
import { parentPort } from 'node:worker_threads';
import { extractStatements } from '../core/extract/index';
import { readDocument } from '../core/ingest/index';
import type { IngestEntry, IngestedArticle } from '../core/ingest/types';
import { analyseFile } from '../core/library/analyse-file';
import type { WorkerJob, WorkerReply } from './import-worker-protocol';
import { installPdfAssets } from './pdf-assets';
import { installPdfThread } from './pdf-text-thread';

// PDFs are read by pdf.js in a thread of this worker's own, stopped at each document's deadline; the character
// maps and standard fonts are found in pdfjs-dist (both also here, for a build without the thread script).
installPdfAssets();
installPdfThread();

/** Hash, fingerprint and statements of articles, by the same code an import in one thread runs. */
async function analyseArticles(name: string, articles: IngestedArticle[]) {
  const [entry] = await analyseFile(
    { name, bytes: new Uint8Array() },
    async () => [{ name, articles }],
    extractStatements,
  );
  return (entry?.articles ?? []).map(({ hash, print, result }) => ({ hash, print, result }));
}

async function work(job: WorkerJob): Promise<unknown> {
  switch (job.op) {
    case 'extract':
      return extractStatements(job.input);
    case 'read':
      return readDocument({ name: job.name, bytes: job.bytes }, { timeoutMs: job.timeoutMs });
    case 'analyse': {
      const entries = await readDocument({ name: job.name, bytes: job.bytes }, { timeoutMs: job.timeoutMs });
      const chars = entries.reduce((n, e) => e.articles.reduce((m, a) => m + a.body.length, n), 0);
      if (chars > job.fanOutChars) return { read: entries };
      const read = async (): Promise<IngestEntry[]> => entries;
      return { done: await analyseFile({ name: job.name, bytes: job.bytes }, read, extractStatements) };
    }
    case 'analyse-articles':
      return analyseArticles(job.name, job.docs);
  }
}

parentPort?.on('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { id: job.id, ok: true, value: await work(job) };
  } catch (err) {
    reply = { id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
parentPort?.postMessage({ ready: true } satisfies WorkerReply);
