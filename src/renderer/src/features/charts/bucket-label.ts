/** How a chart bucket (its first day) reads at its granularity. */
import type { Granularity } from '../../../../shared/api';
import { formatDate, formatMonth } from '../../components/format';

export function bucketLabel(bucket: string, granularity: Granularity): string {
  switch (granularity) {
    case 'day':
      return formatDate(bucket);
    case 'week':
      return `week of ${formatDate(bucket)}`;
    case 'month':
      return formatMonth(bucket);
    case 'quarter':
      return `Q${Math.floor(Number(bucket.slice(5, 7)) / 3) + 1} ${bucket.slice(0, 4)}`;
  }
}

/** Shorter, for axis ticks. */
export function bucketTick(bucket: string, granularity: Granularity): string {
  if (granularity === 'day' || granularity === 'week') return formatDate(bucket).replace(/ \d{4}$/, '');
  return bucketLabel(bucket, granularity);
}
