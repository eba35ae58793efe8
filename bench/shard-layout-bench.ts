// Bounded shards (issue #8): what one statement edit writes, and what opening and the one-time conversion of a
// schema-1 library cost. A generated schema-1 library (64 shards in shards/) is converted at its first open, then
// edited and opened again.
//   npx tsx bench/shard-layout-bench.ts [--articles 10000] [--per-article 10]
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorkbench } from '../src/core/library/service';
import { shardOf } from '../src/core/library/store-port';
import { LowdbLibraryStore } from '../src/node/lowdb-store';
import { openImportItems } from '../src/node/open-import-items';
import { writeLegacyGenerated } from '../tests/helpers/legacy-library';
import { shardFolder } from '../tests/helpers/library-shards';
import { removeDir, tempDir } from '../tests/helpers/temp-library';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const articles = arg('articles', 10_000);
const perArticle = arg('per-article', 10);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (t: number) => `${t < 10 ? t.toFixed(2) : t.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function shardSizes(dir: string, folder: string) {
  const names = (await readdir(path.join(dir, folder))).filter((n) => /^\d+\.json$/.test(n));
  const sizes = await Promise.all(names.map(async (n) => (await stat(path.join(dir, folder, n))).size));
  const total = sizes.reduce((a, b) => a + b, 0);
  return { files: names.length, total, average: total / names.length, max: Math.max(...sizes) };
}

const open = (dir: string, readOnly = false) =>
  createWorkbench(new LowdbLibraryStore(dir, { readOnly }), {
    openImportItems: (items) => openImportItems(items, { allowPaths: true }),
    ...(readOnly ? { readOnlyReason: 'read-only: bench' } : {}),
  });

const dir = await tempDir('soundbite-shard-bench-');
try {
  console.log(`${articles.toLocaleString('en')} articles × ${perArticle} statements (generated, schema 1)`);
  await writeLegacyGenerated(dir, articles, perArticle);
  const legacy = await shardSizes(dir, 'shards');
  console.log(
    `  schema 1: ${legacy.files} shards, ${mb(legacy.total)}, ${kb(legacy.average)} average, ${kb(legacy.max)} largest — what one edit rewrote`,
  );

  let t = performance.now();
  const reader = await open(dir, true);
  console.log(`  open read-only, not converted: ${ms(performance.now() - t)}`);
  await reader.close();

  t = performance.now();
  const first = await open(dir);
  const conversion = performance.now() - t;
  const folder = await shardFolder(dir);
  const bounded = await shardSizes(dir, folder);
  console.log(
    `  first open, converting: ${ms(conversion)} → ${bounded.files} shards in ${folder}/, ${kb(bounded.average)} average, ${kb(bounded.max)} largest`,
  );

  const count = Number(folder.slice('shards-'.length));
  const rows = (await first.queryTimeline({}, { limit: 2000 })).rows;
  const times: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < 40; i++) {
    const s = rows[(i * 7919) % rows.length]!.statement;
    const started = performance.now();
    await first.updateStatement(s.id, { status: 'accepted', note: `bench edit ${i}` });
    times.push(performance.now() - started);
    const index = String(shardOf(s.articleId, count)).padStart(String(count - 1).length, '0');
    bytes.push((await stat(path.join(dir, folder, `${index}.json`))).size);
  }
  console.log(
    `  persist one statement edit: ${ms(median(times))} median of 40, ${kb(median(bytes))} written (largest ${kb(Math.max(...bytes))})`,
  );
  await first.close();

  t = performance.now();
  const again = await open(dir);
  console.log(`  open again (${bounded.files} shard files, read 16 at a time): ${ms(performance.now() - t)}`);
  await again.close();
  console.log(`  RSS ${mb(process.memoryUsage().rss)}`);
} finally {
  await removeDir(dir);
}
