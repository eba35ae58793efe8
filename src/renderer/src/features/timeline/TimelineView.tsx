/**
 * The timeline: a time axis with one lane per actor (the filtered actors, or the most quoted with "+N more"),
 * the statements of the window shown under it (virtualised, following every zoom and pan), and the statements with
 * no date at all listed apart. The window lives in the address (`win`) beside the filter, as does the lane count.
 */
import { useCallback, useMemo } from 'react';
import type { TimelineRow } from '../../../../shared/api';
import type { Filter } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { seriesColour, topicColour } from '../../app/palette';
import { articleHref, navigate } from '../../app/router';
import { useTheme } from '../../app/ThemeContext';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { plural } from '../../components/plural';
import { usePagedRows } from '../../components/usePagedRows';
import { FilterBar } from '../filters/FilterBar';
import { useFilter, useViewParam } from '../filters/FilterContext';
import { useFilterOptions } from '../filters/useFilterOptions';
import { ExportReportButton } from '../report/ExportReportButton';
import { StatementList } from './StatementList';
import { TimelineAxis, type AxisLane } from './TimelineAxis';
import { clampWindow, DAY, dayMs, dayOf, formatWindow, parseWindow, type TimeWindow } from './time-scale';

const DEFAULT_LANES = 6;
const LANE_STEP = 6;
/** Above this many statements in the window, lanes draw per-day counts instead of single marks. */
const MAX_MARKS = 1500;

