/**
 * The one typed contract between the UI and the workbench service. Every host (Electron IPC, the HTTP host, the
 * CLI) and every client (preload, HTTP client) is derived from WorkbenchApi and API_METHODS; arguments are
 * validated against the schemas in api-schema.ts at each boundary.
 */
import type {
  Actor,
  ActorType,
  Article,
  ArticleMeta,
  DatePrecision,
  Filter,
  Statement,
  StatementKind,
  StatementPolarity,
  StatementStatus,
  Topic,
} from './model';

/** A file to import: a native path (Electron, CLI) or its bytes (browser mode). */
export type ImportItem =
  | { kind: 'path'; path: string }
  | { kind: 'bytes'; name: string; base64: string; lastModified?: number; size?: number };

export interface ImportRequest {
  /** Chosen by the caller so it can match progress events and cancel. */
  jobId: string;
  items: ImportItem[];
}

export type ImportFileStatus = 'imported' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportFileResult {
  name: string;
  status: ImportFileStatus;
  articleId?: string;
  title?: string;
  statements?: number;
  /** One clear line for failures and duplicate notices. */
  message?: string;
  /** What an imported article lacks: very little text, no date, no statements, an uncertain charset, a language. */
  warnings?: string[];
}

export interface ImportSummary {
  jobId: string;
  imported: number;
  duplicates: number;
  failed: number;
  cancelled: boolean;
  statements: number;
  files: ImportFileResult[];
}

export interface ImportProgress {
  jobId: string;
  total: number;
  done: number;
  imported: number;
  failed: number;
  duplicates: number;
  current: string | null;
}

export interface ArticleRow extends ArticleMeta {
  statementCount: number;
  acceptedCount: number;
}

export interface ArticleQuery {
  /** Only articles brought in by these imports. */
  importIds?: string[];
  /** Only articles in these languages ("unknown" for none detected). */
  languages?: string[];
  offset?: number;
  limit?: number;
}

export interface ArticlePage {
  /** Articles matching the query (all pages). */
  total: number;
  offset: number;
  rows: ArticleRow[];
  /** Languages of the whole library ("unknown" included), for the filter. */
  languages: string[];
}

/** One import as the library remembers it: the articles it brought in that are still there. */
export interface ImportBatch {
  id: string;
  /** When its first article was saved. */
  at: string;
  articles: number;
  statements: number;
}

export interface ArticleDetail {
  article: Article;
  statements: Statement[];
  actors: Actor[];
  topics: Topic[];
}

export interface ActorRow extends Actor {
  statementCount: number;
}

export interface TimelineRow {
  statement: Statement;
  speakerName: string;
  speakerType: ActorType | null;
  articleTitle: string;
  source: string | null;
  /** The article's date. */
  date: string | null;
  /** Where the timeline places the statement: its own date, else its article's; which one, and how exact. */
  when: StatementWhen;
  topicNames: string[];
}

export interface StatementWhen {
  date: string | null;
  precision: DatePrecision | null;
  origin: 'statement' | 'article' | null;
}

export interface TimelinePage {
  total: number;
  offset: number;
  rows: TimelineRow[];
}

export interface SeriesKey {
  key: string;
  actorId: string;
  name: string;
}

/** Ready-to-draw chart data: the renderer never aggregates. Statements are placed at their own date (else their
 * article's); an actor or topic left out of a chart is counted under "others", never cut silently. */
export interface ChartData {
  /**
   * One row per bucket of the granularity: { bucket: first day, to: last day, [seriesKey]: count }. The series are
   * the filtered actors, or the top ones plus an "others" series (actorId '').
   */
  overTime: { granularity: Granularity; series: SeriesKey[]; rows: Array<Record<string, string | number>> };
  /** The same buckets per topic: { bucket, to, [topicKey]: count }. */
  topicsOverTime: Array<Record<string, string | number>>;
  /** One row per actor: { actor: name, actorId, [topicKey]: count }; a last row (actorId '') sums the others. */
  byTopic: {
    topics: Array<{ key: string; topicId: string; name: string; color: string }>;
    rows: Array<Record<string, string | number>>;
  };
  /** Outlet × actor: one row per outlet { outlet, [seriesKey]: count } over the overTime series. */
  byOutlet: Array<Record<string, string | number>>;
  /** Statements per topic, and those with no topic. */
  topicTotals: Array<{ topicId: string; name: string; count: number }>;
  noTopic: number;
  /** The timeline's lanes: statements per actor per day, the most quoted first (at most 40); the rest counted. */
  lanes: {
    actors: TimelineLane[];
    moreActors: number;
    moreStatements: number;
    extent: { from: string; to: string } | null;
  };
  totals: { statements: number; actors: number; articles: number; undated: number };
}

