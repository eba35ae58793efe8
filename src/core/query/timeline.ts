import type { TimelinePage, TimelineRow } from '../../shared/api';
import type { Filter, Statement } from '../../shared/model';
import { tableOf } from './filter-statements';
import type { LibraryView } from './library-view';
import { whenOf } from './statement-when';

export function toTimelineRow(view: LibraryView, s: Statement): TimelineRow {
  const article = view.article(s.articleId);
  const speaker = s.speakerId ? view.actor(s.speakerId) : undefined;
  const topicNames = view
    .topics()
    .filter((t) => s.topicIds.includes(t.id))
    .map((t) => t.name);
  return {
    statement: s,
    speakerName: speaker?.name ?? 'Unknown speaker',
    speakerType: speaker?.type ?? null,
    articleTitle: article?.title ?? '(missing article)',
    source: article?.source ?? null,
    date: article?.date ?? null,
    when: whenOf(s, article),
    topicNames,
  };
}

/** One page of a filter's statements in date order: only the page's rows become objects. */
export function queryTimeline(view: LibraryView, filter: Filter, offset = 0, limit = 500): TimelinePage {
  const table = tableOf(view);
  const matching = table.select(view, filter);
  return {
    total: matching.length,
    offset,
    rows: Array.from(matching.subarray(offset, offset + limit), (r) => toTimelineRow(view, table.rows[r]!)),
  };
}
