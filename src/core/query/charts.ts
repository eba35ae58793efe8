/**
 * Chart numbers for one filter, computed in core so every host (views, report, PDF) draws the same ones:
 * statements over time per actor and per topic (granularity chosen from the range), actor × topic, outlet × actor,
 * topic totals and the timeline's per-actor daily lanes. Actors beyond a chart's room are summed as "others".
 */
import type { ChartData, Granularity, SeriesKey, TimelineLane } from '../../shared/api';
import type { Filter, Statement } from '../../shared/model';
import { addDays, bucketOf, bucketRange, granularityFor } from './date-buckets';
import { tableOf } from './filter-statements';
import type { LibraryView } from './library-view';
import { dayString, MORE_TOPICS, UNDATED, type StatementTable } from './statement-table';

const MAX_SERIES = 8;
const MAX_ACTOR_ROWS = 12;
const MAX_OUTLETS = 12;
const MAX_LANES = 40;
const MAX_LANE_CELLS = 4_000_000;
export const OTHERS_KEY = 'others';

export function queryCharts(view: LibraryView, filter: Filter): ChartData {
  const table = tableOf(view);
  return chartsOfRows(view, table, table.select(view, filter), filter);
}

/** Charts for statements chosen elsewhere (the report's), counted on the view's statement table. */
export function chartsFor(view: LibraryView, statements: readonly Statement[], filter: Filter): ChartData {
  const table = tableOf(view);
  return chartsOfRows(view, table, table.rowsOf(view, statements), filter);
}

