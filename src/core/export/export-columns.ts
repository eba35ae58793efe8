/**
 * The columns of the tabular exports (CSV and the XLSX "Statements" sheet), in order, with their headers.
 * Lists (topics) are joined with "; "; absent values are empty cells.
 */
import type { ExportRecord } from './export-record';

export type Cell = string | number | null;

export interface ExportColumn {
  header: string;
  cell(r: ExportRecord): Cell;
  /** A width hint in characters for spreadsheets. */
  width: number;
}

export const STATEMENT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Statement id', cell: (r) => r.id, width: 14 },
  { header: 'Date', cell: (r) => r.date, width: 11 },
  { header: 'Date precision', cell: (r) => r.datePrecision, width: 9 },
  { header: 'Date source', cell: (r) => r.dateSource, width: 14 },
  { header: 'Speaker', cell: (r) => r.speaker, width: 24 },
  { header: 'Actor type', cell: (r) => r.actorType, width: 12 },
  { header: 'Cue', cell: (r) => r.cue, width: 10 },
  { header: 'Kind', cell: (r) => r.kind, width: 9 },
  { header: 'Polarity', cell: (r) => r.polarity, width: 10 },
  { header: 'Quote', cell: (r) => r.quote, width: 80 },
  { header: 'Topics', cell: (r) => r.topics.join('; '), width: 20 },
  { header: 'Review state', cell: (r) => r.status, width: 10 },
  { header: 'Confidence', cell: (r) => r.confidence, width: 8 },
  { header: 'Outlet', cell: (r) => r.outlet, width: 18 },
  { header: 'Byline', cell: (r) => r.byline, width: 18 },
  { header: 'Article title', cell: (r) => r.articleTitle, width: 40 },
  { header: 'URL', cell: (r) => r.url, width: 30 },
  { header: 'Article id', cell: (r) => r.articleId, width: 14 },
  { header: 'Start', cell: (r) => r.start, width: 7 },
  { header: 'End', cell: (r) => r.end, width: 7 },
  { header: 'Note', cell: (r) => r.note, width: 30 },
];
