/**
 * The statement table of the timeline, charts and review queue, saved beside the documents (index/views.bin), so
 * that a window opening a large library shows them while the library itself is read behind it.
 *
 *   encodeSavedViews   the statement table's columns and codes (statement-table.ts), the actors and topics, the
 *                      shard layout, and per row a hash of its statement's id
 *   decodeSavedViews   the file back; null for anything that is not a whole file of this version
 *   SavedViews         charts() and actorRows() counted on the columns; timeline() and reviewQueue() (the whole
 *                      library's, review-index.ts) read only the page's statements, from their shards. Each gives
 *                      WAIT_FOR_OPEN for what it cannot answer (a filter by kind, polarity, confidence or text; a
 *                      statement not where the file says), and the call then waits for the open
 *   viewsBeforeOpen    the same as the API's calls
 *
 * Derived data, kept no older than the documents by first-screen-keeper.ts (deleted before any document write,
 * saved again once the library is quiet), like the first screen.
 */
import type {
  ActorRow,
  ChartData,
  ReviewOrder,
  ReviewPage,
  TimelinePage,
  TimelineRow,
  WorkbenchApi,
} from '../../shared/api';
import type { Actor, ArticleMeta, Filter, Statement, StatementStatus, Topic } from '../../shared/model';
import { queryCharts } from '../query/charts';
import type { LibraryView } from '../query/library-view';
import { STATUS_CODE, StatementTable } from '../query/statement-table';
import { toTimelineRow } from '../query/timeline';
import { withCountryInstitutions } from './country-filter';
import type { SavedFile } from './first-screen-keeper';
import { decodeFramed, encodeFramed } from './framed-file';
import { isUnfiltered, ReviewIndex } from './review-index';
import { actorRows } from './use-cases/actors';
import { idHash, shardOf, type Shard, type ShardLayout } from './store-port';

export const SAVED_VIEWS_FILE = 'views.bin';
const MAGIC = 'SBVW2\n';
/** Shards read at once for a timeline page. */
const SHARD_READS = 32;

type ReadShard = (layout: ShardLayout, index: number) => Promise<Shard | null>;

export const WAIT_FOR_OPEN: unique symbol = Symbol('wait for the open');
type EarlyAnswer<K extends keyof WorkbenchApi> = (
  ...args: Parameters<WorkbenchApi[K]>
) => Promise<Awaited<ReturnType<WorkbenchApi[K]>> | typeof WAIT_FOR_OPEN>;

export interface SavedViewsSource {
  /** The library's statement table, built with its statements. */
  table: StatementTable;
  actors: Actor[];
  topics: Topic[];
  layout: ShardLayout;
  savedAt: string;
}

interface Header {
  savedAt: string;
  layout: ShardLayout;
  actors: Actor[];
  topics: Topic[];
  topicIds: string[];
  speakerIds: string[];
  articleIds: string[];
  sourceNames: string[];
  importIds: string[];
  alsoIn: Array<[number, number[]]>;
  rows: number;
}

export function encodeSavedViews({ table, actors, topics, layout, savedAt }: SavedViewsSource): Uint8Array {
  const c = table.columns();
  const ids = new Uint32Array(table.size);
  for (let r = 0; r < ids.length; r++) ids[r] = idHash(table.rows[r]!.id);
  const header: Header = {
    savedAt,
    layout,
    actors,
    topics,
    topicIds: c.topicIds,
    speakerIds: c.speakerIds,
    articleIds: c.articleIds,
    sourceNames: c.sourceNames,
    importIds: c.importIds,
    alsoIn: c.alsoIn,
    rows: table.size,
  };
  return encodeFramed(MAGIC, header, [
    c.day,
    c.lastDay,
    c.speaker,
    c.article,
    c.topics,
    ids,
    c.status,
    c.outletOf,
    c.importOf,
    c.position,
    c.confidence,
  ]);
}

