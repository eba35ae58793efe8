/**
 * The review queue of the whole library (no filter but review states) read from the statement table: counts by
 * review state from its status column, the least-confident order sorted once per table (ties in library order) and
 * read past the statements reviewed since; an edit that changes a confidence sorts again. A filtered queue is
 * scanned (memory-queries.ts).
 *
 *   const index = new ReviewIndex(() => state.statementTable());
 *   isUnfiltered(filter)                        → true when only review states are chosen
 *   index.counts()                              → { suggested, accepted, rejected, edited }
 *   index.page(wanted, 'least-confident', offset, limit) → { total, rows }   (rows of the table; also 'newest',
 *                                                                             'article')
 */
import type { ReviewCounts, ReviewOrder } from '../../shared/api';
import type { Filter, Statement, StatementStatus } from '../../shared/model';
import type { StatementTable } from '../query/statement-table';

/** Least confident first; equal ones keep the order they are offered in (the library's). */
export const byConfidence = (a: Statement, b: Statement) => a.confidence - b.confidence;

const STATUSES: StatementStatus[] = ['suggested', 'accepted', 'rejected', 'edited'];

/** True when a filter chooses nothing but review states (as the review view does with an empty filter bar). */
export function isUnfiltered(filter: Filter): boolean {
  return Object.entries(filter).every(
    ([key, value]) =>
      key === 'statuses' ||
      value === undefined ||
      value === null ||
      value === '' ||
      (key === 'minConfidence' && value === 0) ||
      (Array.isArray(value) && value.length === 0),
  );
}

export class ReviewIndex {
  private sorted: { table: StatementTable; confidenceEdits: number; rows: Uint32Array } | null = null;

  constructor(private readonly tableOf: () => StatementTable) {}

  counts(): ReviewCounts {
    const table = this.tableOf();
    const n = [0, 0, 0, 0];
    for (let r = 0; r < table.size; r++) n[table.status[r]!]!++;
    return { suggested: n[0]!, accepted: n[1]!, rejected: n[2]!, edited: n[3]! };
  }

  page(
    wanted: Set<StatementStatus>,
    order: ReviewOrder,
    offset: number,
    limit: number,
  ): { total: number; rows: number[] } {
    const table = this.tableOf();
    const counts = this.counts();
    let total = 0;
    for (const status of wanted) total += counts[status];
    const wantedCode = Uint8Array.from(STATUSES, (st) => (wanted.has(st) ? 1 : 0));
    const out: number[] = [];
    let skipped = 0;
    const take = (row: number) => {
      if (!wantedCode[table.status[row]!]) return false;
      if (skipped < offset) skipped++;
      else out.push(row);
      return out.length >= limit;
    };
    if (limit <= 0) return { total, rows: out };
    if (order === 'least-confident') {
      for (const row of this.sortedByConfidence(table)) if (take(row)) break;
    } else if (order === 'newest') {
      for (let p = table.size - 1; p >= 0; p--) if (take(table.rowOfPosition(p))) break;
    } else for (let p = 0; p < table.size; p++) if (take(table.rowOfPosition(p))) break;
    return { total, rows: out };
  }

  /** The table's rows least confident first, ties in library order; sorted again after a confidence changes. */
  private sortedByConfidence(table: StatementTable): Uint32Array {
    const s = this.sorted;
    if (s?.table === table && s.confidenceEdits === table.confidenceEdits) return s.rows;
    const { confidence } = table;
    const rows = Uint32Array.from({ length: table.size }, (_, r) => r);
    rows.sort((a, b) => confidence[a]! - confidence[b]! || table.position[a]! - table.position[b]!);
    this.sorted = { table, confidenceEdits: table.confidenceEdits, rows };
    return rows;
  }
}
