// `npm run bench`: every performance figure the issues ask for, printed as numbers (never asserted in tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runLibraryBench } from './library-bench';

console.log('== Library at scale');
await runLibraryBench();

for (const [title, script] of [
  ['Start-up (built app)', 'bench/startup-bench.ts'],
  ['Extraction speed', 'bench/extract-speed.ts'],
  ['Extraction quality (dev set)', 'bench/extract-quality.ts'],
  ['Bulk import', 'bench/import-bench.ts'],
  ['Topic queries', 'bench/topic-query-bench.ts'],
  ['Housekeeping', 'bench/housekeeping-bench.ts'],
  ['Statement exports (1M statements)', 'bench/export-bench.ts'],
  ['PDF reports (CLI, warm)', 'bench/report-bench.ts'],
  ['Views in Chromium (timeline, 10k articles)', 'bench/views-bench.ts'],
  ['Speaker types on the train set', 'bench/extract-speakers.ts'],
] as const) {
  if (!existsSync(script)) continue;
  console.log(`\n== ${title}`);
  const r = spawnSync('npx', ['tsx', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}

// Score the dev predictions with the shared scorer (the texts stay in ../shared, never in the project).
const scorer = '../shared/bench/score-quotes.mjs';
const predictions = '/tmp/extract-dev.jsonl';
if (existsSync(scorer) && existsSync(predictions)) {
  console.log('\n== Extraction scores on the dev set (detection and attribution F1)');
  for (const kind of [[], ['--kind', 'direct'], ['--kind', 'indirect']]) {
    const r = spawnSync('node', [scorer, '../shared/bench/quotes-dev.jsonl', predictions, ...kind], {
      encoding: 'utf8',
    });
    const last = r.stdout.trim().split('\n').pop() ?? '';
    console.log(`  ${(kind[1] ?? 'all').padEnd(9)} ${last}`);
  }
}
