/**
 * One exported statement as flat data: the row of the CSV and XLSX exports and the record of the JSON export
 * (docs/export-formats.md documents every field).
 *
 *   ExportRecord        the row
 *   exportRecord()      statement + the library around it → row
 *   dateOf()            the date a statement is exported with, and where that date came from
 */
import type {
  ActorType,
  ArticleMeta,
  DatePrecision,
  Statement,
  StatementKind,
  StatementPolarity,
  StatementStatus,
} from '../../shared/model';
import type { LibraryView } from '../query/library-view';

export type DateSource = 'statement text' | 'article' | 'none';

export interface ExportRecord {
  id: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource;
  speaker: string | null;
  speakerId: string | null;
  actorType: ActorType | null;
  cue: string;
  kind: StatementKind;
  polarity: StatementPolarity;
  quote: string;
  topics: string[];
  status: StatementStatus;
  confidence: number;
  outlet: string | null;
  byline: string | null;
  articleTitle: string;
  url: string | null;
  articleId: string;
  /** Offsets in the article text as the library stores them (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  note: string | null;
}

/** `statement.date ?? article.date`, saying which one it is. */
export function dateOf(
  s: Statement,
  article: ArticleMeta | undefined,
): { date: string | null; precision: DatePrecision | null; source: DateSource } {
  if (s.date) {
    return {
      date: s.date,
      precision: s.datePrecision ?? 'day',
      source: s.dateOrigin === 'article' ? 'article' : 'statement text',
    };
  }
  if (article?.date) return { date: article.date, precision: 'day', source: 'article' };
  return { date: null, precision: null, source: 'none' };
}

export function exportRecord(view: LibraryView, s: Statement, topicNames: ReadonlyMap<string, string>): ExportRecord {
  const article = view.article(s.articleId);
  const speaker = s.speakerId ? view.actor(s.speakerId) : undefined;
  const when = dateOf(s, article);
  return {
    id: s.id,
    date: when.date,
    datePrecision: when.precision,
    dateSource: when.source,
    speaker: speaker?.name ?? null,
    speakerId: s.speakerId,
    actorType: speaker?.type ?? null,
    cue: s.cue,
    kind: s.kind,
    polarity: s.polarity ?? 'asserts',
    quote: s.quote,
    topics: s.topicIds.map((id) => topicNames.get(id)).filter((n): n is string => n !== undefined),
    status: s.status,
    confidence: s.confidence,
    outlet: article?.source ?? null,
    byline: article?.byline ?? null,
    articleTitle: article?.title ?? '',
    url: article?.url ?? null,
    articleId: s.articleId,
    start: s.start,
    end: s.end,
    note: s.note?.trim() ? s.note : null,
  };
}
