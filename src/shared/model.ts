/** Domain types shared by every layer. Plain data only: everything here must survive JSON. */

/** group: several people ("protesters", "Democrats"); anonymous: an unnamed source; document: a poll, report, statement. */
export type ActorType = 'person' | 'organisation' | 'country' | 'group' | 'anonymous' | 'document' | 'other';
export const ACTOR_TYPES: readonly ActorType[] = [
  'person',
  'organisation',
  'country',
  'group',
  'anonymous',
  'document',
  'other',
];

/** How exact a statement date is; a week is stored as its Monday. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';
/** What the speaker does with the content: says it, denies it ("rejected claims that …"), or asks it. */
export type StatementPolarity = 'asserts' | 'denies' | 'questions';

export type StatementKind = 'direct' | 'indirect';
export type StatementStatus = 'suggested' | 'accepted' | 'rejected' | 'edited';
export const STATEMENT_STATUSES: readonly StatementStatus[] = ['suggested', 'accepted', 'rejected', 'edited'];

export type MetaField = 'title' | 'date' | 'source' | 'byline' | 'url' | 'language';

/** What a document says about itself; ingest finds these, the analyst may correct them. */
export interface ArticleFields {
  title: string;
  /** ISO date (YYYY-MM-DD) or null when no date could be found: never silently "today". */
  date: string | null;
  source: string | null;
  byline: string | null;
  url: string | null;
  language: string | null;
}

/** Article metadata. The body lives apart (it is large and immutable). */
export interface ArticleMeta extends ArticleFields {
  id: string;
  fileName: string;
  format: string;
  /** sha-256 of the normalised body: the identity used to skip re-imports. */
  contentHash: string;
  importedAt: string;
  /** Where each metadata field came from ("html meta og:title", "text header", "user", ...). */
  origins: Partial<Record<MetaField, string>>;
  bodyLength: number;
  note?: string;
  /** MinHash signature of the body, for near-duplicate detection. */
  fingerprint?: number[];
  /** Other copies of the same story merged into this article: every outlet and date is kept. */
  attestations?: Attestation[];
  /** The import (its job id) that brought the article in: "last import" filters and whole-batch deletion. */
  importId?: string;
  /** The legacy charset a text was read in (not set for UTF-8/16/32): what "re-read with encoding" starts from. */
  encoding?: ArticleEncoding;
}

export interface ArticleEncoding {
  name: string;
  /** detected: a clear detection; low: a guess that a close runner-up disputes; certain: named by a person. */
  confidence: 'certain' | 'detected' | 'low';
  /** Other charsets the detector found plausible. */
  alternatives: string[];
}

export interface Attestation {
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  fileName: string;
}

export interface Article extends ArticleMeta {
  /** Immutable after import: statement offsets point into it. */
  body: string;
}

export interface Statement {
  id: string;
  articleId: string;
  /** Offsets of the statement content in the article body, end exclusive. */
  start: number;
  end: number;
  quote: string;
  /** The sentence(s) around the statement, for topic queries and search without reading the body. */
  context?: string;
  kind: StatementKind;
  mixed?: boolean;
  cue: string;
  /** When it was said (ISO, cut to `datePrecision`), from the text around it or the article's date. */
  date?: string | null;
  datePrecision?: DatePrecision;
  dateOrigin?: 'text' | 'article';
  /** Absent on statements stored before polarity existed: read as 'asserts'. */
  polarity?: StatementPolarity;
  speakerId: string | null;
  speakerStart?: number;
  speakerEnd?: number;
  topicIds: string[];
  /** Topics set by hand; a topic query never removes these. */
  manualTopicIds?: string[];
  /** Topics removed by hand; a topic query never adds these back. */
  excludedTopicIds?: string[];
  confidence: number;
  status: StatementStatus;
  note?: string;
  updatedAt: string;
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** An institution of a country ("Government of Kestria"): the id of that country's actor. */
  countryId?: string;
}

export interface Topic {
  id: string;
  name: string;
  /** Boolean query: AND, OR, NOT, "phrases", NEAR/n, wildcards. */
  query: string;
  color: string;
}

/** What the UI filters timelines, charts and reports by. Empty lists mean "all". */
export interface Filter {
  actorIds?: string[];
  topicIds?: string[];
  sources?: string[];
  /** Inclusive days (YYYY-MM-DD), matched against the statement's own date, else its article's. */
  from?: string | null;
  to?: string | null;
  statuses?: StatementStatus[];
  kinds?: StatementKind[];
  text?: string;
  /** Only statements of articles brought in by these imports. */
  importIds?: string[];
  /** Speakers of these types only (statements without a speaker never match). */
  actorTypes?: ActorType[];
  /** A missing polarity reads as 'asserts'. */
  polarities?: StatementPolarity[];
  /** 0..1: statements the extractor was less sure of are left out. */
  minConfidence?: number;
  /** true: only statements with a date (their own or their article's); false: only those with none. */
  dated?: boolean;
}
