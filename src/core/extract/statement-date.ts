/**
 * When each statement was made: a date expression in the statement's own frame (the words of its
 * sentence outside every statement's content), else the date of the statement it continues, else the
 * article's date.
 *
 *   articleDay           parses the article date ("2024-05-16", an ISO time) to a calendar day
 *   dateAt               one date expression starting at a token: absolute ("3 March 2023", "in November
 *                        2023", "in 2019"), relative to the article ("on Monday", "yesterday", "last week",
 *                        "earlier this month", "two days ago"); never a date after the article's
 *   assignDates          picks, per statement, the expression nearest its cue, and inherits for continuations
 *
 * Dates are ISO strings cut to their precision: "2023-11-05" (day, and week: the Monday), "2023-11", "2023".
 */
import type { Candidate } from './candidate';
import type { Doc } from './doc';
import type { DateWords } from './lexicon/types';
import type { Token } from './tokens';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface StatementDate {
  date: string | null;
  precision?: DatePrecision;
  origin: 'text' | 'article';
}

interface Day {
  y: number;
  m: number; // 0-based
  d: number;
}

interface Found {
  day: Day;
  precision: DatePrecision;
  t0: number;
  t1: number;
}

const DAY_MS = 86_400_000;

export function articleDay(date: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) };
  return valid(day) ? day : null;
}

function valid(x: Day): boolean {
  const t = new Date(Date.UTC(x.y, x.m, x.d));
  return t.getUTCFullYear() === x.y && t.getUTCMonth() === x.m && t.getUTCDate() === x.d;
}

function addDays(x: Day, n: number): Day {
  const t = new Date(Date.UTC(x.y, x.m, x.d) + n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() };
}

/** 0 = Monday. */
function weekday(x: Day): number {
  return (new Date(Date.UTC(x.y, x.m, x.d)).getUTCDay() + 6) % 7;
}

