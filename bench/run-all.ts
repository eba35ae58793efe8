// `npm run bench`: every performance figure the issues ask for, printed as numbers (never asserted in tests).
//   --size 10k|100k|1m   statements in the generated libraries of the library and views benches (default 100k);
//                        passed on as BENCH_SIZE (the other benches keep their own sizes)
//   --only a,b           run only these benches, by the names listed below (e.g. --only library,views)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { benchSize, describeSize } from './bench-size';
import { runLibraryBench } from './library-bench';

function onlyArgument(argv: readonly string[]): Set<string> | null {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at < 0) return null;
  const raw = argv[at]!.startsWith('--only=') ? argv[at]!.slice('--only='.length) : (argv[at + 1] ?? '');
  return new Set(
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

const size = benchSize();
process.env.BENCH_SIZE = size.name;
const only = onlyArgument(process.argv);
const SCRIPTS = [
  ['startup', 'Start-up (built app)', 'bench/startup-bench.ts'],
  ['extract-speed', 'Extraction speed', 'bench/extract-speed.ts'],
  ['extract-quality', 'Extraction quality (dev set)', 'bench/extract-quality.ts'],
  ['import', 'Bulk import', 'bench/import-bench.ts'],
  ['topics', 'Topic queries', 'bench/topic-query-bench.ts'],
  ['housekeeping', 'Housekeeping', 'bench/housekeeping-bench.ts'],
  ['shards', 'Bounded shards: one edit, conversion of a schema-1 library, open', 'bench/shard-layout-bench.ts'],
  ['export', 'Statement exports (1M statements)', 'bench/export-bench.ts'],
  ['report', 'PDF reports (CLI, warm)', 'bench/report-bench.ts'],
  ['views', `Views in Chromium (${describeSize(size.articles)})`, 'bench/views-bench.ts'],
  ['speakers', 'Speaker types on the train set', 'bench/extract-speakers.ts'],
] as const;
const names = ['library', ...SCRIPTS.map(([name]) => name)];
for (const name of only ?? []) {
  if (!names.includes(name)) throw new Error(`unknown bench "${name}" in --only: use ${names.join(', ')}`);
}
const wanted = (name: string) => !only || only.has(name);

if (wanted('library')) {
  console.log(`== Library at scale (${size.name})`);
  await runLibraryBench();
}

for (const [name, title, script] of SCRIPTS) {
  if (!wanted(name) || !existsSync(script)) continue;
  console.log(`\n== ${title}`);
  const r = spawnSync('npx', ['tsx', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}

// Score the dev predictions with the shared scorer (the texts stay in ../shared, never in the project).
const scorer = '../shared/bench/score-quotes.mjs';
const predictions = '/tmp/extract-dev.jsonl';
if (wanted('extract-quality') && existsSync(scorer) && existsSync(predictions)) {
  console.log('\n== Extraction scores on the dev set (detection and attribution F1)');
  for (const kind of [[], ['--kind', 'direct'], ['--kind', 'indirect']]) {
    const r = spawnSync('node', [scorer, '../shared/bench/quotes-dev.jsonl', predictions, ...kind], {
      encoding: 'utf8',
    });
    const last = r.stdout.trim().split('\n').pop() ?? '';
    console.log(`  ${(kind[1] ?? 'all').padEnd(9)} ${last}`);
  }
}
