/**
 * What an export writes: the statements of one filter (the same filter as the timeline, charts and report),
 * with the actors, articles and topics they involve. Every writer (src/node/export) reads only this.
 *
 *   ExportSet          the statements, their rows (built lazily, so a writer can stream a million of them),
 *                      the actors / articles / topics sheets, and the article texts for the QDPX export
 *   exportSet()        filter → set
 *   exportFileName()   the file name offered for a format
 */
import type { ActorType, Filter, Statement, Topic } from '../../shared/model';
import { filterStatements } from '../query/filter-statements';
import type { LibraryView } from '../query/library-view';
import { exportRecord, type ExportRecord } from './export-record';

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'jsonl' | 'qdpx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json', 'jsonl', 'qdpx'];

export interface ExportActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** Statements of this actor in the export. */
  statements: number;
}

export interface ExportArticle {
  id: string;
  title: string;
  date: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  fileName: string;
  /** Other outlets that published the same story (merged duplicates). */
  alsoIn: string[];
  note: string | null;
  statements: number;
}

export interface ExportSet {
  readonly view: LibraryView;
  /** In timeline order: date, article, offset. */
  readonly statements: readonly Statement[];
  /** Every topic of the library, by id (statements name topics by id). */
  readonly topicsById: ReadonlyMap<string, Topic>;
  records(): Generator<ExportRecord>;
  /** The speakers of the exported statements, by name. */
  actors(): ExportActor[];
  /** The articles the exported statements come from, in the order they first appear. */
  articles(): ExportArticle[];
  /** The article text the statement offsets point into; null when the library has lost it. */
  readBody(articleId: string): Promise<string | null>;
}

export function exportSet(
  view: LibraryView,
  filter: Filter,
  readBody: (articleId: string) => Promise<string | null>,
): ExportSet {
  const statements = filterStatements(view, filter);
  const topicsById = new Map(view.topics().map((t) => [t.id, t]));
  const topicNames = new Map(view.topics().map((t) => [t.id, t.name]));
  return {
    view,
    statements,
    topicsById,
    readBody,
    *records() {
      for (const s of statements) yield exportRecord(view, s, topicNames);
    },
    actors() {
      const counts = countBy(statements, (s) => s.speakerId);
      const actors: ExportActor[] = [];
      for (const [id, n] of counts) {
        const actor = id ? view.actor(id) : undefined;
        if (actor)
          actors.push({ id: actor.id, name: actor.name, type: actor.type, aliases: [...actor.aliases], statements: n });
      }
      return actors.sort((a, b) => a.name.localeCompare(b.name));
    },
    articles() {
      const counts = countBy(statements, (s) => s.articleId);
      const articles: ExportArticle[] = [];
      for (const [id, n] of counts) {
        const a = id ? view.article(id) : undefined;
        if (!a) continue;
        articles.push({
          id: a.id,
          title: a.title,
          date: a.date,
          outlet: a.source,
          byline: a.byline,
          url: a.url,
          fileName: a.fileName,
          alsoIn: (a.attestations ?? []).map((x) => x.source).filter((x): x is string => !!x),
          note: a.note?.trim() ? a.note : null,
          statements: n,
        });
      }
      return articles;
    },
  };
}

export function exportFileName(format: ExportFormat, now: Date): string {
  return `soundbite-statements-${now.toISOString().slice(0, 10)}.${format}`;
}

/** Counts in first-seen order (a Map keeps insertion order). */
function countBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
