/**
 * Reads back what Chromium printed: the page count and the page of every named destination (the report's
 * section and group anchors, which its table of contents links to). The printer's second pass writes these page
 * numbers into the table of contents. pdfjs-dist's legacy build runs in Node and in Electron's main process.
 */
import { loadPdfJs } from '../ingest/load-pdfjs';

/** Loads pdf.js ahead of the first read (its first load takes a second or more); never rejects. */
export function preloadPdfLayout(): void {
  loadPdfJs().catch(() => undefined);
}

export interface PdfLayout {
  pages: number;
  /** Destination name -> 1-based page number. */
  pageOf: Record<string, number>;
}

export async function readPdfLayout(pdf: Uint8Array): Promise<PdfLayout> {
  const lib = await loadPdfJs();
  const doc = await lib.getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pageOf: Record<string, number> = {};
    const dests = (await doc.getDestinations()) as Record<string, unknown[] | null>;
    for (const [name, dest] of Object.entries(dests)) {
      const ref = dest?.[0];
      if (ref && typeof ref === 'object')
        pageOf[name] = (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
    }
    return { pages: doc.numPages, pageOf };
  } finally {
    await doc.destroy();
  }
}
