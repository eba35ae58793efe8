/**
 * Charts of the current filter, each with drill-down (a click on a point, cell, bar or segment opens the timeline
 * filtered to exactly the statements it counts), its numbers as a table, and PNG/SVG export: statements over time
 * per actor or per topic, actor × topic, outlet × actor, share of voice within each topic, top actors and topics.
 */
import type { ChartData } from '../../../../shared/api';
import type { Filter } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { seriesColour, topicColour } from '../../app/palette';
import { navigate } from '../../app/router';
import { useTheme } from '../../app/ThemeContext';
import type { Theme } from '../../app/theme';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { plural } from '../../components/plural';
import { FilterBar } from '../filters/FilterBar';
import { useFilter, useViewParam } from '../filters/FilterContext';
import { useFilterOptions } from '../filters/useFilterOptions';
import { ExportReportButton } from '../report/ExportReportButton';
import { bucketLabel } from './bucket-label';
import { ChartCard } from './ChartCard';
import { Matrix, type MatrixAxis } from './Matrix';
import { ShareBars, type BarRow } from './ShareBars';
import { actorLines, ChartTable, StatementsOverTime, type OverTimeLine } from './StatementCharts';

const TOP = 10;

export function ChartsView() {
  const { filter, hrefFor } = useFilter();
  const options = useFilterOptions();
  const charts = useApi(
    () => api.queryCharts(filter),
    [JSON.stringify(filter)],
    ['articles', 'statements', 'actors', 'topics'],
  );
  const [by, setBy] = useViewParam('by');
  const data = charts.data;
  const { theme } = useTheme();
  const drill = (patch: Partial<Filter>, win?: string) =>
    navigate(hrefFor('/timeline', { ...filter, ...patch }, win ? { win } : undefined));
  return (
    <div className="page">
      <header className="page-head">
        <h1>Charts</h1>
        {data && (
          <span className="muted">
            {plural(data.totals.statements, 'statement')} · {plural(data.totals.actors, 'actor')} ·{' '}
            {plural(data.totals.articles, 'article')}
            {data.totals.undated > 0 && ` · ${data.totals.undated} undated (not in the time chart)`}
          </span>
        )}
        <div className="spacer" />
        <ExportReportButton />
      </header>
      <FilterBar actors={options.actors} topics={options.topics} info={options.info} />
      <ErrorNote error={charts.error} />
      <p className="muted small">Click a point, cell or bar to see the statements it counts in the timeline.</p>
      {data && data.totals.statements === 0 ? (
        <EmptyState title="Nothing to chart yet">
          <p className="muted">Import articles, or loosen the filters, to see who said what over time.</p>
        </EmptyState>
      ) : (
        data && (
          <div className="charts" data-testid="charts">
            <OverTime
              data={data}
              theme={theme}
              colourIndex={options.colourIndex}
              by={by === 'topic' ? 'topic' : 'actor'}
              setBy={(v) => setBy(v === 'actor' ? null : v)}
              drill={drill}
            />
            <ActorTopic data={data} drill={drill} />
            <OutletActor data={data} drill={drill} />
            <ShareOfVoice data={data} theme={theme} colourIndex={options.colourIndex} drill={drill} />
            <TopLists data={data} theme={theme} colourIndex={options.colourIndex} drill={drill} />
          </div>
        )
      )}
    </div>
  );
}

type Drill = (patch: Partial<Filter>, win?: string) => void;

