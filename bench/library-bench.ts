// Library at scale: 10,000 articles / 100,000 statements in real lowdb files; times open, queries and one edit.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorkbench } from '../src/core/library/service';
import type { Actor, Statement, Topic } from '../src/shared/model';
import { shardOf } from '../src/core/library/store-port';
import { LowdbLibraryStore } from '../src/node/lowdb-store';
import { generatedArticle, GeneratedLibraryWriter } from '../tests/helpers/synthetic-library';
import { openImportItems } from '../src/node/open-import-items';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const PER_ARTICLE = 10;
const SHARDS = 64;

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const ms = (t: number) => `${t.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const WORDS = (
  'pipeline gas energy tariff steel grain export treaty emissions climate coal alliance troops exercise border ' +
  'minister president government talks agreement deal budget reform election court ruling vote parliament ' +
  'market prices inflation wages jobs health hospital school water drought flood harvest port shipping ' +
  'sanctions embassy summit partners security defence cyber attack investigation report data rights press'
).split(' ');

// News text has a long-tailed vocabulary: topical words sit among thousands of others (Zipf-like draw).
const FILLER = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}x`);

function sentence(rand: () => number, n: number): string {
  const words = Array.from({ length: n }, () =>
    rand() < 0.12 ? WORDS[Math.floor(rand() * WORDS.length)]! : FILLER[Math.floor(FILLER.length * rand() ** 3)]!,
  );
  return `${words.join(' ')}.`;
}

