import type { ReportPreset } from '../../shared/api';
import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';
import type { LibraryView } from '../query/library-view';
import { StatementTable } from '../query/statement-table';
import { ActorRegistry } from './actor-registry';
import { SharedValues } from './shared-values';
import {
  ARTICLE_BYTES,
  LEGACY_LAYOUT,
  layoutFolder,
  SCHEMA_VERSION,
  shardCountFor,
  shardOf,
  STATEMENT_BYTES,
  type DamagedFile,
  type LibraryStore,
  type Registry,
  type Shard,
  type ShardLayout,
} from './store-port';

/**
 * The library in memory, with indexes rebuilt at open, and the bookkeeping of what must be written back.
 * Callers mutate through its methods and then call flush(); the service serialises both.
 */
export class LibraryState implements LibraryView {
  readonly articles = new Map<string, ArticleMeta>();
  readonly statements = new Map<string, Statement>();
  private readonly statementIdsByArticle = new Map<string, string[]>();
  private readonly articleIdByHash = new Map<string, string>();
  private shardMembers = new Map<number, Set<string>>();
  private readonly dirtyShards = new Set<number>();
  /** Bytes of shard JSON per estimated byte (ARTICLE_BYTES, STATEMENT_BYTES), measured on the shards read at open. */
  private shardBytesScale = 1;
  /**
   * Re-sharding moves the old layout's folder to the trash, with anything else in it: it waits for a library opened
   * whole by its one writer (allowResharding, at open) and stops for the session if it once fails.
   */
  private reshardAllowed = false;
  private registryDirty = false;
  private ordered: Statement[] | null = null;
  /** The articles newest first (then by title), as the library list shows them; rebuilt when one changes. */
  private newestFirst: ArticleMeta[] | null = null;
  /** Where each article's statements start in `ordered` (they are kept together, by offset). */
  private articleStart = new Map<string, number>();
  /** The statements as columns in date order, for `ordered`; patched by in-place edits. */
  private table: StatementTable | null = null;
  topicList: Topic[] = [];
  /** One copy of the values statements repeat, for those read at open and those an import adds. */
  readonly shared = new SharedValues();
  /** Told the id of every statement that is added, replaced or removed (the search index listens). */
  private readonly statementWatchers: Array<(id: string) => void> = [];
  notDuplicates: string[] = [];
  reportPresets: ReportPreset[] = [];
  recoveryNotes: string[] = [];
  /**
   * Actors removed since the last flush. They stay in the registry file until the shards that referred to them
   * are written, so a crash between the writes never leaves a statement pointing at an actor that is not saved.
   */
  private readonly removedActors = new Map<string, Actor>();

  private constructor(
    readonly registry: ActorRegistry,
    private layout: ShardLayout,
    /** What the open found: files it could not use, and whether the registry was there. */
    readonly opened: { damaged: DamagedFile[]; registryState: 'ok' | 'missing' | 'damaged' },
  ) {}

  static async open(store: LibraryStore, newActorId: () => string): Promise<LibraryState> {
    const opened = await store.open();
    const reg = opened.registry;
    if (reg && reg.schemaVersion > SCHEMA_VERSION) {
      throw new Error(
        `this library was written by a newer Soundbite (schema ${reg.schemaVersion}, this version reads ${SCHEMA_VERSION})`,
      );
    }
    const state = new LibraryState(
      new ActorRegistry(reg?.actors ?? [], newActorId),
      opened.layout ?? { folder: layoutFolder(shardCountFor(0)), count: shardCountFor(0) },
      {
        damaged: opened.damaged,
        registryState: opened.registryState,
      },
    );
    state.topicList = reg?.topics ?? [];
    state.notDuplicates = reg?.notDuplicates ?? [];
    state.reportPresets = Array.isArray(reg?.reportPresets) ? reg.reportPresets : [];
    state.recoveryNotes = reg?.recoveryNotes ?? [];
    if (!reg) state.registryDirty = true;
    for (const shard of opened.shards.values()) {
      for (const a of shard.articles) {
        state.shared.article(a);
        state.indexArticle(a);
      }
      for (const s of shard.statements) {
        const article = state.articles.get(s.articleId);
        if (!article) continue;
        state.shared.statement(s, article.id);
        state.indexStatement(s);
      }
    }
    const estimate = state.rawShardBytes();
    if (estimate > 0 && opened.shardBytes > 0)
      state.shardBytesScale = Math.min(8, Math.max(0.25, opened.shardBytes / estimate));
    return state;
  }

  get shardCount(): number {
    return this.layout.count;
  }

  get shardLayout(): ShardLayout {
    return this.layout;
  }

