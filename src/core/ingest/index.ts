/**
 * Document readers: bytes in, articles out. Pure: no fs, no electron, no browser globals (linkedom stands in for
 * the DOM; pdfjs runs its "fake worker" in-process).
 *
 * readDocument(file) never throws: each readable unit (a file, an archive member, an e-mail attachment) becomes
 * an entry with articles or a one-line error. Format comes from content signatures first, then the extension.
 *   txt   charset: BOMs, BOM-less UTF-16/32, valid UTF-8, then detection of legacy charsets (decode-text.ts);
 *         export header / Key: value header / headline with byline, date and outlet lines (header-lines.ts),
 *         paragraphs rebuilt from hard-wrapped lines, glued sentences spaced
 *   md    front matter, # or setext title, light syntax stripping
 *   html  @mozilla/readability over linkedom (body text minus boilerplate as fallback), meta/og/article/
 *         twitter/citation/dc tags, JSON-LD articles, <time>, <html lang>
 *   mhtml the text/html part through the HTML reader
 *   pdf   pdfjs-dist text layer: lines, paragraphs, de-hyphenation, running headers/footers and page numbers
 *         dropped, headline by font size, properties
 *   docx  mammoth HTML → text, docProps/core.xml (members inflated under a budget first)
 *   eml   postal-mime: Subject/Date/From, text or HTML part, forwarded headers, newsletters split into stories,
 *         attached documents read as further entries (taking the message's date and sender where they have none)
 *   json, jsonl  records { title, text, date, source, url, ... } with common aliases
 *   zip   members read recursively, with depth, member-count and unpacked-size limits; the files an archive
 *         refuses for its limits (a zip bomb) are one line for the archive, not one per file
 * Shared rules (article.ts): NFC body with blank-line paragraphs, title fallback first sentence → file name,
 * datelines when metadata has no date, never a fallback date, language detection.
 * Limits (sizes.ts, deadline.ts, split-into-parts.ts): files over maxBytes are refused with exact sizes; a file
 * with almost no text is refused; reading a file and all it contains has one time limit; an article longer than
 * MAX_PART_CHARS becomes parts "<title> (part i of n)" (PDF by page ranges, other formats at paragraphs).
 */
import type { IngestEntry, IngestOptions, IngestedArticle, SourceFile } from './types';
import { IngestError } from './decode-text';
import { readMarkdown, readPlainText } from './read-text';
import { countWords } from './word-count';
import { extractMember, isJunkMember, listZip, ZipLimitError } from './zip-safe';
import { groupDigits, roundedSize, tooLargeMessage } from './sizes';
import { DeadlineError, READ_TIME_LIMIT_MS, tookTooLongMessage, withDeadline } from './deadline';
import { MAX_PART_CHARS, splitLongArticle } from './split-into-parts';

export type { IngestEntry, IngestOptions, IngestedArticle, SourceFile } from './types';
export { detectLanguage } from './detect-language';
export { IngestError } from './decode-text';
export { preloadPdfReader } from './read-pdf';
export { READ_TIME_LIMIT_MS, tookTooLongMessage } from './deadline';
export { MAX_PART_CHARS } from './split-into-parts';
export { tooLargeMessage } from './sizes';
export {
  fingerprint,
  similarity,
  normaliseForHash,
  groupNearDuplicates,
  findNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  FINGERPRINT_VERSION,
  type FingerprintedItem,
  type NearDuplicateGroup,
} from './near-duplicates';

export type DocumentFormat = 'txt' | 'md' | 'html' | 'mhtml' | 'pdf' | 'docx' | 'eml' | 'json' | 'jsonl' | 'zip';

const EXT_FORMAT: Record<string, DocumentFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'eml',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  zip: 'zip',
};

/** Extensions the readers accept (lower case, without the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXT_FORMAT);

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Most members one archive may list. */
export const MAX_ARCHIVE_ENTRIES = 2000;

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(base);
  return m && m[1] ? m[1].toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

function asciiHead(bytes: Uint8Array, n = 2048): string {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  return new TextDecoder('latin1').decode(bytes.subarray(start, start + n));
}

const MAIL_HEADER =
  /^(?:received|return-path|from|to|subject|date|message-id|mime-version|delivered-to|x-[\w-]+|reply-to|cc)\s*:/i;

