import { LowdbLibraryStore } from '../../src/node/lowdb-store';
import { SCHEMA_VERSION, shardOf, type Shard } from '../../src/core/library/store-port';
import type { ArticleMeta, Statement } from '../../src/shared/model';

const SHARDS = 64;

/** Writes a library of generated articles and statements straight into real lowdb files (fast, no extraction). */
export async function writeSyntheticLibrary(
  dir: string,
  articles: number,
  perArticle: number,
  importId?: (article: number) => string,
): Promise<void> {
  const store = new LowdbLibraryStore(dir);
  await store.open();
  const shards = new Map<number, Shard>();
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
    const index = shardOf(id, SHARDS);
    const shard = shards.get(index) ?? { articles: [], statements: [] };
    shard.articles.push(meta);
    shard.statements.push(...statements);
    shards.set(index, shard);
  }
  for (const [index, shard] of shards) await store.writeShard(index, shard);
  await store.writeRegistry({
    schemaVersion: SCHEMA_VERSION,
    shardCount: SHARDS,
    actors: Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      name: `Speaker ${i}`,
      type: 'person' as const,
      aliases: [],
    })),
    topics: [],
  });
}