export function decodeSavedViews(bytes: Uint8Array): SavedViews | null {
  const framed = decodeFramed<Header>(bytes, MAGIC);
  if (!framed) return null;
  const { header, sections } = framed;
  const n = header?.rows;
  const articles = header?.articleIds?.length;
  if (!Number.isInteger(n) || !Number.isInteger(articles) || sections.length !== 11) return null;
  const sizes = [4 * n, 4 * n, 4 * n, 4 * n, 4 * n, 4 * n, n, 4 * articles, 4 * articles, 4 * n, 8 * n];
  if (sections.some((s, i) => s.byteLength !== sizes[i])) return null;
  const [day, lastDay, speaker, article, topics, ids, status, outletOf, importOf, position, confidence] = sections as [
    ArrayBuffer,
    ...ArrayBuffer[],
  ];
  const table = StatementTable.fromColumns({
    day: new Int32Array(day),
    lastDay: new Int32Array(lastDay!),
    speaker: new Int32Array(speaker!),
    article: new Int32Array(article!),
    topics: new Uint32Array(topics!),
    status: new Uint8Array(status!),
    outletOf: new Int32Array(outletOf!),
    importOf: new Int32Array(importOf!),
    position: new Uint32Array(position!),
    confidence: new Float64Array(confidence!),
    topicIds: header.topicIds,
    speakerIds: header.speakerIds,
    articleIds: header.articleIds,
    sourceNames: header.sourceNames,
    importIds: header.importIds,
    alsoIn: header.alsoIn,
  });
  return new SavedViews(header, table, new Uint32Array(ids!));
}

export class SavedViews {
  private readonly actors: Map<string, Actor>;
  private readonly view: LibraryView;
  private readonly review: ReviewIndex;

  constructor(
    private readonly header: Header,
    readonly table: StatementTable,
    /** Per row, idHash of its statement's id: finds it among its article's statements in the shard. */
    private readonly ids: Uint32Array,
  ) {
    this.actors = new Map(header.actors.map((a) => [a.id, a]));
    this.view = this.viewWith(new Map());
    this.review = new ReviewIndex(() => table);
  }

  get savedAt(): string {
    return this.header.savedAt;
  }

  topics(): Topic[] {
    return this.header.topics;
  }

  /** The actors list as listActors gives it, counted on the speaker and review-state columns. */
  actorRows(): ActorRow[] {
    const { speaker, status, speakerIds } = this.table;
    const all = new Int32Array(speakerIds.length);
    const notRejected = new Int32Array(speakerIds.length);
    for (let r = 0; r < speaker.length; r++) {
      const sp = speaker[r]!;
      if (sp < 0) continue;
      all[sp]!++;
      if (status[r] !== STATUS_CODE.rejected) notRejected[sp]!++;
    }
    const named = new Set<string>();
    const counts = new Map<string, number>();
    speakerIds.forEach((id, c) => {
      if (all[c]! > 0) named.add(id);
      if (notRejected[c]! > 0) counts.set(id, notRejected[c]!);
    });
    return actorRows(this.header.actors, named, counts);
  }

  charts(filter: Filter): ChartData | typeof WAIT_FOR_OPEN {
    const f = withCountryInstitutions(this.header.actors, filter);
    return this.table.answersOnColumns(f) ? queryCharts(this.view, f) : WAIT_FOR_OPEN;
  }

  /** A page of the filter's statements in date order, each read from its article's shard. */
  async timeline(
    filter: Filter,
    offset: number,
    limit: number,
    readShard: ReadShard,
  ): Promise<TimelinePage | typeof WAIT_FOR_OPEN> {
    const f = withCountryInstitutions(this.header.actors, filter);
    if (!this.table.answersOnColumns(f)) return WAIT_FOR_OPEN;
    const matching = this.table.select(this.view, f);
    const rows = await this.timelineRows(Array.from(matching.subarray(offset, offset + limit)), readShard);
    return rows === WAIT_FOR_OPEN ? rows : { total: matching.length, offset, rows };
  }

