/**
 * Turns a lane's statements (or, when a window holds too many to draw one by one, its per-day counts) into what is
 * drawn: single marks, or counts where marks would overlap.
 */
import type { TimelineRow } from '../../../../shared/api';
import { DAY, dayMs, type TimeWindow } from './time-scale';

/** Marks closer than this (px) overlap: up to MAX_STACK stand one above the other, more are drawn as one count. */
export const MERGE_PX = 13;
const MAX_STACK = 3;
const STACK_GAP = 13;

export type LaneItem =
  | { kind: 'mark'; x: number; dy: number; row: TimelineRow }
  | { kind: 'count'; x: number; count: number; from: number; to: number };

export function anchorMs(row: TimelineRow): number | null {
  return row.when.date ? dayMs(padDate(row.when.date)) : null;
}

/** "2023-11" → "2023-11-01", "2023" → "2023-01-01". */
export function padDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export function groupRows(rows: TimelineRow[], w: TimeWindow, width: number): LaneItem[] {
  const placed = rows
    .map((row) => ({ row, t: anchorMs(row) }))
    .filter((p): p is { row: TimelineRow; t: number } => p.t !== null && p.t >= w.from && p.t < w.to)
    .map((p) => ({ ...p, x: xOf(p.t + DAY / 2, w, width) }))
    .sort((a, b) => a.x - b.x);
  const out: LaneItem[] = [];
  for (let i = 0; i < placed.length;) {
    let j = i + 1;
    while (j < placed.length && placed[j]!.x - placed[i]!.x < MERGE_PX) j++;
    if (j - i <= MAX_STACK) {
      // A few marks that would overlap stand one above the other in the lane.
      const n = j - i;
      for (let k = i; k < j; k++) {
        out.push({ kind: 'mark', x: placed[k]!.x, dy: (k - i - (n - 1) / 2) * STACK_GAP, row: placed[k]!.row });
      }
    } else {
      const group = placed.slice(i, j);
      out.push({
        kind: 'count',
        x: (group[0]!.x + group[group.length - 1]!.x) / 2,
        count: group.length,
        from: group[0]!.t,
        to: group[group.length - 1]!.t + DAY,
      });
    }
    i = j;
  }
  return out;
}

export function groupCounts(days: Array<[string, number]>, w: TimeWindow, width: number): LaneItem[] {
  const out: LaneItem[] = [];
  let current: { x0: number; count: number; from: number; to: number } | null = null;
  for (const [day, count] of days) {
    const t = dayMs(day);
    if (t < w.from || t >= w.to) continue;
    const x = xOf(t + DAY / 2, w, width);
    if (current && x - current.x0 < MERGE_PX) {
      current.count += count;
      current.to = t + DAY;
    } else {
      if (current) out.push(countItem(current, w, width));
      current = { x0: x, count, from: t, to: t + DAY };
    }
  }
  if (current) out.push(countItem(current, w, width));
  return out;
}

function countItem(c: { count: number; from: number; to: number }, w: TimeWindow, width: number): LaneItem {
  return { kind: 'count', x: xOf((c.from + c.to) / 2, w, width), count: c.count, from: c.from, to: c.to };
}

export function xOf(t: number, w: TimeWindow, width: number): number {
  return ((t - w.from) / (w.to - w.from)) * width;
}