function OverTime(props: {
  data: ChartData;
  theme: Theme;
  colourIndex: Map<string, number>;
  by: 'actor' | 'topic';
  setBy: (by: 'actor' | 'topic') => void;
  drill: Drill;
}) {
  const { data, theme } = props;
  const g = data.overTime.granularity;
  const topicLines: OverTimeLine[] = data.byTopic.topics.map((t) => ({
    key: t.key,
    name: t.name,
    colour: topicColour(t.color, theme),
  }));
  const lines = props.by === 'topic' ? topicLines : actorLines(data, theme, props.colourIndex);
  const rows = props.by === 'topic' ? data.topicsOverTime : data.overTime.rows;
  const pick = (line: OverTimeLine, row: Record<string, string | number>) => {
    const win = `${row.bucket}_${row.to}`;
    if (props.by === 'topic') {
      const topic = data.byTopic.topics.find((t) => t.key === line.key);
      props.drill(topic ? { topicIds: [topic.topicId] } : {}, win);
    } else {
      const series = data.overTime.series.find((s) => s.key === line.key);
      props.drill(series?.actorId ? { actorIds: [series.actorId] } : {}, win);
    }
  };
  return (
    <ChartCard
      id="over-time"
      title={`Statements per ${props.by} over time, by ${g}`}
      tools={
        <div className="segmented" role="group" aria-label="Lines per">
          {(['actor', 'topic'] as const).map((b) => (
            <button key={b} type="button" aria-pressed={props.by === b} onClick={() => props.setBy(b)}>
              per {b}
            </button>
          ))}
        </div>
      }
      table={
        <ChartTable
          caption={`Statements per ${props.by} per ${g}`}
          rowHeader={g[0]!.toUpperCase() + g.slice(1)}
          rows={rows}
          rowKey="bucket"
          formatRow={(b) => bucketLabel(b, g)}
          columns={lines.map((l) => ({ key: l.key, name: l.name }))}
        />
      }
    >
      <StatementsOverTime data={data} theme={theme} lines={lines} rows={rows} onPick={pick} />
    </ChartCard>
  );
}

function ActorTopic({ data, drill }: { data: ChartData; drill: Drill }) {
  if (data.byTopic.topics.length === 0)
    return (
      <section className="card chart">
        <h2>Actors × topics</h2>
        <p className="muted">No topics are defined yet.</p>
      </section>
    );
  const rows: MatrixAxis[] = data.byTopic.rows.map((r) => ({
    id: String(r.actorId),
    label: String(r.actor),
    summary: !r.actorId,
  }));
  const cols: MatrixAxis[] = data.byTopic.topics.map((t) => ({ id: t.key, label: t.name }));
  const byId = new Map(data.byTopic.rows.map((r) => [String(r.actorId), r]));
  return (
    <ChartCard
      id="actor-topic"
      title="Actors × topics"
      table={
        <ChartTable
          caption="Statements per actor per topic"
          rowHeader="Actor"
          rows={data.byTopic.rows}
          rowKey="actor"
          columns={data.byTopic.topics.map((t) => ({ key: t.key, name: t.name }))}
        />
      }
    >
      <Matrix
        label="Statements per actor and topic"
        testId="matrix-actor-topic"
        rows={rows}
        cols={cols}
        value={(r, c) => Number(byId.get(r)?.[c] ?? 0)}
        onPick={(r, c) =>
          drill({ actorIds: [r.id], topicIds: [data.byTopic.topics.find((t) => t.key === c.id)!.topicId] })
        }
      />
    </ChartCard>
  );
}

function OutletActor({ data, drill }: { data: ChartData; drill: Drill }) {
  const rows: MatrixAxis[] = data.byOutlet.map((r) => ({
    id: String(r.outlet),
    label: String(r.outlet),
    summary: String(r.outlet).startsWith('Others (') || r.outlet === '(no outlet)',
  }));
  const cols: MatrixAxis[] = data.overTime.series.map((s) => ({ id: s.key, label: s.name, summary: !s.actorId }));
  const byId = new Map(data.byOutlet.map((r) => [String(r.outlet), r]));
  return (
    <ChartCard
      id="outlet-actor"
      title="Outlets × actors"
      table={
        <ChartTable
          caption="Statements per outlet per actor"
          rowHeader="Outlet"
          rows={data.byOutlet}
          rowKey="outlet"
          columns={[
            ...data.overTime.series.map((s) => ({ key: s.key, name: s.name })),
            { key: 'total', name: 'All actors' },
          ]}
        />
      }
    >
      <Matrix
        label="Statements per outlet and actor"
        testId="matrix-outlet-actor"
        rows={rows}
        cols={cols}
        value={(r, c) => Number(byId.get(r)?.[c] ?? 0)}
        onPick={(r, c) =>
          drill({ sources: [r.id], actorIds: [data.overTime.series.find((s) => s.key === c.id)!.actorId] })
        }
      />
    </ChartCard>
  );
}

