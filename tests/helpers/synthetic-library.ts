import { LowdbLibraryStore } from '../../src/node/lowdb-store';
import { SCHEMA_VERSION, shardOf, type Shard } from '../../src/core/library/store-port';
import type { Actor, ArticleMeta, Statement, Topic } from '../../src/shared/model';

const SHARDS = 64;

/** The metadata of generated article number `n` (id, file, hash derived from it), with what a bench varies on top. */
export function generatedArticle(n: number, fields: Partial<ArticleMeta> = {}): ArticleMeta {
  const id = `a${n.toString(16).padStart(16, '0')}`;
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

/** Collects generated articles into the library's shards, then writes them and the registry as one library. */
export class GeneratedLibraryWriter {
  private readonly shards = new Map<number, Shard>();

  add(meta: ArticleMeta, statements: Statement[]): void {
    const index = shardOf(meta.id, SHARDS);
    const shard = this.shards.get(index) ?? { articles: [], statements: [] };
    shard.articles.push(meta);
    shard.statements.push(...statements);
    this.shards.set(index, shard);
  }

  async write(store: LowdbLibraryStore, actors: Actor[], topics: Topic[]): Promise<void> {
    for (const [index, shard] of this.shards) await store.writeShard(index, shard);
    await store.writeRegistry({ schemaVersion: SCHEMA_VERSION, shardCount: SHARDS, actors, topics });
  }
}

/** Writes a library of generated articles and statements straight into real lowdb files (fast, no extraction). */
export async function writeSyntheticLibrary(
  dir: string,
  articles: number,
  perArticle: number,
  importId?: (article: number) => string,
): Promise<void> {
  const store = new LowdbLibraryStore(dir);
  await store.open();
  const library = new GeneratedLibraryWriter();
  for (let a = 0; a < articles; a++) {
    const id = `a${a.toString(16).padStart(16, '0')}`;
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
    library.add(meta, statements);
  }
  await library.write(
    store,
    Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Speaker ${i}`, type: 'person' as const, aliases: [] })),
    [],
  );
}