export async function runLibraryBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-bench-'));
  const rand = rng(42);
  const actors: Actor[] = Array.from({ length: 400 }, (_, i) => ({
    id: `p${i}`,
    name: `Actor ${i}`,
    type: 'person',
    aliases: [],
  }));
  const topics: Topic[] = Array.from({ length: 8 }, (_, i) => ({
    id: `t${i}`,
    name: `Topic ${i}`,
    query: `word${i}`,
    color: '#3b6fd8',
  }));
  const sources = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`);
  const library = new GeneratedLibraryWriter();
  const store = new LowdbLibraryStore(dir);
  await store.open();
  const t0 = performance.now();
  for (let a = 0; a < ARTICLES; a++) {
    const month = 1 + Math.floor(rand() * 12);
    const meta = generatedArticle(a, {
      title: `Generated article ${a}`,
      date: `2024-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      source: sources[Math.floor(rand() * sources.length)]!,
      origins: { date: 'text header' },
    });
    const { id } = meta;
    const statements: Statement[] = Array.from({ length: PER_ARTICLE }, (_, i) => ({
      id: `${id}-${i}`,
      articleId: id,
      start: i * 300,
      end: i * 300 + 120,
      quote: sentence(rand, 18),
      context: `${sentence(rand, 12)} ${sentence(rand, 18)}`,
      kind: rand() < 0.5 ? 'direct' : 'indirect',
      cue: 'said',
      speakerId: actors[Math.floor(rand() ** 2 * actors.length)]!.id,
      topicIds: rand() < 0.6 ? [topics[Math.floor(rand() * topics.length)]!.id] : [],
      confidence: 0.8,
      status: 'suggested',
      updatedAt: '2025-01-01T00:00:00.000Z',
    }));
    await store.writeBody(id, Array.from({ length: 14 }, () => sentence(rand, 40)).join('\n\n'));
    library.add(meta, statements);
  }
  await library.write(store, actors, topics);
  const generated = performance.now() - t0;

  const tOpen = performance.now();
  const wb = await createWorkbench(new LowdbLibraryStore(dir), {
    openImportItems: (items) => openImportItems(items, { allowPaths: true }),
  });
  const open = performance.now() - tOpen;
  const info = await wb.getLibraryInfo();

  await wb.queryTimeline({}, { limit: 200 }); // first call sorts once; later calls reuse the order
  const tFirst = performance.now();
  const timeline = await wb.queryTimeline(
    { actorIds: ['p3', 'p17'], topicIds: ['t2'], from: '2024-03-01', to: '2024-09-30' },
    { limit: 200 },
  );
  const timelineMs = performance.now() - tFirst;
  // One actor, no other filter, the first page (the timeline view with one actor chosen).
  const tActor = performance.now();
  const oneActor = await wb.queryTimeline({ actorIds: ['p40'] }, { limit: 100 });
  const actorMs = performance.now() - tActor;
  // The whole library's charts, as the charts view asks with an empty filter.
  const tAll = performance.now();
  await wb.queryCharts({});
  const allChartsMs = performance.now() - tAll;

  await wb.queryCharts({ sources: ['Outlet 9'] }); // warm-up: the numbers below are for a running app
  const tCharts = performance.now();
  const charts = await wb.queryCharts({ sources: ['Outlet 1', 'Outlet 2', 'Outlet 3'] });
  const chartsMs = performance.now() - tCharts;

  const target = timeline.rows[0]!.statement;
  const shardFile = path.join(dir, 'shards', `${String(shardOf(target.articleId, SHARDS)).padStart(2, '0')}.json`);
  const tEdit = performance.now();
  await wb.updateStatement(target.id, { status: 'accepted' });
  const editMs = performance.now() - tEdit;
  const editBytes = (await stat(shardFile)).size;

  // Review loop: accept the current item, then fetch the queue again for the next one.
  const queue = await wb.queryReviewQueue({}, { order: 'least-confident', limit: 50 });
  const accepts: number[] = [];
  const nexts: number[] = [];
  let next = queue;
  for (let i = 0; i < 7; i++) {
    const tAccept = performance.now();
    await wb.updateStatement(next.rows[0]!.statement.id, { status: 'accepted' });
    accepts.push(performance.now() - tAccept);
    const tNext = performance.now();
    next = await wb.queryReviewQueue({}, { order: 'least-confident', limit: 50 });
    nexts.push(performance.now() - tNext);
  }
  const acceptMs = median(accepts);
  const nextMs = median(nexts);
  // The first search of a new library builds the search index (bodies in the background, saved to index/ as it
  // goes); time searches once every body is in.
  const tBuild = performance.now();
  while ((await wb.search('pipeline tariff')).partial) await new Promise((r) => setTimeout(r, 50));
  const buildMs = performance.now() - tBuild;
  const tSearch = performance.now();
  const found = await wb.search('pipeline tariff');
  const searchMs = performance.now() - tSearch;
  const tPhrase = performance.now();
  const phrase = await wb.search('"border security"');
  const phraseMs = performance.now() - tPhrase;
  const rare = FILLER[900]!;
  const tRare = performance.now();
  const rareHits = await wb.search(rare);
  const rareMs = performance.now() - tRare;
  const tCommon = performance.now();
  const common = await wb.search(FILLER[0]!);
  const commonMs = performance.now() - tCommon;

  console.log(`library: ${info.articles} articles, ${info.statements} statements (generated in ${ms(generated)})`);
  console.log(`  open library:                 ${ms(open)}`);
  console.log(`  filtered timeline query:      ${ms(timelineMs)} (${timeline.total} matches)`);
  console.log(`  timeline, one actor:          ${ms(actorMs)} (${oneActor.total} statements)`);
  console.log(`  chart query (3 sources):      ${ms(chartsMs)} (${charts.totals.statements} statements)`);
  console.log(`  charts, whole library:        ${ms(allChartsMs)}`);
  console.log(
    `  persist one statement edit:   ${ms(editMs)}, ${(editBytes / 1024).toFixed(0)} KB written (one shard of ${SHARDS})`,
  );
  console.log(`  review: accept one statement:  ${ms(acceptMs)} (median of 7)`);
  console.log(`  review: next item (queue):    ${ms(nextMs)} (median of 7; ${next.counts.suggested} suggested left)`);
  console.log(`  search "pipeline tariff":     ${ms(searchMs)} (${found.total} hits)`);
  console.log(`  search "border security":     ${ms(phraseMs)} (${phrase.total} hits)`);
  console.log(`  search a less common word:    ${ms(rareMs)} (${rareHits.total} hits)`);
  console.log(`  search the commonest word:    ${ms(commonMs)} (${common.total} hits, worst case)`);
  await wb.close();

  // Reopened, the saved index is read instead of rebuilt: the first search pays only for loading it.
  const reopened = await createWorkbench(new LowdbLibraryStore(dir), {
    openImportItems: (items) => openImportItems(items, { allowPaths: true }),
  });
  const tReload = performance.now();
  const afterReopen = await reopened.search('pipeline tariff');
  const reloadMs = performance.now() - tReload;
  const tAgain = performance.now();
  await reopened.search('"border security"');
  const againMs = performance.now() - tAgain;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  console.log(`  search index built, new library: ${ms(buildMs)} (first search until every body is in)`);
  console.log(
    `  first search after reopening:  ${ms(reloadMs)} (index read from disk, ${afterReopen.partial ? 'partial' : 'complete'}); next ${ms(againMs)}; RSS ${rssMb.toFixed(0)} MB`,
  );
  await reopened.close();
  await rm(dir, { recursive: true, force: true });
  return { open, timelineMs, chartsMs, editMs, editBytes, acceptMs, nextMs, searchMs };
}

if (import.meta.url === `file://${process.argv[1]}`) await runLibraryBench();
