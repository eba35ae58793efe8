import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartData } from '../../../../shared/api';
import { seriesColour, seriesDash, topicColour } from '../../app/palette';
import type { Theme } from '../../app/theme';
import { plural } from '../../components/plural';
import { bucketLabel, bucketTick } from './bucket-label';

interface ChartProps {
  data: ChartData;
  theme: Theme;
  /** For print, where responsive sizing has nothing to measure. */
  fixedWidth?: number;
}

// Text in legends and tooltips is drawn in the page's ink, never in a series colour that may be too faint to read.
const legendText = (value: ReactNode) => <span className="legend-text">{value}</span>;
// Recharts writes the tick colour into an inline style, so the theme's colour has to be passed the same way.
const tickStyle = { fill: 'var(--muted)' };
const tooltipStyle = {
  contentStyle: { background: 'var(--panel)', borderColor: 'var(--line)', color: 'var(--ink)' },
  itemStyle: { color: 'var(--ink)' },
  labelStyle: { color: 'var(--ink)' },
};

function overTimeSummary(data: ChartData, what: string, count: number): string {
  const rows = data.overTime.rows;
  const g = data.overTime.granularity;
  const first = rows[0]?.bucket;
  const last = rows[rows.length - 1]?.bucket;
  const span = first && last ? `, ${bucketLabel(String(first), g)} to ${bucketLabel(String(last), g)}` : '';
  return `Line chart of statements per ${g} for ${plural(count, what)}${span}. The numbers are in the table below it.`;
}

function byTopicSummary(data: ChartData): string {
  return `Stacked bar chart of statements per topic for ${plural(data.byTopic.rows.length, 'actor')} and ${plural(
    data.byTopic.topics.length,
    'topic',
  )}. The numbers are in the table below it.`;
}

export interface OverTimeLine {
  key: string;
  name: string;
  colour: string;
  dash?: string | undefined;
}

/** The lines of the over-time chart by actor: each actor's own colour, "others" in grey. */
export function actorLines(data: ChartData, theme: Theme, colourIndex?: Map<string, number>): OverTimeLine[] {
  return data.overTime.series.map((s, i) => {
    const index = colourIndex?.get(s.actorId) ?? i;
    return {
      key: s.key,
      name: s.name,
      colour: s.actorId ? seriesColour(index, theme) : 'var(--muted)',
      dash: s.actorId ? seriesDash(index) : '4 4',
    };
  });
}

export function StatementsOverTime({
  data,
  theme,
  fixedWidth,
  lines,
  rows,
  onPick,
}: ChartProps & {
  /** Defaults to one line per actor series. */
  lines?: OverTimeLine[];
  rows?: Array<Record<string, string | number>>;
  onPick?: (line: OverTimeLine, row: Record<string, string | number>) => void;
}) {
  const drawn = lines ?? actorLines(data, theme);
  const g = data.overTime.granularity;
  const chart = (
    <LineChart
      data={rows ?? data.overTime.rows}
      width={fixedWidth}
      height={fixedWidth ? 260 : undefined}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer={false}
      role="img"
      aria-label={overTimeSummary(data, lines ? 'series' : 'actor', drawn.length)}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="bucket" tickFormatter={(b: string) => bucketTick(b, g)} fontSize={12} tick={tickStyle} />
      <YAxis allowDecimals={false} fontSize={12} tick={tickStyle} />
      {!fixedWidth && <Tooltip labelFormatter={(l) => bucketLabel(String(l), g)} {...tooltipStyle} />}
      <Legend formatter={legendText} />
      {drawn.map((line) => (
        <Line
          key={line.key}
          type="linear"
          dataKey={line.key}
          name={line.name}
          stroke={line.colour}
          strokeDasharray={line.dash}
          strokeWidth={2}
          dot={{ r: 3 }}
          activeDot={
            onPick
              ? {
                  r: 6,
                  cursor: 'pointer',
                  onClick: (_event: unknown, dot: unknown) => {
                    const payload = (dot as { payload?: Record<string, string | number> }).payload;
                    if (payload) onPick(line, payload);
                  },
                }
              : { r: 5 }
          }
          isAnimationActive={!fixedWidth}
        />
      ))}
    </LineChart>
  );
  return fixedWidth ? (
    chart
  ) : (
    <ResponsiveContainer width="100%" height={300}>
      {chart}
    </ResponsiveContainer>
  );
}

export function StatementsByTopic({ data, theme, fixedWidth }: ChartProps) {
  const height = Math.max(180, data.byTopic.rows.length * 34 + 60);
  const chart = (
    <BarChart
      data={data.byTopic.rows}
      layout="vertical"
      width={fixedWidth}
      height={fixedWidth ? height : undefined}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      accessibilityLayer={false}
      role="img"
      aria-label={byTopicSummary(data)}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} fontSize={12} tick={tickStyle} />
      <YAxis type="category" dataKey="actor" width={150} fontSize={12} tick={tickStyle} />
      {!fixedWidth && <Tooltip cursor={{ fill: 'var(--accent-soft)' }} {...tooltipStyle} />}
      <Legend formatter={legendText} />
      {data.byTopic.topics.map((t) => (
        <Bar
          key={t.key}
          dataKey={t.key}
          name={t.name}
          stackId="topics"
          fill={topicColour(t.color, theme)}
          isAnimationActive={!fixedWidth}
        />
      ))}
    </BarChart>
  );
  return fixedWidth ? (
    chart
  ) : (
    <ResponsiveContainer width="100%" height={height}>
      {chart}
    </ResponsiveContainer>
  );
}

/** The numbers behind a chart, as a table: the chart's text alternative, folded away until asked for. */
export function ChartTable(props: {
  caption: string;
  rowHeader: string;
  rows: Array<Record<string, string | number>>;
  rowKey: string;
  columns: Array<{ key: string; name: string }>;
  formatRow?: (v: string) => string;
}) {
  const { rows, columns, rowKey } = props;
  return (
    <details className="chart-data">
      <summary>Show the numbers</summary>
      <div className="table-scroll">
        <table className="grid">
          <caption className="sr-only">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.rowHeader}</th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="num">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[rowKey])}>
                <th scope="row">{props.formatRow ? props.formatRow(String(row[rowKey])) : String(row[rowKey])}</th>
                {columns.map((c) => (
                  <td key={c.key} className="num">
                    {row[c.key] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
