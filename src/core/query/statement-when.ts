/**
 * When a statement was said, as the timeline, charts and reports place it: the statement's own date when the
 * text gave one, otherwise its article's (current) date, otherwise none. Also the day span a date covers, so a
 * month-precision date ("2023-11") matches a range that overlaps that month.
 */
import type { StatementWhen } from '../../shared/api';
import type { ArticleMeta, Statement } from '../../shared/model';
import { addDays } from './date-buckets';

export function whenOf(s: Statement, article: ArticleMeta | undefined): StatementWhen {
  if (s.date && s.dateOrigin === 'text')
    return { date: s.date, precision: s.datePrecision ?? 'day', origin: 'statement' };
  // A date copied from the article follows the article: the analyst may have corrected the article's date since.
  if (article?.date) return { date: article.date, precision: 'day', origin: 'article' };
  if (s.date) return { date: s.date, precision: s.datePrecision ?? 'day', origin: 'article' };
  return { date: null, precision: null, origin: null };
}

/** First and last day (YYYY-MM-DD) covered by a date cut to its precision: "2023-11" → 2023-11-01..2023-11-30. */
export function daySpan(date: string, precision: StatementWhen['precision']): [string, string] {
  const [y = '0000', m, d] = date.split('-');
  if (!m) return [`${y}-01-01`, `${y}-12-31`];
  if (!d) return [`${y}-${m}-01`, `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`];
  if (precision === 'week') return [date, addDays(date, 6)];
  return [date, date];
}

/** The day a mark is drawn at: the first day its date covers. */
export function anchorDay(when: StatementWhen): string | null {
  return when.date ? daySpan(when.date, when.precision)[0] : null;
}

/** anchorDay(whenOf(s, article)) without building objects: charts and ordering call it for every statement. */
export function anchorDayOf(s: Statement, article: ArticleMeta | undefined): string | null {
  const own = s.date && s.dateOrigin === 'text' ? s.date : null;
  const date = own ?? article?.date ?? s.date ?? null;
  if (!date) return null;
  return date.length === 10 ? date : daySpan(date, own ? (s.datePrecision ?? 'day') : 'day')[0];
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
