/**
 * Generated libraries written straight into real lowdb files (no extraction), for tests and benches:
 *   generatedArticleId / generatedArticle   the id and metadata of generated article number n
 *   writeGeneratedLibrary    a library of any size without holding it: each article comes from a pure function of
 *                            its number; bodies are written many at once, then each shard once, the registry last
 *   GeneratedLibraryWriter   collects articles in memory, then writes them (small libraries)
 *   writeSyntheticLibrary    the plain library the unit tests use (the same quote shape everywhere, no bodies)
 * Shards and the registry go through LowdbLibraryStore itself, in the layout it would choose for a library of that
 * size, so the files are exactly what it reads at open and opening converts nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LowdbLibraryStore } from '../../src/node/lowdb-store';
import {
  LEGACY_LAYOUT,
  layoutFolder,
  SCHEMA_VERSION,
  shardCountFor,
  shardOf,
  type LibraryStore,
  type Registry,
  type Shard,
} from '../../src/core/library/store-port';
import type { Actor, ArticleMeta, Statement, Topic } from '../../src/shared/model';

/** Body files written at once: enough to keep the disk busy, few enough not to exhaust file handles. */
const BODY_WRITES_IN_FLIGHT = 64;

export function generatedArticleId(n: number): string {
  return `a${n.toString(16).padStart(16, '0')}`;
}

/** The metadata of generated article number `n` (id, file, hash derived from it), with what a bench varies on top. */
export function generatedArticle(n: number, fields: Partial<ArticleMeta> = {}): ArticleMeta {
  const id = generatedArticleId(n);
  return {
    id,
    title: `Generated article ${n}`,
    date: null,
    source: null,
    byline: null,
    url: null,
    language: 'en',
    fileName: `article-${n}.txt`,
    format: 'txt',
    contentHash: id.padEnd(64, '0'),
    importedAt: '2025-01-01T00:00:00.000Z',
    origins: {},
    bodyLength: 4000,
    ...fields,
  };
}

export interface GeneratedArticle {
  meta: ArticleMeta;
  statements: Statement[];
  /** Written to bodies/ when given (the library's search and reader need it; most tests do not). */
  body?: string;
}

export interface GeneratedLibraryStats {
  articles: number;
  statements: number;
  shards: number;
  bodyBytes: number;
}

/** Runs async jobs with at most `limit` in flight; the first failure is thrown by the next `add` or by `drain`. */
class JobPool {
  private readonly running = new Set<Promise<void>>();
  private failure: unknown = null;

  constructor(private readonly limit: number) {}

  async add(job: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failure) throw this.failure;
    const p: Promise<void> = job()
      .catch((err: unknown) => {
        this.failure ??= err;
      })
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
}

/** The store as the port describes it once layouts exist; the legacy store (64 shards in shards/) lacks writeLayout. */
type LayoutWriter = Partial<Pick<LibraryStore, 'writeLayout'>>;

/**
 * Writes the shards and then the registry of articles known by id (`ids[k]` is article k), in the layout the store
 * writes: a bounded layout sized to the library (`shardCountFor`, written by `writeLayout`) where the store has
 * one, else the legacy 64 shards. `build(keys)` makes the shard of those articles, called once per shard.
 */
async function writeShardsAndRegistry(
  store: LowdbLibraryStore,
  library: {
    ids: readonly string[];
    shardBytes: number;
    build: (keys: number[]) => Shard;
    actors: Actor[];
    topics: Topic[];
    onShard?: (written: number, of: number) => void;
  },
): Promise<number> {
  const writeLayout = (store as LayoutWriter).writeLayout?.bind(store);
  const count = writeLayout ? shardCountFor(library.shardBytes) : LEGACY_LAYOUT.count;
  const members: number[][] = Array.from({ length: count }, () => []);
  library.ids.forEach((id, k) => members[shardOf(id, count)]!.push(k));
  const used = members.filter((m) => m.length > 0).length;
  let written = 0;
  const shardAt = (index: number): Shard | null => {
    if (members[index]!.length === 0) return null;
    const shard = library.build(members[index]!);
    library.onShard?.(++written, used);
    return shard;
  };
  const registry: Registry = {
    schemaVersion: SCHEMA_VERSION,
    shardCount: count,
    actors: library.actors,
    topics: library.topics,
  };
  if (writeLayout) {
    const layout = { folder: layoutFolder(count), count };
    await writeLayout(layout, shardAt);
    registry.shardFolder = layout.folder;
  } else {
    // A store per shard: a store keeps every document it wrote in memory, and the library must not stay there.
    const writes = new JobPool(4);
    for (let index = 0; index < count; index++) {
      const shard = shardAt(index);
      if (shard) await writes.add(() => new LowdbLibraryStore(store.dataDir).writeShard(index, shard));
    }
    await writes.drain();
  }
  await store.writeRegistry(registry);
  return used;
}

