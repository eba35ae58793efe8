/**
 * The pdf.js half of reading a PDF: bytes in, each page's text items and the document's properties out.
 *   readPdfText(bytes, { timeoutMs })          through the source in use (this thread by default)
 *   readPdfTextHere(...)                        pdf.js in this thread (legacy build: plain Node and Electron)
 *   usePdfTextSource(source)                    hosts put pdf.js somewhere it can be stopped (src/node/pdf-text-thread.ts):
 *                                               a parser stuck in synchronous work holds its thread, and pdf.js
 *                                               leaves rejections nobody awaits behind on some damaged files
 *   pdfAssets(loader)                           where pdf.js finds its character maps and standard fonts
 *
 * pdfjs normally runs its parser in a web worker; in Node it falls back to a "fake worker" in the same thread and
 * would `import()` the worker file by a path at run time. We import the worker module ourselves and hand it over
 * through `globalThis.pdfjsWorker`, which pdfjs checks first: no file lookup, and bundlers see a static import.
 */
import { loadPdfJs } from './load-pdfjs';
import { IngestError } from './decode-text';
import { READ_TIME_LIMIT_MS, withDeadline } from './deadline';
import { guardFontWidths } from './pdf-font-guard';

export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfPage {
  /** [x0, y0, x1, y1] of the page. */
  view: number[];
  items: PdfTextItem[];
}

export interface PdfText {
  info: Record<string, unknown>;
  numPages: number;
  /** The pages read, in order; null for a page that could not be read. */
  pages: (PdfPage | null)[];
  warnings: string[];
}

export interface PdfTextOptions {
  /** Time left for reading; past it the read is abandoned. */
  timeoutMs?: number;
  /** The whole file's limit, named in the error when the time runs out. */
  limitMs?: number;
}

export interface PdfTextSource {
  read(bytes: Uint8Array, opts: PdfTextOptions): Promise<PdfText>;
  /** Get ready ahead of the first PDF (load pdf.js); never rejects. */
  preload(): Promise<void>;
}

const HERE: PdfTextSource = { read: (bytes, opts) => readPdfTextHere(bytes, opts), preload: () => preloadPdfJs() };

/** Loads one of pdf.js's data files: a packed character map (`cmap`) or a standard font (`font`). */
export type PdfAssetLoader = (kind: 'cmap' | 'font', file: string) => Promise<Uint8Array>;

export const MAX_PAGES = 1000;

let source: PdfTextSource = HERE;
let assets: PdfAssetLoader | null = null;

/** Read PDFs through `s` from now on (null: back to this thread). */
export function usePdfTextSource(s: PdfTextSource | null): void {
  source = s ?? HERE;
}

/** Tell pdf.js where its character maps and standard fonts are (without them CJK text in CID fonts is lost). */
export function pdfAssets(loader: PdfAssetLoader | null): void {
  assets = loader;
}

export function readPdfText(bytes: Uint8Array, opts: PdfTextOptions = {}): Promise<PdfText> {
  return source.read(bytes, opts);
}

/** Load pdf.js wherever PDFs are read, ahead of the first one; never rejects. */
export function preloadPdfText(): Promise<void> {
  return source.preload();
}

/**
 * Load pdfjs ahead of the first PDF (its first load costs 1–3 s on a slow machine). Safe to call any number of
 * times; never rejects.
 */
export async function preloadPdfJs(): Promise<void> {
  await loadPdfJs().catch(() => undefined);
}

/**
 * pdf.js asks its "binary data factory" for character maps and standard fonts by URL (base + file name). Ours
 * hands the file name to the host's loader; with no loader pdf.js goes on without them, as before.
 */
class AssetFactory {
  private readonly bases: Record<string, string | null>;
  constructor(opts: { cMapUrl?: string | null; standardFontDataUrl?: string | null }) {
    this.bases = { cMapUrl: opts.cMapUrl ?? null, standardFontDataUrl: opts.standardFontDataUrl ?? null };
  }
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const load = assets;
    if (!load || (kind !== 'cMapUrl' && kind !== 'standardFontDataUrl'))
      throw new Error(`pdf.js data not available: ${kind}`);
    return load(kind === 'cMapUrl' ? 'cmap' : 'font', filename);
  }
}

function isTextItem(x: unknown): x is PdfTextItem {
  return (
    !!x &&
    typeof x === 'object' &&
    typeof (x as PdfTextItem).str === 'string' &&
    Array.isArray((x as PdfTextItem).transform)
  );
}

function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

/** pdf.js in this thread; only its asynchronous waits can be cut at the deadline. */
export async function readPdfTextHere(bytes: Uint8Array, opts: PdfTextOptions = {}): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  const truncated = !hasEofMarker(bytes);
  const guarded = guardFontWidths(bytes);
  const useAssets = assets !== null;
  // pdfjs takes ownership of (and may detach) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: guarded.bytes === bytes ? bytes.slice() : guarded.bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(useAssets
      ? {
          cMapUrl: 'cmaps/',
          cMapPacked: true,
          standardFontDataUrl: 'standard_fonts/',
          BinaryDataFactory: AssetFactory as unknown as never,
        }
      : {}),
  });
  let doc: Awaited<typeof task.promise> | null = null;
  const timeoutMs = opts.timeoutMs ?? READ_TIME_LIMIT_MS;
  const limitMs = opts.limitMs ?? timeoutMs;
  const startedAt = Date.now();
  try {
    try {
      doc = await withDeadline(task.promise, timeoutMs, limitMs, () => void task.destroy());
    } catch (e) {
      if (e instanceof IngestError) throw e;
      const errName = (e as { name?: string })?.name ?? '';
      if (errName === 'PasswordException') throw new IngestError('PDF is encrypted (password required)');
      if (truncated) throw new IngestError('not a PDF: file is damaged (truncated)');
      throw new IngestError('not a PDF: file is damaged');
    }
    const d = doc;
    const work = async (): Promise<PdfText> => {
      const warnings: string[] = [];
      if (guarded.clamped > 0) warnings.push('PDF font width table was damaged and has been repaired');
      if (truncated) warnings.push('PDF looks truncated: some text may be missing');
      const info: Record<string, unknown> = {};
      try {
        const meta = await d.getMetadata();
        // Strings, numbers and flags only: the result may cross a thread.
        for (const [k, v] of Object.entries((meta.info ?? {}) as Record<string, unknown>))
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') info[k] = v;
      } catch {
        warnings.push('PDF properties could not be read');
      }
      const pageCount = Math.min(d.numPages, MAX_PAGES);
      const pages: (PdfPage | null)[] = [];
      for (let p = 1; p <= pageCount; p++) {
        try {
          const page = await d.getPage(p);
          const tc = await page.getTextContent();
          const items = (tc.items as unknown[]).filter(isTextItem).map((it) => ({
            str: it.str,
            transform: [...it.transform],
            width: it.width,
            height: it.height,
            ...(it.hasEOL ? { hasEOL: true } : {}),
          }));
          pages.push({ view: [...page.view], items });
          page.cleanup();
        } catch {
          pages.push(null);
        }
      }
      return { info, numPages: d.numPages, pages, warnings };
    };
    const left = timeoutMs - (Date.now() - startedAt);
    return await withDeadline(work(), left, limitMs, () => void d.destroy());
  } finally {
    if (doc) await doc.destroy().catch(() => undefined);
    else await task.destroy().catch(() => undefined);
  }
}
