/**
 * PDF reader: the text items pdf.js finds on each page (pdf-text.ts, in whatever thread the host chose) become lines,
 * paragraphs and an article: running headers, footers and page numbers dropped, end-of-line hyphens undone, the
 * headline by font size, the document properties as fallbacks.
 *
 * A document longer than MAX_PART_CHARS becomes parts by page ranges ("pages 23–45"), cut where a page starts
 * and no quotation is open when it can be.
 */
import type { MetaField } from '../../shared/model';
import type { IngestedArticle } from './types';
import { titleFromFileName } from './article';
import { finishPdfArticle } from './pdf-metadata';
import { parseDateValue } from './dates';
import { IngestError } from './decode-text';
import { cleanInline, joinWrappedLines, normaliseBody } from './normalise';
import { MAX_PAGES, preloadPdfText, readPdfText, type PdfTextItem } from './pdf-text';
import { asParts, groupBlocks, MAX_PART_CHARS, splitLongArticle, type Block } from './split-into-parts';

/**
 * Load pdfjs ahead of the first PDF (its first load costs 1–3 s on a slow machine). Safe to call any number of
 * times; never rejects.
 */
export async function preloadPdfReader(): Promise<void> {
  await preloadPdfText();
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
  page: number;
  /** Position on the page from the top, 0..1. */
  top: number;
}

/** Group a page's text items into lines (pdfjs gives them in content order, which is reading order for most PDFs). */
function pageLines(items: PdfTextItem[], pageNo: number, pageHeight: number, pageBottom: number): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  let lastEnd = 0;
  const flush = (): void => {
    if (cur && cur.text.trim()) {
      cur.text = cleanInline(cur.text);
      lines.push(cur);
    }
    cur = null;
  };
  for (const raw of items) {
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = raw.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || raw.height || 1;
    if (raw.str === '') {
      if (raw.hasEOL) flush();
      continue;
    }
    if (cur !== null) {
      const c: Line = cur;
      if (Math.abs(y - c.y) > Math.max(c.size, size) * 0.45) flush();
    }
    if (cur === null) {
      cur = {
        text: raw.str,
        x,
        y,
        size,
        width: raw.width,
        page: pageNo,
        top: pageHeight > 0 ? 1 - (y - pageBottom) / pageHeight : 0.5,
      };
    } else {
      const c: Line = cur;
      const gap = x - lastEnd;
      const needsSpace = gap > size * 0.15 && !/\s$/.test(c.text) && !/^\s/.test(raw.str);
      c.text += (needsSpace ? ' ' : '') + raw.str;
      c.size = Math.max(c.size, size);
      c.width = x + raw.width - c.x;
    }
    lastEnd = x + raw.width;
    if (raw.hasEOL) flush();
  }
  flush();
  return lines;
}

const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/|von|sur|de)\s*\d{1,4})?$/i;

