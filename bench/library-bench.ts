// Library at scale (issue #8's table): a generated library of the chosen size (bench-size.ts; BENCH_ARTICLES
// overrides) written straight into real lowdb files, then measured through createWorkbench in two child processes,
// each with a time bound so the bench always finishes: the queries phase (open + RSS, timeline, charts, one edit
// and the bytes it wrote, review queue, article list) and the search phase (index build, searches, reopen).
// Prints every figure as it comes, then the table.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeGeneratedLibrary } from '../tests/helpers/synthetic-library';
import { benchArticles, describeSize } from './bench-size';
import { runBoundedChild, type ChildOutcome } from './bounded-child';
import { newsActors, newsArticle, newsTopics } from './generated-news';
import { bytesUnder, formatBytes, snapshotFiles } from './library-files';

const MEASURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'library-measure.ts');
/** Time bounds of the two phases, in minutes. */
const QUERIES_MINUTES = Number(process.env.BENCH_QUERIES_MINUTES ?? 20);
const SEARCH_MINUTES = Number(process.env.BENCH_SEARCH_MINUTES ?? 15);

const TABLE_ROWS: [row: string, phase: 'queries' | 'saved' | 'search'][] = [
  ['open the library', 'queries'],
  ['first screen at open', 'saved'],
  ['views at open (charts, timeline, review)', 'saved'],
  ['persist one statement edit', 'queries'],
  ['timeline, one actor', 'queries'],
  ['charts, whole library', 'queries'],
  ['review queue, next after accept', 'queries'],
  ['search, first call / common word', 'search'],
  ['list articles', 'queries'],
];

function missing(outcome: ChildOutcome): string {
  return `${outcome.reason ?? 'not printed'}${outcome.lastProgress ? ` (at: ${outcome.lastProgress})` : ''}`;
}

export async function runLibraryBench(articles = benchArticles('BENCH_ARTICLES')): Promise<Map<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-bench-'));
  try {
    console.log(`library: ${describeSize(articles)}`);
    const t0 = performance.now();
    let lastReport = t0;
    const stats = await writeGeneratedLibrary(dir, {
      articles,
      make: newsArticle,
      actors: newsActors,
      topics: newsTopics,
      onShard: (done, of) => {
        if (performance.now() - lastReport < 15_000) return;
        lastReport = performance.now();
        console.log(`  … generating: ${done} of ${of} shards after ${((lastReport - t0) / 1000).toFixed(0)} s`);
      },
    });
    const generatedS = (performance.now() - t0) / 1000;
    const files = await snapshotFiles(dir);
    console.log(
      `  generated in ${generatedS.toFixed(1)} s: ${stats.articles} articles, ${stats.statements} statements, ` +
        `${stats.shards} shard files (${formatBytes(bytesUnder(files, 'shards'))}), ` +
        `${stats.articles} bodies (${formatBytes(bytesUnder(files, 'bodies/'))}), ${files.size} files`,
    );

    console.log('  -- queries (own process)');
    const queries = await runBoundedChild(MEASURE, [dir, 'queries'], { minutes: QUERIES_MINUTES });
    if (!queries.finished) console.log(`  queries phase: ${missing(queries)}`);
    console.log('  -- before the open: the saved first screen and views (own process)');
    const saved = await runBoundedChild(MEASURE, [dir, 'saved'], { minutes: QUERIES_MINUTES });
    if (!saved.finished) console.log(`  saved phase: ${missing(saved)}`);
    console.log('  -- search (own process)');
    const search = await runBoundedChild(MEASURE, [dir, 'search'], { minutes: SEARCH_MINUTES });
    if (!search.finished) console.log(`  search phase: ${missing(search)}`);

    const table = new Map<string, string>();
    console.log(`\n  issue #8 table, ${describeSize(articles)} (generated in ${generatedS.toFixed(1)} s):`);
    for (const [name, phase] of TABLE_ROWS) {
      const outcome = { queries, saved, search }[phase];
      const figure = outcome.table.get(name) ?? missing(outcome);
      table.set(name, figure);
      console.log(`  | ${name.padEnd(34)} | ${figure}`);
    }
    return table;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLibraryBench();
