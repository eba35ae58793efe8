/**
 * A count matrix drawn as SVG (actor × topic, outlet × actor): darker cells count more, every cell shows its number,
 * and a click (or Enter) on a cell drills down to the statements it counts.
 */
import { useElementWidth } from '../../components/useElementWidth';

export interface MatrixAxis {
  id: string;
  label: string;
  /** Rows or columns that sum several others ("Others") cannot be drilled into. */
  summary?: boolean;
  colour?: string;
}

const LABEL_W = 180;
const HEAD_H = 30;
const ROW_H = 30;

export function Matrix(props: {
  label: string;
  rows: MatrixAxis[];
  cols: MatrixAxis[];
  value: (row: string, col: string) => number;
  onPick: (row: MatrixAxis, col: MatrixAxis) => void;
  testId: string;
}) {
  const [box, width] = useElementWidth<HTMLDivElement>(700);
  const max = Math.max(1, ...props.rows.flatMap((r) => props.cols.map((c) => props.value(r.id, c.id))));
  const cellW = Math.max(44, Math.min(120, (width - LABEL_W) / Math.max(1, props.cols.length)));
  const w = LABEL_W + cellW * props.cols.length;
  const h = HEAD_H + ROW_H * props.rows.length;
  const clip = (text: string, room: number) =>
    text.length * 7.2 > room ? `${text.slice(0, Math.max(3, Math.floor(room / 7.2) - 1))}…` : text;
  return (
    <div ref={box} className="matrix-box">
      <svg
        className="chart-svg matrix"
        width={w}
        height={h}
        role="group"
        aria-label={props.label}
        data-testid={props.testId}
      >
        {props.cols.map((c, j) => (
          <text
            key={c.id}
            x={LABEL_W + j * cellW + cellW / 2}
            y={HEAD_H - 10}
            textAnchor="middle"
            className="matrix-head"
          >
            <title>{c.label}</title>
            {clip(c.label, cellW - 4)}
          </text>
        ))}
        {props.rows.map((r, i) => (
          <g key={r.id || `summary-${i}`}>
            <text x={LABEL_W - 8} y={HEAD_H + i * ROW_H + ROW_H / 2 + 4} textAnchor="end" className="matrix-head">
              <title>{r.label}</title>
              {clip(r.label, LABEL_W - 12)}
            </text>
            {props.cols.map((c, j) => {
              const n = props.value(r.id, c.id);
              const strength = n / max;
              const live = !r.summary && !c.summary && n > 0;
              const x = LABEL_W + j * cellW;
              const y = HEAD_H + i * ROW_H;
              const name = `${r.label}, ${c.label}: ${n}`;
              return (
                <g
                  key={c.id || `summary-${j}`}
                  className={`matrix-cell${live ? ' live' : ''}`}
                  data-testid="matrix-cell"
                  data-row={r.label}
                  data-col={c.label}
                  data-count={n}
                  {...(live
                    ? {
                        role: 'button',
                        tabIndex: 0,
                        'aria-label': `${name} statements: show them in the timeline`,
                        onClick: () => props.onPick(r, c),
                        onKeyDown: (e: React.KeyboardEvent) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            props.onPick(r, c);
                          }
                        },
                      }
                    : {})}
                >
                  <rect
                    x={x + 1}
                    y={y + 1}
                    width={cellW - 2}
                    height={ROW_H - 2}
                    rx={3}
                    fillOpacity={n ? 0.12 + 0.78 * strength : 0.04}
                    className="matrix-fill"
                  />
                  <text
                    x={x + cellW / 2}
                    y={y + ROW_H / 2 + 4}
                    textAnchor="middle"
                    className={strength > 0.5 ? 'matrix-num strong' : 'matrix-num'}
                  >
                    {n}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}