export type Granularity = 'day' | 'week' | 'month' | 'quarter';

export interface TimelineLane {
  actorId: string;
  name: string;
  total: number;
  /** [day, count], in day order; undated statements are not in it. */
  days: Array<[string, number]>;
}

export interface StatementPatch {
  status?: StatementStatus;
  /** New boundaries in the article body; the quote text follows them. */
  start?: number;
  end?: number;
  speakerId?: string | null;
  /** Re-attribute to an actor by name, creating it when new. */
  speakerName?: string;
  kind?: StatementKind;
  topicIds?: string[];
  note?: string;
}

export interface NewStatement {
  articleId: string;
  start: number;
  end: number;
  kind: StatementKind;
  speakerName?: string;
  topicIds?: string[];
  note?: string;
}

export interface ActorPatch {
  name?: string;
  type?: ActorType;
  aliases?: string[];
}

export interface ArticlePatch {
  title?: string;
  date?: string | null;
  source?: string | null;
  byline?: string | null;
  url?: string | null;
  note?: string;
}

export type ReviewOrder = 'newest' | 'least-confident' | 'article';

export interface ReviewCounts {
  suggested: number;
  accepted: number;
  rejected: number;
  edited: number;
}

export interface ReviewPage extends TimelinePage {
  counts: ReviewCounts;
}

export interface TopicPreview {
  /** Set when the query does not parse; then total is 0. */
  error: string | null;
  total: number;
  rows: TimelineRow[];
}

export interface DuplicateGroup {
  /** The articles that look like copies of one story, earliest import first. */
  articles: ArticleRow[];
  /** Highest estimated text similarity (0–1) between two of them. */
  similarity: number;
}

