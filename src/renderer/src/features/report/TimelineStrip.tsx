import type { ReportFormat } from './report-format';

/** Statements per month as one strip of bars (SVG, so it prints as vectors), labelled at its ends and peak. */
export function TimelineStrip({
  months,
  format,
}: {
  months: Array<{ month: string; count: number }>;
  format: ReportFormat;
}) {
  if (months.length === 0) return <p>No dated statements.</p>;
  const width = 640;
  const height = 70;
  const barArea = 50;
  const max = Math.max(...months.map((m) => m.count));
  const step = width / months.length;
  const peak = months.find((m) => m.count === max)!;
  return (
    <figure className="rpt-strip">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label="Statements per month"
      >
        <line x1={0} x2={width} y1={barArea} y2={barArea} stroke="#8a9099" strokeWidth={0.5} />
        {months.map((m, i) => {
          const h = max > 0 ? (m.count / max) * (barArea - 4) : 0;
          return (
            <rect
              key={m.month}
              x={i * step + step * 0.15}
              y={barArea - h}
              width={Math.max(1, step * 0.7)}
              height={h}
              fill="#2f63c9"
            >
              <title>{`${format.date(m.month)}: ${format.count(m.count, 'statement')}`}</title>
            </rect>
          );
        })}
        <text x={0} y={height - 4} fontSize={10} fill="#5b6068">
          {format.date(months[0]!.month)}
        </text>
        <text x={width} y={height - 4} fontSize={10} fill="#5b6068" textAnchor="end">
          {format.date(months[months.length - 1]!.month)}
        </text>
      </svg>
      <figcaption className="rpt-muted">
        {format.count(
          months.reduce((n, m) => n + m.count, 0),
          'statement',
        )}{' '}
        over {format.count(months.length, 'month')}; most in {format.date(peak.month)} ({format.number(peak.count)}).
      </figcaption>
    </figure>
  );
}
