/**
 * The report model: pure data that the renderer's report page draws and every host prints.
 *
 *   buildReport        filter + builder options -> ReportModel (key figures, charts, timeline strip, groups of
 *                      quote cards, notes, numbered sources appendix, file name)
 *   reportStatuses     the review states a report shows: the filter's, else accepted + edited when any exist
 *   describeFilter     the filter in words, for the report's first page
 */
import {
  REPORT_SECTIONS,
  type ReportGroup,
  type ReportModel,
  type ReportOptions,
  type ReportSourceEntry,
  type ReportStatement,
} from '../../shared/api';
import type { ArticleMeta, Filter, Statement, StatementStatus } from '../../shared/model';
import { chartsFor } from '../query/charts';
import { matcherFor } from '../query/filter-statements';
import type { LibraryView } from '../query/library-view';
import { reportFileName } from './file-name';

const REVIEWED: StatementStatus[] = ['accepted', 'edited'];
const UNREJECTED: StatementStatus[] = ['suggested', 'accepted', 'edited'];

/** The filter's review states; without any, accepted + edited when the filter has any, else every unrejected one. */
export function reportStatuses(view: LibraryView, filter: Filter): StatementStatus[] {
  if (filter.statuses?.length) return [...filter.statuses];
  const matches = matcherFor(view, filter);
  const anyReviewed = view.statementsInOrder().some((s) => REVIEWED.includes(s.status) && matches(s));
  return anyReviewed ? [...REVIEWED] : [...UNREJECTED];
}

export function buildReport(view: LibraryView, filter: Filter, options: ReportOptions, now: Date): ReportModel {
  const matches = matcherFor(view, filter);
  const statuses = reportStatuses(view, filter);
  const wanted = new Set(statuses);
  const statements: Statement[] = [];
  let found = 0;
  let accepted = 0;
  for (const s of view.statementsInOrder()) {
    if (!matches(s)) continue;
    if (s.status !== 'rejected') {
      found++;
      if (REVIEWED.includes(s.status)) accepted++;
    }
    if (wanted.has(s.status)) statements.push(s);
  }

  // Sources are numbered in the order they are first cited (timeline order).
  const sources = new Map<string, ReportSourceEntry>();
  const topicNames = new Map(view.topics().map((t) => [t.id, t.name]));
  const cards: ReportStatement[] = statements.map((s) => {
    const article = view.article(s.articleId);
    let entry = sources.get(s.articleId);
    if (!entry) {
      entry = sourceEntry(s.articleId, article, sources.size + 1);
      sources.set(s.articleId, entry);
    }
    entry.statements++;
    return {
      id: s.id,
      speaker: s.speakerId ? (view.actor(s.speakerId)?.name ?? 'Unknown speaker') : 'Unknown speaker',
      cue: s.cue?.trim() || (s.kind === 'direct' ? 'said' : 'reportedly said'),
      polarity: s.polarity ?? 'asserts',
      quote: s.quote,
      kind: s.kind,
      status: s.status,
      date: s.date ?? article?.date ?? null,
      source: article?.source ?? null,
      byline: article?.byline ?? null,
      url: article?.url ?? null,
      articleId: s.articleId,
      articleTitle: article?.title ?? '',
      sourceNo: entry.no,
      topics: s.topicIds.map((id) => topicNames.get(id)).filter((n): n is string => !!n),
      ...(s.note ? { note: s.note } : {}),
      ...(article?.note ? { articleNote: article.note } : {}),
      ...(entry.alsoIn.length ? { alsoIn: entry.alsoIn } : {}),
    };
  });

  const groupBy = options.groupBy ?? 'actor';
  const dates = cards
    .map((c) => c.date)
    .filter((d): d is string => !!d)
    .sort();
  const period = {
    from: filter.from ?? dates[0] ?? null,
    to: filter.to ?? dates[dates.length - 1] ?? null,
  };
  const title = options.title?.trim() || 'Soundbite report';
  const text = (v: string | undefined) => v?.trim() || null;
  return {
    title,
    subtitle: text(options.subtitle),
    preparedFor: text(options.preparedFor),
    author: text(options.author),
    summary: text(options.summary),
    sections: options.sections ? [...options.sections] : [...REPORT_SECTIONS],
    groupBy,
    paper: options.paper ?? 'a4',
    locale: options.locale ?? 'en-GB',
    generatedAt: now.toISOString(),
    statuses,
    period,
    filterSummary: describeFilter(view, filter, statuses),
    charts: chartsFor(view, statements, filter),
    timeline: monthlyCounts(cards),
    groups: groupCards(cards, groupBy),
    sources: [...sources.values()],
    totals: {
      statements: cards.length,
      actors: new Set(statements.map((s) => s.speakerId).filter(Boolean)).size,
      articles: sources.size,
      outlets: new Set([...sources.values()].map((e) => e.source).filter(Boolean)).size,
      found,
      accepted,
    },
    fileName: reportFileName(title, period.to ?? period.from, now),
  };
}