  /** The whole library's review queue (a filter of review states only), as the review index orders it. */
  async reviewQueue(
    filter: Filter,
    page: { order?: ReviewOrder; offset?: number; limit?: number } | undefined,
    readShard: ReadShard,
  ): Promise<ReviewPage | typeof WAIT_FOR_OPEN> {
    if (!isUnfiltered(filter)) return WAIT_FOR_OPEN;
    const wanted = new Set<StatementStatus>(filter.statuses?.length ? filter.statuses : ['suggested']);
    const offset = page?.offset ?? 0;
    const { total, rows } = this.review.page(wanted, page?.order ?? 'newest', offset, page?.limit ?? 100);
    const shown = await this.timelineRows(rows, readShard);
    return shown === WAIT_FOR_OPEN ? shown : { total, offset, rows: shown, counts: this.review.counts() };
  }

  /** The rows as the timeline shows them, their statements read from their articles' shards. */
  private async timelineRows(rows: number[], readShard: ReadShard): Promise<TimelineRow[] | typeof WAIT_FOR_OPEN> {
    const { table } = this;
    const { layout } = this.header;
    const articleOf = (r: number) => table.articleIds[table.article[r]!]!;
    const shardIndexes = [...new Set(rows.map((r) => shardOf(articleOf(r), layout.count)))];
    const shards = new Map<number, Shard | null>();
    for (let i = 0; i < shardIndexes.length; i += SHARD_READS) {
      const batch = shardIndexes.slice(i, i + SHARD_READS);
      const read = await Promise.all(batch.map((index) => readShard(layout, index)));
      batch.forEach((index, k) => shards.set(index, read[k]!));
    }
    const articles = new Map<string, ArticleMeta>();
    const statements: Statement[] = [];
    for (const r of rows) {
      const articleId = articleOf(r);
      const shard = shards.get(shardOf(articleId, layout.count));
      const s = shard?.statements.find((x) => x.articleId === articleId && idHash(x.id) === this.ids[r]);
      const meta = shard?.articles.find((a) => a.id === articleId);
      // Not where the file says (changed by another program since): the library's own answer is the one to give.
      if (!s || !meta || (s.speakerId || null) !== (table.speakerIds[table.speaker[r]!] ?? null)) return WAIT_FOR_OPEN;
      articles.set(articleId, meta);
      statements.push(s);
    }
    const view = this.viewWith(articles);
    return statements.map((s) => toTimelineRow(view, s));
  }

  private viewWith(articles: Map<string, ArticleMeta>): LibraryView {
    return {
      article: (id) => articles.get(id),
      actor: (id) => this.actors.get(id),
      topics: () => this.header.topics,
      statementsInOrder: () => {
        throw new Error('the saved views hold no statements');
      },
      statementTable: () => this.table,
    };
  }
}

/** The views as a file the keeper saves (first-screen-keeper.ts): only once the statement table is built. */
export function savedViewsFile(source: () => SavedViewsSource | null): SavedFile {
  return {
    name: SAVED_VIEWS_FILE,
    encode: async () => {
      const s = source();
      return s ? encodeSavedViews(s) : null;
    },
    readsWhole: (bytes) => decodeSavedViews(bytes) !== null,
  };
}

/** The calls the saved views answer while the library opens (or say to wait for it). */
export function viewsBeforeOpen(
  views: SavedViews,
  readShard: ReadShard,
): {
  queryCharts: EarlyAnswer<'queryCharts'>;
  queryTimeline: EarlyAnswer<'queryTimeline'>;
  listActors: EarlyAnswer<'listActors'>;
  listTopics: EarlyAnswer<'listTopics'>;
  queryReviewQueue: EarlyAnswer<'queryReviewQueue'>;
} {
  return {
    listActors: async () => views.actorRows(),
    listTopics: async () => views.topics(),
    queryCharts: async (filter) => views.charts(filter),
    queryTimeline: async (filter, page) => views.timeline(filter, page?.offset ?? 0, page?.limit ?? 500, readShard),
    queryReviewQueue: async (filter, page) => views.reviewQueue(filter, page, readShard),
  };
}
