import type { ReportPreset } from '../../shared/api';
import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';
import type { LibraryView } from '../query/library-view';
import { ActorRegistry } from './actor-registry';
import { SCHEMA_VERSION, shardOf, type DamagedFile, type LibraryStore, type Registry } from './store-port';

const DEFAULT_SHARDS = 64;

/**
 * The library in memory, with indexes rebuilt at open, and the bookkeeping of what must be written back.
 * Callers mutate through its methods and then call flush(); the service serialises both.
 */
export class LibraryState implements LibraryView {
  readonly articles = new Map<string, ArticleMeta>();
  readonly statements = new Map<string, Statement>();
  private readonly statementIdsByArticle = new Map<string, string[]>();
  private readonly statementIdsBySpeaker = new Map<string, Set<string>>();
  private readonly articleIdByHash = new Map<string, string>();
  private readonly shardMembers = new Map<number, Set<string>>();
  private readonly dirtyShards = new Set<number>();
  private registryDirty = false;
  private ordered: Statement[] | null = null;
  /** Position of each statement in `ordered`, so an edit that keeps the order replaces in place. */
  private orderIndex = new Map<string, number>();
  topicList: Topic[] = [];
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
    readonly shardCount: number,
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
      reg?.shardCount ?? DEFAULT_SHARDS,
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
      for (const a of shard.articles) state.indexArticle(a);
      for (const s of shard.statements) {
        if (state.articles.has(s.articleId)) state.indexStatement(s);
      }
    }
    return state;
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
  statementsBySpeaker(actorId: string): Statement[] {
    const out: Statement[] = [];
    for (const id of this.statementIdsBySpeaker.get(actorId) ?? []) {
      const s = this.statements.get(id);
      if (s) out.push(s);
    }
    return out;
  }

  positionInOrder(statementId: string): number | undefined {
    this.statementsInOrder();
    return this.orderIndex.get(statementId);
  }

  statementsInOrder(): readonly Statement[] {
    if (!this.ordered) {
      // Sort on precomputed keys: looking dates up inside the comparator costs seconds at 100k statements.
      const keyed = [...this.statements.values()].map((s) => ({
        s,
        key: `${this.articles.get(s.articleId)?.date ?? '9999'}|${s.articleId}`,
      }));
      keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.s.start - b.s.start));
      this.ordered = keyed.map((k) => k.s);
      this.orderIndex = new Map(this.ordered.map((s, i) => [s.id, i]));
    }
    return this.ordered;
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
    this.registry.put(actor);
    this.removedActors.delete(actor.id);
    this.registryDirty = true;
  }

  removeActor(id: string) {
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
      const statement = this.statements.get(sid);
      if (statement) this.unindexSpeaker(statement);
      this.statements.delete(sid);
      this.statementChanged(sid);
    }
    this.statementIdsByArticle.delete(id);
    this.ordered = null; // its statements leave the timeline order too
    const meta = this.articles.get(id);
    if (meta) this.articleIdByHash.delete(meta.contentHash);
    this.touchArticle(id);
    this.articles.delete(id);
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
      if (previous.speakerId !== s.speakerId) {
        this.unindexSpeaker(previous);
        this.indexSpeaker(s);
      }
      const at = this.orderIndex.get(s.id);
      if (this.ordered && at !== undefined && previous.start === s.start && previous.articleId === s.articleId) {
        this.ordered[at] = s;
      } else this.ordered = null;
    }
    this.touchArticle(s.articleId);
  }

  removeStatement(id: string) {
    const s = this.statements.get(id);
    if (!s) return;
    this.statementChanged(id);
    this.statements.delete(id);
    this.unindexSpeaker(s);
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
  async flush(store: LibraryStore): Promise<{ shards: number; registry: boolean }> {
    if (!store.writable) return { shards: 0, registry: false };
    const shards = [...this.dirtyShards];
    this.dirtyShards.clear();
    const registry = this.registryDirty;
    this.registryDirty = false;
    const removed = [...this.removedActors.values()];
    this.removedActors.clear();
    if (registry) await store.writeRegistry(this.registrySnapshot(removed));
    for (const index of shards) {
      const members = [...(this.shardMembers.get(index) ?? [])];
      await store.writeShard(index, {
        articles: members.map((id) => this.articles.get(id)).filter((a): a is ArticleMeta => !!a),
        statements: members.flatMap((id) =>
          (this.statementIdsByArticle.get(id) ?? []).map((sid) => this.statements.get(sid)!).filter(Boolean),
        ),
      });
    }
    if (registry && removed.length > 0) await store.writeRegistry(this.registrySnapshot());
    return { shards: shards.length, registry };
  }

  registrySnapshot(stillReferenced: Actor[] = []): Registry {
    return {
      schemaVersion: SCHEMA_VERSION,
      shardCount: this.shardCount,
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
    this.articleIdByHash.set(a.contentHash, a.id);
    const index = shardOf(a.id, this.shardCount);
    let members = this.shardMembers.get(index);
    if (!members) this.shardMembers.set(index, (members = new Set()));
    members.add(a.id);
    this.ordered = null;
  }

  private indexSpeaker(s: Statement) {
    if (!s.speakerId) return;
    let ids = this.statementIdsBySpeaker.get(s.speakerId);
    if (!ids) this.statementIdsBySpeaker.set(s.speakerId, (ids = new Set()));
    ids.add(s.id);
  }

  private unindexSpeaker(s: Statement) {
    if (!s.speakerId) return;
    const ids = this.statementIdsBySpeaker.get(s.speakerId);
    ids?.delete(s.id);
    if (ids?.size === 0) this.statementIdsBySpeaker.delete(s.speakerId);
  }

  private indexStatement(s: Statement) {
    this.statements.set(s.id, s);
    this.indexSpeaker(s);
    const ids = this.statementIdsByArticle.get(s.articleId);
    if (ids) ids.push(s.id);
    else this.statementIdsByArticle.set(s.articleId, [s.id]);
    this.ordered = null;
  }
}