function sourceEntry(articleId: string, article: ArticleMeta | undefined, no: number): ReportSourceEntry {
  return {
    no,
    articleId,
    title: article?.title ?? '(article no longer in the library)',
    source: article?.source ?? null,
    date: article?.date ?? null,
    byline: article?.byline ?? null,
    url: article?.url ?? null,
    statements: 0,
    alsoIn: (article?.attestations ?? []).map((x) => [x.source ?? 'unknown outlet', x.date ?? 'no date'].join(', ')),
  };
}

/** Groups in a stable, readable order: actors by statement count, topics by name, dates by month. */
function groupCards(cards: ReportStatement[], by: 'actor' | 'topic' | 'date'): ReportGroup[] {
  const groups = new Map<string, ReportGroup>();
  const add = (key: string, heading: string, card: ReportStatement) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, heading, statements: [] }));
    g.statements.push(card);
  };
  for (const card of cards) {
    if (by === 'actor') add(`actor:${card.speaker}`, card.speaker, card);
    else if (by === 'date') add(`month:${card.date?.slice(0, 7) ?? 'none'}`, card.date?.slice(0, 7) ?? 'No date', card);
    else if (card.topics.length === 0) add('topic:none', 'No topic', card);
    else for (const t of card.topics) add(`topic:${t}`, t, card);
  }
  const list = [...groups.values()];
  const last = (g: ReportGroup) => (g.key.endsWith(':none') ? 1 : 0);
  if (by === 'actor')
    list.sort((a, b) => b.statements.length - a.statements.length || a.heading.localeCompare(b.heading));
  else list.sort((a, b) => last(a) - last(b) || a.heading.localeCompare(b.heading));
  return list;
}

function monthlyCounts(cards: ReportStatement[]): Array<{ month: string; count: number }> {
  const counts = new Map<string, number>();
  for (const c of cards) if (c.date) counts.set(c.date.slice(0, 7), (counts.get(c.date.slice(0, 7)) ?? 0) + 1);
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const out: Array<{ month: string; count: number }> = [];
  let [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const end = months[months.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, count: counts.get(month) ?? 0 });
    if (month >= end) break;
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export function describeFilter(view: LibraryView, filter: Filter, statuses?: StatementStatus[]): string[] {
  const lines: string[] = [];
  const names = (ids: string[] | undefined, lookup: (id: string) => string | undefined) =>
    (ids ?? []).map((id) => lookup(id) ?? id).join(', ');
  if (filter.actorIds?.length) lines.push(`Actors: ${names(filter.actorIds, (id) => view.actor(id)?.name)}`);
  if (filter.topicIds?.length)
    lines.push(`Topics: ${names(filter.topicIds, (id) => view.topics().find((t) => t.id === id)?.name)}`);
  if (filter.sources?.length) lines.push(`Sources: ${filter.sources.join(', ')}`);
  if (filter.from || filter.to) lines.push(`Dates: ${filter.from ?? 'any'} to ${filter.to ?? 'any'}`);
  if (filter.kinds?.length) lines.push(`Kinds: ${filter.kinds.join(', ')}`);
  const shown = statuses ?? (filter.statuses?.length ? filter.statuses : UNREJECTED);
  lines.push(`Review states: ${shown.join(', ')}${shown.includes('rejected') ? '' : ' (rejected left out)'}`);
  if (filter.text?.trim()) lines.push(`Quote contains: "${filter.text.trim()}"`);
  if (lines.length === 1) lines.unshift('All statements in the library');
  return lines;
}
