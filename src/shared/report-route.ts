import type { ReportOptions } from './api';
import type { Filter } from './model';

/** The renderer route that shows a printable report for a filter and builder options (used by every printer). */
export function reportHash(filter: Filter, options: ReportOptions): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (Object.keys(options).length > 0) params.set('options', JSON.stringify(options));
  return `/report?${params.toString()}`;
}