/**
 * Writes `articles` generated articles into the library folder `dir` without holding the library in memory. A
 * first pass writes the bodies (many at once) and sums the size of the shard JSON to size the layout; then each
 * shard is made by calling `make` again for its articles, in ascending order. `make(n)` must depend only on `n`
 * and give `generatedArticleId(n)` as the id.
 */
export async function writeGeneratedLibrary(
  dir: string,
  options: {
    articles: number;
    make: (n: number) => GeneratedArticle;
    actors: Actor[];
    topics: Topic[];
    onShard?: (written: number, of: number) => void;
  },
): Promise<GeneratedLibraryStats> {
  const store = new LowdbLibraryStore(dir);
  await store.open();
  const stats: GeneratedLibraryStats = { articles: 0, statements: 0, shards: 0, bodyBytes: 0 };
  const ids: string[] = [];
  let shardBytes = 0;
  const bodies = new JobPool(BODY_WRITES_IN_FLIGHT);
  for (let n = 0; n < options.articles; n++) {
    const { meta, statements, body } = options.make(n);
    if (meta.id !== generatedArticleId(n))
      throw new Error(`generated article ${n} has id ${meta.id}, expected ${generatedArticleId(n)}`);
    ids.push(meta.id);
    stats.articles++;
    stats.statements += statements.length;
    shardBytes += JSON.stringify(meta).length + 1;
    for (const st of statements) shardBytes += JSON.stringify(st).length + 1;
    if (body !== undefined) {
      // Bodies before the shards that name them, as an import does.
      const json = JSON.stringify({ body });
      stats.bodyBytes += Buffer.byteLength(json);
      await bodies.add(() => writeFile(path.join(dir, store.bodyFile(meta.id)), json));
    }
  }
  await bodies.drain();
  stats.shards = await writeShardsAndRegistry(store, {
    ids,
    shardBytes,
    build: (keys) => {
      const shard: Shard = { articles: [], statements: [] };
      for (const n of keys) {
        const { meta, statements } = options.make(n);
        shard.articles.push(meta);
        for (const st of statements) shard.statements.push(st);
      }
      return shard;
    },
    actors: options.actors,
    topics: options.topics,
    ...(options.onShard ? { onShard: options.onShard } : {}),
  });
  await store.close();
  return stats;
}

/** Collects generated articles in memory, then writes them and the registry as one library. */
export class GeneratedLibraryWriter {
  private readonly articles: { meta: ArticleMeta; statements: Statement[] }[] = [];
  private shardBytes = 0;

  add(meta: ArticleMeta, statements: Statement[]): void {
    this.articles.push({ meta, statements });
    this.shardBytes += JSON.stringify(meta).length + 1;
    for (const st of statements) this.shardBytes += JSON.stringify(st).length + 1;
  }

  async write(store: LowdbLibraryStore, actors: Actor[], topics: Topic[]): Promise<void> {
    await writeShardsAndRegistry(store, {
      ids: this.articles.map((a) => a.meta.id),
      shardBytes: this.shardBytes,
      build: (keys) => ({
        articles: keys.map((k) => this.articles[k]!.meta),
        statements: keys.flatMap((k) => this.articles[k]!.statements),
      }),
      actors,
      topics,
    });
  }
}

/** Writes a library of generated articles and statements straight into real lowdb files (fast, no extraction). */
export async function writeSyntheticLibrary(
  dir: string,
  articles: number,
  perArticle: number,
  importId?: (article: number) => string,
): Promise<void> {
  await writeGeneratedLibrary(dir, {
    articles,
    actors: Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      name: `Speaker ${i}`,
      type: 'person' as const,
      aliases: [],
    })),
    topics: [],
    make: (a) => {
      const id = generatedArticleId(a);
      const meta: ArticleMeta = {
        id,
        title: `Generated article ${a}`,
        date: `2024-0${1 + (a % 9)}-1${a % 10}`,
        source: `Outlet ${a % 7}`,
        byline: null,
        url: null,
        language: 'en',
        fileName: `${id}.txt`,
        format: 'txt',
        contentHash: id,
        importedAt: '2024-10-01T00:00:00.000Z',
        origins: {},
        bodyLength: 1000,
        ...(importId ? { importId: importId(a) } : {}),
      };
      const statements: Statement[] = Array.from({ length: perArticle }, (_, i) => ({
        id: `${id}-${i}`,
        articleId: id,
        start: i * 100,
        end: i * 100 + 50,
        quote: `the pipeline route number ${i} is ${a % 3 === 0 ? 'settled' : 'open'}`,
        context: `Speaker ${a % 50} said the pipeline route number ${i} is ${a % 3 === 0 ? 'settled' : 'open'}.`,
        kind: 'direct',
        cue: 'said',
        speakerId: `p${a % 50}`,
        topicIds: [],
        confidence: 0.9,
        status: 'suggested',
        updatedAt: '2024-10-01T00:00:00.000Z',
      }));
      return { meta, statements };
    },
  });
}

/** A deterministic xorshift stream of numbers in [0, 1) from a non-zero 32-bit seed. */
export function xorshiftStream(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}
