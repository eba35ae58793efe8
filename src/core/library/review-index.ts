/**
 * The review queue of the whole library (no filter but review states) without scanning every statement per call:
 * counts by review state are kept up to date from the library's change notices, and the least-confident order is
 * sorted once and then read past the statements reviewed since. A filtered queue is scanned (review.ts).
 *
 *   const index = new ReviewIndex(state);
 *   isUnfiltered(filter)                        → true when only review states are chosen
 *   index.counts()                              → { suggested, accepted, rejected, edited }
 *   index.page(wanted, 'least-confident', offset, limit) → { total, statements }   (also 'newest', 'article')
 */
import type { ReviewCounts, ReviewOrder } from '../../shared/api';
import type { Filter, Statement, StatementStatus } from '../../shared/model';
import type { LibraryState } from './library-state';

export const byConfidence = (a: Statement, b: Statement) => a.confidence - b.confidence || (a.id < b.id ? -1 : 1);

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
  private readonly statusOf = new Map<string, StatementStatus>();
  private readonly confidenceOf = new Map<string, number>();
  private readonly tally: ReviewCounts = { suggested: 0, accepted: 0, rejected: 0, edited: 0 };
  /** Statements changed since the counts were last brought up to date. */
  private readonly changed = new Set<string>();
  /** Every statement by confidence, sorted when first asked for; dropped when statements are added or removed. */
  private byConfidence: Statement[] | null = null;
  private started = false;

  constructor(private readonly state: LibraryState) {
    state.watchStatements((id) => {
      if (!this.started) return;
      this.changed.add(id);
      if (!state.statements.has(id)) this.byConfidence = null; // about to be added
    });
  }

  counts(): ReviewCounts {
    this.catchUp();
    return { ...this.tally };
  }

  page(
    wanted: Set<StatementStatus>,
    order: ReviewOrder,
    offset: number,
    limit: number,
  ): { total: number; statements: Statement[] } {
    this.catchUp();
    let total = 0;
    for (const status of wanted) total += this.tally[status];
    const out: Statement[] = [];
    const take = (s: Statement) => {
      if (!wanted.has(s.status)) return false;
      if (skipped < offset) skipped++;
      else out.push(s);
      return out.length >= limit;
    };
    let skipped = 0;
    if (order === 'least-confident') {
      for (const s of this.sortedByConfidence()) {
        const current = this.state.statements.get(s.id);
        if (current && take(current)) break;
      }
    } else {
      const ordered = this.state.statementsInOrder();
      if (order === 'newest') {
        for (let i = ordered.length - 1; i >= 0 && out.length < limit; i--) if (take(ordered[i]!)) break;
      } else for (const s of ordered) if (take(s)) break;
    }
    return { total, statements: out };
  }

  /** Counts every statement once, then only those changed since. */
  private catchUp(): void {
    if (!this.started) {
      this.started = true;
      for (const s of this.state.statements.values()) {
        this.statusOf.set(s.id, s.status);
        this.confidenceOf.set(s.id, s.confidence);
        this.tally[s.status]++;
      }
      this.changed.clear();
      return;
    }
    for (const id of this.changed) {
      const statement = this.state.statements.get(id);
      if (statement && this.confidenceOf.get(id) !== statement.confidence) {
        this.confidenceOf.set(id, statement.confidence);
        this.byConfidence = null;
      }
      const before = this.statusOf.get(id);
      const now = statement?.status;
      if (before === now) continue;
      if (before) this.tally[before]--;
      if (now) {
        this.tally[now]++;
        this.statusOf.set(id, now);
      } else {
        this.statusOf.delete(id);
        this.confidenceOf.delete(id);
        this.byConfidence = null;
      }
    }
    this.changed.clear();
  }

  /** Statements are replaced on edit: the sorted list holds the objects of its sort, looked up again when read. */
  private sortedByConfidence(): Statement[] {
    this.byConfidence ??= [...this.state.statements.values()].sort(byConfidence);
    return this.byConfidence;
  }
}
