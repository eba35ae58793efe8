// One phase of the library bench, run in its own process on a library already generated (bench/library-bench.ts
// starts it with a time bound): `library-measure.ts <dir> queries` opens the library and times the queries and one
// edit; `saved` times what a window shows before the open (the saved first screen and views); `search` opens it and
// times the search index build and searches, then reopens.
// Figures are printed as they come; "table:" lines feed the summary table, "progress:" lines say where it is.
import { readdirSync, statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeFirstScreen, FIRST_SCREEN_FILE } from '../src/core/library/first-screen';
import { createWorkbench, type Workbench } from '../src/core/library/service';
import { decodeSavedViews, SAVED_VIEWS_FILE, WAIT_FOR_OPEN } from '../src/core/library/saved-views';
import { LowdbLibraryStore } from '../src/node/lowdb-store';
import { openImportItems } from '../src/node/open-import-items';
import { FILLER } from './generated-news';
import { formatBytes, snapshotFiles, writtenBetween } from './library-files';

const ms = (t: number) =>
  t < 10 ? `${t.toFixed(2)} ms` : t < 10_000 ? `${t.toFixed(0)} ms` : `${(t / 1000).toFixed(1)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const memory = () => {
  const m = process.memoryUsage();
  return `RSS ${(m.rss / 2 ** 20).toFixed(0)} MB (heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB)`;
};
const row = (label: string, text: string) => console.log(`  ${`${label}:`.padEnd(40)} ${text}`);
const table = (measure: string, figure: string) => console.log(`table:${measure}\t${figure}`);
const progress = (text: string) => console.log(`progress: ${text}`);

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await run();
  return [value, performance.now() - t0];
}

async function open(dir: string): Promise<[Workbench, number]> {
  return timed(() =>
    createWorkbench(new LowdbLibraryStore(dir), {
      openImportItems: (items) => openImportItems(items, { allowPaths: true }),
    }),
  );
}

async function queries(dir: string) {
  progress('opening the library');
  const [wb, openMs] = await open(dir);
  const afterOpen = memory();
  const info = await wb.getLibraryInfo();
  const heapLimit = (getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0);
  row(
    'open library',
    `${ms(openMs)}, ${afterOpen} (${info.articles} articles, ${info.statements} statements; heap limit ${heapLimit} MB)`,
  );
  table('open the library', `${ms(openMs)}, ${afterOpen}`);

  progress('timeline queries');
  const [first, firstMs] = await timed(() => wb.queryTimeline({}, { limit: 200 }));
  row('timeline, whole library, first call', `${ms(firstMs)} (${first.total} statements)`);
  const [oneActor, actorMs] = await timed(() => wb.queryTimeline({ actorIds: ['p40'] }, { limit: 100 }));
  row('timeline, one actor', `${ms(actorMs)} (${oneActor.total} statements, first page)`);
  table('timeline, one actor', `${ms(actorMs)} (after the first timeline call after open: ${ms(firstMs)})`);
  const [filtered, filteredMs] = await timed(() =>
    wb.queryTimeline(
      { actorIds: ['p3', 'p17'], topicIds: ['t2'], from: '2024-03-01', to: '2024-09-30' },
      { limit: 200 },
    ),
  );
  row('timeline, 2 actors + topic + dates', `${ms(filteredMs)} (${filtered.total} matches)`);

  progress('chart queries');
  const [, allChartsMs] = await timed(() => wb.queryCharts({}));
  row('charts, whole library', ms(allChartsMs));
  table('charts, whole library', ms(allChartsMs));
  const [, againChartsMs] = await timed(() => wb.queryCharts({}));
  row('charts, whole library, again', ms(againChartsMs));
  const [charts, chartsMs] = await timed(() => wb.queryCharts({ sources: ['Outlet 1', 'Outlet 2', 'Outlet 3'] }));
  row('charts, 3 outlets', `${ms(chartsMs)} (${charts.totals.statements} statements)`);

  progress('one statement edit');
  const target = (oneActor.rows[0] ?? first.rows[0])!.statement;
  const before = await snapshotFiles(dir);
  const [, editMs] = await timed(() => wb.updateStatement(target.id, { status: 'accepted' }));
  const written = writtenBetween(before, await snapshotFiles(dir));
  const docs = written.documents ?? { files: [], bytes: 0 };
  const others = (['index', 'backups', 'trash'] as const)
    .filter((g) => written[g])
    .map((g) => `${g}/ ${formatBytes(written[g]!.bytes)} in ${written[g]!.files.length}`)
    .join(', ');
  row(
    'persist one statement edit',
    `${ms(editMs)}, ${formatBytes(docs.bytes)} written in ${docs.files.length} file(s): ` +
      `${docs.files.slice(0, 4).join(', ')}${docs.files.length > 4 ? ', …' : ''}${others ? `; also ${others}` : ''}`,
  );

  progress('review queue');
  let next = await wb.queryReviewQueue({}, { order: 'least-confident', limit: 50 });
  const accepts: number[] = [];
  const nexts: number[] = [];
  for (let i = 0; i < 7 && next.rows[0]; i++) {
    const [, acceptMs] = await timed(() => wb.updateStatement(next.rows[0]!.statement.id, { status: 'accepted' }));
    accepts.push(acceptMs);
    const [queue, nextMs] = await timed(() => wb.queryReviewQueue({}, { order: 'least-confident', limit: 50 }));
    next = queue;
    nexts.push(nextMs);
  }
  row('review: accept one statement', `${ms(median(accepts))} (median of ${accepts.length})`);
  row(
    'review: next item after accept',
    `${ms(median(nexts))} (median of ${nexts.length}; ${next.counts.suggested} suggested left)`,
  );
  table('review queue, next after accept', ms(median(nexts)));
  // The first edit after the open also deletes the saved start files (first-screen.ts, saved-views.ts); the
  // accepts after it are edits of the same kind without that.
  table(
    'persist one statement edit',
    `${ms(editMs)}, ${formatBytes(docs.bytes)} written (the next ${accepts.length}: median ${ms(median(accepts))})`,
  );

  progress('article list');
  const [page, pageMs] = await timed(() => wb.queryArticles({ offset: 0, limit: 100 }));
  const pageBytes = Buffer.byteLength(JSON.stringify(page));
  row('list articles, first page of 100', `${ms(pageMs)} (${formatBytes(pageBytes)} JSON, ${page.total} in all)`);
  const middle = Math.floor(page.total / 2);
  const [, middleMs] = await timed(() => wb.queryArticles({ offset: middle, limit: 100 }));
  row(`list articles, page at offset ${middle}`, ms(middleMs));
  const [all, allMs] = await timed(() => wb.listArticles());
  const allBytes = Buffer.byteLength(JSON.stringify(all));
  row('list articles, whole list (listArticles)', `${ms(allMs)} (${formatBytes(allBytes)} JSON)`);
  table(
    'list articles',
    `${ms(pageMs)} a page of 100 (${formatBytes(pageBytes)} JSON); whole list ${ms(allMs)} (${formatBytes(allBytes)})`,
  );
  row('memory at the end', memory());
  progress('closing');
  const [, closeMs] = await timed(() => wb.close());
  const sizeOf = (name: string) => statSync(path.join(dir, 'index', name), { throwIfNoEntry: false })?.size ?? 0;
  row(
    'close (saves the first screen and views)',
    `${ms(closeMs)}, ${formatBytes(sizeOf(FIRST_SCREEN_FILE))} + ${formatBytes(sizeOf(SAVED_VIEWS_FILE))} saved`,
  );
}

/** Bytes in index/ (synchronous, so a heartbeat can read it between two turns of a busy event loop). */
function indexBytesNow(dir: string): number {
  const folder = path.join(dir, 'index');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let total = 0;
  for (const n of names) total += statSync(path.join(folder, n), { throwIfNoEntry: false })?.size ?? 0;
  return total;
}

async function search(dir: string) {
  progress('opening the library');
  const [wb, openMs] = await open(dir);
  row('open library (again, for search)', `${ms(openMs)}, ${memory()}`);

  // The first search of a new library builds the index (statements at once, bodies in the background, saved to
  // index/ as it goes); it answers "partial" until every body is in.
  const t0 = performance.now();
  progress('first search (loads or builds the index)');
  // Says where it is while one long call runs, whenever that call lets the event loop turn.
  const heartbeat = setInterval(
    () =>
      progress(
        `search running for ${ms(performance.now() - t0)}: index/ ${formatBytes(indexBytesNow(dir))}, ${memory()}`,
      ),
    30_000,
  );
  heartbeat.unref();
  const [firstAnswer, firstCallMs] = await timed(() => wb.search('pipeline tariff'));
  row('search, first call returns', `${ms(firstCallMs)} (${firstAnswer.partial ? 'partial' : 'complete'})`);
  let partial = firstAnswer.partial;
  while (partial) {
    await new Promise((r) => setTimeout(r, 1000));
    partial = (await wb.search('pipeline tariff')).partial;
  }
  const buildMs = performance.now() - t0;
  clearInterval(heartbeat);
  row('search index built (first search)', `${ms(buildMs)}, index/ ${formatBytes(indexBytesNow(dir))}, ${memory()}`);

  const [found, searchMs] = await timed(() => wb.search('pipeline tariff'));
  row('search "pipeline tariff"', `${ms(searchMs)} (${found.total} hits)`);
  const [phrase, phraseMs] = await timed(() => wb.search('"border security"'));
  row('search "border security"', `${ms(phraseMs)} (${phrase.total} hits)`);
  const [rare, rareMs] = await timed(() => wb.search(FILLER[900]!));
  row('search a less common word', `${ms(rareMs)} (${rare.total} hits)`);
  const [common, commonMs] = await timed(() => wb.search(FILLER[0]!));
  row('search the commonest word', `${ms(commonMs)} (${common.total} hits, worst case)`);
  progress('closing (saves the index)');
  const [, closeMs] = await timed(() => wb.close());
  row('close (saves the index)', ms(closeMs));

  progress('reopening');
  const [reopened, reopenMs] = await open(dir);
  const tReopened = performance.now();
  const [afterReopen, reloadMs] = await timed(() => reopened.search('pipeline tariff'));
  const [, againMs] = await timed(() => reopened.search('"border security"'));
  row(
    'first search after reopening',
    `${ms(reloadMs)} (index read from disk, ${afterReopen.partial ? 'partial' : 'complete'}; open ${ms(reopenMs)}); next ${ms(againMs)}; ${memory()}`,
  );
  let stillPartial = afterReopen.partial;
  while (stillPartial) {
    await new Promise((r) => setTimeout(r, 100));
    stillPartial = (await reopened.search('pipeline tariff')).partial;
  }
  const completeMs = performance.now() - tReopened;
  row('search complete after reopening', ms(completeMs));
  table(
    'search, first call / common word',
    `first build ${ms(buildMs)} until complete (first answer ${ms(firstCallMs)}${firstAnswer.partial ? ', partial' : ''}); ` +
      `after reopening ${ms(reloadMs)}${afterReopen.partial ? `, complete at ${ms(completeMs)}` : ''} / ${ms(commonMs)}`,
  );
  await reopened.close();
}

/** What a window shows before the library is open, read in a process of its own as at a start. */
async function saved(dir: string) {
  progress('first screen at the next open');
  const [early, earlyMs] = await timed(async () => {
    const bytes = await new LowdbLibraryStore(dir, { readOnly: true }).readIndexFile(FIRST_SCREEN_FILE);
    const screen = bytes ? decodeFirstScreen(bytes) : null;
    return screen ? { page: screen.queryArticles({ limit: 100 }) } : null;
  });
  row(
    'first screen from its saved file',
    early
      ? `${ms(earlyMs)}: counts and a page of ${early.page.rows.length} of ${early.page.total} articles`
      : 'no saved first screen',
  );
  table('first screen at open', early ? `${ms(earlyMs)} (read from index/${FIRST_SCREEN_FILE})` : 'not saved');

  progress('charts, timeline and review at the next open');
  const [views, readMs] = await timed(async () => {
    const bytes = await new LowdbLibraryStore(dir, { readOnly: true }).readIndexFile(SAVED_VIEWS_FILE);
    return bytes ? decodeSavedViews(bytes) : null;
  });
  if (!views) {
    row('views from their saved file', 'no saved views');
    table('views at open (charts, timeline, review)', 'not saved');
    return;
  }
  const store = new LowdbLibraryStore(dir, { readOnly: true });
  const [savedCharts, savedChartsMs] = await timed(async () => views.charts({}));
  const [savedPage, savedPageMs] = await timed(() =>
    views.timeline({ actorIds: ['p40'] }, 0, 100, (layout, i) => store.peekShard(layout, i)),
  );
  const [savedReview, savedReviewMs] = await timed(() =>
    views.reviewQueue({}, { limit: 200 }, (layout, i) => store.peekShard(layout, i)),
  );
  const answered = ![savedCharts, savedPage, savedReview].includes(WAIT_FOR_OPEN);
  const figures =
    `read ${ms(readMs)}, whole-library charts ${ms(savedChartsMs)}, one actor's timeline page ${ms(savedPageMs)}, ` +
    `review page of 200 ${ms(savedReviewMs)}; ${memory()}`;
  row('views from their saved file', answered ? figures : 'the saved views did not answer');
  table(
    'views at open (charts, timeline, review)',
    answered ? `${figures} (index/${SAVED_VIEWS_FILE})` : 'not answered',
  );
}

const [dir, phase] = process.argv.slice(2);
const phases = { queries, saved, search } as const;
if (!dir || !phase || !(phase in phases)) {
  console.error('usage: library-measure.ts <library dir> queries|saved|search');
  process.exit(2);
}
await phases[phase as keyof typeof phases](dir);