function looksLikeMimeMessage(head: string): 'eml' | 'mhtml' | null {
  const lines = head.split(/\r?\n/).slice(0, 30);
  let headers = 0;
  for (const l of lines) {
    if (l.trim() === '') break;
    if (MAIL_HEADER.test(l)) headers++;
    else if (!/^[\t ]/.test(l) && !/^[\w-]+\s*:/.test(l)) return null;
  }
  if (headers < 2) return null;
  if (/multipart\/related/i.test(head) && /snapshot-content-location|text\/html/i.test(head)) return 'mhtml';
  return 'eml';
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
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    return head.includes('word/') || head.includes('[Content_Types].xml') ? 'docx' : 'zip';
  }
  if (byExt === 'pdf' || byExt === 'docx' || byExt === 'zip') return byExt; // damaged: the reader says so
  const head = asciiHead(bytes);
  const trimmed = head.replace(/^\s+/, '');
  if (byExt === 'md' || byExt === 'txt') {
    if (/^<!doctype html|^<html[\s>]/i.test(trimmed)) return 'html';
    return byExt;
  }
  if (byExt) return byExt;
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(trimmed)) return 'html';
  const mime = looksLikeMimeMessage(head);
  if (mime) return mime;
  return null;
}

interface ReadContext {
  options: Required<IngestOptions>;
  depth: number;
  /** Bytes still allowed to come out of archives (shared by the whole tree). */
  budget: { left: number };
  /** When reading the whole document (archive members included) must be over, in ms since the epoch. */
  deadline: number;
}

// The readers of rich formats load their libraries (linkedom, Readability, pdf.js, mammoth, postal-mime) when a file
// of that format first needs them, so a command that reads no such file never pays for loading them.
/** A module loaded on first use and kept: an `import()` per file costs a module resolution each time. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    }));
}
const htmlReader = loadOnce(() => import('./read-html'));
const emailReader = loadOnce(() => import('./read-email'));
const pdfReader = loadOnce(() => import('./read-pdf'));
const docxReader = loadOnce(() => import('./read-docx'));
const jsonReader = loadOnce(() => import('./read-json'));

async function readSingle(
  name: string,
  bytes: Uint8Array,
  format: Exclude<DocumentFormat, 'zip' | 'eml'>,
  ctx: ReadContext,
): Promise<IngestedArticle[]> {
  switch (format) {
    case 'txt':
      return readPlainText(name, bytes);
    case 'md':
      return [readMarkdown(name, bytes)];
    case 'html':
      return (await htmlReader()).readHtml(name, bytes);
    case 'mhtml':
      return (await emailReader()).readMhtml(name, bytes);
    case 'pdf':
      return (await pdfReader()).readPdf(name, bytes, { timeoutMs: Math.max(0, ctx.deadline - Date.now()) });
    case 'docx': {
      const { readDocx } = await docxReader();
      return [await readDocx(name, bytes, { maxBytes: ctx.options.maxBytes, maxEntries: MAX_ARCHIVE_ENTRIES })];
    }
    case 'json':
      return (await jsonReader()).readJson(name, bytes);
    case 'jsonl':
      return (await jsonReader()).readJsonLines(name, bytes);
  }
}

function errorMessage(e: unknown, name: string, limitMs = READ_TIME_LIMIT_MS): string {
  if (e instanceof DeadlineError) return tookTooLongMessage(name, limitMs);
  if (e instanceof IngestError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  const line = (msg.split('\n')[0] ?? '').trim().slice(0, 200);
  return line ? `could not read file: ${line}` : 'could not read file';
}

/**
 * What a line that stands for several files of an archive counts: files per reason, and which of those reasons are
 * archive limits (what a zip bomb runs into). A plain per-file error counts as one file for its message.
 */
interface Tally {
  reasons: Map<string, number>;
  limitReasons: Set<string>;
}
const tallies = new WeakMap<IngestEntry, Tally>();

function tallyOf(e: IngestEntry): Tally {
  return tallies.get(e) ?? { reasons: new Map([[e.error ?? 'not read', 1]]), limitReasons: new Set() };
}

/** Whether every file the entry stands for was refused for an archive limit. */
function onlyLimits(e: IngestEntry): boolean {
  const t = tallies.get(e);
  return !!t && [...t.reasons.keys()].every((r) => t.limitReasons.has(r));
}

/** A file refused for an archive limit: its own message, and the short reason used when lines are merged. */
function refused(name: string, error: string, reason: string): IngestEntry {
  const entry: IngestEntry = { name, articles: [], error };
  tallies.set(entry, { reasons: new Map([[reason, 1]]), limitReasons: new Set([reason]) });
  return entry;
}

