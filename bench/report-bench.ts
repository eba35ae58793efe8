// PDF reports through the CLI, as an analyst runs them: a library of invented statements written straight into
// lowdb shards, sized so the report comes to about 20 and about 200 pages; `soundbite report` is run once to warm
// the disk cache and Chromium's files, then timed again (the "warm" figure). Prints pages, the whole command's wall
// time and the report's own time (model, print passes, table of contents, metadata) as the CLI reports it, with
// the load average (the machine these run on is often shared, and times stretch with its load).
//
//   BENCH_REPORT_SIZES=140,1600   statements per report (default: about 20 and about 200 pages)
//   BENCH_REPORT_KEEP=dir          also copy each PDF there (the page images in docs/report-pages come from this)
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPdfLayout } from '../src/core/report/pdf-layout';
import type { Actor, Statement, StatementPolarity, Topic } from '../src/shared/model';
import { LowdbLibraryStore } from '../src/node/lowdb-store';
import { builtEntry, isBuildFresh } from '../scripts/build-freshness.mjs';
import { generatedArticle, GeneratedLibraryWriter } from '../tests/helpers/synthetic-library';

const SIZES = (process.env.BENCH_REPORT_SIZES ?? '140,1600').split(',').map(Number);
const PER_ARTICLE = 6;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const WORDS = (
  'the pipeline will carry gas from the northern fields and we expect the first deliveries before winter while ' +
  'tariffs on steel remain a matter for the ministers and the alliance has no plans to move troops to the border'
).split(' ');
const CUES = ['said', 'warned', 'added', 'told reporters', 'rejected', 'insisted', 'denied'];
const POLARITIES: StatementPolarity[] = ['asserts', 'asserts', 'asserts', 'denies', 'questions'];

async function writeLibrary(dir: string, statements: number): Promise<void> {
  const rand = rng(11);
  const actors: Actor[] = Array.from({ length: 24 }, (_, i) => ({
    id: `p${i}`,
    name: `Speaker ${String.fromCharCode(65 + i)}. Invented`,
    type: 'person',
    aliases: [],
  }));
  const topics: Topic[] = ['Energy', 'Trade', 'Security', 'Climate'].map((name, i) => ({
    id: `t${i}`,
    name,
    query: name.toLowerCase(),
    color: ['#3b6fd8', '#d8743b', '#2f9e6e', '#b8417a'][i]!,
  }));
  const library = new GeneratedLibraryWriter();
  const articles = Math.ceil(statements / PER_ARTICLE);
  for (let a = 0; a < articles; a++) {
    const meta = generatedArticle(a, {
      title: `Invented wire story ${a}: talks on the northern pipeline continue`,
      date: `2025-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`,
      source: `Invented Outlet ${a % 9}`,
      byline: a % 3 ? `Reporter ${a % 40}` : null,
      url: `https://news.example/${a}`,
    });
    const { id } = meta;
    const count = Math.min(PER_ARTICLE, statements - a * PER_ARTICLE);
    const list: Statement[] = Array.from({ length: count }, (_, i) => ({
      id: `${id}-${i}`,
      articleId: id,
      start: i * 300,
      end: i * 300 + 200,
      quote: Array.from({ length: 24 + Math.floor(rand() * 24) }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(
        ' ',
      ),
      kind: rand() < 0.5 ? 'direct' : 'indirect',
      cue: CUES[Math.floor(rand() * CUES.length)]!,
      polarity: POLARITIES[i % POLARITIES.length]!,
      speakerId: actors[Math.floor(rand() ** 2 * actors.length)]!.id,
      topicIds: [topics[Math.floor(rand() * topics.length)]!.id],
      confidence: 0.9,
      status: i % 7 === 6 ? 'edited' : 'accepted',
      ...(i === 2 && a % 5 === 0 ? { note: 'Checked against the broadcast transcript.' } : {}),
      updatedAt: '2025-01-01T00:00:00.000Z',
    }));
    library.add(meta, list);
  }
  const store = new LowdbLibraryStore(dir);
  await store.open();
  await library.write(store, actors, topics);
  await store.close?.();
}

function runReport(dataDir: string, out: string): { wall: number; reported: string } {
  const t0 = performance.now();
  // The built CLI, as `npm run cli` runs it (from source under tsx only when the build is out of date).
  const [program, entry] = isBuildFresh('cli')
    ? [process.execPath, builtEntry('cli')]
    : [path.join(ROOT, 'node_modules', '.bin', 'tsx'), path.join(ROOT, 'src', 'cli', 'main.ts')];
  const r = spawnSync(
    program,
    [
      entry,
      'report',
      '--data-dir',
      dataDir,
      '--pdf',
      out,
      '--title',
      'Invented speakers on the pipeline',
      '--prepared-for',
      'Bench client',
      '--author',
      'Bench',
      '--locale',
      'en-GB',
    ],
    { encoding: 'utf8', env: { ...process.env, SOUNDBITE_DATA_DIR: '' } },
  );
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`report failed: ${r.stderr.trim()}`);
  const reported = /, ([\d.]+ s)\)/.exec(r.stdout)?.[1] ?? '?';
  return { wall, reported };
}

for (const statements of SIZES) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-report-bench-'));
  try {
    await writeLibrary(dir, statements);
    const out = path.join(dir, 'report.pdf');
    runReport(dir, out); // warm-up: disk cache, tsx's compile cache, Chromium's files
    const { wall, reported } = runReport(dir, out);
    const { pages } = await readPdfLayout(new Uint8Array(await readFile(out)));
    console.log(
      `  report ${String(pages).padStart(4)} pages (${statements.toLocaleString('en-GB')} statements)  ` +
        `report ${reported.padStart(6)}  whole CLI command ${wall.toFixed(1).padStart(5)} s (warm; ` +
        `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
    );
    if (process.env.BENCH_REPORT_KEEP)
      await copyFile(out, path.join(process.env.BENCH_REPORT_KEEP, `bench-report-${pages}-pages.pdf`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
