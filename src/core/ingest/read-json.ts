/** JSON and JSON Lines readers: records like { title, text, date, source, url } (common aliases accepted). */
import { parseHTML } from 'linkedom';
import type { MetaField } from '../../shared/model';
import type { IngestedArticle } from './types';
import { finishArticle } from './article';
import { isoDate, parseDateValue } from './dates';
import { decodeTextOrThrow, IngestError } from './decode-text';
import { paragraphsFromPlainText } from './normalise';
import { domToText, type DomDocument } from './read-html';

const MAX_RECORDS = 20000;

const FIELDS: Record<string, string[]> = {
  title: ['title', 'headline', 'name', 'subject'],
  body: [
    'text',
    'body',
    'content',
    'article',
    'full_text',
    'fulltext',
    'articleBody',
    'maintext',
    'description',
    'summary',
  ],
  date: [
    'date',
    'published',
    'publishedAt',
    'published_at',
    'publishDate',
    'publish_date',
    'pubDate',
    'datePublished',
    'date_publish',
    'created',
    'created_at',
    'time',
    'timestamp',
  ],
  source: [
    'source',
    'outlet',
    'publisher',
    'publication',
    'site',
    'site_name',
    'siteName',
    'newspaper',
    'media',
    'feed',
  ],
  byline: ['byline', 'author', 'authors', 'creator', 'writer'],
  url: ['url', 'link', 'href', 'uri', 'canonical_url'],
  language: ['language', 'lang', 'locale'],
};

type Rec = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(str).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : null;
  }
  if (v && typeof v === 'object') {
    const o = v as Rec;
    return str(o['name']) ?? str(o['title']) ?? str(o['id']);
  }
  return null;
}

function field(rec: Rec, key: keyof typeof FIELDS): { value: unknown; name: string } | null {
  const lower = new Map(Object.keys(rec).map((k) => [k.toLowerCase(), k]));
  for (const alias of FIELDS[key] ?? []) {
    const k = lower.get(alias.toLowerCase());
    if (k !== undefined && rec[k] != null && rec[k] !== '') return { value: rec[k], name: k };
  }
  return null;
}

function dateOf(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Epoch seconds or milliseconds.
    const ms = v > 1e11 ? v : v * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return parseDateValue(str(v));
}

function bodyText(raw: string): string {
  if (/<(?:p|div|br|article|h[1-6]|li)\b[^>]*>/i.test(raw)) {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${raw}</body></html>`) as unknown as {
      document: DomDocument;
    };
    return document.body ? domToText(document.body) : raw;
  }
  return paragraphsFromPlainText(raw);
}

function recordToArticle(rec: Rec, name: string, format: 'json' | 'jsonl', where: string): IngestedArticle | null {
  const b = field(rec, 'body');
  const bodyRaw = b ? str(b.value) : null;
  if (!bodyRaw || !bodyRaw.trim()) return null;
  const origins: Partial<Record<MetaField, string>> = {};
  const warnings: string[] = [];
  const get = (k: keyof typeof FIELDS, f: MetaField): string | null => {
    const x = field(rec, k);
    const v = x ? (k === 'date' ? dateOf(x.value) : str(x.value)) : null;
    if (x && v) origins[f] = `${format} field ${x.name}`;
    if (x && !v && k === 'date') warnings.push(`unreadable date in field ${x.name}`);
    return v;
  };
  const article = finishArticle(
    {
      title: get('title', 'title'),
      date: get('date', 'date'),
      source: get('source', 'source'),
      byline: get('byline', 'byline'),
      url: get('url', 'url'),
      language: get('language', 'language'),
      body: bodyText(bodyRaw),
      origins,
      warnings,
    },
    { fileName: name, format },
  );
  void where;
  return article;
}

function recordsOf(data: unknown): Rec[] | null {
  if (Array.isArray(data)) return data.filter((x): x is Rec => !!x && typeof x === 'object' && !Array.isArray(x));
  if (data && typeof data === 'object') {
    const o = data as Rec;
    for (const k of ['articles', 'items', 'data', 'results', 'documents', 'docs', 'records', 'entries', 'stories']) {
      const v = o[k];
      if (Array.isArray(v)) return recordsOf(v);
    }
    return [o];
  }
  return null;
}

export function readJson(name: string, bytes: Uint8Array): IngestedArticle[] {
  const { text } = decodeTextOrThrow(bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // A .json file that is really JSON Lines is common.
    const lines = text.split('\n').filter((l) => l.trim());
    if (lines.length > 1 && lines.every((l) => /^\s*[{[]/.test(l))) return readJsonLines(name, bytes, 'json');
    // Engine messages differ between versions: report a line and column of our own when one is given.
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    if (pos && pos[1]) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      throw new IngestError(`not valid JSON (line ${line}, column ${col})`);
    }
    throw new IngestError(
      /unexpected end/i.test(e instanceof Error ? e.message : '')
        ? 'not valid JSON (ends too early)'
        : 'not valid JSON',
    );
  }
  const recs = recordsOf(data);
  if (!recs || recs.length === 0)
    throw new IngestError('no articles found in JSON (expected objects with a text field)');
  const out: IngestedArticle[] = [];
  let skipped = 0;
  for (let i = 0; i < recs.length && i < MAX_RECORDS; i++) {
    const a = recordToArticle(recs[i]!, name, 'json', `record ${i + 1}`);
    if (a) out.push(a);
    else skipped++;
  }
  if (out.length === 0) throw new IngestError('no articles found in JSON (expected objects with a text field)');
  if (skipped > 0) out[0]!.warnings.push(`${skipped} record(s) without text were skipped`);
  if (recs.length > MAX_RECORDS) out[0]!.warnings.push(`only the first ${MAX_RECORDS} records were read`);
  return out;
}

export function readJsonLines(name: string, bytes: Uint8Array, format: 'json' | 'jsonl' = 'jsonl'): IngestedArticle[] {
  const { text } = decodeTextOrThrow(bytes);
  const out: IngestedArticle[] = [];
  const bad: number[] = [];
  let empty = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && out.length < MAX_RECORDS; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      bad.push(i + 1);
      continue;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      bad.push(i + 1);
      continue;
    }
    try {
      const a = recordToArticle(rec as Rec, name, format === 'json' ? 'json' : 'jsonl', `line ${i + 1}`);
      if (a) out.push(a);
      else empty++;
    } catch {
      empty++;
    }
  }
  if (out.length === 0) {
    if (bad.length > 0) throw new IngestError(`not valid JSON Lines (line ${bad[0]} is not a JSON object)`);
    throw new IngestError('no articles found in JSON Lines (expected objects with a text field)');
  }
  if (bad.length > 0) out[0]!.warnings.push(`${bad.length} line(s) were not valid JSON (first: line ${bad[0]})`);
  if (empty > 0) out[0]!.warnings.push(`${empty} record(s) without text were skipped`);
  return out;
}
