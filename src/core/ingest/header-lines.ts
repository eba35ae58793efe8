/**
 * The short lines at the top of a story that are metadata, not text: a headline followed by any of a byline
 * ("By Mara Quell", "By Mara Quell | 3 March 2025"), a date line ("3 March 2025 14:20 GMT", "Published 12 May
 * 2025", "Updated: …"), an outlet with its date ("Harbour Wire, 14 February 2025", "Harbour Wire · Monday, 3 March
 * 2025"). Every line must be recognised in full; the first line that is not ends the header. Shared by the text,
 * Markdown, Word and PDF readers (through finishArticle).
 */
import { findDateWithIndex } from './dates';
import { cleanInline } from './normalise';

export interface HeaderLines {
  title?: string;
  byline?: string;
  /** Publication date (ISO); a date only labelled "Updated" goes to `modified`. */
  date?: string;
  modified?: string;
  source?: string;
  /** How many of the given lines the header used. */
  consumed: number;
}

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const TIME = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b\d{1,2}\s*(?:am|pm)\b/gi;
const ZONE =
  /\b(?:UTC|GMT|CET|CEST|EET|EEST|BST|EST|EDT|CST|CDT|PST|PDT|JST|KST|IST)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b/g;
const DATE_LABEL =
  /^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|modified|date|dated|filed|issued|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)(?!\p{L})\s*(?:on|at|le|am|el|il)?\s*[:\-–—]?\s*/iu;
const UPDATE_LABEL = /updated|modified|mis à jour|aktualisiert|actualizado|aggiornato/i;
/** Words that make a name an outlet's rather than a place's ("Caldora, 20. November 2024" is a place). */
const OUTLET_WORD =
  /\b(?:wire|news|times|daily|post|herald|courier|service|broadcast|ledger|gazette|tribune|journal|review|press|agency|radio|tv|online|today|observer|chronicle|report|bulletin|digest|monitor|standard|telegraph|express|mail|star|sun|weekly|magazine|network|media|dispatch|record|sentinel|examiner|register|zeitung|journal|le|la|el|il|der|die)\b/i;
const ROLE =
  /\b(?:correspondent|reporter|editor|writer|staff|contributor|analyst|bureau|chief|senior|political|columnist|in)\b/i;
const SEPARATORS = /\s*[|•·]\s*|\s+[-–—]\s+/;

