// The generated news library of the scale benches: invented articles about fictional actors, each a pure function
// of its number (its own random stream), so a library of any size is written shard by shard without holding it.
//   newsActors / newsTopics / newsArticle(n)   what writeGeneratedLibrary (tests/helpers) is given
//   FILLER                                     the long tail of the vocabulary (for the rare / common word searches)
import type { Actor, Statement, Topic } from '../src/shared/model';
import { generatedArticle, type GeneratedArticle, xorshiftStream } from '../tests/helpers/synthetic-library';
import { STATEMENTS_PER_ARTICLE } from './bench-size';

const WORDS = (
  'pipeline gas energy tariff steel grain export treaty emissions climate coal alliance troops exercise border ' +
  'minister president government talks agreement deal budget reform election court ruling vote parliament ' +
  'market prices inflation wages jobs health hospital school water drought flood harvest port shipping ' +
  'sanctions embassy summit partners security defence cyber attack investigation report data rights press'
).split(' ');

/** News text has a long-tailed vocabulary: topical words sit among thousands of others (a Zipf-like draw). */
export const FILLER = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}x`);

export const newsActors: Actor[] = Array.from({ length: 400 }, (_, i) => ({
  id: `p${i}`,
  name: `Actor ${i}`,
  type: 'person',
  aliases: [],
}));

export const newsTopics: Topic[] = Array.from({ length: 8 }, (_, i) => ({
  id: `t${i}`,
  name: `Topic ${i}`,
  query: `word${i}`,
  color: '#3b6fd8',
}));

const SOURCES = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`);

/** A xorshift stream seeded from the article number (scrambled so neighbouring numbers do not correlate). */
function randomFor(n: number): () => number {
  const next = xorshiftStream(Math.imul(n + 1, 0x9e3779b1) ^ 0x2545f491);
  for (let i = 0; i < 4; i++) next();
  return next;
}

function sentence(rand: () => number, n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++)
    words.push(
      rand() < 0.12 ? WORDS[Math.floor(rand() * WORDS.length)]! : FILLER[Math.floor(FILLER.length * rand() ** 3)]!,
    );
  return `${words.join(' ')}.`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function newsArticle(n: number): GeneratedArticle {
  const rand = randomFor(n);
  const meta = generatedArticle(n, {
    title: `Generated article ${n}`,
    date: `2024-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`,
    source: SOURCES[Math.floor(rand() * SOURCES.length)]!,
    origins: { date: 'text header' },
  });
  const { id } = meta;
  const statements: Statement[] = [];
  for (let i = 0; i < STATEMENTS_PER_ARTICLE; i++)
    statements.push({
      id: `${id}-${i}`,
      articleId: id,
      start: i * 300,
      end: i * 300 + 120,
      quote: sentence(rand, 18),
      context: `${sentence(rand, 12)} ${sentence(rand, 18)}`,
      kind: rand() < 0.5 ? 'direct' : 'indirect',
      cue: 'said',
      speakerId: newsActors[Math.floor(rand() ** 2 * newsActors.length)]!.id,
      topicIds: rand() < 0.6 ? [newsTopics[Math.floor(rand() * newsTopics.length)]!.id] : [],
      confidence: Math.round(50 + rand() * 50) / 100,
      status: 'suggested',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
  const paragraphs: string[] = [];
  for (let i = 0; i < 14; i++) paragraphs.push(sentence(rand, 40));
  return { meta, statements, body: paragraphs.join('\n\n') };
}
