// Statement exports at scale: a library of 100,000 articles / 1,000,000 statements written straight into lowdb
// shards, opened read-only; times the CSV and JSON Lines exports of every statement and the XLSX export of one
// outlet, with the process's RSS before and at its peak during each (sampled), to show the exports stream.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorkbench } from '../src/core/library/service';
import type { ExportFormat, ExportSet } from '../src/core/export/export-set';
import type { Actor, Filter, Statement, StatementPolarity, StatementStatus, Topic } from '../src/shared/model';
import { LowdbLibraryStore } from '../src/node/lowdb-store';
import { generatedArticle, GeneratedLibraryWriter } from '../tests/helpers/synthetic-library';
import { writeExportFile } from '../src/node/export/write-export';

const ARTICLES = Number(process.env.BENCH_EXPORT_ARTICLES ?? 100_000);
const PER_ARTICLE = 10;
const MB = 1024 * 1024;

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const WORDS =
  'pipeline gas energy tariff steel grain "export" treaty, emissions climate coal alliance troops border minister'.split(
    ' ',
  );
const STATUSES: StatementStatus[] = ['suggested', 'accepted', 'edited', 'suggested', 'accepted'];
const POLARITIES: StatementPolarity[] = ['asserts', 'asserts', 'asserts', 'denies', 'questions'];

async function writeLibrary(dir: string): Promise<void> {
  const rand = rng(7);
  const actors: Actor[] = Array.from({ length: 2000 }, (_, i) => ({
    id: `p${i}`,
    name: `Actor ${i}, Jr.`,
    type: 'person',
    aliases: [],
  }));
  const topics: Topic[] = Array.from({ length: 12 }, (_, i) => ({
    id: `t${i}`,
    name: `Topic ${i}`,
    query: `word${i}`,
    color: '#3b6fd8',
  }));
  const library = new GeneratedLibraryWriter();
  for (let a = 0; a < ARTICLES; a++) {
    const meta = generatedArticle(a, {
      title: `Generated article ${a}: "the talks"`,
      date:
        a % 20 === 0 ? null : `2024-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`,
      source: `Outlet ${a % 40}`,
      byline: a % 3 ? `Reporter ${a % 300}` : null,
      url: `https://news.example/${a}`,
    });
    const { id } = meta;
    const statements: Statement[] = Array.from({ length: PER_ARTICLE }, (_, i) => ({
      id: `${id}-${i}`,
      articleId: id,
      start: i * 300,
      end: i * 300 + 120,
      quote: Array.from({ length: 18 }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' '),
      kind: rand() < 0.5 ? 'direct' : 'indirect',
      cue: 'said',
      ...(i % 4 === 0
        ? { date: meta.date ?? '2024-05', datePrecision: 'day' as const, dateOrigin: 'text' as const }
        : {}),
      polarity: POLARITIES[i % POLARITIES.length]!,
      speakerId: actors[Math.floor(rand() ** 2 * actors.length)]!.id,
      topicIds: rand() < 0.4 ? [topics[Math.floor(rand() * topics.length)]!.id] : [],
      confidence: Math.round(rand() * 100) / 100,
      status: STATUSES[i % STATUSES.length]!,
      ...(i === 3 ? { note: 'check this, "later"' } : {}),
      updatedAt: '2025-01-01T00:00:00.000Z',
    }));
    library.add(meta, statements);
  }
  const store = new LowdbLibraryStore(dir);
  await store.open();
  await library.write(store, actors, topics);
}

/** Runs an export while sampling RSS every 20 ms. */
async function timed(set: ExportSet, format: ExportFormat, file: string, filterSeconds: number) {
  let peak = process.memoryUsage().rss;
  const before = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const written = await writeExportFile(set, format, file);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `  ${format.padEnd(5)} ${written.rows.toLocaleString('en-GB').padStart(9)} statements  filter ${filterSeconds.toFixed(1)} s + write ${seconds.toFixed(1).padStart(4)} s  ` +
      `${(written.bytes / MB).toFixed(0).padStart(4)} MB file  RSS ${(before / MB).toFixed(0)} MB before, ` +
      `${(peak / MB).toFixed(0)} MB peak (+${((peak - before) / MB).toFixed(0)} MB)`,
  );
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-export-bench-'));
try {
  let t0 = performance.now();
  await writeLibrary(dir);
  console.log(
    `  library: ${ARTICLES.toLocaleString('en-GB')} articles / ${(ARTICLES * PER_ARTICLE).toLocaleString('en-GB')} statements written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  t0 = performance.now();
  const workbench = await createWorkbench(new LowdbLibraryStore(dir, { readOnly: true }), {
    openImportItems: async () => [],
  });
  console.log(
    `  opened read-only in ${((performance.now() - t0) / 1000).toFixed(1)} s, RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
  );
  const out = path.join(dir, 'out');
  for (const [format, filter] of [
    ['csv', {}],
    ['jsonl', {}],
    ['xlsx', { sources: ['Outlet 0'] }],
  ] as Array<[ExportFormat, Filter]>) {
    // Filtering includes, the first time, putting the library in timeline order (as the first timeline query does).
    t0 = performance.now();
    const set = workbench.exportSet(filter);
    await timed(set, format, `${out}.${format}`, (performance.now() - t0) / 1000);
  }
  await workbench.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
