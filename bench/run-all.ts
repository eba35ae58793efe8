// `npm run bench`: every performance figure the issues ask for, printed as numbers (never asserted in tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runLibraryBench } from './library-bench';

console.log('== Library at scale');
await runLibraryBench();

for (const [title, script] of [
  ['Extraction speed', 'bench/extract-speed.ts'],
  ['Extraction quality (dev set)', 'bench/extract-quality.ts'],
  ['Bulk import', 'bench/import-bench.ts'],
] as const) {
  if (!existsSync(script)) continue;
  console.log(`\n== ${title}`);
  const r = spawnSync('npx', ['tsx', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