  private rawShardBytes(): number {
    return this.articles.size * ARTICLE_BYTES + this.statements.size * STATEMENT_BYTES;
  }

  /** About how many bytes of JSON the shards hold: what decides the shard count. */
  estimatedShardBytes(): number {
    return this.rawShardBytes() * this.shardBytesScale;
  }

  /** True when the shards should be rewritten: a schema-1 layout, or more than the target bytes a shard. */
  needsReshard(): boolean {
    return this.layout.folder === LEGACY_LAYOUT.folder || shardCountFor(this.estimatedShardBytes()) > this.layout.count;
  }

  /** Lets flush re-shard as the library grows: only for a library opened whole by its writer. */
  allowResharding() {
    this.reshardAllowed = true;
  }

  /**
   * Rewrites every shard into a new layout of `count` shards, in an order that leaves a whole library at every
   * moment: the new folder is written completely (marked last) while the registry still names the old one; one
   * registry write switches to it; then the old folder goes to the trash with `reason` — it is the backup. A crash
   * before the switch leaves the old layout in use and an unused folder (trashed at the next open); after it, the
   * new layout and a complete old folder (trashed at the next open as a backup). Call after a flush: nothing is
   * pending. `note` is added to the recovery notes in the same registry write.
   */
  async reshard(
    store: LibraryStore,
    count: number,
    reason: (to: ShardLayout) => string,
    note?: string,
  ): Promise<ShardLayout> {
    const from = this.layout;
    const to: ShardLayout = { folder: layoutFolder(count), count };
    const members = new Map<number, string[]>();
    for (const id of this.articles.keys()) {
      const index = shardOf(id, count);
      const list = members.get(index);
      if (list) list.push(id);
      else members.set(index, [id]);
    }
    await store.writeLayout(to, (index) => {
      const ids = members.get(index);
      return ids ? this.shardDocument(ids) : null;
    });
    const notes = note ? [...this.recoveryNotes, note] : this.recoveryNotes;
    await store.writeRegistry({ ...this.snapshotFor(to), ...(notes.length ? { recoveryNotes: notes } : {}) });
    // Switched: from here on the state writes into the new layout.
    this.layout = to;
    this.shardMembers = new Map([...members].map(([index, ids]) => [index, new Set(ids)]));
    this.dirtyShards.clear();
    this.recoveryNotes = notes;
    // No folder (a library with no shards yet), or it cannot be moved now: either way the switch is done, and a
    // folder left behind is found at the next open as the old layout and moved then.
    await store.moveToTrash(from.folder, reason(to)).catch(() => undefined);
    return to;
  }

  /** The shard document of these articles: their metadata and statements. */
  private shardDocument(articleIds: Iterable<string>): Shard {
    const ids = [...articleIds];
    return {
      articles: ids.map((id) => this.articles.get(id)).filter((a): a is ArticleMeta => !!a),
      statements: ids.flatMap((id) =>
        (this.statementIdsByArticle.get(id) ?? []).map((sid) => this.statements.get(sid)!).filter(Boolean),
      ),
    };
  }

  // LibraryView
  article(id: string) {
    return this.articles.get(id);
  }
  actor(id: string) {
    return this.registry.get(id);
  }
  topics() {
    return this.topicList;
  }
  positionInOrder(statementId: string): number | undefined {
    this.statementsInOrder();
    return this.positionIfOrdered(statementId);
  }

  statementsInOrder(): readonly Statement[] {
    if (!this.ordered) {
      // Articles are sorted (by date, then id; undated last), not statements: each article's statements follow
      // it by offset. Keys are built once: looking dates up inside the comparator costs seconds at scale.
      const keyed = [...this.articles.values()].map((a) => ({ id: a.id, key: `${a.date ?? '9999'}|${a.id}` }));
      keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const ordered: Statement[] = [];
      this.articleStart = new Map();
      for (const { id } of keyed) {
        this.articleStart.set(id, ordered.length);
        for (const s of this.statementsOf(id)) ordered.push(s);
      }
      this.ordered = ordered;
    }
    return this.ordered;
  }

