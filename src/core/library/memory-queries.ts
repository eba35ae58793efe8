/**
 * The library's queries answered in this process (the query port of query-port.ts):
 *
 *   queryArticles      one page of the kept newest-first article list, filtered by import and language
 *   queryTimeline      a page of the statement table's selection (statement-table.ts)
 *   queryCharts        the charts counted on the same table
 *   search             the persisted search index (search-index.ts), read in the background when far behind
 *   queryReviewQueue   the whole library's review index, or one pass over a filter's statements
 */
import type { ReviewCounts } from '../../shared/api';
import type { ArticleMeta, Statement, StatementStatus } from '../../shared/model';
import { queryCharts } from '../query/charts';
import { matcherFor } from '../query/filter-statements';
import { queryTimeline, toTimelineRow } from '../query/timeline';
import { TopK } from '../query/top-k';
import { withCountryInstitutions } from './country-filter';
import type { LibraryQueries } from './query-port';
import { byConfidence, isUnfiltered, ReviewIndex } from './review-index';
import type { SearchIndex } from './search-index';
import type { WorkbenchContext } from './workbench-context';
import { articleRow } from './use-cases/articles';

const SEARCH_CATCH_UP = 500;

export function memoryQueries(ctx: WorkbenchContext, searchIndex: SearchIndex): LibraryQueries & { warmUp(): void } {
  const { state } = ctx;
  const wholeLibrary = new ReviewIndex(() => state.statementTable());
  return {
    /** Sorts the review queue's least-confident order now, while the window loads. */
    warmUp() {
      wholeLibrary.page(new Set(['suggested']), 'least-confident', 0, 1);
    },
    async queryArticles(query) {
      const imports = query.importIds ? new Set(query.importIds) : null;
      const langs = query.languages ? new Set(query.languages) : null;
      const languages = new Set<string>();
      const all = state.articlesNewestFirst();
      for (const a of all) languages.add(a.language ?? 'unknown');
      const wanted = (a: ArticleMeta) =>
        (!imports || (!!a.importId && imports.has(a.importId))) && (!langs || langs.has(a.language ?? 'unknown'));
      const matching = imports || langs ? all.filter(wanted) : all;
      const offset = query.offset ?? 0;
      const limit = query.limit ?? 100;
      return {
        total: matching.length,
        offset,
        rows: matching.slice(offset, offset + limit).map((a) => articleRow(ctx, a)),
        languages: [...languages].sort(),
      };
    },

    async queryTimeline(filter, page) {
      return queryTimeline(
        state,
        withCountryInstitutions(state.actors(), filter),
        page?.offset ?? 0,
        page?.limit ?? 500,
      );
    },
    async queryCharts(filter) {
      return queryCharts(state, withCountryInstitutions(state.actors(), filter));
    },
    async search(query, limit = 50) {
      // A few new texts (after an import) are indexed before answering, so results are complete at once; a large
      // backlog (the first search in a big library) is read in the background and the answer says it is partial.
      await searchIndex.prepare();
      if (searchIndex.unindexed() <= SEARCH_CATCH_UP) await searchIndex.warm();
      else void searchIndex.warm();
      return searchIndex.search(query, limit);
    },
    async queryReviewQueue(filter, page) {
      const wanted = new Set<StatementStatus>(filter.statuses?.length ? filter.statuses : ['suggested']);
      const order = page?.order ?? 'newest';
      const offset = page?.offset ?? 0;
      const limit = page?.limit ?? 100;
      if (isUnfiltered(filter)) {
        const { total, rows } = wholeLibrary.page(wanted, order, offset, limit);
        const table = state.statementTable();
        const page = rows.map((r) => toTimelineRow(state, table.rows[r]!));
        return { total, offset, rows: page, counts: wholeLibrary.counts() };
      }
      const matches = matcherFor(state, withCountryInstitutions(state.actors(), filter));
      const counts: ReviewCounts = { suggested: 0, accepted: 0, rejected: 0, edited: 0 };
      let queue: Statement[] = [];
      let total = 0;
      // Least confident first keeps only the first offset+limit while scanning: the queue can hold 100,000.
      const least = order === 'least-confident' ? new TopK<Statement>(offset + limit, byConfidence) : null;
      for (const s of state.statementsInOrder()) {
        if (!matches(s)) continue;
        counts[s.status]++;
        if (!wanted.has(s.status)) continue;
        total++;
        if (least) least.offer(s);
        else queue.push(s);
      }
      if (least) {
        queue = least.items().slice(offset);
      } else if (order === 'newest') {
        queue = queue.slice(Math.max(0, total - offset - limit), Math.max(0, total - offset)).reverse();
      } else queue = queue.slice(offset, offset + limit);
      const rows = queue.map((s) => toTimelineRow(state, s));
      return { total, offset, rows, counts };
    },
  };
}
