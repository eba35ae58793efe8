/**
 * Chart numbers for one filter, computed in core so every host (views, report, PDF) draws the same ones:
 * statements over time per actor and per topic (granularity chosen from the range), actor × topic, outlet × actor,
 * topic totals and the timeline's per-actor daily lanes. Actors beyond a chart's room are summed as "others".
 */
import type { ChartData, Granularity, SeriesKey, TimelineLane } from '../../shared/api';
import type { Filter, Statement } from '../../shared/model';
import { addDays, bucketOf, bucketRange, granularityFor } from './date-buckets';
import { filterStatements } from './filter-statements';
import type { LibraryView } from './library-view';
import { anchorDayOf } from './statement-when';

const MAX_SERIES = 8;
const MAX_ACTOR_ROWS = 12;
const MAX_OUTLETS = 12;
const MAX_LANES = 40;
export const OTHERS_KEY = 'others';

export function queryCharts(view: LibraryView, filter: Filter): ChartData {
  return chartsFor(view, filterStatements(view, filter), filter);
}

export function chartsFor(view: LibraryView, statements: Statement[], filter: Filter): ChartData {
  const perActor = new Map<string, number>();
  const articles = new Set<string>();
  const days: Array<string | null> = [];
  let undated = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const s of statements) {
    articles.add(s.articleId);
    const day = anchorDayOf(s, view.article(s.articleId));
    days.push(day);
    if (!day) undated++;
    else {
      if (!first || day < first) first = day;
      if (!last || day > last) last = day;
    }
    if (s.speakerId) perActor.set(s.speakerId, (perActor.get(s.speakerId) ?? 0) + 1);
  }
  const ranked = [...perActor.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const nameOf = (id: string) => view.actor(id)?.name ?? id;
  const picked = filter.actorIds?.length;
  const chosen = picked ? ranked.filter(([id]) => filter.actorIds!.includes(id)) : ranked.slice(0, MAX_SERIES);
  const series: SeriesKey[] = chosen.map(([actorId], i) => ({ key: `s${i}`, actorId, name: nameOf(actorId) }));
  const restActors = ranked.length - chosen.length;
  if (restActors > 0) series.push({ key: OTHERS_KEY, actorId: '', name: `Others (${restActors} actors)` });
  const keyOf = new Map(series.filter((s) => s.actorId).map((s) => [s.actorId, s.key]));
  const seriesKey = (s: Statement) =>
    s.speakerId ? (keyOf.get(s.speakerId) ?? (restActors > 0 ? OTHERS_KEY : undefined)) : undefined;

  const topics = view.topics().map((t, i) => ({ key: `t${i}`, topicId: t.id, name: t.name, color: t.color }));
  const topicKey = new Map(topics.map((t) => [t.topicId, t.key]));

  // Over time, per actor series and per topic.
  const span = filter.from && filter.to ? [filter.from, filter.to] : [first, last];
  const granularity: Granularity = span[0] && span[1] ? granularityFor(span[0], span[1]) : 'month';
  const bucketKeys = first && last ? bucketRange(first, last, granularity) : [];
  const timeRows = new Map(
    bucketKeys.map((b) => [
      b,
      emptyRow(
        b,
        granularity,
        series.map((s) => s.key),
      ),
    ]),
  );
  const topicRows = new Map(
    bucketKeys.map((b) => [
      b,
      emptyRow(
        b,
        granularity,
        topics.map((t) => t.key),
      ),
    ]),
  );
  // Many statements share a day: find each day's bucket once.
  const bucketOfDay = new Map<string, string>();
  statements.forEach((s, i) => {
    const day = days[i];
    if (!day) return;
    let bucket = bucketOfDay.get(day);
    if (bucket === undefined) bucketOfDay.set(day, (bucket = bucketOf(day, granularity)));
    const key = seriesKey(s);
    if (key) bump(timeRows.get(bucket), key);
    for (const t of s.topicIds) {
      const k = topicKey.get(t);
      if (k) bump(topicRows.get(bucket), k);
    }
  });

  // Actor × topic, with the actors past the room summed in one last row.
  const actorRows = picked ? ranked : ranked.slice(0, MAX_ACTOR_ROWS);
  const byActor = new Map<string, Record<string, string | number>>();
  const topicRow = (actor: string, actorId: string) => {
    const row: Record<string, string | number> = { actor, actorId };
    for (const t of topics) row[t.key] = 0;
    return row;
  };
  for (const [id] of actorRows) byActor.set(id, topicRow(nameOf(id), id));
  const othersRow =
    ranked.length > actorRows.length ? topicRow(`Others (${ranked.length - actorRows.length} actors)`, '') : null;
  const topicTotals = new Map<string, number>();
  let noTopic = 0;
  for (const s of statements) {
    if (s.topicIds.length === 0) noTopic++;
    for (const t of s.topicIds) topicTotals.set(t, (topicTotals.get(t) ?? 0) + 1);
    if (!s.speakerId) continue;
    const row = byActor.get(s.speakerId) ?? othersRow;
    if (!row) continue;
    for (const t of s.topicIds) {
      const k = topicKey.get(t);
      if (k) bump(row, k);
    }
  }

  // Outlet × actor over the same series.
  const perOutlet = new Map<string, Record<string, string | number>>();
  for (const s of statements) {
    const outlet = view.article(s.articleId)?.source ?? '(no outlet)';
    let row = perOutlet.get(outlet);
    if (!row) {
      row = { outlet, total: 0 };
      for (const se of series) row[se.key] = 0;
      perOutlet.set(outlet, row);
    }
    bump(row, 'total');
    const key = seriesKey(s);
    if (key) bump(row, key);
  }
  const outlets = [...perOutlet.values()].sort((a, b) => Number(b.total) - Number(a.total));
  const byOutlet = outlets.slice(0, MAX_OUTLETS);
  if (outlets.length > MAX_OUTLETS) {
    const rest: Record<string, string | number> = {
      outlet: `Others (${outlets.length - MAX_OUTLETS} outlets)`,
      total: 0,
    };
    for (const key of ['total', ...series.map((s) => s.key)]) {
      rest[key] = outlets.slice(MAX_OUTLETS).reduce((n, r) => n + Number(r[key] ?? 0), 0);
    }
    byOutlet.push(rest);
  }

  return {
    overTime: { granularity, series, rows: [...timeRows.values()] },
    topicsOverTime: [...topicRows.values()],
    byTopic: { topics, rows: othersRow ? [...byActor.values(), othersRow] : [...byActor.values()] },
    byOutlet,
    topicTotals: topics.map((t) => ({ topicId: t.topicId, name: t.name, count: topicTotals.get(t.topicId) ?? 0 })),
    noTopic,
    lanes: lanesFor(view, statements, days, ranked, nameOf, first, last),
    totals: { statements: statements.length, actors: perActor.size, articles: articles.size, undated },
  };
}