function cmp(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(x: Day, p: DatePrecision): string {
  if (p === 'year') return pad(x.y, 4);
  if (p === 'month') return `${pad(x.y, 4)}-${pad(x.m + 1)}`;
  return `${pad(x.y, 4)}-${pad(x.m + 1)}-${pad(x.d)}`;
}

const DAY_NUM = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^(1[89]\d\d|20\d\d)$/;

function word(d: Doc, k: number): Token | undefined {
  const t = d.toks[k];
  return t && t.word && t.q < 0 ? t : undefined;
}

function monthIndex(d: Doc, t: Token | undefined): number {
  if (!t) return -1;
  const W = d.L.lex.dates;
  const full = W.months.indexOf(t.lw);
  // "may" is a month only when capitalised; short forms only capitalised ("Nov", "Nov.")
  if (full >= 0) return t.lw === 'may' && !t.cap ? -1 : full;
  const short = W.monthsShort[t.lw];
  return short !== undefined && t.cap ? short : -1;
}

const triggerCache = new WeakMap<DateWords, Set<string>>();

/** Every word that can be the key word of a date expression. */
function triggers(W: DateWords): Set<string> {
  let set = triggerCache.get(W);
  if (!set) {
    set = new Set([
      ...W.months,
      ...Object.keys(W.monthsShort),
      ...W.weekdays,
      ...Object.keys(W.dayWords),
      ...W.partsOfDay,
      'week',
      'month',
      'year',
      W.ago,
    ]);
    triggerCache.set(W, set);
  }
  return set;
}

/** The date expression that contains token k as its key word, if any. */
export function dateAt(d: Doc, k: number, art: Day | null): Found | null {
  const t = word(d, k);
  if (!t) return null;
  const W = d.L.lex.dates;
  if (!triggers(W).has(t.lw) && !(t.w.length === 4 && YEAR.test(t.w))) return null;
  const prev = word(d, k - 1);
  const next = word(d, k + 1);
  const rel = (day: Day, precision: DatePrecision, t0: number, t1: number): Found | null =>
    art && cmp(day, art) <= 0 ? { day, precision, t0, t1 } : null;

  const off = W.dayWords[t.lw];
  if (off !== undefined && art) return rel(addDays(art, off), 'day', k, k + 1);

  if (W.partsOfDay.includes(t.lw) && prev && art) {
    if (W.current.includes(prev.lw)) return rel(art, 'day', k - 1, k + 1);
    if (W.previous.includes(prev.lw)) return rel(addDays(art, t.lw === 'night' ? -1 : -1), 'day', k - 1, k + 1);
  }

  const wd = W.weekdays.indexOf(t.lw);
  if (wd >= 0 && t.cap) {
    if (!art || (prev && W.futureMarkers.includes(prev.lw))) return null;
    // "Monday, March 3": the month expression that follows is the better one
    if (monthIndex(d, d.toks[k + 2]) >= 0 || monthIndex(d, next) >= 0) return null;
    let back = (weekday(art) - wd + 7) % 7;
    if (back === 0 && prev && W.previous.includes(prev.lw)) back = 7;
    return rel(addDays(art, -back), 'day', prev && W.previous.includes(prev.lw) ? k - 1 : k, k + 1);
  }

  if ((t.lw === 'week' || t.lw === 'month' || t.lw === 'year') && prev && art) {
    const isPrev = W.previous.includes(prev.lw);
    if (!isPrev && !W.current.includes(prev.lw)) return null;
    if (t.lw === 'week') {
      const monday = addDays(art, -weekday(art) - (isPrev ? 7 : 0));
      return rel(monday, 'week', k - 1, k + 1);
    }
    if (t.lw === 'month') {
      const m = isPrev ? (art.m + 11) % 12 : art.m;
      const y = isPrev && art.m === 0 ? art.y - 1 : art.y;
      return rel({ y, m, d: 1 }, 'month', k - 1, k + 1);
    }
    return rel({ y: isPrev ? art.y - 1 : art.y, m: 0, d: 1 }, 'year', k - 1, k + 1);
  }

  if (t.lw === W.ago && prev && art) {
    const unit = W.agoUnits[prev.lw];
    const nt = word(d, k - 2);
    const n = nt ? (/^\d{1,2}$/.test(nt.w) ? Number(nt.w) : W.numberWords[nt.lw]) : undefined;
    if (!unit || n === undefined) return null;
    if (unit === 'day') return rel(addDays(art, -n), 'day', k - 2, k + 1);
    if (unit === 'week') return rel(addDays(art, -7 * n), 'week', k - 2, k + 1);
    if (unit === 'month') {
      const mm = art.m - n;
      return rel({ y: art.y + Math.floor(mm / 12), m: ((mm % 12) + 12) % 12, d: 1 }, 'month', k - 2, k + 1);
    }
    return rel({ y: art.y - n, m: 0, d: 1 }, 'year', k - 2, k + 1);
  }

  const mi = monthIndex(d, t);
  if (mi >= 0) return monthExpression(d, k, mi, art);

  if (YEAR.test(t.w) && prev && W.yearLeads.includes(prev.lw) && monthIndex(d, d.toks[k - 1]) < 0) {
    const y = Number(t.w);
    if (art && y > art.y) return null;
    return { day: { y, m: 0, d: 1 }, precision: 'year', t0: k - 1, t1: k + 1 };
  }
  return null;
}

/** "3 March 2023", "March 3, 2023", "March 3", "in November 2023", "in February" with the month at token k. */
function monthExpression(d: Doc, k: number, m: number, art: Day | null): Found | null {
  const W = d.L.lex.dates;
  let j = k + 1;
  if (d.toks[j]?.w === '.') j++; // "Nov."
  let day = 0;
  let year = 0;
  let t0 = k;
  let t1 = j;
  const before = d.toks[k - 1];
  const after = d.toks[j];
  if (before && before.q < 0 && DAY_NUM.test(before.w)) {
    day = Number(DAY_NUM.exec(before.w)?.[1]);
    t0 = k - 1;
  } else if (after && after.q < 0 && DAY_NUM.test(after.w) && !YEAR.test(after.w)) {
    day = Number(DAY_NUM.exec(after.w)?.[1]);
    j++;
    t1 = j;
  }
  const y1 = d.toks[j];
  const y2 = d.toks[j + 1];
  if (y1 && y1.q < 0 && YEAR.test(y1.w)) {
    year = Number(y1.w);
    t1 = j + 1;
  } else if (day && y1?.w === ',' && y2 && y2.q < 0 && YEAR.test(y2.w)) {
    year = Number(y2.w);
    t1 = j + 2;
  }
  if (!day && !year) {
    const lead = word(d, k - 1);
    if (!lead || !W.monthLeads.includes(lead.lw)) return null;
    t0 = k - 1;
  }
  if (day > 31) return null;
  const precision: DatePrecision = day ? 'day' : 'month';
  let x: Day;
  if (year) {
    x = { y: year, m, d: day || 1 };
    if (art && cmp(x, art) > 0) return null;
  } else {
    if (!art) return null;
    x = { y: art.y, m, d: day || 1 };
    const cut = day ? art : { ...art, d: 31 };
    if (cmp(x, cut) > 0) x.y--;
  }
  return valid(x) ? { day: x, precision, t0, t1 } : null;
}

/** The token of the statement's cue in its frame, else of its speaker, else its first content token. */
function anchorOf(d: Doc, c: Candidate, inFrame: (k: number) => boolean): number {
  const sent = d.sents[c.sent];
  const cue = c.cue.split(' ')[0] ?? '';
  let best = -1;
  if (sent && cue) {
    for (let k = sent.t0; k < sent.t1; k++) {
      if (!inFrame(k) || (d.toks[k] as Token).lw !== cue) continue;
      if (best < 0 || distance(d, k, c) < distance(d, best, c)) best = k;
    }
  }
  if (best >= 0) return best;
  if (c.ref) return c.ref.t0;
  return sent ? sent.t0 : 0;
}

function distance(d: Doc, k: number, c: Candidate): number {
  const t = d.toks[k] as Token;
  return t.e <= c.start ? c.start - t.e : t.s - c.end;
}

/** One date per statement (same order as `cands`), from its frame, its predecessor or the article. */
export function assignDates(d: Doc, cands: Candidate[], articleDate: string | null | undefined): StatementDate[] {
  const art = articleDay(articleDate);
  const fallback: StatementDate = art
    ? { date: formatDay(art, 'day'), precision: 'day', origin: 'article' }
    : { date: null, origin: 'article' };
  const bySent = new Map<number, Candidate[]>();
  for (const c of cands) {
    const list = bySent.get(c.sent);
    if (list) list.push(c);
    else bySent.set(c.sent, [c]);
  }
  const out: StatementDate[] = [];
  let last: { date: StatementDate; para: number; speaker: Candidate['speaker'] } | null = null;
  for (const c of cands) {
    const sent = d.sents[c.sent];
    const para = sent ? sent.para : -1;
    const siblings = bySent.get(c.sent) ?? [c];
    const inFrame = (k: number): boolean => {
      const t = d.toks[k] as Token;
      return t.q < 0 && siblings.every((o) => t.e <= o.start || t.s >= o.end);
    };
    let found: Found | null = null;
    if (sent) {
      const anchor = anchorOf(d, c, inFrame);
      for (let k = sent.t0; k < sent.t1; k++) {
        if (!inFrame(k)) continue;
        const f = dateAt(d, k, art);
        if (!f) continue;
        if (!found || Math.abs(k - anchor) < Math.abs(found.t0 - anchor)) found = f;
        k = f.t1 - 1;
      }
    }
    let date: StatementDate;
    if (found) date = { date: formatDay(found.day, found.precision), precision: found.precision, origin: 'text' };
    else if (
      last &&
      last.date.origin === 'text' &&
      last.para >= para - 1 &&
      (c.how === 'continuation' ||
        c.how === 'paragraph' ||
        c.how === 'participle' ||
        (!!c.speaker && c.speaker === last.speaker))
    )
      date = last.date;
    else date = fallback;
    out.push(date);
    if (date.origin === 'text' || c.ref) last = { date, para, speaker: c.speaker };
  }
  return out;
}
