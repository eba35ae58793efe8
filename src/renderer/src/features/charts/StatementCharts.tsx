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
import { formatMonth } from '../../components/format';

const SERIES_COLORS = ['#3b6fd8', '#d8743b', '#2f9e6e', '#b8417a', '#7a5cc7', '#c9a227', '#3aa3b5', '#8c6d4f'];

/** Draws ready-made series; `fixedWidth` is for print, where responsive sizing has nothing to measure. */
export function StatementsOverTime({ data, fixedWidth }: { data: ChartData; fixedWidth?: number }) {
  const chart = (
    <LineChart data={data.overTime.rows} width={fixedWidth} height={fixedWidth ? 260 : undefined} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
      <XAxis dataKey="bucket" tickFormatter={formatMonth} fontSize={12} />
      <YAxis allowDecimals={false} fontSize={12} />
      {!fixedWidth && <Tooltip labelFormatter={(l) => formatMonth(String(l))} />}
      <Legend />
      {data.overTime.series.map((s, i) => (
        <Line
          key={s.key}
          type="linear"
          dataKey={s.key}
          name={s.name}
          stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={!fixedWidth}
        />
      ))}
    </LineChart>
  );
  return fixedWidth ? chart : <ResponsiveContainer width="100%" height={300}>{chart}</ResponsiveContainer>;
}

export function StatementsByTopic({ data, fixedWidth }: { data: ChartData; fixedWidth?: number }) {
  const height = Math.max(180, data.byTopic.rows.length * 34 + 60);
  const chart = (
    <BarChart data={data.byTopic.rows} layout="vertical" width={fixedWidth} height={fixedWidth ? height : undefined} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
      <XAxis type="number" allowDecimals={false} fontSize={12} />
      <YAxis type="category" dataKey="actor" width={150} fontSize={12} />
      {!fixedWidth && <Tooltip />}
      <Legend />
      {data.byTopic.topics.map((t) => (
        <Bar key={t.key} dataKey={t.key} name={t.name} stackId="topics" fill={t.color} isAnimationActive={!fixedWidth} />
      ))}
    </BarChart>
  );
  return fixedWidth ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}
