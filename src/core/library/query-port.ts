/**
 * The query side of a library as a port: the contract's read queries whose cost must grow with the answer, not
 * with the library. `memory-queries.ts` implements it over the library in this process (its statement table,
 * review index, kept article order and the persisted search index); a server store (a team library on PostgreSQL)
 * would implement the same five methods with SQL over its own tables and indexes and be passed to the service in
 * place of it (`WorkbenchDeps.queries`). Nothing above this port assumes the library fits in memory.
 */
import type { WorkbenchApi } from '../../shared/api';

export type LibraryQueries = Pick<
  WorkbenchApi,
  'queryArticles' | 'queryTimeline' | 'queryCharts' | 'queryReviewQueue' | 'search'
>;