/** Every chart's numbers for some rows of the table, counted on its integer columns. */
function chartsOfRows(view: LibraryView, table: StatementTable, rows: ArrayLike<number>, filter: Filter): ChartData {
  const { perActor, articles, undated, first, last } = tallyRows(table, rows);
  const firstDay = first === UNDATED ? null : dayString(first);
  const lastDay = first === UNDATED ? null : dayString(last);
  // Actors by count, most quoted first (ties by id), as codes into the table's speakers.
  const ranked: Array<[string, number]> = [];
  const rankedCodes: number[] = [];
  perActor.forEach((n, c) => n > 0 && rankedCodes.push(c));
  rankedCodes.sort((x, y) => perActor[y]! - perActor[x]! || cmp(table.speakerIds[x]!, table.speakerIds[y]!));
  for (const c of rankedCodes) ranked.push([table.speakerIds[c]!, perActor[c]!]);
  const nameOf = (id: string) => view.actor(id)?.name ?? id;
  const picked = filter.actorIds?.length;
  const chosen = picked ? ranked.filter(([id]) => filter.actorIds!.includes(id)) : ranked.slice(0, MAX_SERIES);
  const series: SeriesKey[] = chosen.map(([actorId], i) => ({ key: `s${i}`, actorId, name: nameOf(actorId) }));
  const restActors = ranked.length - chosen.length;
  if (restActors > 0) series.push({ key: OTHERS_KEY, actorId: '', name: `Others (${restActors} actors)` });
  // Series index per speaker code: -1 for none (no speaker, or no others series).
  const seriesOf = new Int32Array(table.speakerIds.length).fill(restActors > 0 ? series.length - 1 : -1);
  const codeOfActor = new Map(table.speakerIds.map((id, c) => [id, c]));
  chosen.forEach(([id], i) => (seriesOf[codeOfActor.get(id)!] = i));

  const topics = view.topics().map((t, i) => ({ key: `t${i}`, topicId: t.id, name: t.name, color: t.color }));
  const topicIndex = new Map(topics.map((t, i) => [t.topicId, i]));

  // Over time, per actor series and per topic: counts in flat arrays, one row per bucket.
  const span = filter.from && filter.to ? [filter.from, filter.to] : [firstDay, lastDay];
  const granularity: Granularity = span[0] && span[1] ? granularityFor(span[0], span[1]) : 'month';
  const bucketKeys = firstDay && lastDay ? bucketRange(firstDay, lastDay, granularity) : [];
  const bucketIndex = new Map(bucketKeys.map((b, i) => [b, i]));
  // Many statements share a day: find each day's bucket once.
  const bucketOfDay = new Int32Array(first === UNDATED ? 0 : last - first + 1).fill(-1);
  const bucketAt = (d: number) => {
    let b = bucketOfDay[d - first]!;
    if (b < 0) bucketOfDay[d - first] = b = bucketIndex.get(bucketOf(dayString(d), granularity)) ?? -1;
    return b;
  };
  const timeCounts = new Int32Array(bucketKeys.length * series.length);
  const topicCounts = new Int32Array(bucketKeys.length * topics.length);

  // Actor × topic, with the actors past the room summed in one last row.
  const actorRows = picked ? ranked : ranked.slice(0, MAX_ACTOR_ROWS);
  const hasOthersRow = ranked.length > actorRows.length;
  const matrixRowOf = new Int32Array(table.speakerIds.length).fill(hasOthersRow ? actorRows.length : -1);
  actorRows.forEach(([id], i) => (matrixRowOf[codeOfActor.get(id)!] = i));
  const matrix = new Int32Array((actorRows.length + 1) * topics.length);
  const topicTotals = new Int32Array(topics.length);

  // Outlet × actor over the same series: a row per outlet code, the last for articles that name none.
  const outletNames = [...table.sourceNames, '(no outlet)'];
  const outletCounts = new Int32Array(outletNames.length * (series.length + 1));
  // Outlets with equal counts keep the order they are first met in (date order).
  const outletFirstSeen = new Int32Array(outletNames.length).fill(UNDATED);

  const top = ranked.slice(0, MAX_LANES);
  const laneOf = new Int32Array(table.speakerIds.length).fill(-1);
  top.forEach(([id], i) => (laneOf[codeOfActor.get(id)!] = i));
  const dayCount = first === UNDATED ? 0 : last - first + 1;
  // A grid of lanes × days, unless dates centuries apart would make it huge: then a count per lane and day.
  const laneGrid = top.length * dayCount <= MAX_LANE_CELLS ? new Int32Array(top.length * dayCount) : null;
  const laneMaps = laneGrid ? [] : top.map(() => new Map<number, number>());
  // Every day's bucket up front when the range is short (the usual case), so the count only reads arrays.
  if (dayCount <= MAX_LANE_CELLS) for (let d = first; d <= last; d++) bucketAt(d);
  const addTopic = (k: number, b: number, m: number) => {
    if (b >= 0) topicCounts[b * topics.length + k]!++;
    topicTotals[k]!++;
    if (m >= 0) matrix[m * topics.length + k]!++;
  };
  const counts: Counts = {
    seriesOf,
    laneOf,
    matrixRowOf,
    bucketOfDay,
    first,
    dayCount,
    bucketAt,
    timeCounts,
    topicCounts,
    matrix,
    topicTotals,
    laneGrid,
    laneMaps,
    outletCounts,
    outletFirstSeen,
    seriesCount: series.length,
    topicCount: topics.length,
    moreTopics: (r, b, m) => {
      for (const t of table.rows[r]!.topicIds) {
        const k = topicIndex.get(t);
        if (k !== undefined) addTopic(k, b, m);
      }
    },
  };
  const noTopic = countRows(table, rows, counts);

  const bucketRow = (b: string, keys: string[], counts: Int32Array, at: number) => {
    const row = emptyRow(b, granularity, []);
    keys.forEach((k, j) => (row[k] = counts[at * keys.length + j]!));
    return row;
  };
  const seriesKeys = series.map((s) => s.key);
  const topicKeys = topics.map((t) => t.key);
  const matrixRow = (actor: string, actorId: string, at: number) => {
    const row: Record<string, string | number> = { actor, actorId };
    topicKeys.forEach((k, j) => (row[k] = matrix[at * topics.length + j]!));
    return row;
  };
  const byTopicRows = actorRows.map(([id], i) => matrixRow(nameOf(id), id, i));
  if (hasOthersRow)
    byTopicRows.push(matrixRow(`Others (${ranked.length - actorRows.length} actors)`, '', actorRows.length));

  const outlets = outletNames
    .map((outlet, o) => {
      const at = o * (series.length + 1);
      const row: Record<string, string | number> = { outlet, total: outletCounts[at + series.length]! };
      seriesKeys.forEach((k, j) => (row[k] = outletCounts[at + j]!));
      return { row, seen: outletFirstSeen[o]! };
    })
    .filter(({ row }) => Number(row.total) > 0)
    .sort((x, y) => Number(y.row.total) - Number(x.row.total) || x.seen - y.seen)
    .map(({ row }) => row);
  const byOutlet = outlets.slice(0, MAX_OUTLETS);
  if (outlets.length > MAX_OUTLETS) {
    const rest: Record<string, string | number> = {
      outlet: `Others (${outlets.length - MAX_OUTLETS} outlets)`,
      total: 0,
    };
    for (const key of ['total', ...seriesKeys]) {
      rest[key] = outlets.slice(MAX_OUTLETS).reduce((n, r) => n + Number(r[key] ?? 0), 0);
    }
    byOutlet.push(rest);
  }

  const dayNames: string[] = [];
  const lanes: TimelineLane[] = top.map(([actorId, total], i) => ({
    actorId,
    name: nameOf(actorId),
    total,
    days: laneGrid
      ? laneDaysOf(laneGrid.subarray(i * dayCount, (i + 1) * dayCount), first, dayNames)
      : [...laneMaps[i]!.entries()].sort((x, y) => x[0] - y[0]).map(([d, n]) => [dayString(d), n]),
  }));

  return {
    overTime: { granularity, series, rows: bucketKeys.map((b, i) => bucketRow(b, seriesKeys, timeCounts, i)) },
    topicsOverTime: bucketKeys.map((b, i) => bucketRow(b, topicKeys, topicCounts, i)),
    byTopic: { topics, rows: byTopicRows },
    byOutlet,
    topicTotals: topics.map((t, k) => ({ topicId: t.topicId, name: t.name, count: topicTotals[k]! })),
    noTopic,
    lanes: {
      actors: lanes,
      moreActors: ranked.length - top.length,
      moreStatements: ranked.slice(MAX_LANES).reduce((n, [, count]) => n + count, 0),
      extent: firstDay && lastDay ? { from: firstDay, to: lastDay } : null,
    },
    totals: { statements: rows.length, actors: rankedCodes.length, articles, undated },
  };
}

