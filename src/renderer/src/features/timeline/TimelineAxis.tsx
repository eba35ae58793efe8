/**
 * The timeline's time axis, drawn as SVG: one lane per actor, each statement a mark at its date (colour = its first
 * topic, circle = direct quote, diamond = reported speech, filled once accepted, hollow while suggested, faded when
 * rejected, struck through when a denial), overlapping marks drawn as counts. Zoom and pan with the wheel, by
 * dragging, with the buttons or the keyboard, or by brushing the overview strip under it. Hover shows the
 * statement; a click opens the reader at it (a count zooms into its days).
 */
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useElementWidth } from '../../components/useElementWidth';
import type { TimelineLane, TimelineRow } from '../../../../shared/api';
import { cueLine } from '../../components/StatementText';
import { formatDate, formatMonth } from '../../components/format';
import { plural } from '../../components/plural';
import { groupCounts, groupRows, xOf, type LaneItem } from './mark-groups';
import {
  clampWindow,
  DAY,
  formatDay,
  panWindow,
  spanWindow,
  ticksFor,
  zoomWindow,
  type TimeWindow,
} from './time-scale';

const LABEL_W = 170;
const LANE_H = 46;
const AXIS_H = 26;
const OVERVIEW_H = 34;

export interface AxisLane {
  lane: TimelineLane;
  colour: string;
  /** Statements of this lane in the window, or null when there are too many to draw one by one. */
  rows: TimelineRow[] | null;
}

interface Hover {
  x: number;
  y: number;
  item: LaneItem;
  lane: string;
}

