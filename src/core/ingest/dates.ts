/**
 * Date parsing for metadata values and in-text datelines. Output is always ISO YYYY-MM-DD or null. Strict rules
 * first (ISO, RFC 2822, PDF, numeric and written-out dates in several languages); chrono-node for the English
 * forms they miss ("Tuesday 4th of March, 2025"), accepted only when it read the year, month and day from the
 * text itself: a date is never completed from today.
 */
import * as chrono from 'chrono-node';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, fr, de, es, it, pt, nl (full and short forms)
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jän', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  [
    'february',
    'feb',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'februar',
    'febrero',
    'febbraio',
    'fevereiro',
    'fev',
    'februari',
  ],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'mär', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  [
    'december',
    'dec',
    'décembre',
    'decembre',
    'déc',
    'dezember',
    'dez',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
    'december',
  ],
];
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});

const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace('.', '\\.'))
  .join('|');

/** Month names with only the first letter case-free, for case-sensitive dateline patterns. */
const MONTH_RE_CAP = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => `[${m.charAt(0).toUpperCase()}${m.charAt(0)}]${m.slice(1)}`)
  .join('|');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Build an ISO date when the parts are a real calendar date in a plausible range. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? null;
}

/**
 * Parse a metadata date value: ISO (with or without time), RFC 2822, PDF `D:YYYYMMDD…`, `16 May 2024`,
 * `May 16, 2024`, `16.05.2024`, `2024/05/16`, `20240516`. The calendar day is taken as written (no time-zone
 * shift), which is what a newsroom means by the date of an article.
 */
export function parseDateValue(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  let m = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_]|\d{2}|[+-Z])/i.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(s);
  if (m) {
    // Day first (European) unless that is impossible and month-first is possible.
    const a = Number(m[1]);
    const b = Number(m[2]);
    return isoDate(Number(m[3]), b, a) ?? isoDate(Number(m[3]), a, b);
  }
  return findDateInText(s, { anywhere: true });
}

export interface TextDate {
  date: string;
  index: number;
  length: number;
}