/** Capitalised words without digits or sentence punctuation: the shape of an outlet's or a person's name. */
function looksLikeName(s: string, maxWords: number): boolean {
  const t = s.trim();
  if (!t || t.length > 60 || /\d/.test(t) || /[.!?;:"“”]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > maxWords) return false;
  return /^\p{Lu}/u.test(t) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(words.length / 2);
}

/** What is left of a piece of text once a date, weekdays, times, zones and punctuation are taken out. */
function leftover(s: string): string {
  return s
    .replace(WEEKDAY, '')
    .replace(TIME, '')
    .replace(ZONE, '')
    .replace(/\b(?:at|on|the|of)\b/gi, '')
    .replace(/[\s,.|·•()–—-]+/g, '');
}

interface DateLine {
  date: string;
  modified: boolean;
  source?: string;
}

/** A line that is a date, maybe labelled, maybe with an outlet before or after it. */
export function readDateLine(line: string): DateLine | null {
  let t = cleanInline(line);
  if (t.length > 120) return null;
  const label = DATE_LABEL.exec(t);
  const modified = !!label && UPDATE_LABEL.test(label[0]);
  if (label) t = t.slice(label[0].length);
  const found = findDateWithIndex(t);
  if (!found) return null;
  const before = t.slice(0, found.index);
  const after = t.slice(found.index + found.length);
  if (leftover(before) === '' && leftover(after) === '') return { date: found.date, modified };
  if (label) return null;
  // "Harbour Wire, 14 February 2025" or "14 February 2025 | Harbour Wire": one outlet-like segment, the rest time.
  const segs = [before, after].map((x) => x.replace(WEEKDAY, '').replace(/^[\s,|·•–—-]+|[\s,|·•–—-]+$/g, ''));
  const named = segs.filter((x) => leftover(x) !== '');
  if (named.length !== 1) return null;
  const src = named[0]!.split(SEPARATORS).filter((x) => leftover(x) !== '');
  const name = src[0]?.trim() ?? '';
  if (src.length !== 1 || !looksLikeName(name, 6) || /^by\s/i.test(name)) return null;
  // One word without a newsroom word is the place the story was filed from, not the outlet.
  if (!/\s/.test(name) && !OUTLET_WORD.test(name)) return { date: found.date, modified: false };
  return { date: found.date, modified: false, source: name };
}

/** "Updated 2021-08-27 · Published 27 August 2020": several dated segments on one line, the publication first. */
function readDateSegments(line: string): DateLine | null {
  const segs = cleanInline(line).split(SEPARATORS);
  if (segs.length < 2) return null;
  const dates = segs.map((x) => readDateLine(x));
  if (dates.some((d) => !d)) return null;
  const published = dates.find((d) => d && !d.modified);
  return published ?? dates[0]!;
}

/** A "By …" line: the name, and the date or outlet it may carry. */
export function readBylineLine(line: string): { byline: string; date?: string; source?: string } | null {
  const m = /^(?:by|written by|words by)[:\s]+(\p{Lu}.{1,150})$/iu.exec(cleanInline(line));
  if (!m || !m[1]) return null;
  const segs = m[1].split(SEPARATORS).map((s) => s.trim());
  let name = segs.shift() ?? '';
  // "By Ines Oltra 3 March 2025": a date straight after the name, without a separator.
  const inName = findDateWithIndex(name);
  if (inName && inName.index > 0) {
    segs.unshift(name.slice(inName.index));
    name = name.slice(0, inName.index).replace(/[\s,]+$/, '');
  }
  let date: string | undefined;
  let source: string | undefined;
  const comma = name.indexOf(', ');
  if (comma > 0) {
    segs.unshift(name.slice(comma + 2));
    name = name.slice(0, comma);
  }
  for (const seg of segs) {
    const d = readDateLine(seg);
    if (d && !date) {
      date = d.date;
      if (d.source && !source) source = d.source;
    } else if (!source && looksLikeName(seg, 6) && !ROLE.test(seg)) source = seg;
    else if (!ROLE.test(seg)) return null;
  }
  if (!looksLikeName(name.replace(/\s+(?:and|&)\s+/g, ' '), 8)) return null;
  return { byline: name, date, source };
}

/**
 * Read a header from the first lines. With `hasTitle` false the first line may be the headline, taken only when
 * a byline or date line follows it. Returns null when nothing at the top is a header.
 */
export function readHeaderLines(lines: string[], hasTitle: boolean): HeaderLines | null {
  const out: HeaderLines = { consumed: 0 };
  let i = 0;
  let metaLines = 0;
  let candidateTitle: string | undefined;
  const first = cleanInline(lines[0] ?? '');
  if (
    !hasTitle &&
    first.length >= 3 &&
    first.length <= 200 &&
    /\p{L}{2}/u.test(first) &&
    !/[.,;:]$/.test(first.replace(/["”’»)\]]+$/, '')) &&
    !readBylineLine(first) &&
    !readDateLine(first)
  ) {
    candidateTitle = first;
    i = 1;
  }
  for (; i < lines.length && i < 6; i++) {
    const line = cleanInline(lines[i] ?? '');
    if (!line) break;
    const by = readBylineLine(line);
    if (by) {
      if (out.byline) break;
      out.byline = by.byline;
      if (by.date && !out.date) out.date = by.date;
      if (by.source && !out.source) out.source = by.source;
      metaLines++;
      continue;
    }
    const d = readDateLine(line) ?? readDateSegments(line);
    if (d) {
      if (d.modified) out.modified ??= d.date;
      else if (!out.date) out.date = d.date;
      if (d.source && !out.source) out.source = d.source;
      metaLines++;
      continue;
    }
    break;
  }
  if (metaLines === 0) return null;
  if (candidateTitle) out.title = candidateTitle;
  out.consumed = i;
  return out;
}

const SITE_SEPARATOR = /\s+[|–—•·]\s+|\s+-\s+/;

/** "Headline | Site Name" → { headline, site }; a title without a site-like tail → { headline: title }. */
export function splitSiteSuffix(title: string): { headline: string; site: string | null } {
  const parts = title.split(SITE_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return { headline: title, site: null };
  const last = parts[parts.length - 1] ?? '';
  const first = parts.slice(0, -1).join(' | ');
  const words = last.split(/\s+/);
  const siteLike =
    last.length >= 2 &&
    last.length <= 40 &&
    words.length <= 5 &&
    !/[.!?]$/.test(last) &&
    /^[\p{Lu}\d]/u.test(last) &&
    first.length >= 15;
  if (!siteLike) return { headline: title, site: null };
  const cut = title.lastIndexOf(last);
  return { headline: title.slice(0, cut).replace(/[\s|–—•·-]+$/, ''), site: last };
}
