import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';

/** The read-only face of the library that queries and reports work on. */
export interface LibraryView {
  article(id: string): ArticleMeta | undefined;
  actor(id: string): Actor | undefined;
  topics(): Topic[];
  /** All statements in timeline order (date, article, offset); undated articles last. */
  statementsInOrder(): readonly Statement[];
  /** The statements attributed to one actor, in no particular order (an index: a filter by actor reads only them). */
  statementsBySpeaker?(actorId: string): Statement[];
  /** A statement's place in statementsInOrder(), to put a few statements in that order without the whole list. */
  positionInOrder?(statementId: string): number | undefined;
}
