/**
 * Plain text and Markdown readers. A text of more than a few megabytes is read slice by slice (normalise.ts) and
 * goes straight to parts (split-into-parts.ts): its header and title from the start, its paragraphs built across
 * slices, and never several copies of the whole text at once.
 */
import type { MetaField } from '../../shared/model';
import type { IngestedArticle } from './types';
import { finishArticle, type ArticleDraft } from './article';
import { parseDateValue } from './dates';
import type { ArticleEncoding } from '../../shared/model';
import { decodeTextInPieces, decodeTextOrThrow, encodingWarnings, IngestError, type DecodedText } from './decode-text';
import {
  cleanInline,
  normaliseBody,
  normaliseInSlices,
  paragraphsFromPlainText,
  plainParagraphs,
  type NormalSlice,
} from './normalise';
import { finishInParts } from './split-into-parts';
import { readHeaderLines } from './header-lines';

type Meta = Omit<ArticleDraft, 'body'> & { origins: Partial<Record<MetaField, string>>; warnings: string[] };

const HEADER_KEYS: Record<string, MetaField> = {
  title: 'title',
  headline: 'title',
  subject: 'title',
  date: 'date',
  published: 'date',
  'publication date': 'date',
  dated: 'date',
  source: 'source',
  outlet: 'source',
  publication: 'source',
  publisher: 'source',
  newspaper: 'source',
  author: 'byline',
  authors: 'byline',
  by: 'byline',
  byline: 'byline',
  url: 'url',
  link: 'url',
  language: 'language',
  lang: 'language',
};