function merged(name: string, entries: IngestEntry[], lead: (files: string) => string): IngestEntry {
  const tally: Tally = { reasons: new Map(), limitReasons: new Set() };
  for (const e of entries) {
    const t = tallyOf(e);
    for (const [r, n] of t.reasons) tally.reasons.set(r, (tally.reasons.get(r) ?? 0) + n);
    t.limitReasons.forEach((r) => tally.limitReasons.add(r));
  }
  const files = [...tally.reasons.values()].reduce((a, b) => a + b, 0);
  const ranked = [...tally.reasons].sort((a, b) => b[1] - a[1]);
  const why =
    (ranked.length === 1
      ? ranked[0]![0]
      : ranked
          .slice(0, 3)
          .map(([r, n]) => `${groupDigits(n)} ${r}`)
          .join(', ') + (ranked.length > 3 ? `, ${ranked.length - 3} more reasons` : '')) +
    (tally.limitReasons.size > 0 ? '; zip bomb?' : '');
  const entry: IngestEntry = { name, articles: [], error: `${lead(groupDigits(files))} (${why})` };
  tallies.set(entry, tally);
  return entry;
}

/**
 * One line per failed archive: an archive nothing could be read from is one line, and in any archive the files
 * refused for its limits are one line (where the first of them was), however many there are and however nested.
 */
function collapseFailures(archive: string, entries: IngestEntry[]): IngestEntry[] {
  if (entries.length >= 2 && entries.every((e) => e.error && e.articles.length === 0))
    return [merged(archive, entries, (n) => `none of its ${n} files could be read`)];
  const refusals = entries.filter(onlyLimits);
  if (refusals.length < 2) return entries;
  const line = merged(archive, refusals, (n) => `${n} files in the archive not read`);
  const gone = new Set(refusals);
  return entries.flatMap((e) => (e === refusals[0] ? [line] : gone.has(e) ? [] : [e]));
}

async function readZip(name: string, bytes: Uint8Array, ctx: ReadContext): Promise<IngestEntry[]> {
  if (ctx.depth >= ctx.options.maxDepth + 1) return [refused(name, 'archive nested too deeply', 'nested too deeply')];
  let listed;
  try {
    listed = listZip(bytes, MAX_ARCHIVE_ENTRIES);
  } catch (e) {
    if (e instanceof ZipLimitError) return [refused(name, e.message, 'with too many files')];
    throw e;
  }
  const members = listed.filter((m) => !isJunkMember(m.name));
  if (members.length === 0) return [{ name, articles: [], error: 'archive is empty' }];
  const max = ctx.options.maxBytes;
  const perFile = `larger than ${roundedSize(max)} unpacked`;
  const overall = `beyond ${roundedSize(max * 4)} unpacked in all`;
  const expandsTooMuch = `archive expands too much (over ${roundedSize(max * 4)} unpacked)`;
  const out: IngestEntry[] = [];
  for (const m of members) {
    if (Date.now() > ctx.deadline) throw new DeadlineError(ctx.options.timeoutMs);
    const memberName = `${name}/${m.name}`;
    if (m.declaredSize > max) {
      out.push(refused(memberName, tooLargeMessage(m.declaredSize, max), perFile));
      continue;
    }
    if (ctx.budget.left <= 0) {
      out.push(refused(memberName, expandsTooMuch, overall));
      continue;
    }
    let data: Uint8Array;
    try {
      data = extractMember(bytes, m, Math.min(max, ctx.budget.left));
    } catch (e) {
      if (e instanceof ZipLimitError) {
        const overBudget = ctx.budget.left < max;
        out.push(
          overBudget
            ? refused(memberName, expandsTooMuch, overall)
            : refused(
                memberName,
                `file expands beyond the limit when unpacked (over ${roundedSize(max)}; zip bomb?)`,
                perFile,
              ),
        );
        ctx.budget.left = Math.max(0, ctx.budget.left - Math.min(max, ctx.budget.left));
      } else out.push({ name: memberName, articles: [], error: errorMessage(e, memberName) });
      continue;
    }
    ctx.budget.left -= data.length;
    out.push(...(await readEntries({ name: memberName, bytes: data }, { ...ctx, depth: ctx.depth + 1 })));
  }
  return collapseFailures(name, out);
}

/**
 * An e-mail gives an entry for its text and one per attached document (read like archive members). A covering
 * note ("see attached") is kept too, with the message's subject, date and sender; each attached article takes the
 * message's date and sender where it has none of its own, and its subject where its title is only a file name.
 */
