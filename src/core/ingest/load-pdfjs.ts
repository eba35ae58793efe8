/**
 * pdf.js, loaded once per thread on first use (its first load takes a second or more on a slow machine), with its
 * worker code run in the same thread: `loadPdfJs()` for readers of PDFs (import, the report's page layout).
 * A failed load is forgotten, so the next call tries again.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ensureDomMatrix } from './dom-matrix-shim';

export type PdfJs = typeof PdfJsModule;

let pdfjsPromise: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjsPromise) {
    pdfjsPromise = (async () => {
      ensureDomMatrix();
      const g = globalThis as { pdfjsWorker?: unknown };
      if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      lib.GlobalWorkerOptions.workerSrc ||= 'pdf.worker.mjs'; // never fetched: pdfjsWorker is set
      return lib;
    })();
    pdfjsPromise.catch(() => {
      pdfjsPromise = null;
    });
  }
  return pdfjsPromise;
}
