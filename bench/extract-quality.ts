/**
 * Run the statement extractor over a bench split and write scorer-ready predictions.
 *
 *   npx tsx bench/extract-quality.ts                 both splits, with the scorer's tables (npm run bench)
 *   npx tsx bench/extract-quality.ts [dev|train] [out.jsonl] [--min-conf X] [--calibrate]
 *   node ../shared/bench/score-quotes.mjs ../shared/bench/quotes-dev.jsonl out.jsonl [--kind direct]
 *
 * --calibrate also prints, per confidence bucket, how many predictions match a gold span (the scorer's
 * 50%-overlap rule, one-to-one, best overlap first) and how many of those name the right speaker
 * (the scorer's own speakerMatch, imported from ../shared/bench/score-quotes.mjs).
 *
 * The bench texts stay in ../shared; only predictions are written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractStatementsTraced } from '../src/core/extract';

interface GoldStatement {
  start: number;
  end: number;
  speaker: string | null;
  attr_ignore?: boolean;
}

interface BenchDoc {
  id: string;
  text: string;
  statements?: GoldStatement[];
  meta?: { title?: string; date?: string };
}

interface PredStatement {
  speaker: string | null;
  start: number;
  end: number;
  confidence: number;
}

const BUCKETS: [number, number][] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1.01],
];

/** Precision per confidence bucket: detection (span) and attribution (span + speaker, scored gold only). */
export async function calibrate(docs: BenchDoc[], predLines: string): Promise<string> {
  const scorer = (await import(
    pathToFileURL(path.resolve(process.cwd(), '../shared/bench/score-quotes.mjs')).href
  )) as {
    speakerMatch: (a: string | null, b: string | null) => boolean;
  };
  const preds = new Map<string, PredStatement[]>();
  for (const line of predLines.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; statements: PredStatement[] };
    preds.set(row.id, row.statements);
  }
  const rows = BUCKETS.map(() => ({ n: 0, det: 0, attN: 0, att: 0 }));
  for (const doc of docs) {
    const gold = doc.statements ?? [];
    const ps = preds.get(doc.id) ?? [];
    const pairs: { i: number; j: number; s: number }[] = [];
    gold.forEach((g, i) =>
      ps.forEach((p, j) => {
        const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
        const s = ov > 0 ? ov / Math.max(g.end - g.start, p.end - p.start) : 0;
        if (s >= 0.5) pairs.push({ i, j, s });
      }),
    );
    pairs.sort((a, b) => b.s - a.s);
    const usedG = new Set<number>();
    const match = new Map<number, number>();
    for (const { i, j } of pairs) {
      if (usedG.has(i) || match.has(j)) continue;
      usedG.add(i);
      match.set(j, i);
    }
    ps.forEach((p, j) => {
      const b = BUCKETS.findIndex(([lo, hi]) => p.confidence >= lo && p.confidence < hi);
      const row = rows[b < 0 ? 0 : b] as { n: number; det: number; attN: number; att: number };
      row.n++;
      const gi = match.get(j);
      const g = gi === undefined ? undefined : gold[gi];
      if (g) row.det++;
      const scored = !g || (g.speaker && !g.attr_ignore);
      if (scored) {
        row.attN++;
        if (g && scorer.speakerMatch(g.speaker, p.speaker)) row.att++;
      }
    });
  }
  const lines = ['confidence   predictions   detection P   attribution P (scored)'];
  rows.forEach((r, k) => {
    const [lo, hi] = BUCKETS[k] as [number, number];
    const label = `${lo.toFixed(1)}-${Math.min(1, hi).toFixed(1)}`.padEnd(12);
    const dp = r.n ? (r.det / r.n).toFixed(3) : '-';
    const ap = r.attN ? (r.att / r.attN).toFixed(3) : '-';
    lines.push(`${label} ${String(r.n).padStart(11)}   ${dp.padStart(11)}   ${ap.padStart(13)} (${r.attN})`);
  });
  return lines.join('\n');
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
    const { result: res, trace } = extractStatementsTraced({
      text: doc.text,
      title: doc.meta?.title,
      date: doc.meta?.date ?? null,
      language: 'en',
    });
    const statements = res.statements
      .map((s, i) => ({
        speaker: s.speaker,
        quote: s.quote,
        start: s.start,
        end: s.end,
        kind: s.kind,
        cue: s.cue,
        confidence: s.confidence,
        mixed: s.mixed ?? false,
        how: trace[i],
      }))
      .filter((s) => s.confidence >= minConf);
    lines.push(JSON.stringify({ id: doc.id, statements }));
  }
  return lines.join('\n') + '\n';
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  let minConf = 0;
  let wantCalibration = false;
  const pos: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--min-conf') minConf = Number(args[++i]);
    else if (args[i] === '--calibrate') wantCalibration = true;
    else pos.push(args[i] as string);
  }
  const scorer = path.resolve(process.cwd(), '../shared/bench/score-quotes.mjs');
  for (const split of pos[0] ? [pos[0]] : ['dev', 'train']) {
    const out = pos[1] ?? `/tmp/extract-${split}.jsonl`;
    if (!existsSync(benchPath(split))) continue;
    const docs = readBench(split);
    const t0 = performance.now();
    const lines = predict(docs, minConf);
    writeFileSync(out, lines);
    console.log(`${docs.length} ${split} articles -> ${out} in ${(performance.now() - t0).toFixed(0)} ms`);
    if (wantCalibration) console.log(await calibrate(docs, lines));
    if (pos[0] || !existsSync(scorer)) continue;
    console.log(`\n${split}: scope      detection P / R / F1     attribution P / R / F1`);
    for (const kind of ['all', 'direct', 'indirect']) {
      const args = [scorer, benchPath(split), out, ...(kind === 'all' ? [] : ['--kind', kind])];
      const r = spawnSync('node', args, { encoding: 'utf8' });
      const row = (name: string): string =>
        (r.stdout.split('\n').find((l) => l.startsWith(name)) ?? '')
          .replace(/^\S+( \(quote\+speaker\))?/, '')
          .trim()
          .split(/\s+/)
          .slice(0, 3)
          .join(' / ');
      console.log(`  ${kind.padEnd(16)} ${row('detection').padEnd(24)} ${row('attribution')}`);
    }
  }
}