  articlesNewestFirst(): readonly ArticleMeta[] {
    if (!this.newestFirst) {
      const byTitle = new Intl.Collator().compare;
      this.newestFirst = [...this.articles.values()].sort(
        (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || byTitle(a.title, b.title),
      );
    }
    return this.newestFirst;
  }

  /** A statement's place in `ordered`, without building it. */
  private positionIfOrdered(statementId: string): number | undefined {
    const s = this.statements.get(statementId);
    const ordered = this.ordered;
    const start = s && ordered ? this.articleStart.get(s.articleId) : undefined;
    if (start === undefined) return undefined;
    for (let i = start; i < ordered!.length && ordered![i]!.articleId === s!.articleId; i++) {
      if (ordered![i]!.id === statementId) return i;
    }
    return undefined;
  }

  /** The statement table when it is built and current, without building it. */
  builtStatementTable(): StatementTable | null {
    return this.ordered && this.table?.ordered === this.ordered ? this.table : null;
  }

  statementTable(): StatementTable {
    const ordered = this.statementsInOrder();
    if (this.table?.ordered !== ordered) this.table = StatementTable.build(this, ordered);
    return this.table;
  }

  /** The article, statement or actor with this id, or a clear error for the caller. */
  requireArticle(id: string): ArticleMeta {
    const a = this.articles.get(id);
    if (!a) throw new Error(`no article with id ${id}`);
    return a;
  }

  requireStatement(id: string): Statement {
    const s = this.statements.get(id);
    if (!s) throw new Error(`no statement with id ${id}`);
    return s;
  }

  requireActor(id: string): Actor {
    const a = this.registry.get(id);
    if (!a) throw new Error(`no actor with id ${id}`);
    return a;
  }

  articleByHash(hash: string): ArticleMeta | undefined {
    const id = this.articleIdByHash.get(hash);
    return id ? this.articles.get(id) : undefined;
  }

  /** An article's statements: all, those the analyst has not rejected, and of those the accepted or edited ones. */
  statementCounts(articleId: string): { all: number; statements: number; accepted: number } {
    let all = 0;
    let statements = 0;
    let accepted = 0;
    for (const id of this.statementIdsByArticle.get(articleId) ?? []) {
      const status = this.statements.get(id)?.status;
      if (status !== undefined) all++;
      if (status === undefined || status === 'rejected') continue;
      statements++;
      if (status === 'accepted' || status === 'edited') accepted++;
    }
    return { all, statements, accepted };
  }

  statementsOf(articleId: string): Statement[] {
    return (this.statementIdsByArticle.get(articleId) ?? [])
      .map((id) => this.statements.get(id))
      .filter((s): s is Statement => !!s)
      .sort((a, b) => a.start - b.start);
  }

  /** Adds or updates an article's metadata (its statements are put separately). */
  putArticle(meta: ArticleMeta) {
    const previous = this.articles.get(meta.id);
    if (previous && previous.contentHash !== meta.contentHash) this.articleIdByHash.delete(previous.contentHash);
    this.indexArticle(meta);
    this.touchArticle(meta.id);
  }

  putActor(actor: Actor) {
    this.table?.changed(); // a filter by actor type reads it
    this.registry.put(actor);
    this.removedActors.delete(actor.id);
    this.registryDirty = true;
  }

  removeActor(id: string) {
    this.table?.changed();
    const actor = this.registry.get(id);
    if (actor) this.removedActors.set(id, actor);
    this.registry.remove(id);
    this.registryDirty = true;
  }

  setRecoveryNotes(notes: string[]) {
    this.recoveryNotes = notes;
    this.registryDirty = true;
  }

  removeArticle(id: string) {
    for (const sid of this.statementIdsByArticle.get(id) ?? []) {
      this.statements.delete(sid);
      this.statementChanged(sid);
    }
    this.statementIdsByArticle.delete(id);
    this.ordered = null; // its statements leave the timeline order too
    const meta = this.articles.get(id);
    if (meta) this.articleIdByHash.delete(meta.contentHash);
    this.touchArticle(id);
    this.articles.delete(id);
    this.newestFirst = null;
    this.shardMembers.get(shardOf(id, this.shardCount))?.delete(id);
  }

  watchStatements(watcher: (id: string) => void) {
    this.statementWatchers.push(watcher);
  }

  private statementChanged(id: string) {
    for (const w of this.statementWatchers) w(id);
  }

  putStatement(s: Statement) {
    this.statementChanged(s.id);
    const previous = this.statements.get(s.id);
    if (!previous) this.indexStatement(s);
    else {
      this.statements.set(s.id, s);
      const at = this.positionIfOrdered(s.id);
      if (this.ordered && at !== undefined && previous.start === s.start && previous.articleId === s.articleId) {
        this.ordered[at] = s;
        if (this.table && !this.table.replace(at, s, this)) this.table = null;
      } else this.ordered = null;
    }
    this.touchArticle(s.articleId);
  }

  removeStatement(id: string) {
    const s = this.statements.get(id);
    if (!s) return;
    this.statementChanged(id);
    this.statements.delete(id);
    const ids = this.statementIdsByArticle.get(s.articleId);
    if (ids)
      this.statementIdsByArticle.set(
        s.articleId,
        ids.filter((x) => x !== id),
      );
    this.ordered = null;
    this.touchArticle(s.articleId);
  }

  setNotDuplicates(pairs: string[]) {
    this.notDuplicates = pairs;
    this.registryDirty = true;
  }

  setTopics(topics: Topic[]) {
    this.topicList = topics;
    this.table = null; // its topic bits follow the list's order
    this.registryDirty = true;
  }

  setReportPresets(presets: ReportPreset[]) {
    this.reportPresets = presets;
    this.registryDirty = true;
  }

  actors(): Actor[] {
    return this.registry.all();
  }

  /**
   * Writes every shard and the registry that changed since the last flush, in an order that keeps the files
   * consistent at every moment: the registry first (new actors exist before any statement names them), then the
   * shards, then the registry again without the actors this change removed.
   */
  /** Whether changes wait for the next flush. */
  hasUnsavedChanges(): boolean {
    return this.dirtyShards.size > 0 || this.registryDirty || this.removedActors.size > 0;
  }

  async flush(store: LibraryStore): Promise<{ shards: number; registry: boolean }> {
    if (!store.writable) return { shards: 0, registry: false };
    const shards = [...this.dirtyShards];
    this.dirtyShards.clear();
    const registry = this.registryDirty;
    this.registryDirty = false;
    const removed = [...this.removedActors.values()];
    this.removedActors.clear();
    if (registry) await store.writeRegistry(this.registrySnapshot(removed));
    for (const index of shards) await store.writeShard(index, this.shardDocument(this.shardMembers.get(index) ?? []));
    if (registry && removed.length > 0) await store.writeRegistry(this.registrySnapshot());
    if (this.reshardAllowed && this.layout.folder !== LEGACY_LAYOUT.folder && this.needsReshard()) {
      await this.growShards(store);
    }
    return { shards: shards.length, registry };
  }

  /** The library outgrew its shards: the next power of two that keeps them at the target size (see reshard). */
  private async growShards(store: LibraryStore) {
    const from = this.layout;
    const count = shardCountFor(this.estimatedShardBytes());
    try {
      await this.reshard(
        store,
        count,
        (to) =>
          `the library's ${from.count} shards before it grew to ${to.count} (${to.folder}); a complete copy of its articles and statements as they were then`,
      );
    } catch (err) {
      this.reshardAllowed = false;
      this.setRecoveryNotes([
        ...this.recoveryNotes,
        `${new Date().toISOString().slice(0, 16).replace('T', ' ')}: the library could not be spread over ${count} shards (${(err as Error).message}); it keeps ${from.count} and tries again at the next open.`,
      ]);
    }
  }

  registrySnapshot(stillReferenced: Actor[] = []): Registry {
    return this.snapshotFor(this.layout, stillReferenced);
  }

  private snapshotFor(layout: ShardLayout, stillReferenced: Actor[] = []): Registry {
    const legacy = layout.folder === LEGACY_LAYOUT.folder;
    return {
      // A schema-1 release reads shards/ only: a library still laid out that way stays readable by it.
      schemaVersion: legacy ? 1 : SCHEMA_VERSION,
      shardCount: layout.count,
      ...(legacy ? {} : { shardFolder: layout.folder }),
      actors: [...this.registry.all(), ...stillReferenced],
      topics: this.topicList,
      notDuplicates: this.notDuplicates,
      ...(this.reportPresets.length ? { reportPresets: this.reportPresets } : {}),
      ...(this.recoveryNotes.length ? { recoveryNotes: this.recoveryNotes } : {}),
    };
  }

  /** Marks everything as changed, so the next flush writes the registry (after a recovery at open). */
  markRegistryDirty() {
    this.registryDirty = true;
  }

  private touchArticle(articleId: string) {
    this.dirtyShards.add(shardOf(articleId, this.shardCount));
  }

  private indexArticle(a: ArticleMeta) {
    this.articles.set(a.id, a);
    this.newestFirst = null;
    this.articleIdByHash.set(a.contentHash, a.id);
    const index = shardOf(a.id, this.shardCount);
    let members = this.shardMembers.get(index);
    if (!members) this.shardMembers.set(index, (members = new Set()));
    members.add(a.id);
    this.ordered = null;
  }

  private indexStatement(s: Statement) {
    this.statements.set(s.id, s);
    const ids = this.statementIdsByArticle.get(s.articleId);
    if (ids) ids.push(s.id);
    else this.statementIdsByArticle.set(s.articleId, [s.id]);
    this.ordered = null;
  }
}
