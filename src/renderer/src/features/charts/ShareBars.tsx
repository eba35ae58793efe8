/**
 * Horizontal bars drawn as SVG: plain counts (top actors or topics, "others" included) or 100 % bars split into
 * shares (each actor's share of voice within a topic). Every bar or segment drills down on click or Enter.
 */
import { useElementWidth } from '../../components/useElementWidth';

export interface BarPart {
  id: string;
  label: string;
  value: number;
  colour: string;
  /** Sums of several (others) cannot be drilled into. */
  summary?: boolean;
}

export interface BarRow {
  id: string;
  label: string;
  parts: BarPart[];
}

const LABEL_W = 180;
const ROW_H = 28;

export function ShareBars(props: {
  label: string;
  rows: BarRow[];
  /** Bars as shares of their own row's total (100 % wide), or as counts on one scale. */
  shares?: boolean;
  onPick: (row: BarRow, part: BarPart) => void;
  testId: string;
}) {
  const [box, width] = useElementWidth<HTMLDivElement>(700);
  const sum = (r: BarRow) => r.parts.reduce((n, p) => n + p.value, 0);
  const max = Math.max(1, ...props.rows.map(sum));
  const room = Math.max(120, width - LABEL_W - 50);
  return (
    <div ref={box} className="matrix-box">
      <svg
        className="chart-svg bars"
        width={LABEL_W + room + 50}
        height={props.rows.length * ROW_H + 4}
        role="group"
        aria-label={props.label}
        data-testid={props.testId}
      >
        {props.rows.map((r, i) => {
          const total = sum(r);
          const scale = props.shares ? room / Math.max(1, total) : room / max;
          let x = LABEL_W;
          const y = i * ROW_H + 4;
          return (
            <g key={r.id || `row-${i}`}>
              <text x={LABEL_W - 8} y={y + ROW_H / 2 + 2} textAnchor="end" className="matrix-head">
                {r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label}
              </text>
              {r.parts.map((p) => {
                const w = p.value * scale;
                const at = x;
                x += w;
                if (p.value === 0) return null;
                const share = total ? Math.round((p.value / total) * 100) : 0;
                const name = props.shares ? `${r.label}, ${p.label}: ${share}% (${p.value})` : `${p.label}: ${p.value}`;
                const live = !p.summary;
                return (
                  <g
                    key={p.id || `part-${p.label}`}
                    className={`bar-part${live ? ' live' : ''}`}
                    data-testid="bar-part"
                    data-label={p.label}
                    data-count={p.value}
                    {...(live
                      ? {
                          role: 'button',
                          tabIndex: 0,
                          'aria-label': `${name}: show the statements in the timeline`,
                          onClick: () => props.onPick(r, p),
                          onKeyDown: (e: React.KeyboardEvent) => {
                            if (e.key === 'Enter' || e.key === ' ') {
                              e.preventDefault();
                              props.onPick(r, p);
                            }
                          },
                        }
                      : {})}
                  >
                    <title>{name}</title>
                    <rect x={at} y={y} width={Math.max(1, w - 1)} height={ROW_H - 8} fill={p.colour} />
                  </g>
                );
              })}
              <text x={x + 6} y={y + ROW_H / 2 + 2} className="matrix-num">
                {props.shares ? '' : total}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
