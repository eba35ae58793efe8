import { SCHEMA_VERSION, shardOf, type Shard } from '../../../src/core/library/store-port';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import type { ArticleMeta, Statement } from '../../../src/shared/model';

const SHARDS = 64;

// The text an export must carry exactly: commas, double quotes, a line break, an astral character before it.
export const TRICKY_QUOTE = 'We will, of course, build the "new" pipeline,\nstarting in May';
export const FORMULA_QUOTE = '=SUM(A1) is not how budgets work';
export const BODY_A = `🌍 Climate desk. Mirela Dascu said: "${TRICKY_QUOTE}." The ministry claimed that ${FORMULA_QUOTE}. She later denied that ${'the plan is dead'}.`;
export const BODY_B = `Harbour notes. Someone asked whether -5 degrees is nothing. The ministry said in February that grid fees stay.`;

function meta(id: string, fields: Partial<ArticleMeta>, body: string): ArticleMeta {
  return {
    id,
    title: `Article ${id}`,
    date: null,
    source: null,
    byline: null,
    url: null,
    language: 'en',
    fileName: `${id}.txt`,
    format: 'txt',
    contentHash: id.padEnd(64, '0'),
    importedAt: '2025-03-05T00:00:00.000Z',
    origins: {},
    bodyLength: body.length,
    ...fields,
  };
}

function statement(id: string, articleId: string, body: string, quote: string, fields: Partial<Statement>): Statement {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in body: ${quote}`);
  return {
    id,
    articleId,
    start,
    end: start + quote.length,
    quote,
    kind: 'direct',
    cue: 'said',
    speakerId: null,
    topicIds: [],
    confidence: 0.8,
    status: 'suggested',
    updatedAt: '2025-03-05T00:00:00.000Z',
    ...fields,
  };
}

/** A small library in real lowdb files, with every case an export must get right. */
export async function writeExportFixture(dir: string): Promise<void> {
  const store = new LowdbLibraryStore(dir);
  await store.open();
  const a = meta(
    'art-a',
    {
      title: 'Pipeline, "again"',
      date: '2025-03-02',
      source: 'Northwind Wire',
      byline: 'Ana Pop',
      url: 'https://example.org/a',
      note: 'Check <the> follow-up\u0001',
    },
    BODY_A,
  );
  const b = meta(
    'art-b',
    {
      source: 'Harbour Times',
      attestations: [{ title: 'Copy', date: null, source: 'Quay Post', url: null, fileName: 'copy.txt' }],
    },
    BODY_B,
  );
  const statements: Statement[] = [
    statement('s1', 'art-a', BODY_A, TRICKY_QUOTE, {
      speakerId: 'mirela',
      topicIds: ['energy'],
      status: 'accepted',
      date: '2025-03-01',
      datePrecision: 'day',
      dateOrigin: 'text',
      polarity: 'asserts',
      note: 'check the "date"',
    }),
    statement('s2', 'art-a', BODY_A, FORMULA_QUOTE, {
      speakerId: 'ministry',
      kind: 'indirect',
      cue: 'claimed',
      polarity: 'denies',
    }),
    statement('s3', 'art-a', BODY_A, 'the plan is dead', { speakerId: 'mirela', status: 'rejected', kind: 'indirect' }),
    statement('s4', 'art-b', BODY_B, '-5 degrees is nothing', {
      kind: 'indirect',
      cue: 'asked',
      status: 'edited',
      polarity: 'questions',
      topicIds: ['energy', 'grid'],
    }),
    statement('s5', 'art-b', BODY_B, 'grid fees stay', {
      speakerId: 'ministry',
      kind: 'indirect',
      topicIds: ['grid'],
      date: '2025-02',
      datePrecision: 'month',
      dateOrigin: 'text',
    }),
  ];
  const shards = new Map<number, Shard>();
  for (const article of [a, b]) {
    const index = shardOf(article.id, SHARDS);
    const shard = shards.get(index) ?? { articles: [], statements: [] };
    shard.articles.push(article);
    shard.statements.push(...statements.filter((s) => s.articleId === article.id));
    shards.set(index, shard);
  }
  await store.writeBody('art-a', BODY_A);
  await store.writeBody('art-b', BODY_B);
  for (const [index, shard] of shards) await store.writeShard(index, shard);
  await store.writeRegistry({
    schemaVersion: SCHEMA_VERSION,
    shardCount: SHARDS,
    actors: [
      { id: 'mirela', name: 'Mirela Dascu', type: 'person', aliases: ['M. Dascu'] },
      { id: 'ministry', name: 'Ministry of Energy', type: 'organisation', aliases: [] },
    ],
    topics: [
      { id: 'energy', name: 'Energy', query: 'pipeline OR gas', color: '#3b6fd8' },
      { id: 'grid', name: 'Grid & fees', query: '"grid fees"', color: '#aa3311' },
    ],
  });
}
