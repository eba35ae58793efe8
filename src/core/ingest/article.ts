/** Turning what a reader found into a finished IngestedArticle with the shared fallbacks and warnings. */
import type { MetaField } from '../../shared/model';
import type { IngestedArticle } from './types';
import { findDateline, findDateWithIndex, isoDate, parseDateValue, yearFromContext } from './dates';
import { detectLanguage } from './detect-language';
import { cleanInline, normaliseBody } from './normalise';
import { IngestError } from './decode-text';
import { readHeaderLines } from './header-lines';

export interface ArticleDraft {
  title?: string | null;
  date?: string | null;
  source?: string | null;
  byline?: string | null;
  url?: string | null;
  language?: string | null;
  body: string;
  origins?: Partial<Record<MetaField, string>>;
  warnings?: string[];
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st sen rep gov gen col lt sgt capt maj adm jr sr inc ltd co corp no vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e m mme mlle hr fr dir pres'.split(
    ' ',
  ),
);

/** True when the word that ends `before` (the text just ahead of a full stop) is an abbreviation or an initial. */
export function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** The first sentence of a text (for a title when the document has none), at most `max` characters. */
export function firstSentence(text: string, max = 200): string {
  const para = (text.slice(0, 4000).split('\n')[0] ?? '').trim();
  const re = /[.!?…]["”’»)]*(?=\s+["“‘«(]?[\p{Lu}\d]|\s*$)/gu;
  let m: RegExpExecArray | null;
  let end = para.length;
  while ((m = re.exec(para))) {
    if (m[0].startsWith('.') && endsWithAbbreviation(para.slice(0, m.index))) continue;
    end = m.index + m[0].length;
    break;
  }
  const s = para.slice(0, end).trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[,;:\s]+$/, '') + '…';
}

export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  const t = cleanInline(stem.replace(/[_]+/g, ' ').replace(/\s*-\s*/g, ' - '));
  return t || base || 'Untitled';
}

/** "en-GB" → "en"; anything that is not a language tag → null. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\s*$/.exec(tag);
  return m && m[1] ? m[1].toLowerCase() : null;
}

function cleanMeta(v: string | null | undefined, max = 300): string | null {
  if (v == null) return null;
  const t = cleanInline(v.normalize('NFC'));
  if (!t) return null;
  return t.length > max ? t.slice(0, max).trimEnd() + '…' : t;
}

export interface FinishContext {
  fileName: string;
  format: string;
}

/**
 * Apply the shared rules: NFC body with normalised paragraphs, title fallback (first sentence, then file name),
 * dateline search when no metadata date, language detection, and the "no publication date found" warning.
 * Throws IngestError when there is no text at all.
 */
export function finishArticle(draft: ArticleDraft, ctx: FinishContext): IngestedArticle {
  let body = normaliseBody(draft.body);
  if (!body) throw new IngestError('no text found');
  const origins: Partial<Record<MetaField, string>> = { ...(draft.origins ?? {}) };
  const warnings = [...(draft.warnings ?? [])];

  // Short paragraphs at the top that are a headline, byline, date or outlet line are metadata, not text.
  let headerTitle: string | null = null;
  let headerSource: string | null = null;
  let headerModified: string | null = null;
  let textByline: string | null = null;
  let bylineDate: string | null = null;
  let bylineDateOrigin = 'byline in text';
  {
    const paras = body.split('\n\n', 7);
    const lines: string[] = [];
    for (const p of paras) {
      if (p.includes('\n') || p.length > 200) break;
      lines.push(p);
    }
    const header = lines.length > 0 ? readHeaderLines(lines, !!cleanMeta(draft.title)) : null;
    if (header && header.consumed < paras.length) {
      headerTitle = header.title ?? null;
      textByline = header.byline ?? null;
      bylineDate = header.date ?? null;
      bylineDateOrigin = 'date line in text';
      headerSource = header.source ?? null;
      headerModified = header.modified ?? null;
      body = body.split('\n\n').slice(header.consumed).join('\n\n');
    }
  }
  const by = textByline ? null : /^[Bb]y\s+(\p{Lu}[^\n]{1,120})(?:\n\n|$)/u.exec(body);
  if (by && by[1] && by[0].length < body.length && !/[.!?]$/.test(by[1].trim())) {
    const line = cleanInline(by[1]);
    const found = findDateWithIndex(line);
    bylineDate = found?.date ?? null;
    textByline = (line.split(/\s*[|•·]\s*|\s+[-–—]\s+|,\s*(?=[^,]*\d)/)[0] ?? '').trim() || null;
    body = body.slice(by[0].length);
  }
  let date = draft.date ? parseDateValue(draft.date) : null;
  if (!date) delete origins.date;
  if (!date && bylineDate) {
    date = bylineDate;
    origins.date = bylineDateOrigin;
  }
  let source = cleanMeta(draft.source, 200);
  if (!source) delete origins.source;
  if (!source && headerSource) {
    source = headerSource;
    origins.source = 'outlet line in text';
  }
  if (!date || !source) {
    const dl = findDateline(body);
    if (dl) {
      if (!date && dl.date) {
        date = dl.date;
        origins.date = dl.how;
      }
      // A paragraph that only says when the story was published is metadata, not text.
      if (dl.line && dl.date) {
        const paras = body.split('\n\n');
        const i = paras.findIndex((p) => p.trim() === dl.line);
        if (i >= 0 && i < 4 && paras.length > 1) {
          paras.splice(i, 1);
          body = paras.join('\n\n');
        }
      }
      if (!source && dl.source) {
        source = dl.source;
        origins.source = dl.how;
      }
      if (!date && dl.monthDay) {
        const year = yearFromContext(ctx.fileName, body.slice(0, 3000), draft.title ?? '');
        const d = year ? isoDate(year, dl.monthDay.month, dl.monthDay.day) : null;
        if (d) {
          date = d;
          origins.date = 'dateline (year from context)';
        }
      }
      if (!date && dl.note) warnings.push(dl.note);
    }
  }
  if (!date && headerModified) {
    date = headerModified;
    origins.date = 'update line in text';
    warnings.push('only a modification date found');
  }
  if (!date) warnings.push('no publication date found');

  let title = cleanMeta(draft.title, 500);
  if (!title && headerTitle) {
    title = cleanMeta(headerTitle, 500);
    origins.title = 'headline line in text';
  }
  if (!title) {
    delete origins.title;
    const fs = firstSentence(body);
    if (fs && /\p{L}{2}/u.test(fs)) {
      title = fs;
      origins.title = 'first sentence';
    } else {
      title = titleFromFileName(ctx.fileName);
      origins.title = 'file name';
    }
  }

  let byline = cleanMeta(draft.byline, 200);
  if (!byline) delete origins.byline;
  if (!byline && textByline) {
    byline = textByline;
    origins.byline = 'byline in text';
  }
  const url = cleanMeta(draft.url, 2000);
  if (!url) delete origins.url;

  let language = normaliseLanguageTag(draft.language);
  if (!language) {
    delete origins.language;
    // A slice first: detection reads only the start, and concatenating a long body would copy all of it.
    language = detectLanguage(title + '\n' + body.slice(0, 20_000));
    if (language) origins.language = 'detected from text';
  }

  return {
    title,
    date,
    source,
    byline,
    url,
    language,
    body,
    format: ctx.format,
    origins,
    warnings: [...new Set(warnings)],
  };
}