export interface TopicSuggestion {
  phrase: string;
  /** A ready topic query for the phrase. */
  query: string;
  articles: number;
  statements: number;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface SearchHit {
  kind: 'article' | 'statement';
  articleId: string;
  statementId: string | null;
  title: string;
  /** Plain text around the best match; highlights are ranges into it (never markup). */
  snippet: string;
  highlights: TextRange[];
  score: number;
  speakerName: string | null;
  /** A statement's cue verb ("said", "rejected"; '' when none) and whether it denies or questions what follows. */
  cue?: string;
  polarity?: StatementPolarity;
  date: string | null;
  source: string | null;
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  /** True while article texts are still being loaded into the search index after opening. */
  partial: boolean;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  depth: number;
}

export interface NewTopic {
  id?: string;
  name: string;
  query: string;
  color?: string;
}

/** The parts of a report, printed in the order the options list them. */
export type ReportSection = 'key-figures' | 'charts' | 'timeline' | 'statements' | 'notes' | 'sources';
export const REPORT_SECTIONS: readonly ReportSection[] = [
  'key-figures',
  'charts',
  'timeline',
  'statements',
  'notes',
  'sources',
];
export type ReportGrouping = 'actor' | 'topic' | 'date';
export type PaperSize = 'a4' | 'letter';

/** What the report builder (and `cli report`) sets; every field is optional. */
export interface ReportOptions {
  title?: string;
  subtitle?: string;
  /** The client the report is prepared for. */
  preparedFor?: string;
  author?: string;
  /** The analyst's own summary paragraph(s), plain text. */
  summary?: string;
  /** Sections to include, in order; absent: all of them in REPORT_SECTIONS order. */
  sections?: ReportSection[];
  groupBy?: ReportGrouping;
  paper?: PaperSize;
  /** BCP 47 locale for dates and numbers ("en-GB", "de-DE"); absent: en-GB. */
  locale?: string;
}

/** A named set of report options (and the filter it was made for), kept in the library. */
export interface ReportPreset {
  name: string;
  options: ReportOptions;
  filter: Filter;
  savedAt: string;
}

export interface ReportStatement {
  id: string;
  speaker: string;
  /** The reporting verb ("said", "rejected"). */
  cue: string;
  polarity: 'asserts' | 'denies' | 'questions';
  quote: string;
  kind: StatementKind;
  status: StatementStatus;
  /** The statement's own date when it has one, else its article's. */
  date: string | null;
  source: string | null;
  byline: string | null;
  url: string | null;
  articleId: string;
  articleTitle: string;
  /** Number of the article in the sources appendix. */
  sourceNo: number;
  topics: string[];
  note?: string;
  /** Other outlets that published the same story ("Northwind Wire, 2025-03-02"). */
  alsoIn?: string[];
  /** The analyst's note on the article the statement comes from. */
  articleNote?: string;
}

export interface ReportGroup {
  key: string;
  heading: string;
  statements: ReportStatement[];
}

export interface ReportSourceEntry {
  no: number;
  articleId: string;
  title: string;
  source: string | null;
  date: string | null;
  byline: string | null;
  url: string | null;
  statements: number;
  alsoIn: string[];
}

export interface ReportModel {
  title: string;
  subtitle: string | null;
  preparedFor: string | null;
  author: string | null;
  summary: string | null;
  sections: ReportSection[];
  groupBy: ReportGrouping;
  paper: PaperSize;
  locale: string;
  generatedAt: string;
  /** The review states included (the filter's, else accepted + edited when any exist). */
  statuses: StatementStatus[];
  period: { from: string | null; to: string | null };
  filterSummary: string[];
  charts: ChartData;
  /** Statements per month over the period, for the timeline strip. */
  timeline: Array<{ month: string; count: number }>;
  groups: ReportGroup[];
  sources: ReportSourceEntry[];
  totals: {
    statements: number;
    actors: number;
    articles: number;
    outlets: number;
    /** Statements of this filter in any review state except rejected, and how many are accepted or edited. */
    found: number;
    accepted: number;
  };
  /** "putin-on-nato-2024-05.pdf" */
  fileName: string;
}

export interface ExportedReport {
  fileName: string;
  pdfBase64: string;
  bytes: number;
}

/** docs/export-formats.md describes each format. */
export type StatementExportFormat = 'csv' | 'xlsx' | 'json' | 'qdpx';

export interface ExportedStatements {
  fileName: string;
  base64: string;
  bytes: number;
  /** Statements written. */
  rows: number;
}

/** One thing wrong with the library folder, with the repairs the analyst may choose from. */
export interface HealthProblem {
  /** Stable while the problem lasts, e.g. "damaged:shards/07.json.damaged-1733130000000". */
  id: string;
  kind: 'damaged-file' | 'temp-file' | 'conflict-copy' | 'orphan-texts' | 'missing-speakers' | 'recovered';
  /** 'damage' keeps the library in recovery mode (nothing is cleaned up automatically) until handled. */
  severity: 'damage' | 'notice';
  message: string;
  files: string[];
  repairs: Array<{ id: string; label: string }>;
}

export interface LibraryHealth {
  /** read-only: another process writes this library; recovery: something is damaged, nothing is cleaned up. */
  mode: 'normal' | 'recovery' | 'read-only';
  readOnlyReason: string | null;
  problems: HealthProblem[];
  trash: { files: number; bytes: number };
}

export interface LibraryInfo {
  schemaVersion: number;
  articles: number;
  statements: number;
  actors: number;
  topics: number;
  sources: string[];
  dateRange: { from: string | null; to: string | null };
  /** The health at the last check (open, repair or checkLibrary); the full list comes from checkLibrary. */
  health: { mode: LibraryHealth['mode']; readOnlyReason: string | null; problems: number; damage: number };
}

export interface WorkbenchApi {
  getLibraryInfo(): Promise<LibraryInfo>;
  importFiles(request: ImportRequest): Promise<ImportSummary>;
  cancelImport(jobId: string): Promise<boolean>;
  loadDemoLibrary(jobId: string): Promise<ImportSummary>;
  listArticles(): Promise<ArticleRow[]>;
  /** One page of the library list (newest first), narrowed to imports and languages: what a virtual list asks for. */
  queryArticles(query: ArticleQuery): Promise<ArticlePage>;
  getArticle(id: string): Promise<ArticleDetail>;
  deleteArticle(id: string): Promise<void>;
  /** Deletes several articles (a selection, or an import batch) as one undoable step. */
  deleteArticles(ids: string[]): Promise<{ deleted: number }>;
  /** Imports newest first. */
  listImports(): Promise<ImportBatch[]>;
  updateArticle(id: string, patch: ArticlePatch): Promise<ArticleMeta>;
  /** Reads an article's text again with another charset (only one read in a legacy charset); undoable. */
  rereadArticle(id: string, encoding: string): Promise<ArticleMeta>;
  listDuplicateGroups(): Promise<DuplicateGroup[]>;
  mergeDuplicates(keepId: string, otherIds: string[]): Promise<ArticleMeta>;
  markNotDuplicates(articleIds: string[]): Promise<void>;
  listActors(): Promise<ActorRow[]>;
  updateActor(id: string, patch: ActorPatch): Promise<Actor>;
  mergeActors(ids: string[], intoId: string): Promise<Actor>;
  splitActorAlias(actorId: string, alias: string): Promise<Actor>;
  listTopics(): Promise<Topic[]>;
  saveTopic(topic: NewTopic): Promise<Topic>;
  deleteTopic(id: string): Promise<void>;
  previewTopic(query: string, limit?: number): Promise<TopicPreview>;
  suggestTopics(limit?: number): Promise<TopicSuggestion[]>;
  queryTimeline(filter: Filter, page?: { offset?: number; limit?: number }): Promise<TimelinePage>;
  queryCharts(filter: Filter): Promise<ChartData>;
  queryReviewQueue(
    filter: Filter,
    page?: { order?: ReviewOrder; offset?: number; limit?: number },
  ): Promise<ReviewPage>;
  createStatement(input: NewStatement): Promise<Statement>;
  updateStatement(id: string, patch: StatementPatch): Promise<Statement>;
  deleteStatement(id: string): Promise<void>;
  search(query: string, limit?: number): Promise<SearchResult>;
  undo(): Promise<HistoryState>;
  redo(): Promise<HistoryState>;
  getHistory(): Promise<HistoryState>;
  getReportModel(filter: Filter, options?: ReportOptions): Promise<ReportModel>;
  exportReport(filter: Filter, options?: ReportOptions): Promise<ExportedReport>;
  listReportPresets(): Promise<ReportPreset[]>;
  /** Saves (or replaces, by name) a preset: one undoable step. */
  saveReportPreset(preset: Omit<ReportPreset, 'savedAt'>): Promise<ReportPreset[]>;
  deleteReportPreset(name: string): Promise<ReportPreset[]>;
  /** The statements of this filter (as the timeline shows them) as a file to save. */
  exportStatements(filter: Filter, format: StatementExportFormat): Promise<ExportedStatements>;
  checkLibrary(): Promise<LibraryHealth>;
  repairLibrary(problemId: string, repairId: string): Promise<LibraryHealth>;
  emptyTrash(): Promise<LibraryHealth>;
}

export type ApiMethod = keyof WorkbenchApi;
export type ApiArgs<K extends ApiMethod> = Parameters<WorkbenchApi[K]>;
export type ApiReply<K extends ApiMethod> = Awaited<ReturnType<WorkbenchApi[K]>>;

/** How far a windowed host is in opening the library: shard files read of all, then done (or why it failed). */
export interface LibraryOpening {
  read: number;
  of: number;
  done: boolean;
  error?: string;
}

/** Events pushed from the service to the UI. */
export interface WorkbenchEvents {
  importProgress: ImportProgress;
  libraryOpening: LibraryOpening;
  /** `touched`, when given, names what the change wrote; the renderer then refreshes only the views that read it. */
  libraryChanged: { reason: string; touched?: ChangeArea[] };
}
export type ChangeArea = 'articles' | 'statements' | 'actors' | 'topics' | 'presets' | 'health';
export type EventName = keyof WorkbenchEvents;
export type Unsubscribe = () => void;

/** What the preload exposes as window.workbench and what the HTTP client implements. */
export interface WorkbenchClient extends WorkbenchApi {
  on<E extends EventName>(event: E, listener: (payload: WorkbenchEvents[E]) => void): Unsubscribe;
}

/** Host-only helpers the preload adds beside the API (Electron only). */
export interface DesktopBridge {
  pathForFile(file: File): string;
}