/** A line's "shape" for spotting running headers and footers: digits folded, case folded. */
function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function dropHeadersAndFooters(pages: Line[][]): Line[][] {
  const n = pages.length;
  const counts = new Map<string, number>();
  if (n >= 2) {
    for (const lines of pages) {
      const seen = new Set<string>();
      for (const l of lines) if (l.top < 0.12 || l.top > 0.88) seen.add(shape(l.text));
      for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  return pages.map((lines) =>
    lines.filter((l) => {
      const edge = l.top < 0.12 || l.top > 0.88;
      if (!edge) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      return !(n >= 2 && (counts.get(shape(l.text)) ?? 0) >= Math.max(2, Math.ceil(n * 0.5)));
    }),
  );
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((p, q) => p - q);
  return s[Math.floor(s.length / 2)] ?? 0;
}

interface Para {
  lines: Line[];
  size: number;
}

/** Build paragraphs from lines: a new one at a larger vertical gap, a change of font size, or a new page indent. */
function paragraphs(pages: Line[][]): Para[] {
  const all = pages.flat();
  const bodySize = median(all.map((l) => Math.round(l.size * 10) / 10));
  const gaps: number[] = [];
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const p = lines[i - 1];
      const c = lines[i];
      if (p && c && Math.abs(p.size - bodySize) < 0.5 && Math.abs(c.size - bodySize) < 0.5) {
        const g = p.y - c.y;
        if (g > 0) gaps.push(g);
      }
    }
  const lineGap = median(gaps) || bodySize * 1.2;
  const out: Para[] = [];
  let cur: Para | null = null;
  for (const lines of pages) {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const prev = i > 0 ? lines[i - 1] : undefined;
      let newPara = cur === null;
      if (cur && prev) {
        const gap = prev.y - l.y;
        const scale = Math.max(1, Math.max(l.size, prev.size) / (bodySize || 1));
        if (gap > lineGap * scale * 1.45 || gap < -lineGap * 0.5) newPara = true; // extra space, or a new column
        if (Math.abs(l.size - cur.size) > Math.max(0.6, cur.size * 0.12)) newPara = true;
      } else if (cur && !prev) {
        // First line of a new page continues the paragraph only when the last one did not end a sentence.
        const last = cur.lines[cur.lines.length - 1];
        const fullWidth = median(cur.lines.map((x) => x.width));
        if (!last || /[.!?:"”’»)]$/.test(last.text) || !/^[\p{Ll},;]/u.test(l.text) || last.width < fullWidth * 0.8)
          newPara = true;
      }
      if (newPara || !cur) {
        cur = { lines: [l], size: l.size };
        out.push(cur);
      } else cur.lines.push(l);
    }
  }
  return out;
}

const PRINTED_BY =
  /skia\/pdf|chrom(?:e|ium)|headless|mozilla\/|firefox|print to pdf|microsoft: print|quartz pdfcontext|wkhtmltopdf|cairo|pdf\.js|electron/i;

const JUNK_TITLE =
  /^(?:untitled|document\d*|microsoft word\s*-.*|.*\.(?:docx?|pdf|odt|rtf|txt|html?|indd|qxd)|print|title|new document|\s*-\s*)$/i;

export interface PdfOptions {
  /** Time left for reading (the document's deadline); pdf.js is told to stop when it runs out. */
  timeoutMs?: number;
}

/**
 * The finished article as parts by page ranges. The body's paragraphs are `paras` minus at most a few at the top
 * (a byline or dateline finishArticle took out), so they line up from the end; if they do not, cut at paragraphs.
 */
function partsByPages(article: IngestedArticle, paras: Para[], texts: string[]): IngestedArticle[] {
  if (article.body.length <= MAX_PART_CHARS) return [article];
  const finished = article.body.split('\n\n');
  const offset = paras.length - finished.length;
  const lined = (i: number): boolean => normaliseBody(texts[i + offset]!) === finished[i];
  if (offset < 0 || offset > 4 || !lined(0) || !lined(finished.length - 1) || !lined(finished.length >> 1))
    return splitLongArticle(article);
  const pageOf = (i: number, end: 'first' | 'last'): number => {
    const lines = paras[i + offset]!.lines;
    return (end === 'first' ? lines[0] : lines[lines.length - 1])!.page;
  };
  const blocks: Block[] = finished.map((text, i) => ({
    text,
    preferBefore: i > 0 && pageOf(i, 'first') > pageOf(i - 1, 'last'),
    pages: [pageOf(i, 'first'), pageOf(i, 'last')],
  }));
  const { blocks: cut, parts } = groupBlocks(blocks, MAX_PART_CHARS);
  const notes = parts.map((p) => {
    const from = cut[p.first]!.pages?.[0];
    const to = cut[p.last]!.pages?.[1];
    return from === to ? `page ${from}` : `pages ${from}–${to}`;
  });
  return asParts(
    article,
    parts.map((p) => p.text),
    notes,
  );
}

export async function readPdf(name: string, bytes: Uint8Array, opts: PdfOptions = {}): Promise<IngestedArticle[]> {
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!magic.includes('%PDF-')) throw new IngestError('not a PDF: no PDF header');
  const text = await readPdfText(bytes, { ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}) });
  const truncated = text.warnings.some((w) => w.startsWith('PDF looks truncated'));
  const warnings = [...text.warnings];
  const info = text.info;
  const origins: Partial<Record<MetaField, string>> = {};
  if (text.numPages > MAX_PAGES) warnings.push(`only the first ${MAX_PAGES} of ${text.numPages} pages were read`);
  const failedPages = text.pages.filter((p) => p === null).length;
  if (failedPages > 0) warnings.push(`${failedPages} page(s) could not be read`);
  const pages: Line[][] = text.pages.map((page, i) => {
    if (!page) return [];
    const [, y0 = 0, , y1 = 0] = page.view;
    return pageLines(page.items, i + 1, Math.abs(y1 - y0), Math.min(y0, y1));
  });
  const kept = dropHeadersAndFooters(pages);
  if (kept.every((l) => l.length === 0)) {
    if (truncated) throw new IngestError('not a PDF: file is damaged (truncated)');
    throw new IngestError('PDF has no text layer (scanned image?): no text found');
  }
  const paras = paragraphs(kept);
  const bodySize = median(kept.flat().map((l) => l.size));

  const infoStr = (k: string): string | null => {
    const v = info[k];
    return typeof v === 'string' && v.trim() ? cleanInline(v) : null;
  };
  let title = infoStr('Title');
  const fileLike = (t: string): boolean => !/\s/.test(t) && /[\d_]/.test(t);
  if (title && (JUNK_TITLE.test(title) || fileLike(title) || title === titleFromFileName(name) || title.length < 3))
    title = null;
  if (title) origins.title = 'pdf properties';
  // A paragraph near the top in a clearly larger font is the headline: it wins over the properties, which are
  // often stale (a template's title), a file name, or carry a site name.
  const headIdx = paras
    .slice(0, 3)
    .findIndex((p) => p.size > bodySize * 1.2 && p.lines.length <= 4 && p.lines[0]?.page === 1);
  const head = headIdx >= 0 ? paras[headIdx] : undefined;
  if (head) {
    const heading = cleanInline(
      head.lines
        .map((l) => l.text)
        .join(' ')
        .replace(/(\p{L})- (?=\p{L})/gu, '$1-'),
    );
    if (/\p{L}{2}/u.test(heading)) {
      title = heading;
      origins.title = 'pdf heading';
      paras.splice(headIdx, 1);
    }
  }
  // Undo end-of-line hyphenation, but keep the hyphen of compounds the document spells with one elsewhere.
  const vocabulary = new Set(
    kept
      .flat()
      .flatMap((l) => l.text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [])
      .filter((w) => !w.endsWith('-')),
  );
  const keepHyphen = (a: string, b: string): boolean => {
    const hy = `${a}-${b}`.toLowerCase();
    const joined = `${a}${b}`.toLowerCase();
    return vocabulary.has(hy) && !vocabulary.has(joined);
  };
  const texts = paras.map((p) => joinWrappedLines(p.lines.map((l) => l.text).join('\n'), true, keepHyphen));
  const body = texts.join('\n\n');
  const created = parseDateValue(infoStr('CreationDate'));
  const author = infoStr('Author');
  const lang = infoStr('Language');
  const draft = {
    title,
    date: null as string | null,
    source: null,
    byline: author,
    url: null,
    language: lang,
    body,
    origins: {
      ...origins,
      ...(author ? { byline: 'pdf properties' } : {}),
      ...(lang ? { language: 'pdf properties' } : {}),
    },
    warnings,
  };
  // A date printed at the top of the text beats the file's creation date (often the day it was printed).
  const article = finishPdfArticle(draft, infoStr('Title'), { fileName: name, format: 'pdf' });
  // A browser's "print to PDF" stamps the day it was printed, which says nothing about the article.
  const printed = PRINTED_BY.test(`${infoStr('Producer') ?? ''} ${infoStr('Creator') ?? ''}`);
  if (!article.date && created && printed) article.warnings.push('PDF creation date ignored: printed from a browser');
  if (!article.date && created && !printed) {
    article.date = created;
    article.origins.date = 'pdf properties';
    article.warnings = article.warnings.filter((w) => w !== 'no publication date found');
    article.warnings.push('date is the PDF creation date');
  }
  return partsByPages(article, paras, texts);
}
