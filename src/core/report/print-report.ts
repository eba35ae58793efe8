/**
 * How a report page becomes a PDF, whoever prints it (headless Chromium in the host and CLI, Electron's
 * printToPDF on the desktop). The host supplies a ReportSurface: a loaded report page it can print.
 *
 *   1. wait until the page says it is ready, or fail with the page's own error (never print an error page);
 *   2. print it as it comes: a long report with its table of contents holding placeholder page numbers, a short
 *      one (few statements) without; a short one that stays within TOC_MIN_PAGES pages is done in one pass;
 *   3. read the page of every section anchor from the PDF; over TOC_MIN_PAGES pages, write those numbers into
 *      the table of contents (same layout: the numbers sit in a fixed-width column), else drop it; print again;
 *   4. set the PDF's title, author and dates.
 *
 *   headerFooter      the header (title · date) and footer ("Page N of M") templates Chromium fills in
 */
import type { PaperSize } from '../../shared/api';
import { preloadPdfLayout, readPdfLayout } from './pdf-layout';
import { withPdfInfo } from './pdf-info';

/** A table of contents is printed only for reports longer than this. */
export const TOC_MIN_PAGES = 5;

/** What the report page tells its printer (data-* attributes on its root element). */
export interface ReportPageInfo {
  title: string;
  author: string | null;
  subject: string | null;
  /** The report date as the page formats it for its locale. */
  dateText: string;
  generatedAt: string;
  paper: PaperSize;
  /** How the page drew its table of contents at first: with placeholder numbers, or none (a short report). */
  toc: 'placeholder' | 'none';
}

/** Placeholder numbers, the real page of each anchor, or no table of contents. */
export type TocRequest = 'placeholder' | Record<string, number> | null;

/** The data-toc value the page shows once it has drawn a request. */
export function tocAttribute(request: TocRequest): string {
  return request === 'placeholder' ? 'placeholder' : request ? 'final' : 'none';
}

export interface PrintSettings {
  paper: PaperSize;
  headerTemplate: string;
  footerTemplate: string;
}

export interface ReportSurface {
  /** Resolves once the report page is ready; rejects with its error if it failed to build. */
  ready(): Promise<ReportPageInfo>;
  /** Draws the table of contents as requested; resolves once drawn. */
  setToc(request: TocRequest): Promise<void>;
  print(settings: PrintSettings): Promise<Uint8Array>;
}

export async function printReport(surface: ReportSurface): Promise<Uint8Array> {
  preloadPdfLayout(); // while the page renders and prints
  const info = await surface.ready();
  const settings: PrintSettings = { paper: info.paper, ...headerFooter(info) };
  let pdf = await surface.print(settings);
  let layout = await readPdfLayout(pdf);
  if (info.toc === 'none' && layout.pages > TOC_MIN_PAGES) {
    await surface.setToc('placeholder');
    pdf = await surface.print(settings);
    layout = await readPdfLayout(pdf);
  }
  if (info.toc === 'placeholder' || layout.pages > TOC_MIN_PAGES) {
    await surface.setToc(layout.pages > TOC_MIN_PAGES ? layout.pageOf : null);
    pdf = await surface.print(settings);
  }
  return withPdfInfo(pdf, {
    title: info.title,
    author: info.author,
    subject: info.subject,
    date: new Date(info.generatedAt),
  });
}

export function headerFooter(info: ReportPageInfo): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: sans-serif; font-size: 8px; color: #555; width: 100%; margin: 0 16mm;';
  return {
    headerTemplate:
      `<div style="${style} display: flex; justify-content: space-between;">` +
      `<span>${escapeHtml(info.title)}</span><span>${escapeHtml(info.dateText)}</span></div>`,
    footerTemplate:
      `<div style="${style} display: flex; justify-content: space-between;">` +
      `<span>${escapeHtml(info.title)} · ${escapeHtml(info.dateText)}</span>` +
      '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>',
  };
}

/** Header and footer templates are HTML: the title is the analyst's text and must stay text. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export function pageInfoFromAttributes(read: (name: string) => string | null): ReportPageInfo {
  return {
    title: read('data-report-title') ?? 'Soundbite report',
    author: read('data-report-author') || null,
    subject: read('data-report-subject') || null,
    dateText: read('data-report-date') ?? '',
    generatedAt: read('data-report-generated') ?? new Date().toISOString(),
    paper: read('data-report-paper') === 'letter' ? 'letter' : 'a4',
    toc: read('data-toc') === 'none' ? 'none' : 'placeholder',
  };
}
