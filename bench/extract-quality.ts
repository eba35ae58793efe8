/**
 * Run the statement extractor over a bench split and write scorer-ready predictions.
 *
 *   npx tsx bench/extract-quality.ts [dev|train] [out.jsonl] [--min-conf X]
 *   node ../shared/bench/score-quotes.mjs ../shared/bench/quotes-dev.jsonl out.jsonl [--kind direct]
 *
 * The bench texts stay in ../shared; only predictions are written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractStatementsTraced } from '../src/core/extract';

interface BenchDoc {
  id: string;
  text: string;
  meta?: { title?: string; date?: string };
}

export function benchPath(split: string): string {
  return path.resolve(process.cwd(), '../shared/bench', `quotes-${split}.jsonl`);
}

export function readBench(split: string): BenchDoc[] {
  return readFileSync(benchPath(split), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BenchDoc);
}

export function predict(docs: BenchDoc[], minConf = 0): string {
  const lines: string[] = [];
  for (const doc of docs) {
    const { result: res, trace } = extractStatementsTraced({ text: doc.text, title: doc.meta?.title, date: doc.meta?.date ?? null, language: 'en' });
    const statements = res.statements
      .map((s, i) => ({ speaker: s.speaker, quote: s.quote, start: s.start, end: s.end, kind: s.kind, cue: s.cue, confidence: s.confidence, mixed: s.mixed ?? false, how: trace[i] }))
      .filter((s) => s.confidence >= minConf);
    lines.push(JSON.stringify({ id: doc.id, statements }));
  }
  return lines.join('\n') + '\n';
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  let minConf = 0;
  const pos: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--min-conf') minConf = Number(args[++i]);
    else pos.push(args[i] as string);
  }
  const split = pos[0] ?? 'dev';
  const out = pos[1] ?? `/tmp/extract-${split}.jsonl`;
  const docs = readBench(split);
  const t0 = performance.now();
  writeFileSync(out, predict(docs, minConf));
  console.log(`${docs.length} ${split} articles -> ${out} in ${(performance.now() - t0).toFixed(0)} ms`);
}