function setField(meta: Meta, field: MetaField, value: string, origin: string): void {
  const v = cleanInline(value).replace(/^["']|["']$/g, '');
  if (!v || meta[field]) return;
  if (field === 'date') {
    const d = parseDateValue(v);
    if (!d) {
      meta.warnings.push(`unreadable date "${v.slice(0, 40)}"`);
      return;
    }
    meta.date = d;
  } else {
    meta[field] = v;
  }
  meta.origins[field] = origin;
}

/**
 * Strip a header from the top of plain text and return the rest. Recognised forms:
 *  - the monitoring-export line `date 2024-05-16 Outlet Name - First sentence of the story…`
 *  - a block of `Key: value` lines (Title, Date, Source, Author, URL, Language) ended by a blank line
 *  - a short title line followed by a blank line, optionally followed by a `By …` line.
 */
function takeTextHeader(text: string, meta: Meta): string {
  let rest = text.replace(/^\s+/, '');
  const firstLine = rest.split('\n', 1)[0] ?? '';
  const seed = /^date[:\s]\s*(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\s+(.{1,100}?)\s+[-–—]\s+(\S.*)$/i.exec(
    firstLine,
  );
  if (seed && seed[1] && seed[2] && seed[3] !== undefined) {
    setField(meta, 'date', seed[1], 'text header');
    setField(meta, 'source', seed[2], 'text header');
    // What follows the outlet is either the story's first sentence or, on a line of its own, a headline.
    return takeTitleAndByline(seed[3] + rest.slice(firstLine.length), meta);
  }
  // Key: value block.
  const lines = rest.split('\n');
  let i = 0;
  let recognised = 0;
  const found: [MetaField, string][] = [];
  for (; i < lines.length && i < 12; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') break;
    const kv = /^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.+)$/.exec(line);
    const field = kv && kv[1] ? HEADER_KEYS[kv[1].toLowerCase()] : undefined;
    if (!kv || !field || !kv[2]) break;
    found.push([field, kv[2]]);
    recognised++;
  }
  if (recognised > 0 && (lines[i] ?? '').trim() === '' && i < lines.length) {
    for (const [f, v] of found) setField(meta, f, v, 'text header');
    rest = lines.slice(i).join('\n').replace(/^\s+/, '');
  }
  return takeTitleAndByline(rest, meta);
}

function takeTitleAndByline(text: string, meta: Meta): string {
  let rest = text;
  // A headline with byline / date / outlet lines under it, separated by single line breaks.
  const top = rest.split('\n', 8);
  const header = top.length > 1 ? readHeaderLines(top, !!meta.title) : null;
  if (header && header.consumed < top.length && (header.title || meta.title)) {
    if (header.title) setField(meta, 'title', header.title, 'text title line');
    if (header.byline) setField(meta, 'byline', header.byline, 'text byline');
    if (header.date) setField(meta, 'date', header.date, 'text date line');
    if (header.source) setField(meta, 'source', header.source, 'text outlet line');
    if (header.modified && !meta.date) {
      setField(meta, 'date', header.modified, 'text update line');
      meta.warnings.push('only a modification date found');
    }
    let cut = 0;
    for (let k = 0; k < header.consumed; k++) cut = rest.indexOf('\n', cut) + 1;
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  // Title line: short, followed by a blank line, not ending like a sentence.
  if (!meta.title) {
    const m = /^([^\n]{3,160})\n[ \t]*\n/.exec(rest);
    if (m && m[1] && !/[.,;:…]$/.test(m[1].trim().replace(/["”’»)\]]+$/, '')) && rest.length > m[0].length + 20) {
      setField(meta, 'title', m[1], 'text title line');
      rest = rest.slice(m[0].length);
    }
  }
  // Byline, date and outlet lines under a title that stood on its own.
  if (meta.title) {
    const lines = rest.split('\n', 7);
    const more = readHeaderLines(lines, true);
    if (more && more.consumed < lines.length) {
      if (more.byline) setField(meta, 'byline', more.byline, 'text byline');
      if (more.date) setField(meta, 'date', more.date, 'text date line');
      if (more.source) setField(meta, 'source', more.source, 'text outlet line');
      let cut = 0;
      for (let k = 0; k < more.consumed; k++) cut = rest.indexOf('\n', cut) + 1;
      rest = rest.slice(cut).replace(/^\s+/, '');
    }
  }
  // A "By Name" line (optionally with date) just after the title.
  const by = /^by\s+([^\n]{2,100})\n/i.exec(rest);
  if (by && by[1] && !meta.byline && /^[\p{Lu}]/u.test(by[1])) {
    const dateInBy = /[,|–—-]\s*(.+)$/.exec(by[1]);
    const d = dateInBy?.[1] ? parseDateValue(dateInBy[1]) : null;
    if (d && !meta.date) {
      meta.date = d;
      meta.origins.date = 'text byline';
      setField(meta, 'byline', by[1].slice(0, dateInBy?.index ?? by[1].length), 'text byline');
    } else setField(meta, 'byline', by[1], 'text byline');
    rest = rest.slice(by[0].length);
  }
  return rest;
}

function emptyMeta(): Meta {
  return { origins: {}, warnings: [] };
}

/**
 * Some exports glue sentences together ("…RT reported.The leaders…"), which merges sentences downstream. Insert
 * the missing space where a lower-case word ends a sentence and a capitalised word starts right after it.
 */
export function fixGluedSentences(text: string): { text: string; count: number } {
  // A quick look for a sentence end followed straight by a capital first: most texts have none.
  if (!/[.!?]["”’]?["“‘]?\p{Lu}/u.test(text)) return { text, count: 0 };
  let count = 0;
  const fixed = text.replace(/(\p{Ll}{2}["”’]?[.!?]["”’]?)(?=["“‘]?\p{Lu}\p{Ll})/gu, (m) => {
    count++;
    return m + ' ';
  });
  return { text: fixed, count };
}

const EXPORT_HEADER_LINE = /^date[:\s]\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\s+.{1,100}?\s+[-–—]\s+\S/i;

function readTextArticle(name: string, text: string, warnings: string[]): IngestedArticle {
  const meta = emptyMeta();
  meta.warnings.push(...warnings);
  const rest = takeTextHeader(text, meta);
  const glued = fixGluedSentences(paragraphsFromPlainText(rest));
  if (glued.count > 0) meta.warnings.push(`added ${glued.count} missing space(s) between sentences`);
  return finishArticle({ ...meta, body: glued.text }, { fileName: name, format: 'txt' });
}

/** Texts longer than this (in characters) are read as a long document. */
const LONG_TEXT_CHARS = 2 * 1024 * 1024;

/** The text in normalised slices; a long file is decoded a piece at a time, never into one string. */
function decodeInSlices(bytes: Uint8Array, charset: Charset): { slices: NormalSlice[]; warnings: string[] } {
  if (bytes.length > LONG_TEXT_CHARS) {
    const { pieces, decoded } = decodeTextInPieces(bytes, charset.forced);
    charset.read = legacyCharset(decoded);
    return { slices: normaliseInSlices(pieces), warnings: encodingWarnings(decoded) };
  }
  const decoded = decodeTextOrThrow(bytes, charset.forced);
  charset.read = legacyCharset(decoded);
  return { slices: normaliseInSlices(decoded.text), warnings: encodingWarnings(decoded) };
}

/** The charset asked for (re-reading with a chosen encoding) and the one the text was read in. */
interface Charset {
  forced?: string;
  read?: ArticleEncoding;
}

/** What an article records of its charset: only a legacy one (UTF-8/16/32 need no re-reading). */
export function legacyCharset(
  d: Pick<DecodedText, 'encoding' | 'confidence' | 'alternatives'>,
): ArticleEncoding | undefined {
  if (/^utf-/.test(d.encoding)) return undefined;
  return { name: d.encoding, confidence: d.confidence, alternatives: d.alternatives };
}

function withCharset<T extends IngestedArticle>(articles: T[], charset: Charset): T[] {
  if (charset.read) for (const a of articles) a.encoding = charset.read;
  return articles;
}

const joined = (slices: NormalSlice[]): string =>
  slices.map((s, i) => (i === 0 ? s.text : `${s.breaks >= 2 ? '\n\n' : '\n'}${s.text}`)).join('');

/** A long text as parts: header and title from its start, glued sentences fixed paragraph by paragraph. */
function readLongText(name: string, slices: NormalSlice[], warnings: string[]): IngestedArticle[] {
  const meta = emptyMeta();
  meta.warnings.push(...warnings);
  slices[0] = { text: takeTextHeader(slices[0]!.text, meta), breaks: 0 };
  let glued = 0;
  const paras = plainParagraphs(slices).map((p) => {
    const fixed = fixGluedSentences(p);
    glued += fixed.count;
    return fixed.text;
  });
  slices.length = 0;
  if (glued > 0) meta.warnings.push(`added ${glued} missing space(s) between sentences`);
  return finishInParts(meta, paras, { fileName: name, format: 'txt' });
}

/**
 * Read a text file. A monitoring export with several `date YYYY-MM-DD Outlet - …` header lines gives one article
 * per header; any other text is one article (in parts when it is long).
 */
export function readPlainText(name: string, bytes: Uint8Array, encoding?: string): IngestedArticle[] {
  const charset: Charset = encoding ? { forced: encoding } : {};
  return withCharset(readPlainTextAs(name, bytes, charset), charset);
}

function readPlainTextAs(name: string, bytes: Uint8Array, charset: Charset): IngestedArticle[] {
  const { slices, warnings } = decodeInSlices(bytes, charset);
  if (slices.length === 0) throw new IngestError('no text found (only whitespace)');
  const chars = slices.reduce((n, s) => n + s.text.length, 0);
  const firstLine = slices[0]!.text.split('\n', 1)[0] ?? '';
  if (chars > LONG_TEXT_CHARS && !EXPORT_HEADER_LINE.test(firstLine)) return readLongText(name, slices, warnings);
  const clean = joined(slices);
  slices.length = 0;
  const lines = clean.split('\n');
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (EXPORT_HEADER_LINE.test(l)) starts.push(i);
  });
  if (starts.length < 2 || starts[0] !== 0) return [readTextArticle(name, clean, warnings)];
  const out: IngestedArticle[] = [];
  const skipped: string[] = [];
  starts.forEach((start, k) => {
    const chunk = lines.slice(start, starts[k + 1] ?? lines.length).join('\n');
    try {
      out.push(readTextArticle(name, chunk, warnings));
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      skipped.push(`article ${k + 1}: ${e.message}`);
    }
  });
  if (out.length === 0) throw new IngestError('no text found');
  if (skipped.length > 0) out[0]!.warnings.push(`${skipped.length} article(s) skipped (${skipped[0]})`);
  return out;
}

/** Read a simple YAML/TOML-ish front matter block: `key: value` lines, quotes stripped. */
function takeFrontMatter(text: string, meta: Meta): string {
  const m = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/.exec(text);
  if (!m || m[2] === undefined) return text;
  for (const line of m[2].split('\n')) {
    const kv = /^\s*([A-Za-z_][\w -]*?)\s*[:=]\s*(.*)$/.exec(line);
    if (!kv || !kv[1] || kv[2] === undefined) continue;
    const key = kv[1].toLowerCase().replace(/_/g, ' ');
    const field = HEADER_KEYS[key] ?? (key === 'site' || key === 'site name' ? 'source' : undefined);
    const value = kv[2]
      .trim()
      .replace(/^\[(.*)\]$/, '$1')
      .replace(/^(["'])(.*)\1$/, '$2');
    if (field && value) setField(meta, field, value, 'markdown front matter');
  }
  return text.slice(m[0].length);
}

/** Remove inline Markdown syntax from one line, keeping the words. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]{0,400}?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]{0,400}?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]{0,400}?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^\n]{0,400}?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

export function readMarkdown(name: string, bytes: Uint8Array, encoding?: string): IngestedArticle {
  const decoded = decodeTextOrThrow(bytes, encoding);
  const { text } = decoded;
  const meta = emptyMeta();
  let rest = takeFrontMatter(normaliseBody(text) + '\n', meta);
  rest = rest.replace(/<!--[\s\S]*?-->/g, '');
  const out: string[] = [];
  let inFence = false;
  const lines = rest.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const next = lines[i + 1] ?? '';
    // Setext heading: "Title" followed by ==== or ----.
    if (raw.trim() && /^\s*(=+|-+)\s*$/.test(next) && !/^\s*[-*]\s/.test(raw)) {
      const h = stripInlineMarkdown(raw.trim());
      if (!meta.title && /^\s*=+/.test(next) && !out.some((l) => l.trim() !== '')) {
        setField(meta, 'title', h, 'markdown heading');
      } else out.push('', h, '');
      i++;
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (atx && atx[1] && atx[2] !== undefined) {
      const h = stripInlineMarkdown(atx[2]);
      if (atx[1].length === 1 && !meta.title && !out.some((l) => l.trim() !== ''))
        setField(meta, 'title', h, 'markdown heading');
      else if (
        atx[1].length === 1 &&
        meta.origins.title === 'markdown front matter' &&
        !out.some((l) => l.trim() !== '') &&
        cleanInline(h) === meta.title
      ) {
        /* the heading repeats the front-matter title */
      } else out.push('', h, '');
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      out.push('');
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) continue; // table rule
    let line = raw.replace(/^\s{0,3}(>\s?)+/, '');
    line = line.replace(/^\s*[*+]\s+/, '- ');
    if (/^\s*\|.*\|\s*$/.test(line))
      line = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim())
        .join(' – ');
    out.push(stripInlineMarkdown(line));
  }
  const bodyText = out.join('\n');
  const draftMeta = { ...meta };
  let body = paragraphsFromPlainText(bodyText);
  // A "By …" / "*By …*" line at the top is a byline.
  const by = /^by\s+([^\n]{2,100})(?:\n\n|$)/i.exec(body);
  if (by && by[1] && !draftMeta.byline) {
    draftMeta.byline = by[1];
    draftMeta.origins.byline = 'markdown byline';
    body = body.slice(by[0].length);
  }
  const article = finishArticle(
    { ...draftMeta, body, warnings: [...(draftMeta.warnings ?? []), ...encodingWarnings(decoded)] },
    { fileName: name, format: 'md' },
  );
  const read = legacyCharset(decoded);
  if (read) article.encoding = read;
  return article;
}