export function TimelineView() {
  const { filter } = useFilter();
  const options = useFilterOptions();
  const { theme } = useTheme();
  const [winParam, setWinParam] = useViewParam('win');
  const [laneParam, setLaneParam] = useViewParam('lanes');
  const filterKey = JSON.stringify(filter);
  const charts = useApi(() => api.queryCharts(filter), [filterKey], ['articles', 'statements', 'actors', 'topics']);
  const lanesData = charts.data?.lanes;

  const bounds = useMemo<TimeWindow | null>(() => {
    const from = filter.from ?? lanesData?.extent?.from;
    const to = filter.to ?? lanesData?.extent?.to;
    return from && to ? { from: dayMs(from), to: dayMs(to) + DAY } : null;
  }, [filter.from, filter.to, lanesData?.extent?.from, lanesData?.extent?.to]);
  const win = useMemo(() => {
    if (!bounds) return null;
    return clampWindow(parseWindow(winParam) ?? bounds, bounds);
  }, [bounds, winParam]);

  const laneCount = Math.max(1, Number(laneParam) || DEFAULT_LANES);
  const picked = filter.actorIds?.length ? new Set(filter.actorIds) : null;
  const allLanes = lanesData?.actors ?? [];
  const lanes = picked ? allLanes.filter((l) => picked.has(l.actorId)) : allLanes.slice(0, laneCount);
  const hiddenLanes = picked ? 0 : allLanes.length - lanes.length + (lanesData?.moreActors ?? 0);

  const windowFilter: Filter | null = win ? { ...filter, ...rangeWithin(filter, win) } : null;
  const laneIds = lanes.map((l) => l.actorId);
  // The lanes' day counts say when the window holds more than MAX_MARKS of their statements (a statement whose
  // date spans into the window adds to it), and the marks would not be drawn: they are then not asked for.
  const tooManyMarks = !!windowFilter && lanes.reduce((n, l) => n + countWithin(l.days, windowFilter), 0) > MAX_MARKS;
  const marks = useApi(
    () =>
      windowFilter && laneIds.length && !tooManyMarks
        ? api.queryTimeline({ ...windowFilter, actorIds: laneIds, dated: true }, { limit: MAX_MARKS })
        : Promise.resolve(null),
    [JSON.stringify(windowFilter), laneIds.join(',')],
    ['articles', 'statements', 'actors', 'topics'],
  );
  const list = usePagedRows(JSON.stringify(windowFilter ?? { ...filter, dated: true }), (offset, limit) =>
    api.queryTimeline(windowFilter ?? { ...filter, dated: true }, { offset, limit }),
  );
  const undatedCount = charts.data?.totals.undated ?? 0;
  const undated = usePagedRows(`${filterKey}#undated`, (offset, limit) =>
    undatedCount > 0
      ? api.queryTimeline({ ...filter, dated: false }, { offset, limit })
      : Promise.resolve({ total: 0, rows: [] }),
  );

  const topicsById = useMemo(() => new Map(options.topics.map((t) => [t.id, t])), [options.topics]);
  const colourOfRow = useCallback(
    (row: TimelineRow) => {
      const topic = row.statement.topicIds.map((id) => topicsById.get(id)).find((t) => t);
      return topic ? topicColour(topic.color, theme) : 'var(--muted)';
    },
    [topicsById, theme],
  );

  const axisLanes: AxisLane[] = lanes.map((lane) => {
    const complete = marks.data && marks.data.total <= MAX_MARKS;
    return {
      lane,
      colour: seriesColour(options.colourIndex.get(lane.actorId) ?? 0, theme),
      rows: complete ? marks.data!.rows.filter((r) => r.statement.speakerId === lane.actorId) : null,
    };
  });
  const overview = useMemo(() => {
    const counts = new Map<number, number>();
    for (const lane of lanesData?.actors ?? [])
      for (const [day, n] of lane.days) counts.set(dayMs(day), (counts.get(dayMs(day)) ?? 0) + n);
    return counts;
  }, [lanesData]);

  const setWindow = useCallback(
    (w: TimeWindow, opts?: { replace?: boolean }) => setWinParam(formatWindow(w), opts),
    [setWinParam],
  );
  const total = charts.data?.totals.statements;

  return (
    <div className="page timeline-page">
      <header className="page-head">
        <h1>Timeline</h1>
        <span className="muted" data-testid="timeline-total">
          {total !== undefined ? plural(total, 'statement') : ''}
          {undatedCount > 0 && ` · ${undatedCount} undated`}
        </span>
        <div className="spacer" />
        <ExportReportButton />
      </header>
      <FilterBar actors={options.actors} topics={options.topics} info={options.info} />
      <ErrorNote error={charts.error ?? marks.error ?? list.error} />
      {total === 0 && (
        <EmptyState title="No statements match">
          <p className="muted">
            {options.info?.statements
              ? 'Loosen the filters above to see more.'
              : 'Import articles in the Library to fill the timeline.'}
          </p>
        </EmptyState>
      )}
      {win && bounds && lanes.length > 0 && (
        <section className="card timeline-axis-card" aria-label="Statements on a time axis">
          <TimelineAxis
            lanes={axisLanes}
            window={win}
            bounds={bounds}
            overview={overview}
            topicColour={colourOfRow}
            onWindow={setWindow}
            onOpen={(row) => navigate(articleHref(row.statement.articleId, row.statement.id))}
          />
          <div className="axis-foot small muted">
            <span>
              ● direct quote · ◆ reported speech · filled: accepted · hollow: suggested · struck through: denial ·
              numbers: several statements (click to zoom in) · colour: topic
            </span>
            <ul className="chart-legend" aria-label="Topic colours">
              {options.topics.map((t) => (
                <li key={t.id}>
                  <span className="swatch" style={{ background: topicColour(t.color, theme) }} aria-hidden="true" />
                  {t.name}
                </li>
              ))}
              <li>
                <span className="swatch" style={{ background: 'var(--muted)' }} aria-hidden="true" />
                no topic
              </li>
            </ul>
            <div className="spacer" />
            {hiddenLanes > 0 && lanes.length < allLanes.length && (
              <button type="button" className="link" onClick={() => setLaneParam(String(laneCount + LANE_STEP))}>
                +{plural(hiddenLanes, 'more actor')}
              </button>
            )}
            {hiddenLanes > 0 && lanes.length >= allLanes.length && (
              <span>{plural(hiddenLanes, 'more actor')}: choose them with the Actors filter</span>
            )}
            {!picked && laneCount > DEFAULT_LANES && (
              <button type="button" className="link" onClick={() => setLaneParam(null)}>
                Fewer lanes
              </button>
            )}
          </div>
        </section>
      )}
      {total !== 0 && (
        <section aria-labelledby="window-list-head">
          <h2 id="window-list-head" className="list-head">
            <span data-testid="timeline-count">{list.total === null ? '' : plural(list.total, 'statement')}</span>
            {win && <span className="muted small"> in the window shown</span>}
          </h2>
          <StatementList rows={list} label="Statements in the window shown" topicColour={colourOfRow} />
        </section>
      )}
      {undatedCount > 0 && (
        <section aria-labelledby="undated-head">
          <h2 id="undated-head" className="list-head">
            Undated: {plural(undatedCount, 'statement')}
            <span className="muted small"> neither the statement nor its article has a date</span>
          </h2>
          <StatementList
            rows={undated}
            label="Undated statements"
            testId="timeline-undated"
            height={300}
            topicColour={colourOfRow}
          />
        </section>
      )}
    </div>
  );
}

/** Statements of a lane whose day is in the range (ISO days compare as strings). */
function countWithin(days: Array<[string, number]>, range: Pick<Filter, 'from' | 'to'>): number {
  let n = 0;
  for (const [day, count] of days) if ((!range.from || day >= range.from) && (!range.to || day <= range.to)) n += count;
  return n;
}

/** The window's days, inside the filter's own range. */
function rangeWithin(filter: Filter, w: TimeWindow): { from: string; to: string } {
  const from = dayOf(w.from);
  const to = dayOf(w.to - DAY);
  return {
    from: filter.from && filter.from > from ? filter.from : from,
    to: filter.to && filter.to < to ? filter.to : to,
  };
}
