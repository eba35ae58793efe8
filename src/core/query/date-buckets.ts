/** Calendar buckets for charts: a granularity chosen from a range's length, and the bucket (its first day) of a day. */
import type { Granularity } from '../../shared/api';

const DAY = 86_400_000;

export function granularityFor(from: string, to: string): Granularity {
  const days = (Date.parse(to) - Date.parse(from)) / DAY;
  if (days <= 62) return 'day';
  if (days <= 366) return 'week';
  if (days <= 4 * 366) return 'month';
  return 'quarter';
}

/** The first day of the bucket holding `day`; with 'next', the first day of the bucket after it. */
export function bucketOf(day: string, granularity: Granularity, which: 'this' | 'next' = 'this'): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const step = which === 'next' ? 1 : 0;
  switch (granularity) {
    case 'day':
      return iso(d.getTime() + step * DAY);
    case 'week': {
      const monday = d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
      return iso(monday + step * 7 * DAY);
    }
    case 'month':
      return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1));
    case 'quarter':
      return iso(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + step * 3, 1));
  }
}

/** Every bucket from the one holding `from` to the one holding `to`, so gaps show as zero rather than vanish. */
export function bucketRange(from: string, to: string, granularity: Granularity): string[] {
  const out: string[] = [];
  let b = bucketOf(from, granularity);
  const last = bucketOf(to, granularity);
  for (let guard = 0; guard < 20_000 && b <= last; guard++) {
    out.push(b);
    b = bucketOf(b, granularity, 'next');
  }
  return out;
}

export function addDays(day: string, n: number): string {
  return iso(Date.parse(`${day}T00:00:00Z`) + n * DAY);
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
