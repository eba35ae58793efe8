import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';
import type { StatementTable } from './statement-table';

/** The read-only face of the library that queries and reports work on. */
export interface LibraryView {
  article(id: string): ArticleMeta | undefined;
  actor(id: string): Actor | undefined;
  topics(): Topic[];
  /** All statements in timeline order (date, article, offset); undated articles last. */
  statementsInOrder(): readonly Statement[];
  /** A statement's place in statementsInOrder(), to put a few statements in that order without the whole list. */
  positionInOrder?(statementId: string): number | undefined;
  /** The statements as columns in date order, kept current by the library (see statement-table.ts). */
  statementTable?(): StatementTable;
}