const cmp = (x: string, y: string) => x.localeCompare(y);

/** Per actor, the rows' statements; also the articles they come from, the undated ones and the days they span. */
function tallyRows(table: StatementTable, rows: ArrayLike<number>) {
  const { speaker, day, article } = table;
  const perActor = new Int32Array(table.speakerIds.length);
  const seenArticle = new Uint8Array(table.articleIds.length);
  let articles = 0;
  let undated = 0;
  let first = UNDATED;
  let last = -UNDATED;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const a = article[r]!;
    if (!seenArticle[a]) {
      seenArticle[a] = 1;
      articles++;
    }
    const d = day[r]!;
    if (d === UNDATED) undated++;
    else {
      if (d < first) first = d;
      if (d > last) last = d;
    }
    const sp = speaker[r]!;
    if (sp >= 0) perActor[sp]!++;
  }
  return { perActor, articles, undated, first, last };
}

/** Where each row is counted, and the arrays it is counted in (all indexed by codes of the table). */
interface Counts {
  seriesOf: Int32Array;
  laneOf: Int32Array;
  matrixRowOf: Int32Array;
  bucketOfDay: Int32Array;
  first: number;
  dayCount: number;
  seriesCount: number;
  topicCount: number;
  bucketAt: (day: number) => number;
  moreTopics: (row: number, bucket: number, matrixRow: number) => void;
  timeCounts: Int32Array;
  topicCounts: Int32Array;
  matrix: Int32Array;
  topicTotals: Int32Array;
  laneGrid: Int32Array | null;
  laneMaps: Array<Map<number, number>>;
  outletCounts: Int32Array;
  outletFirstSeen: Int32Array;
}

/**
 * One pass over the rows filling every chart's counts; returns how many have no topic. A function of its own, with
 * everything in locals, so the engine keeps the loop's values in registers (closure variables it cannot).
 */
function countRows(table: StatementTable, rows: ArrayLike<number>, c: Counts): number {
  const { speaker, day, topics: topicMasks, outletOf, article } = table;
  const { seriesOf, laneOf, matrixRowOf, bucketOfDay, first, dayCount, seriesCount, topicCount } = c;
  const { timeCounts, topicCounts, matrix, topicTotals, laneGrid, laneMaps, outletCounts, outletFirstSeen } = c;
  const noOutlet = outletCounts.length / (seriesCount + 1) - 1;
  let noTopic = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const sp = speaker[r]!;
    const d = day[r]!;
    const se = sp >= 0 ? seriesOf[sp]! : -1;
    const b = d === UNDATED ? -1 : bucketOfDay[d - first]! >= 0 ? bucketOfDay[d - first]! : c.bucketAt(d);
    if (b >= 0 && se >= 0) timeCounts[b * seriesCount + se]!++;
    const lane = d !== UNDATED && sp >= 0 ? laneOf[sp]! : -1;
    if (lane >= 0 && laneGrid) laneGrid[lane * dayCount + d - first]!++;
    else if (lane >= 0) laneMaps[lane]!.set(d, (laneMaps[lane]!.get(d) ?? 0) + 1);
    const m = sp >= 0 ? matrixRowOf[sp]! : -1;
    const mask = topicMasks[r]!;
    if (mask === 0) noTopic++;
    else if (mask & MORE_TOPICS) c.moreTopics(r, b, m);
    else {
      for (let rest = mask; rest; rest &= rest - 1) {
        const k = 31 - Math.clz32(rest & -rest);
        if (b >= 0) topicCounts[b * topicCount + k]!++;
        topicTotals[k]!++;
        if (m >= 0) matrix[m * topicCount + k]!++;
      }
    }
    const outlet = outletOf[article[r]!]!;
    const o = outlet < 0 ? noOutlet : outlet;
    if (outletFirstSeen[o] === UNDATED) outletFirstSeen[o] = i;
    const at = o * (seriesCount + 1);
    outletCounts[at + seriesCount]!++;
    if (se >= 0) outletCounts[at + se]!++;
  }
  return noTopic;
}

function laneDaysOf(counts: Int32Array, first: number, names: string[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  counts.forEach((n, i) => n > 0 && out.push([(names[i] ??= dayString(first + i)), n]));
  return out;
}

function emptyRow(bucket: string, granularity: Granularity, keys: string[]): Record<string, string | number> {
  const row: Record<string, string | number> = { bucket, to: addDays(bucketOf(bucket, granularity, 'next'), -1) };
  for (const k of keys) row[k] = 0;
  return row;
}