export function TimelineAxis(props: {
  lanes: AxisLane[];
  window: TimeWindow;
  bounds: TimeWindow;
  /** Statements per day over every lane, for the overview strip. */
  overview: Map<number, number>;
  topicColour: (row: TimelineRow) => string;
  onWindow: (w: TimeWindow, options?: { replace?: boolean }) => void;
  onOpen: (row: TimelineRow) => void;
}) {
  const [wrap, width] = useElementWidth<HTMLDivElement>(800);
  const plotRef = useRef<SVGSVGElement>(null);
  const [draft, setDraft] = useState<TimeWindow | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const w = draft ?? props.window;
  const plotW = Math.max(100, width - LABEL_W);
  const { onWindow, bounds } = props;

  // Wheel zoom needs a non-passive listener to keep the page from scrolling; it settles in the address after a pause.
  const latest = useRef({ w, plotW, bounds, onWindow });
  useEffect(() => {
    latest.current = { w, plotW, bounds, onWindow };
  });
  useEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { w: cur, plotW: pw, bounds: b, onWindow: commit } = latest.current;
      const rect = el.getBoundingClientRect();
      const anchor = Math.min(1, Math.max(0, (e.clientX - rect.left) / pw));
      const next =
        Math.abs(e.deltaX) > Math.abs(e.deltaY)
          ? clampWindow(panWindow(cur, e.deltaX / pw), b)
          : clampWindow(zoomWindow(cur, e.deltaY > 0 ? 1.25 : 0.8, anchor), b);
      setDraft(next);
      clearTimeout(timer);
      timer = setTimeout(() => {
        commit(next, { replace: true });
        setDraft(null);
      }, 250);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      el.removeEventListener('wheel', onWheel);
      clearTimeout(timer);
    };
  }, []);

  const set = (next: TimeWindow) => onWindow(clampWindow(next, bounds));

  // Dragging the plot pans; the window is written to the address when the drag ends.
  const drag = useRef<{ x: number; w: TimeWindow; moved: boolean } | null>(null);
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, w, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    if (!d.moved && Math.abs(dx) < 4) return;
    if (!d.moved) e.currentTarget.setPointerCapture(e.pointerId);
    d.moved = true;
    setHover(null);
    setDraft(clampWindow(panWindow(d.w, -dx / plotW), bounds));
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d?.moved && draft) {
      onWindow(draft);
      setDraft(null);
    }
  };
  const dragged = () => drag.current?.moved === true;

  const onKeyDown = (e: React.KeyboardEvent) => {
    const keys: Record<string, () => TimeWindow> = {
      '+': () => zoomWindow(w, 0.5),
      '=': () => zoomWindow(w, 0.5),
      '-': () => zoomWindow(w, 2),
      ArrowLeft: () => panWindow(w, -0.25),
      ArrowRight: () => panWindow(w, 0.25),
      '0': () => bounds,
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    set(action());
  };

  const ticks = ticksFor(w, plotW);
  const lanesH = props.lanes.length * LANE_H;
  const height = AXIS_H + lanesH;
  const shownFrom = formatDay(w.from);
  const shownTo = formatDay(w.to - DAY);

  return (
    <div className="time-axis" ref={wrap}>
      <div className="axis-tools" role="toolbar" aria-label="Zoom and pan the timeline">
        <button type="button" onClick={() => set(panWindow(w, -0.5))} aria-label="Earlier">
          ←
        </button>
        <button type="button" onClick={() => set(zoomWindow(w, 0.5))} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => set(zoomWindow(w, 2))} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => set(panWindow(w, 0.5))} aria-label="Later">
          →
        </button>
        {[
          ['Year', 365],
          ['Quarter', 91],
          ['Month', 31],
          ['Week', 7],
        ].map(([label, days]) => (
          <button key={label} type="button" className="secondary" onClick={() => set(spanWindow(w, Number(days)))}>
            {label}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => set(bounds)}>
          All
        </button>
        <span className="muted small" data-testid="axis-window" aria-live="polite">
          {shownFrom} – {shownTo}
        </span>
      </div>
      <div
        className="axis-frame"
        tabIndex={0}
        role="group"
        aria-label={`Timeline from ${shownFrom} to ${shownTo}. Plus and minus zoom, arrow keys pan, 0 shows everything.`}
        onKeyDown={onKeyDown}
        onMouseLeave={() => setHover(null)}
      >
        <div className="lane-labels" style={{ width: LABEL_W, paddingTop: AXIS_H }}>
          {props.lanes.map((l) => (
            <div key={l.lane.actorId} className="lane-label" style={{ height: LANE_H }} title={l.lane.name}>
              <span className="swatch" style={{ background: l.colour }} aria-hidden="true" />
              <span className="ellipsis">{l.lane.name}</span>
              <span className="muted small">{l.lane.total}</span>
            </div>
          ))}
        </div>
        <svg
          ref={plotRef}
          className="axis-plot"
          width={plotW}
          height={height}
          data-testid="timeline-axis"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          aria-hidden="true"
        >
          {ticks.map((t) => {
            const x = xOf(t.t, w, plotW);
            return (
              <g key={t.t}>
                <line x1={x} x2={x} y1={AXIS_H - 6} y2={height} className={t.major ? 'tick major' : 'tick'} />
                <text x={x + 3} y={AXIS_H - 10} className="tick-label">
                  {t.label}
                </text>
              </g>
            );
          })}
          {props.lanes.map((l, i) => {
            const y = AXIS_H + i * LANE_H + LANE_H / 2;
            const items = l.rows ? groupRows(l.rows, w, plotW) : groupCounts(l.lane.days, w, plotW);
            return (
              <g key={l.lane.actorId} data-lane={l.lane.name}>
                <line x1={0} x2={plotW} y1={y} y2={y} className="lane-line" />
                {items.map((item) =>
                  item.kind === 'mark' ? (
                    <Mark
                      key={item.row.statement.id}
                      x={item.x}
                      y={y + item.dy}
                      row={item.row}
                      colour={props.topicColour(item.row)}
                      onEnter={() => setHover({ x: item.x, y: y + item.dy, item, lane: l.lane.name })}
                      onClick={() => !dragged() && props.onOpen(item.row)}
                    />
                  ) : (
                    <g
                      key={`c${item.from}`}
                      className="mark-count"
                      data-testid="timeline-count-mark"
                      onMouseEnter={() => setHover({ x: item.x, y, item, lane: l.lane.name })}
                      onClick={() =>
                        !dragged() &&
                        set(
                          clampWindow(
                            { from: item.from - DAY, to: Math.max(item.to + DAY, item.from + 7 * DAY) },
                            bounds,
                          ),
                        )
                      }
                    >
                      <circle cx={item.x} cy={y} r={Math.min(16, 7 + Math.sqrt(item.count) * 1.6)} />
                      <text x={item.x} y={y + 4} textAnchor="middle">
                        {item.count}
                      </text>
                    </g>
                  ),
                )}
              </g>
            );
          })}
        </svg>
        {hover && <Tooltip hover={hover} left={LABEL_W} width={plotW} />}
      </div>
      <Overview counts={props.overview} bounds={bounds} window={w} width={plotW} left={LABEL_W} onWindow={set} />
    </div>
  );
}

function Mark(props: {
  x: number;
  y: number;
  row: TimelineRow;
  colour: string;
  onEnter: () => void;
  onClick: () => void;
}) {
  const s = props.row.statement;
  const reviewed = s.status === 'accepted' || s.status === 'edited';
  const cls = `mark ${s.kind} ${s.status}${s.polarity === 'denies' ? ' denies' : ''}`;
  const fill = reviewed ? props.colour : 'var(--panel)';
  const { x, y } = props;
  return (
    <g
      className={cls}
      data-testid="timeline-mark"
      data-statement-id={s.id}
      onMouseEnter={props.onEnter}
      onClick={props.onClick}
    >
      {s.kind === 'direct' ? (
        <circle cx={x} cy={y} r={6} fill={fill} stroke={props.colour} />
      ) : (
        <rect
          x={x - 5}
          y={y - 5}
          width={10}
          height={10}
          transform={`rotate(45 ${x} ${y})`}
          fill={fill}
          stroke={props.colour}
        />
      )}
      {s.polarity === 'denies' && <line x1={x - 8} x2={x + 8} y1={y + 8} y2={y - 8} className="deny-stroke" />}
    </g>
  );
}

