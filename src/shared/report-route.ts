import type { ReportOptions } from './api';
import type { Filter } from './model';

/** The renderer route that shows a printable report for a filter (used by every PDF printer). */
export function reportHash(filter: Filter, options: ReportOptions): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (options.title) params.set('title', options.title);
  return `/report?${params.toString()}`;
}