async function readMessage(name: string, bytes: Uint8Array, ctx: ReadContext): Promise<IngestEntry[]> {
  const { readEmail } = await emailReader();
  const mail = await withDeadline(readEmail(name, bytes), ctx.deadline - Date.now(), ctx.options.timeoutMs);
  const attached: IngestEntry[] = [];
  for (const file of mail.attachments) {
    if (ctx.depth + 1 > ctx.options.maxDepth) {
      attached.push({ name: file.name, articles: [], error: 'attachment nested too deeply' });
      continue;
    }
    attached.push(...(await readEntries(file, { ...ctx, depth: ctx.depth + 1 })));
  }
  const attachedArticles = attached.some((e) => e.articles.length > 0);
  const out: IngestEntry[] = [];
  const note = mail.articles[0];
  if (mail.articles.length > 0) {
    if (attachedArticles && mail.articles.length === 1 && note && note.body.length < 300)
      note.warnings.push('covering note of a message with attachments');
    out.push({ name, articles: mail.articles.flatMap((a) => splitLongArticle(a, MAX_PART_CHARS)) });
  } else if (!attachedArticles) out.push({ name, articles: [], error: mail.bodyError ?? 'message has no text' });
  const from = mail.header;
  for (const a of attached.flatMap((e) => e.articles)) {
    if (!a.date && from.date) {
      a.date = from.date;
      a.origins.date = 'e-mail date (inherited)';
      a.warnings = a.warnings.filter((w) => w !== 'no publication date found');
    }
    if (!a.source && from.sender) {
      a.source = from.sender;
      a.origins.source = 'e-mail sender (inherited)';
    }
    if (from.subject && a.origins.title === 'file name') {
      a.title = from.subject;
      a.origins.title = 'e-mail subject (inherited)';
    }
  }
  return [...out, ...attached];
}

/** Fewer than three words: nothing a reader could take a statement from. */
function almostNoText(body: string): boolean {
  if (body.length >= 1000) return false;
  return countWords(body, 3) < 3;
}

/** What a reader found, as an entry: near-empty articles refused, long ones split into parts. */
function entryOf(name: string, articles: IngestedArticle[]): IngestEntry {
  if (articles.length === 0) return { name, articles: [], error: 'no text found' };
  const kept = articles.filter((a) => !almostNoText(a.body));
  if (kept.length === 0) {
    const chars = articles.reduce((n, a) => n + a.body.length, 0);
    return { name, articles: [], error: `almost no text (${chars} character${chars === 1 ? '' : 's'})` };
  }
  if (kept.length < articles.length)
    kept[0]!.warnings.push(`${articles.length - kept.length} record(s) with almost no text were skipped`);
  return { name, articles: kept.flatMap((a) => splitLongArticle(a, MAX_PART_CHARS)) };
}

/** Read one file (or archive member) into entries. Never throws, except to end the whole document at its deadline. */
async function readEntries(file: SourceFile, ctx: ReadContext): Promise<IngestEntry[]> {
  const name = file.name || 'unnamed';
  try {
    const given: unknown = file.bytes;
    if (!(given instanceof Uint8Array)) return [{ name, articles: [], error: 'no file content' }];
    // A Node Buffer (or another subclass) becomes a plain view, so .slice() copies and .buffer means these bytes.
    const bytes =
      given.constructor === Uint8Array ? given : new Uint8Array(given.buffer, given.byteOffset, given.byteLength);
    if (bytes.length > ctx.options.maxBytes)
      return [{ name, articles: [], error: tooLargeMessage(bytes.length, ctx.options.maxBytes) }];
    if (bytes.length === 0) return [{ name, articles: [], error: 'empty file' }];
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
      const ext = extensionOf(name);
      if (ext === 'docx' || ext === 'xlsx' || ext === 'pptx')
        return [{ name, articles: [], error: 'document is password-protected (encrypted Office file)' }];
      return [{ name, articles: [], error: 'old Office format (.doc) is not supported: save it as .docx' }];
    }
    const format = detectFormat(name, bytes);
    if (!format) {
      const ext = extensionOf(name);
      if (ext === 'doc')
        return [{ name, articles: [], error: 'old Office format (.doc) is not supported: save it as .docx' }];
      return [
        { name, articles: [], error: ext ? `unsupported file type (.${ext})` : 'unsupported file type (no extension)' },
      ];
    }
    if (format === 'zip') return await readZip(name, bytes, ctx);
    if (format === 'eml') return await readMessage(name, bytes, ctx);
    if (Date.now() > ctx.deadline) throw new DeadlineError(ctx.options.timeoutMs);
    const articles = await withDeadline(
      readSingle(name, bytes, format, ctx),
      ctx.deadline - Date.now(),
      ctx.options.timeoutMs,
    );
    return [entryOf(name, articles)];
  } catch (e) {
    // Out of time inside an archive: the whole document fails with one line, not every file after this one.
    if (e instanceof DeadlineError && ctx.depth > 0) throw e;
    return [{ name, articles: [], error: errorMessage(e, name, ctx.options.timeoutMs) }];
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
    timeoutMs: options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : READ_TIME_LIMIT_MS,
  };
  const ctx = { options: opts, depth: 0, budget: { left: opts.maxBytes * 4 }, deadline: Date.now() + opts.timeoutMs };
  try {
    return await readEntries(file, ctx);
  } catch (e) {
    const name = file?.name || 'unnamed';
    return [{ name, articles: [], error: errorMessage(e, name, opts.timeoutMs) }];
  }
}
