import type { ArticleMeta, Filter, Statement, StatementStatus } from '../../shared/model';
import type { LibraryView } from './library-view';
import { foldText } from './topic-query';

const DEFAULT_STATUSES: StatementStatus[] = ['suggested', 'accepted', 'edited'];

/**
 * A predicate for everything in a filter except the review state, which callers check separately
 * (the timeline leaves rejected statements out by default; the review queue counts every state).
 */
export function matcherFor(view: LibraryView, filter: Filter): (s: Statement) => boolean {
  const actors = nonEmptySet(filter.actorIds);
  const topics = nonEmptySet(filter.topicIds);
  const sources = nonEmptySet(filter.sources);
  const kinds = nonEmptySet(filter.kinds);
  const imports = nonEmptySet(filter.importIds);
  const text = filter.text?.trim() ? foldText(filter.text.trim()) : null;
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  const needsArticle = !!(sources || from || to || imports);
  if (!actors && !topics && !kinds && !text && !needsArticle) return () => true;
  return (s) => {
    if (actors && !(s.speakerId && actors.has(s.speakerId))) return false;
    if (topics && !s.topicIds.some((t) => topics.has(t))) return false;
    if (kinds && !kinds.has(s.kind)) return false;
    if (needsArticle) {
      const article = view.article(s.articleId);
      if (sources && !(article && publishedIn(article, sources))) return false;
      if (from && !(article?.date && article.date >= from)) return false;
      if (to && !(article?.date && article.date <= to)) return false;
      if (imports && !(article?.importId && imports.has(article.importId))) return false;
    }
    if (text && !foldText(s.quote).includes(text)) return false;
    return true;
  };
}

/** Applies a filter; rejected statements are left out unless the filter asks for them. */
export function filterStatements(view: LibraryView, filter: Filter): Statement[] {
  const statuses = new Set(filter.statuses?.length ? filter.statuses : DEFAULT_STATUSES);
  const matches = matcherFor(view, filter);
  return view.statementsInOrder().filter((s) => statuses.has(s.status) && matches(s));
}

/** A merged story counts for every outlet that published it. */
function publishedIn(article: ArticleMeta, sources: Set<string>): boolean {
  if (article.source && sources.has(article.source)) return true;
  return !!article.attestations?.some((a) => a.source && sources.has(a.source));
}

function nonEmptySet<T>(list: T[] | undefined): Set<T> | null {
  return list && list.length > 0 ? new Set(list) : null;
}
