/**
 * Libraries in the layout of schema 1 (every release before the bounded shards): 64 shards in shards/NN.json, a
 * registry without a shard folder. Written through LowdbLibraryStore's own legacy path (a store that no registry
 * has told of a layout writes shards/NN.json, as those releases did), so the files are what they wrote.
 *   rewriteAsLegacy        the contents of a library (any layout) written again as schema 1 into another folder
 *   writeLegacyGenerated   a generated schema-1 library of any size, about fictional speakers
 *   libraryContents        what a library folder holds, read straight from its documents, for comparisons
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LEGACY_LAYOUT, shardOf, type Registry, type Shard } from '../../src/core/library/store-port';
import type { Actor, ArticleMeta, Statement, Topic } from '../../src/shared/model';
import { LowdbLibraryStore } from '../../src/node/lowdb-store';

export interface LibraryContents {
  articles: ArticleMeta[];
  statements: Statement[];
  actors: Actor[];
  topics: Topic[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Everything a library's documents hold, sorted by id (read-only: nothing is moved or converted). */
export async function libraryContents(dir: string): Promise<LibraryContents> {
  const opened = await new LowdbLibraryStore(dir, { readOnly: true }).open();
  const articles: ArticleMeta[] = [];
  const statements: Statement[] = [];
  for (const shard of opened.shards.values()) {
    articles.push(...shard.articles);
    statements.push(...shard.statements);
  }
  return {
    articles: articles.sort(byId),
    statements: statements.sort(byId),
    actors: [...(opened.registry?.actors ?? [])].sort(byId),
    topics: [...(opened.registry?.topics ?? [])].sort(byId),
  };
}

async function writeLegacy(dir: string, registry: Omit<Registry, 'schemaVersion' | 'shardCount'>, shards: Shard[]) {
  const byIndex = new Map<number, Shard>();
  for (const shard of shards) {
    const statementsOf = new Map<string, Statement[]>();
    for (const s of shard.statements) statementsOf.set(s.articleId, [...(statementsOf.get(s.articleId) ?? []), s]);
    for (const a of shard.articles) {
      const index = shardOf(a.id, LEGACY_LAYOUT.count);
      const into = byIndex.get(index) ?? { articles: [], statements: [] };
      into.articles.push(a);
      into.statements.push(...(statementsOf.get(a.id) ?? []));
      byIndex.set(index, into);
    }
  }
  await mkdir(dir, { recursive: true });
  const store = new LowdbLibraryStore(dir);
  for (const [index, shard] of [...byIndex].sort((a, b) => a[0] - b[0])) await store.writeShard(index, shard);
  // The registry as schema 1 wrote it: pretty-printed, 64 shards, no folder.
  const legacy = { schemaVersion: 1, shardCount: LEGACY_LAYOUT.count, ...registry };
  await writeFile(path.join(dir, 'registry.json'), JSON.stringify(legacy, null, 2));
}

/** Copies the library in `src` (bodies too) into `dst` in the schema-1 layout. */
export async function rewriteAsLegacy(src: string, dst: string): Promise<void> {
  const opened = await new LowdbLibraryStore(src, { readOnly: true }).open();
  const registry = opened.registry!;
  await mkdir(dst, { recursive: true });
  await cp(path.join(src, 'bodies'), path.join(dst, 'bodies'), { recursive: true });
  await writeLegacy(
    dst,
    {
      actors: registry.actors,
      topics: registry.topics,
      notDuplicates: registry.notDuplicates ?? [],
      ...(registry.reportPresets ? { reportPresets: registry.reportPresets } : {}),
    },
    [...opened.shards.values()],
  );
}

const SPEAKERS = ['Ilsa Varnhold', 'Tomas Greber', 'Oksana Lind', 'the Velmarian trade ministry', 'Pell Ardent'];

/** A generated schema-1 library: `articles` articles of `perArticle` statements, texts of a typical length. */
export async function writeLegacyGenerated(dir: string, articles: number, perArticle: number): Promise<void> {
  const actors: Actor[] = SPEAKERS.map((name, i) => ({ id: `p${i}`, name, type: 'person', aliases: [] }));
  const shard: Shard = { articles: [], statements: [] };
  for (let n = 0; n < articles; n++) {
    const id = `g${n.toString(16).padStart(12, '0')}`;
    shard.articles.push({
      id,
      title: `Harbour levy talks, day ${n}`,
      date: `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      source: `The Velmar Courier ${n % 9}`,
      byline: 'Mara Quell',
      url: `https://courier.example/velmar/${n}`,
      language: 'en',
      fileName: `harbour-${n}.txt`,
      format: 'txt',
      contentHash: id.padEnd(64, '0'),
      importedAt: '2025-06-01T08:00:00.000Z',
      origins: { title: 'text header', date: 'text header' },
      bodyLength: 5200,
      fingerprint: Array.from({ length: 64 }, (_, k) => (n * 2654435761 + k * 40503) >>> 0),
    });
    for (let i = 0; i < perArticle; i++) {
      const speaker = (n + i) % SPEAKERS.length;
      shard.statements.push({
        id: `${id}-s${i}`,
        articleId: id,
        start: 200 + i * 500,
        end: 320 + i * 500,
        quote: `We will not sign a levy that empties the harbour of its fishing fleet before the winter season ${i}`,
        context: `"We will not sign a levy that empties the harbour of its fishing fleet before the winter season ${i}," ${SPEAKERS[speaker]} told reporters outside the council chamber on the ${n}th day of talks.`,
        kind: i % 2 ? 'indirect' : 'direct',
        cue: 'told',
        speakerId: `p${speaker}`,
        speakerStart: 100 + i * 500,
        speakerEnd: 113 + i * 500,
        topicIds: [],
        confidence: 0.82,
        status: 'suggested',
        updatedAt: '2025-06-01T08:00:00.000Z',
      } as Statement);
    }
  }
  await writeLegacy(dir, { actors, topics: [], notDuplicates: [] }, [shard]);
}
