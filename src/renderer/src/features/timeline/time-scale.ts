/**
 * The timeline's time axis: days as UTC milliseconds, a window [from, to] that zooms and pans within limits, the
 * window's form in the address ("2025-03-01_2025-03-31"), and tick marks that suit the zoom (years down to days).
 */
export const DAY = 86_400_000;
const MIN_SPAN = 3 * DAY;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface TimeWindow {
  from: number;
  to: number;
}

export function dayMs(day: string): number {
  return Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
}

export function dayOf(ms: number): string {
  return new Date(Math.round(ms / DAY) * DAY).toISOString().slice(0, 10);
}

export function parseWindow(text: string | null): TimeWindow | null {
  const m = text?.match(/^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/);
  if (!m) return null;
  const from = dayMs(m[1]!);
  const to = dayMs(m[2]!) + DAY;
  return Number.isFinite(from) && Number.isFinite(to) && to > from ? { from, to } : null;
}

/** The address form: first and last day shown, inclusive. */
export function formatWindow(w: TimeWindow): string {
  return `${dayOf(w.from)}_${dayOf(w.to - DAY)}`;
}

/** Whole days, at least MIN_SPAN, and no further out than a little past the data (or the filter's range). */
export function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const outer = {
    from: bounds.from - (bounds.to - bounds.from) * 0.5 - 30 * DAY,
    to: bounds.to + (bounds.to - bounds.from) * 0.5 + 30 * DAY,
  };
  let span = Math.max(MIN_SPAN, Math.min(w.to - w.from, outer.to - outer.from));
  span = Math.round(span / DAY) * DAY;
  let from = Math.round(w.from / DAY) * DAY;
  from = Math.max(outer.from, Math.min(from, outer.to - span));
  from = Math.round(from / DAY) * DAY;
  return { from, to: from + span };
}

/** Zooms by `factor` (< 1 zooms in) keeping the time at `anchor` (0..1 across the window) in place. */
export function zoomWindow(w: TimeWindow, factor: number, anchor = 0.5): TimeWindow {
  const span = w.to - w.from;
  const at = w.from + span * anchor;
  const next = span * factor;
  return { from: at - next * anchor, to: at - next * anchor + next };
}

export function panWindow(w: TimeWindow, fraction: number): TimeWindow {
  const shift = (w.to - w.from) * fraction;
  return { from: w.from + shift, to: w.to + shift };
}

/** A window of `days` centred where the current one is centred. */
export function spanWindow(w: TimeWindow, days: number): TimeWindow {
  const mid = (w.from + w.to) / 2;
  return { from: mid - (days * DAY) / 2, to: mid + (days * DAY) / 2 };
}

export interface Tick {
  t: number;
  label: string;
  major: boolean;
}

/** Ticks at least ~90 px apart: years, quarters, months, weeks or days. */
export function ticksFor(w: TimeWindow, width: number): Tick[] {
  const perDay = width / ((w.to - w.from) / DAY);
  const out: Tick[] = [];
  const start = new Date(w.from);
  if (perDay * 182 < 90) {
    // Several years per tick.
    const step = Math.ceil(90 / (perDay * 365));
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= w.to; y += step) push(Date.UTC(y, 0, 1), String(y), true);
  } else if (perDay * 30 < 90) {
    const step = perDay * 91 >= 90 ? 3 : 6;
    for (let m = 0; ; m += step) {
      const t = Date.UTC(start.getUTCFullYear(), m, 1);
      if (t > w.to) break;
      const d = new Date(t);
      push(t, d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : MONTHS[d.getUTCMonth()]!, d.getUTCMonth() === 0);
    }
  } else if (perDay * 7 < 90) {
    for (let m = 0; ; m++) {
      const t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
      if (t > w.to) break;
      const d = new Date(t);
      push(t, `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, d.getUTCMonth() === 0);
    }
  } else {
    const step = perDay >= 90 ? 1 : 7;
    const first = Math.floor(w.from / DAY) * DAY;
    // Weekly ticks fall on Mondays.
    const offset = step === 7 ? (new Date(first).getUTCDay() + 6) % 7 : 0;
    for (let t = first - offset * DAY; t <= w.to; t += step * DAY) {
      const d = new Date(t);
      push(t, `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`, d.getUTCDate() === 1);
    }
  }
  return out;

  function push(t: number, label: string, major: boolean) {
    if (t >= w.from - DAY && t <= w.to) out.push({ t, label, major });
  }
}

export function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
