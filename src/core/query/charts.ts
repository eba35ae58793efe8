import type { ChartData, SeriesKey } from '../../shared/api';
import type { Filter, Statement } from '../../shared/model';
import { filterStatements } from './filter-statements';
import type { LibraryView } from './library-view';

const MAX_SERIES = 8;
const MAX_ACTOR_ROWS = 12;

/** Chart series computed in core so every host draws the same numbers. */
export function queryCharts(view: LibraryView, filter: Filter): ChartData {
  return chartsFor(view, filterStatements(view, filter), filter);
}

export function chartsFor(view: LibraryView, statements: Statement[], filter: Filter): ChartData {
  const perActor = new Map<string, number>();
  const articles = new Set<string>();
  let undated = 0;
  for (const s of statements) {
    articles.add(s.articleId);
    if (!view.article(s.articleId)?.date) undated++;
    if (s.speakerId) perActor.set(s.speakerId, (perActor.get(s.speakerId) ?? 0) + 1);
  }
  const ranked = [...perActor.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const chosen = filter.actorIds?.length
    ? ranked.filter(([id]) => filter.actorIds!.includes(id))
    : ranked.slice(0, MAX_SERIES);
  const series: SeriesKey[] = chosen.map(([actorId], i) => ({
    key: `s${i}`,
    actorId,
    name: view.actor(actorId)?.name ?? actorId,
  }));
  const keyOf = new Map(series.map((s) => [s.actorId, s.key]));

  const monthCounts = new Map<string, Map<string, number>>();
  for (const s of statements) {
    const month = view.article(s.articleId)?.date?.slice(0, 7);
    const key = s.speakerId ? keyOf.get(s.speakerId) : undefined;
    if (!month || !key) continue;
    const row = monthCounts.get(month) ?? new Map<string, number>();
    row.set(key, (row.get(key) ?? 0) + 1);
    monthCounts.set(month, row);
  }
  const overTimeRows = monthRange([...monthCounts.keys()]).map((bucket) => {
    const row: Record<string, string | number> = { bucket };
    for (const s of series) row[s.key] = monthCounts.get(bucket)?.get(s.key) ?? 0;
    return row;
  });

  const topics = view.topics().map((t, i) => ({ key: `t${i}`, topicId: t.id, name: t.name, color: t.color }));
  const topicKey = new Map(topics.map((t) => [t.topicId, t.key]));
  const actorRows = ranked.slice(0, filter.actorIds?.length ? ranked.length : MAX_ACTOR_ROWS);
  const wanted = new Set(actorRows.map(([id]) => id));
  const byActor = new Map<string, Record<string, string | number>>();
  for (const [id] of actorRows) {
    const row: Record<string, string | number> = { actor: view.actor(id)?.name ?? id, actorId: id };
    for (const t of topics) row[t.key] = 0;
    byActor.set(id, row);
  }
  for (const s of statements) {
    if (!s.speakerId || !wanted.has(s.speakerId)) continue;
    const row = byActor.get(s.speakerId)!;
    for (const t of s.topicIds) {
      const k = topicKey.get(t);
      if (k) row[k] = (row[k] as number) + 1;
    }
  }

  return {
    overTime: { series, rows: overTimeRows },
    byTopic: { topics, rows: [...byActor.values()] },
    totals: { statements: statements.length, actors: perActor.size, articles: articles.size, undated },
  };
}

/** Every month from the earliest to the latest, so gaps show as zero rather than vanish. */
function monthRange(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