/** Find the first written-out date in a piece of text (e.g. "16 May 2024", "May 16, 2024", "16. Mai 2024"). */
export function findDateWithIndex(text: string): TextDate | null {
  const dayMonthYear = new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?(${MONTH_RE})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`,
    'i',
  );
  const monthDayYear = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/;
  const candidates: TextDate[] = [];
  let m = dayMonthYear.exec(text);
  if (m && m[1] && m[2] && m[3]) {
    const month = monthNumber(m[2]);
    const d = month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
    if (d) candidates.push({ date: d, index: m.index, length: m[0].length });
  }
  m = monthDayYear.exec(text);
  if (m && m[1] && m[2] && m[3]) {
    const month = monthNumber(m[1]);
    const d = month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
    if (d) candidates.push({ date: d, index: m.index, length: m[0].length });
  }
  m = iso.exec(text);
  if (m) {
    const d = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) candidates.push({ date: d, index: m.index, length: m[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? (text.length <= 300 ? chronoDate(text) : null);
}

/** A date chrono-node reads in English text, only when year, month and day are all written there. */
export function chronoDate(text: string): TextDate | null {
  // The reference date is far from any news date, and results that borrowed from it are refused anyway.
  for (const r of chrono.en.strict.parse(text, new Date(Date.UTC(1900, 0, 1)))) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const d = isoDate(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
    if (d) return { date: d, index: r.index, length: r.text.length };
  }
  return null;
}

export function findDateInText(text: string, _opts: { anywhere?: boolean } = {}): string | null {
  return findDateWithIndex(text)?.date ?? null;
}

export interface Dateline {
  date: string | null;
  source: string | null;
  /** Why there is no date although a dateline was found (e.g. no year). */
  note?: string;
  how: string;
  /** The whole line that carried the date, when it says nothing else ("Published 16 May 2024"). */
  line?: string;
  /** Month and day of a dateline without a year, for a year found in context. */
  monthDay?: { month: number; day: number };
}

/**
 * The year a dateline without one ("GENEVA, March 3 (Harbour Wire) –") belongs to: the one year the file name, or
 * else the text around it, names (1990–2099). Several different years, or none, give null: no guessing.
 */
export function yearFromContext(...texts: string[]): number | null {
  for (const t of texts) {
    const years = new Set((t.match(/(?<![\d.,])(?:19[9]\d|20\d\d)(?![\d.,]\d)/g) ?? []).map(Number));
    if (years.size === 1) return [...years][0]!;
    if (years.size > 1) return null;
  }
  return null;
}

const AGENCY_RE = /\((Reuters|AP|AFP|dpa|Bloomberg|UPI|ANSA|EFE|Xinhua|TASS|Interfax|[A-Z][A-Za-z&. ]{1,30})\)/;

/** A dateline's date (or, without a year, its month and day to be dated from context) and its agency. */
function datelineOf(monthName: string, day: string, year: string | undefined, agencyText: string | undefined) {
  const month = monthNumber(monthName);
  if (!month) return null;
  const agency = agencyText ? (AGENCY_RE.exec(agencyText)?.[1]?.trim() ?? null) : null;
  const d = year ? isoDate(Number(year), month, Number(day)) : null;
  if (d) return { date: d, source: agency, how: 'dateline' } satisfies Dateline;
  return {
    date: null,
    source: agency,
    note: 'dateline has no year',
    how: 'dateline',
    monthDay: { month, day: Number(day) },
  } satisfies Dateline;
}

/**
 * Look for a dateline or a "Published …" line near the top of a body: `BEIJING, May 16 (Reuters) -`,
 * `LONDON, 16 May 2024 (AFP) —`, `Published 16 May 2024`, `Updated: May 16, 2024`, or a bare date on its own line.
 * Only the first ~600 characters are searched so a date quoted later in the story is not taken for the date of
 * the article.
 */
export function findDateline(body: string): Dateline | null {
  const head = body.slice(0, 600);
  const city = "[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z. ]{1,30})?";
  const dl = new RegExp(
    `^\\s*(${city}),?\\s+(?:[A-Z][a-z]+day,?\\s+)?(${MONTH_RE_CAP})\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(\\([^)]{1,40}\\))?\\s*[-–—:]`,
    'm',
  ).exec(head);
  // "CITY, May 16 (Agency) -": month before the day.
  if (dl && dl[2] && dl[3]) {
    const found = datelineOf(dl[2], dl[3], dl[4], dl[5]);
    if (found) return found;
  }
  const dl2 = new RegExp(
    `^\\s*(${city}),?\\s+(\\d{1,2})\\.?\\s+(${MONTH_RE_CAP})\\.?(?:\\s+(\\d{4}))?\\s*(\\([^)]{1,40}\\))?\\s*[-–—:]`,
    'm',
  ).exec(head);
  // "CITY, 16 May 2024 (Agency) —": day before the month.
  if (dl2 && dl2[2] && dl2[3]) {
    const found = datelineOf(dl2[3], dl2[2], dl2[4], dl2[5]);
    if (found) return found;
  }
  // A clipping-service header line: "The Calloway Courier · Monday, 27 January 2025 · Page 14".
  for (const line of head.split('\n').slice(0, 3)) {
    const t = line.trim();
    if (t.length > 140 || !/\s[·|•]\s|\s[-–—]\s/.test(t)) continue;
    const found = findDateWithIndex(t);
    if (!found) continue;
    const segments = t
      .split(/\s+[·|•]\s+|\s+[-–—]\s+/)
      .map((x) => x.trim())
      .filter(Boolean);
    let source: string | null = null;
    let ok = true;
    for (const seg of segments) {
      if (findDateWithIndex(seg)) continue;
      if (
        /^(?:[A-Za-z]+day,?|(?:page|p\.|seite|s\.|pg\.?)\s*[A-Z]?\d{1,4}|(?:edition|ausgabe|édition)\b.*|[A-Z]?\d{1,4})$/i.test(
          seg,
        )
      )
        continue;
      if (!source && seg.length <= 60 && /^\p{Lu}/u.test(seg) && !/\d/.test(seg) && !/[.!?]$/.test(seg)) {
        source = seg;
        continue;
      }
      ok = false;
      break;
    }
    if (ok) return { date: found.date, source, how: 'dateline', line: t };
  }
  const published =
    /^\s*(?:published|posted|updated|last updated|date|publié le|veröffentlicht|publicado|pubblicato)\s*(?:on|at|le|am)?\s*:?\s*(.{6,60})$/im.exec(
      head,
    );
  if (published && published[1]) {
    const d = parseDateValue(published[1]);
    if (d) return { date: d, source: null, how: 'dateline', line: published[0].trim() };
  }
  // A line that is nothing but a date (optionally with a weekday or time) near the top.
  for (const line of head.split('\n').slice(0, 8)) {
    const t = line.trim();
    if (t.length > 0 && t.length <= 48) {
      const found = findDateWithIndex(t);
      if (!found) continue;
      const before = t.slice(0, found.index).replace(/^[\p{Lu}][\p{L}'’ -]{1,30},/u, '');
      const rest = (before + ' ' + t.slice(found.index + found.length)).replace(
        /\b[A-Za-z]+day\b|\b\d{1,2}[:.]\d{2}\b|\b(?:am|pm|UTC|GMT|CET|CEST|EST|EDT|BST)\b|[\s,.|–—-]/gi,
        '',
      );
      if (rest === '') return { date: found.date, source: null, how: 'dateline', line: t };
    }
  }
  return null;
}
