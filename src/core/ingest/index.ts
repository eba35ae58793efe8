/** Document readers: bytes in, articles out. Pure (no fs, no electron, no browser globals). */
import type { IngestEntry, IngestOptions, IngestedArticle, SourceFile } from './types';
import { IngestError } from './decode-text';
import { readMarkdown, readPlainText } from './read-text';
import { readHtml } from './read-html';
import { readPdf } from './read-pdf';

export type { IngestEntry, IngestOptions, IngestedArticle, SourceFile } from './types';
export { detectLanguage } from './detect-language';
export { IngestError } from './decode-text';

export type DocumentFormat = 'txt' | 'md' | 'html' | 'mhtml' | 'pdf' | 'docx' | 'eml' | 'json' | 'jsonl' | 'zip';

/** Extensions the readers accept (lower case, without the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml'];

const EXT_FORMAT: Record<string, DocumentFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
};

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(base);
  return m && m[1] ? m[1].toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

function asciiHead(bytes: Uint8Array, n = 1024): string {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  return new TextDecoder('latin1').decode(bytes.subarray(start, start + n));
}

/**
 * Decide how to read a file from its content first (magic bytes and leading text), then its extension.
 * Returns null when neither tells a supported format.
 */
export function detectFormat(name: string, bytes: Uint8Array): DocumentFormat | null {
  const ext = extensionOf(name);
  const byExt = EXT_FORMAT[ext] ?? null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (ext === 'docx' || ext === 'zip') return ext;
    return new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096))).includes('word/')
      ? 'docx'
      : 'zip';
  }
  const head = asciiHead(bytes);
  const trimmed = head.replace(/^\s+/, '');
  if (byExt === 'md' || byExt === 'txt') {
    // A .txt that is really HTML is rare; keep the extension's word unless it is unmistakable.
    if (/^<!doctype html|^<html[\s>]/i.test(trimmed)) return 'html';
    return byExt;
  }
  if (byExt) return byExt;
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(trimmed)) return 'html';
  return null;
}

function formatMb(n: number): string {
  const mb = n / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${Math.round(mb * 10) / 10} MB`;
}

export interface ReadContext {
  options: Required<IngestOptions>;
  depth: number;
}

function readSingle(
  name: string,
  bytes: Uint8Array,
  format: DocumentFormat,
): Promise<IngestedArticle[]> | IngestedArticle[] {
  switch (format) {
    case 'txt':
      return [readPlainText(name, bytes)];
    case 'md':
      return [readMarkdown(name, bytes)];
    case 'html':
      return [readHtml(name, bytes)];
    case 'pdf':
      return readPdf(name, bytes).then((a) => [a]);
    case 'mhtml':
    case 'docx':
    case 'eml':
    case 'json':
    case 'jsonl':
    case 'zip':
      throw new IngestError(`${format} files are not supported yet`);
  }
}

function errorMessage(e: unknown): string {
  if (e instanceof IngestError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  const line = (msg.split('\n')[0] ?? '').trim().slice(0, 200);
  return line ? `could not read file: ${line}` : 'could not read file';
}

/** Read one file (or archive member) into entries. Never throws. */
export async function readEntries(file: SourceFile, ctx: ReadContext): Promise<IngestEntry[]> {
  const name = file.name || 'unnamed';
  try {
    const bytes = file.bytes;
    if (!(bytes instanceof Uint8Array)) return [{ name, articles: [], error: 'no file content' }];
    if (bytes.length > ctx.options.maxBytes)
      return [
        {
          name,
          articles: [],
          error: `file too large (${formatMb(bytes.length)}, limit ${formatMb(ctx.options.maxBytes)})`,
        },
      ];
    if (bytes.length === 0) return [{ name, articles: [], error: 'empty file' }];
    const format = detectFormat(name, bytes);
    if (!format) {
      const ext = extensionOf(name);
      if (ext === 'doc')
        return [{ name, articles: [], error: 'old Word .doc format is not supported: save it as .docx' }];
      return [
        { name, articles: [], error: ext ? `unsupported file type (.${ext})` : 'unsupported file type (no extension)' },
      ];
    }
    const articles = await readSingle(name, bytes, format);
    if (articles.length === 0) return [{ name, articles: [], error: 'no text found' }];
    return [{ name, articles }];
  } catch (e) {
    return [{ name, articles: [], error: errorMessage(e) }];
  }
}

/**
 * Read a document into entries: one per readable unit (a plain file gives one; an archive one per member).
 * Never throws and never rejects: failures are entries with a one-line `error`.
 */
export async function readDocument(file: SourceFile, options: IngestOptions = {}): Promise<IngestEntry[]> {
  const opts: Required<IngestOptions> = {
    maxBytes: options.maxBytes && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES,
    maxDepth: options.maxDepth != null && options.maxDepth >= 0 ? options.maxDepth : 2,
  };
  try {
    return await readEntries(file, { options: opts, depth: 0 });
  } catch (e) {
    return [{ name: file?.name || 'unnamed', articles: [], error: errorMessage(e) }];
  }
}