function Tooltip({ hover, left, width }: { hover: Hover; left: number; width: number }) {
  const style = {
    left: left + Math.min(Math.max(hover.x - 150, 0), Math.max(0, width - 300)),
    top: hover.y + 16,
  };
  if (hover.item.kind === 'count') {
    const { count, from, to } = hover.item;
    return (
      <div className="axis-tooltip" style={style} data-testid="timeline-tooltip" role="status">
        <strong>{hover.lane}</strong>: {plural(count, 'statement')}, {formatDay(from)}
        {to - from > DAY ? ` – ${formatDay(to - DAY)}` : ''}. Click to zoom in.
      </div>
    );
  }
  const r = hover.item.row;
  const s = r.statement;
  return (
    <div className="axis-tooltip" style={style} data-testid="timeline-tooltip" role="status">
      <div>
        <strong>{cueLine(r.speakerName, s)}:</strong>
        {s.polarity === 'denies' && <span className="polarity denies">denies</span>}
      </div>
      <div className={`quote ${s.kind}`}>{s.kind === 'direct' ? `“${s.quote}”` : s.quote}</div>
      <div className="muted small">
        {r.source ?? 'unknown source'} · {whenText(r)}
        {r.topicNames.length > 0 && ` · ${r.topicNames.join(', ')}`} · {s.status}
      </div>
    </div>
  );
}

export function whenText(r: TimelineRow): string {
  if (!r.when.date) return 'no date';
  const date =
    r.when.precision === 'month'
      ? formatMonth(r.when.date)
      : r.when.precision === 'year'
        ? r.when.date.slice(0, 4)
        : `${r.when.precision === 'week' ? 'week of ' : ''}${formatDate(r.when.date)}`;
  return r.when.origin === 'statement' ? `${date} (date in the text)` : `${date} (article date)`;
}

/** The whole range at a glance, with the shown window on it: drag across it to choose a window, drag the window to move it. */
function Overview(props: {
  counts: Map<number, number>;
  bounds: TimeWindow;
  window: TimeWindow;
  width: number;
  left: number;
  onWindow: (w: TimeWindow) => void;
}) {
  const { bounds, width } = props;
  const full = {
    from: bounds.from - (bounds.to - bounds.from) * 0.02,
    to: bounds.to + (bounds.to - bounds.from) * 0.02 + DAY,
  };
  const bins = new Array<number>(Math.max(1, Math.floor(width / 3))).fill(0);
  for (const [t, n] of props.counts) {
    const i = Math.floor((xOf(t, full, width) / width) * bins.length);
    if (i >= 0 && i < bins.length) bins[i]! += n;
  }
  const max = Math.max(1, ...bins);
  const [brush, setBrush] = useState<{ start: number; end: number; move: TimeWindow | null } | null>(null);
  const tOf = (x: number) => full.from + (x / width) * (full.to - full.from);
  const x0 = xOf(props.window.from, full, width);
  const x1 = xOf(props.window.to, full, width);
  const local = (e: ReactPointerEvent) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const shown =
    brush && !brush.move ? { a: Math.min(brush.start, brush.end), b: Math.max(brush.start, brush.end) } : null;
  const moved = brush?.move ? { a: x0 + brush.end - brush.start, b: x1 + brush.end - brush.start } : null;
  return (
    <div className="overview" style={{ marginLeft: props.left }}>
      <svg
        width={width}
        height={OVERVIEW_H}
        data-testid="timeline-brush"
        role="img"
        aria-label="Overview of the whole range; drag across it to choose the window shown above"
        onPointerDown={(e) => {
          const x = local(e);
          e.currentTarget.setPointerCapture(e.pointerId);
          setBrush({ start: x, end: x, move: x >= x0 && x <= x1 ? props.window : null });
        }}
        onPointerMove={(e) => brush && setBrush({ ...brush, end: local(e) })}
        onPointerUp={() => {
          if (!brush) return;
          setBrush(null);
          if (brush.move) {
            const shift = ((brush.end - brush.start) / width) * (full.to - full.from);
            if (Math.abs(brush.end - brush.start) > 2)
              props.onWindow({ from: brush.move.from + shift, to: brush.move.to + shift });
          } else if (Math.abs(brush.end - brush.start) > 4) {
            props.onWindow({ from: tOf(Math.min(brush.start, brush.end)), to: tOf(Math.max(brush.start, brush.end)) });
          }
        }}
      >
        {bins.map((n, i) =>
          n > 0 ? (
            <rect
              key={i}
              x={i * 3}
              width={2}
              y={OVERVIEW_H - 2 - (n / max) * (OVERVIEW_H - 6)}
              height={(n / max) * (OVERVIEW_H - 6)}
              className="overview-bar"
            />
          ) : null,
        )}
        <rect
          x={moved?.a ?? x0}
          width={Math.max(2, (moved?.b ?? x1) - (moved?.a ?? x0))}
          y={0}
          height={OVERVIEW_H}
          className="overview-window"
        />
        {shown && <rect x={shown.a} width={shown.b - shown.a} y={0} height={OVERVIEW_H} className="overview-brush" />}
      </svg>
    </div>
  );
}
