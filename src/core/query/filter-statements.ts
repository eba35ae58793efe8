/**
 * The one filter behind the timeline, charts, review queue, reports and exports, run on the statement table
 * (statement-table.ts): `filterStatements` gives the statements a filter keeps in date order, where a statement's
 * date is its own when the text gave one, else its article's (see statement-when.ts); `matcherFor` is the same
 * filter as a predicate, without the review state.
 */
import { STATEMENT_STATUSES, type Filter, type Statement } from '../../shared/model';
import type { LibraryView } from './library-view';
import { StatementTable } from './statement-table';

/**
 * A predicate for everything in a filter except the review state, which callers check separately
 * (the review queue counts every state; reports choose theirs). It answers from the statement table's selection,
 * so it holds for the statement objects the view gives out.
 */
export function matcherFor(view: LibraryView, filter: Filter): (s: Statement) => boolean {
  const { statuses: _ignored, ...rest } = filter;
  void _ignored;
  if (Object.values(rest).every((v) => v === undefined || v === null || (Array.isArray(v) && v.length === 0)))
    return () => true;
  const table = tableOf(view);
  const kept = new Set<Statement>();
  for (const r of table.select(view, { ...rest, statuses: [...STATEMENT_STATUSES] })) kept.add(table.rows[r]!);
  return (s) => kept.has(s);
}

/** Applies a filter in date order, undated statements last; rejected ones are left out unless asked for. */
export function filterStatements(view: LibraryView, filter: Filter): Statement[] {
  const table = tableOf(view);
  return Array.from(table.select(view, filter), (r) => table.rows[r]!);
}

/** Every statement ordered by its own date (falling back to its article's), undated last. */
export function statementsByDate(view: LibraryView): readonly Statement[] {
  return tableOf(view).rows;
}

/** The view's statement table, kept by the library; views that keep none get one per order. */
const tables = new WeakMap<readonly Statement[], StatementTable>();

export function tableOf(view: LibraryView): StatementTable {
  if (view.statementTable) return view.statementTable();
  const ordered = view.statementsInOrder();
  let table = tables.get(ordered);
  if (!table) tables.set(ordered, (table = StatementTable.build(view, ordered)));
  return table;
}
