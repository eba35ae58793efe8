/**
 * The one filter behind the timeline, charts, review queue, reports and exports: `matcherFor` builds a predicate
 * for everything but the review state; `filterStatements` applies it (and the review state) in date order, where a
 * statement's date is its own when the text gave one, else its article's (see statement-when.ts).
 */
import type { ArticleMeta, Filter, Statement, StatementStatus } from '../../shared/model';
import type { LibraryView } from './library-view';
import { anchorDayOf, daySpan, whenOf } from './statement-when';
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
  const actorTypes = nonEmptySet(filter.actorTypes);
  const polarities = nonEmptySet(filter.polarities);
  const minConfidence = filter.minConfidence ?? 0;
  const text = filter.text?.trim() ? foldText(filter.text.trim()) : null;
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  const dated = filter.dated;
  const needsDate = !!(from || to || dated !== undefined);
  const needsArticle = !!(sources || imports || needsDate);
  const cheap = !actors && !topics && !kinds && !text && !actorTypes && !polarities && minConfidence <= 0;
  if (cheap && !needsArticle) return () => true;
  return (s) => {
    if (actors && !(s.speakerId && actors.has(s.speakerId))) return false;
    if (topics && !s.topicIds.some((t) => topics.has(t))) return false;
    if (kinds && !kinds.has(s.kind)) return false;
    if (polarities && !polarities.has(s.polarity ?? 'asserts')) return false;
    if (s.confidence < minConfidence) return false;
    if (actorTypes) {
      const type = s.speakerId ? view.actor(s.speakerId)?.type : undefined;
      if (!type || !actorTypes.has(type)) return false;
    }
    if (needsArticle) {
      const article = view.article(s.articleId);
      if (sources && !(article && publishedIn(article, sources))) return false;
      if (imports && !(article?.importId && imports.has(article.importId))) return false;
      if (needsDate) {
        const when = whenOf(s, article);
        if (dated !== undefined && dated !== (when.date !== null)) return false;
        if (from || to) {
          if (!when.date) return false;
          const [first, last] = daySpan(when.date, when.precision);
          if (from && last < from) return false;
          if (to && first > to) return false;
        }
      }
    }
    if (text && !foldText(s.quote).includes(text)) return false;
    return true;
  };
}

/** Applies a filter in date order, undated statements last; rejected ones are left out unless asked for. */
export function filterStatements(view: LibraryView, filter: Filter): Statement[] {
  const statuses = new Set(filter.statuses?.length ? filter.statuses : DEFAULT_STATUSES);
  const matches = matcherFor(view, filter);
  const keep = (s: Statement) => statuses.has(s.status) && matches(s);
  // A filter by actors reads only their statements (the library's speaker index), then puts them in date order
  // the way statementsByDate does: by the day they are placed at, then by their place in the library's order.
  if (filter.actorIds?.length && view.statementsBySpeaker && view.positionInOrder) {
    const found = [...new Set(filter.actorIds)].flatMap((id) => view.statementsBySpeaker!(id)).filter(keep);
    const keyed = found.map((s) => ({
      s,
      day: anchorDayOf(s, view.article(s.articleId)) ?? '9999',
      at: view.positionInOrder!(s.id) ?? 0,
    }));
    keyed.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.at - b.at));
    return keyed.map((k) => k.s);
  }
  return statementsByDate(view).filter(keep);
}

/**
 * Every statement ordered by its own date (falling back to its article's). The library keeps them in article-date
 * order and replaces edited statements in place, so the permutation from one order to the other is cached per
 * ordered array and read through it each time (never a stale statement object).
 */
const permutations = new WeakMap<readonly Statement[], Uint32Array | null>();

export function statementsByDate(view: LibraryView): readonly Statement[] {
  const ordered = view.statementsInOrder();
  let perm = permutations.get(ordered);
  if (perm === undefined) {
    perm = permutationByDate(view, ordered);
    permutations.set(ordered, perm);
  }
  if (perm === null) return ordered;
  const out = new Array<Statement>(perm.length);
  for (let i = 0; i < perm.length; i++) out[i] = ordered[perm[i]!]!;
  return out;
}

/** Null when article order already is date order (no statement carries a date of its own out of place). */
function permutationByDate(view: LibraryView, ordered: readonly Statement[]): Uint32Array | null {
  const keys = ordered.map((s) => anchorDayOf(s, view.article(s.articleId)) ?? '9999');
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) if (keys[i]! < keys[i - 1]!) sorted = false;
  if (sorted) return null;
  const index = Array.from(keys, (_, i) => i);
  // Stable: ties keep article order (article, then offset in it).
  index.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  return Uint32Array.from(index);
}

/** A merged story counts for every outlet that published it. */
function publishedIn(article: ArticleMeta, sources: Set<string>): boolean {
  if (article.source && sources.has(article.source)) return true;
  return !!article.attestations?.some((a) => a.source && sources.has(a.source));
}

function nonEmptySet<T>(list: T[] | undefined): Set<T> | null {
  return list && list.length > 0 ? new Set(list) : null;
}