function ShareOfVoice(props: { data: ChartData; theme: Theme; colourIndex: Map<string, number>; drill: Drill }) {
  const { data, theme } = props;
  if (data.byTopic.topics.length === 0) return null;
  const rows: BarRow[] = data.byTopic.topics.map((t) => ({
    id: t.topicId,
    label: t.name,
    parts: data.byTopic.rows.map((r, i) => ({
      id: String(r.actorId),
      label: String(r.actor),
      value: Number(r[t.key] ?? 0),
      colour: r.actorId ? seriesColour(props.colourIndex.get(String(r.actorId)) ?? i, theme) : 'var(--field-line)',
      summary: !r.actorId,
    })),
  }));
  const table = data.byTopic.topics.map((t) => {
    const total = data.byTopic.rows.reduce((n, r) => n + Number(r[t.key] ?? 0), 0);
    const row: Record<string, string | number> = { topic: t.name };
    for (const r of data.byTopic.rows)
      row[String(r.actor)] = total ? `${Math.round((Number(r[t.key] ?? 0) / total) * 100)}%` : '–';
    return row;
  });
  return (
    <ChartCard
      id="share-of-voice"
      title="Share of voice within each topic"
      table={
        <ChartTable
          caption="Each actor's share of the statements on a topic"
          rowHeader="Topic"
          rows={table}
          rowKey="topic"
          columns={data.byTopic.rows.map((r) => ({ key: String(r.actor), name: String(r.actor) }))}
        />
      }
    >
      <ShareBars
        label="Each actor's share of the statements on each topic"
        testId="share-of-voice"
        rows={rows}
        shares
        onPick={(r, p) => props.drill({ topicIds: [r.id], actorIds: [p.id] })}
      />
      <Legend
        items={data.byTopic.rows.map((r, i) => ({
          label: String(r.actor),
          colour: r.actorId ? seriesColour(props.colourIndex.get(String(r.actorId)) ?? i, theme) : 'var(--field-line)',
        }))}
      />
    </ChartCard>
  );
}

function TopLists(props: { data: ChartData; theme: Theme; colourIndex: Map<string, number>; drill: Drill }) {
  const { data, theme } = props;
  const lanes = data.lanes.actors;
  const top = lanes.slice(0, TOP);
  const rest = lanes.slice(TOP).reduce((n, l) => n + l.total, 0) + data.lanes.moreStatements;
  const othersCount = lanes.length - top.length + data.lanes.moreActors;
  const actorRows: BarRow[] = top.map((l, i) => ({
    id: l.actorId,
    label: l.name,
    parts: [
      {
        id: l.actorId,
        label: l.name,
        value: l.total,
        colour: seriesColour(props.colourIndex.get(l.actorId) ?? i, theme),
      },
    ],
  }));
  if (othersCount > 0)
    actorRows.push({
      id: '',
      label: `Others (${othersCount} actors)`,
      parts: [{ id: '', label: 'Others', value: Math.max(0, rest), colour: 'var(--field-line)', summary: true }],
    });
  const topicRows: BarRow[] = [...data.topicTotals]
    .sort((a, b) => b.count - a.count)
    .map((t) => {
      const topic = data.byTopic.topics.find((x) => x.topicId === t.topicId);
      return {
        id: t.topicId,
        label: t.name,
        parts: [
          {
            id: t.topicId,
            label: t.name,
            value: t.count,
            colour: topic ? topicColour(topic.color, theme) : 'var(--muted)',
          },
        ],
      };
    });
  if (data.noTopic > 0)
    topicRows.push({
      id: '',
      label: 'No topic',
      parts: [{ id: '', label: 'No topic', value: data.noTopic, colour: 'var(--field-line)', summary: true }],
    });
  return (
    <ChartCard
      id="top"
      title="Top actors and topics"
      table={
        <ChartTable
          caption="Statements per actor and per topic"
          rowHeader="Actor or topic"
          rows={[...actorRows, ...topicRows].map((r) => ({ name: r.label, count: r.parts[0]!.value }))}
          rowKey="name"
          columns={[{ key: 'count', name: 'Statements' }]}
        />
      }
    >
      <div className="top-lists">
        <ShareBars
          label="Statements per actor, most quoted first"
          testId="top-actors"
          rows={actorRows}
          onPick={(r) => props.drill({ actorIds: [r.id] })}
        />
        <ShareBars
          label="Statements per topic"
          testId="top-topics"
          rows={topicRows}
          onPick={(r) => props.drill({ topicIds: [r.id] })}
        />
      </div>
    </ChartCard>
  );
}

function Legend({ items }: { items: Array<{ label: string; colour: string }> }) {
  return (
    <ul className="chart-legend">
      {items.map((it) => (
        <li key={it.label}>
          <span className="swatch" style={{ background: it.colour }} aria-hidden="true" />
          {it.label}
        </li>
      ))}
    </ul>
  );
}
