/**
 * The timeline's and charts' statement table, saved beside the documents (index/views.bin), so that a window
 * opening a large library draws its timeline and charts while the library itself is read behind it.
 *
 *   encodeSavedViews   the statement table's columns and codes (statement-table.ts), the actors and topics, the
 *                      shard layout, and per row a hash of its statement's id
 *   decodeSavedViews   the file back; null for anything that is not a whole file of this version
 *   SavedViews         charts() and actorRows() counted on the columns; timeline() reads only the page's statements, from their
 *                      shards; both give WAIT_FOR_OPEN for what they cannot answer (a filter by kind, polarity,
 *                      confidence or text; a statement not where the file says), and the call waits for the open
 *   viewsBeforeOpen    the same as the API's calls
 *
 * Derived data, kept no older than the documents by first-screen-keeper.ts (deleted before any document write,
 * saved again once the library is quiet), like the first screen.
 */
import type { ActorRow, ChartData, TimelinePage, WorkbenchApi } from '../../shared/api';
import type { Actor, ArticleMeta, Filter, Statement, Topic } from '../../shared/model';
import { queryCharts } from '../query/charts';
import type { LibraryView } from '../query/library-view';
import { STATUS_CODE, StatementTable } from '../query/statement-table';
import { toTimelineRow } from '../query/timeline';
import { withCountryInstitutions } from './country-filter';
import type { SavedFile } from './first-screen-keeper';
import { decodeFramed, encodeFramed } from './framed-file';
import { actorRows } from './use-cases/actors';
import { idHash, shardOf, type Shard, type ShardLayout } from './store-port';

export const SAVED_VIEWS_FILE = 'views.bin';
const MAGIC = 'SBVW1\n';
/** Shards read at once for a timeline page. */
const SHARD_READS = 32;

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
  ]);
}

export function decodeSavedViews(bytes: Uint8Array): SavedViews | null {
  const framed = decodeFramed<Header>(bytes, MAGIC);
  if (!framed) return null;
  const { header, sections } = framed;
  const n = header?.rows;
  const articles = header?.articleIds?.length;
  if (!Number.isInteger(n) || !Number.isInteger(articles) || sections.length !== 9) return null;
  const sizes = [4 * n, 4 * n, 4 * n, 4 * n, 4 * n, 4 * n, n, 4 * articles, 4 * articles];
  if (sections.some((s, i) => s.byteLength !== sizes[i])) return null;
  const [day, lastDay, speaker, article, topics, ids, status, outletOf, importOf] = sections as [
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

  constructor(
    private readonly header: Header,
    readonly table: StatementTable,
    /** Per row, idHash of its statement's id: finds it among its article's statements in the shard. */
    private readonly ids: Uint32Array,
  ) {
    this.actors = new Map(header.actors.map((a) => [a.id, a]));
    this.view = this.viewWith(new Map());
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
    readShard: (layout: ShardLayout, index: number) => Promise<Shard | null>,
  ): Promise<TimelinePage | typeof WAIT_FOR_OPEN> {
    const f = withCountryInstitutions(this.header.actors, filter);
    if (!this.table.answersOnColumns(f)) return WAIT_FOR_OPEN;
    const { table } = this;
    const matching = table.select(this.view, f);
    const page = Array.from(matching.subarray(offset, offset + limit));
    const { layout } = this.header;
    const shardIndexes = [...new Set(page.map((r) => shardOf(table.articleIds[table.article[r]!]!, layout.count)))];
    const shards = new Map<number, Shard | null>();
    for (let i = 0; i < shardIndexes.length; i += SHARD_READS) {
      const batch = shardIndexes.slice(i, i + SHARD_READS);
      const read = await Promise.all(batch.map((index) => readShard(layout, index)));
      batch.forEach((index, k) => shards.set(index, read[k]!));
    }
    const articles = new Map<string, ArticleMeta>();
    const statements: Statement[] = [];
    for (const r of page) {
      const articleId = table.articleIds[table.article[r]!]!;
      const shard = shards.get(shardOf(articleId, layout.count));
      const s = shard?.statements.find((x) => x.articleId === articleId && idHash(x.id) === this.ids[r]);
      const meta = shard?.articles.find((a) => a.id === articleId);
      // Not where the file says (changed by another program since): the library's own answer is the one to give.
      if (!s || !meta || (s.speakerId || null) !== (table.speakerIds[table.speaker[r]!] ?? null)) return WAIT_FOR_OPEN;
      articles.set(articleId, meta);
      statements.push(s);
    }
    const view = this.viewWith(articles);
    return { total: matching.length, offset, rows: statements.map((s) => toTimelineRow(view, s)) };
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
  readShard: (layout: ShardLayout, index: number) => Promise<Shard | null>,
): {
  queryCharts: EarlyAnswer<'queryCharts'>;
  queryTimeline: EarlyAnswer<'queryTimeline'>;
  listActors: EarlyAnswer<'listActors'>;
  listTopics: EarlyAnswer<'listTopics'>;
} {
  return {
    listActors: async () => views.actorRows(),
    listTopics: async () => views.topics(),
    queryCharts: async (filter) => views.charts(filter),
    queryTimeline: async (filter, page) => views.timeline(filter, page?.offset ?? 0, page?.limit ?? 500, readShard),
  };
}
