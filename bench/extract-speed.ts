/**
 * Throughput of extractStatements on one thread, over the dev texts (read from ../shared).
 *
 *   npx tsx bench/extract-speed.ts [rounds]
 *
 * One warm-up pass, then `rounds` timed passes; process start-up is excluded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractStatements } from '../src/core/extract';

const file = path.resolve(process.cwd(), '../shared/bench/quotes-dev.jsonl');
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const chars = texts.reduce((n, t) => n + t.length, 0);
const rounds = Number(process.argv[2] ?? 5);

let sink = 0;
for (const t of texts) sink += extractStatements({ text: t }).statements.length; // warm-up
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const t of texts) sink += extractStatements({ text: t }).statements.length;
const ms = performance.now() - t0;
const cps = (chars * rounds) / (ms / 1000);
console.log(
  `${texts.length} texts, ${chars} chars x ${rounds} rounds in ${ms.toFixed(0)} ms: ${Math.round(cps).toLocaleString('en-US')} chars/s (${sink} statements)`,
);