function lanesFor(
  view: LibraryView,
  statements: Statement[],
  days: Array<string | null>,
  ranked: Array<[string, number]>,
  nameOf: (id: string) => string,
  first: string | null,
  last: string | null,
): ChartData['lanes'] {
  void view;
  const top = ranked.slice(0, MAX_LANES);
  const counts = new Map(top.map(([id]) => [id, new Map<string, number>()]));
  statements.forEach((s, i) => {
    const day = days[i];
    const lane = s.speakerId ? counts.get(s.speakerId) : undefined;
    if (day && lane) lane.set(day, (lane.get(day) ?? 0) + 1);
  });
  const actors: TimelineLane[] = top.map(([actorId, total]) => ({
    actorId,
    name: nameOf(actorId),
    total,
    days: [...counts.get(actorId)!.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  }));
  return {
    actors,
    moreActors: ranked.length - top.length,
    moreStatements: ranked.slice(MAX_LANES).reduce((n, [, count]) => n + count, 0),
    extent: first && last ? { from: first, to: last } : null,
  };
}

function emptyRow(bucket: string, granularity: Granularity, keys: string[]): Record<string, string | number> {
  const row: Record<string, string | number> = { bucket, to: addDays(bucketOf(bucket, granularity, 'next'), -1) };
  for (const k of keys) row[k] = 0;
  return row;
}

function bump(row: Record<string, string | number> | undefined, key: string): void {
  if (row) row[key] = Number(row[key] ?? 0) + 1;
}
