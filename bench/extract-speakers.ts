/**
 * Audit of the speakers the extractor predicts on a bench split (texts read from ../shared, never copied).
 *
 *   npx tsx bench/extract-speakers.ts [train|dev]              type counts, title-case-with-verb speakers,
 *                                                               agreement with the hand-labelled sample
 *   npx tsx bench/extract-speakers.ts train --sample 200       print a fresh sample to label, with context
 *
 * The sample is every distinct (article, speaker) pair ordered by a hash of the pair, so it does not depend on
 * the order of the file; tests/fixtures/extract/speaker-types-train.json holds the hand-labelled one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractStatements } from '../src/core/extract';
import { titleCaseVerbPhrase } from '../src/core/extract/speaker-audit';

interface BenchDoc {
  id: string;
  text: string;
  meta?: { title?: string; date?: string };
}

export interface PredictedSpeaker {
  doc: string;
  speaker: string;
  type: string;
  context: string;
}

export interface LabelledSpeaker {
  doc: string;
  speaker: string;
  type: string;
}

export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function readSplit(split: string): BenchDoc[] {
  const file = path.resolve(process.cwd(), '../shared/bench', `quotes-${split}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BenchDoc);
}

/** Every distinct non-null speaker per article, with its type and a short context of its first mention. */
export function predictedSpeakers(docs: BenchDoc[]): PredictedSpeaker[] {
  const out: PredictedSpeaker[] = [];
  for (const doc of docs) {
    const res = extractStatements({ text: doc.text, title: doc.meta?.title, date: doc.meta?.date ?? null });
    const seen = new Set<string>();
    for (const s of res.statements) {
      if (!s.speaker || seen.has(s.speaker)) continue;
      seen.add(s.speaker);
      const at = s.speakerStart ?? s.start;
      const context = doc.text
        .slice(Math.max(0, at - 90), (s.speakerEnd ?? at) + 60)
        .replace(/\s+/g, ' ')
        .trim();
      out.push({ doc: doc.id, speaker: s.speaker, type: s.speakerType, context });
    }
  }
  return out;
}

export function sample<T extends { doc: string; speaker: string }>(rows: T[], n: number): T[] {
  return [...rows].sort((a, b) => fnv(`${a.doc}|${a.speaker}`) - fnv(`${b.doc}|${b.speaker}`)).slice(0, n);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const split = args[0] && !args[0].startsWith('--') ? args[0] : 'train';
  const rows = predictedSpeakers(readSplit(split));
  const want = args.indexOf('--sample');
  if (want >= 0) {
    for (const r of sample(rows, Number(args[want + 1] ?? 200)))
      console.log(`${r.doc}\t${r.speaker}\t${r.type}\t${r.context}`);
  } else {
    const byType = new Map<string, number>();
    for (const r of rows) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
    console.log(`${split}: ${rows.length} distinct (article, speaker) pairs`);
    console.log('  by type: ' + [...byType].map(([t, n]) => `${t} ${n}`).join(', '));
    const verbal = rows.filter((r) => titleCaseVerbPhrase(r.speaker));
    console.log(`  title-case phrases containing a verb: ${verbal.length}`);
    for (const r of verbal.slice(0, 20)) console.log(`    ${r.speaker} (${r.doc})`);
    const fixture = path.resolve(process.cwd(), 'tests/fixtures/extract/speaker-types-train.json');
    if (split === 'train' && existsSync(fixture)) {
      const labels = JSON.parse(readFileSync(fixture, 'utf8')) as { speakers: LabelledSpeaker[] };
      const got = new Map(rows.map((r) => [`${r.doc}|${r.speaker}`, r.type]));
      let found = 0;
      const wrong: string[] = [];
      for (const l of labels.speakers) {
        const t = got.get(`${l.doc}|${l.speaker}`);
        if (t === undefined) continue;
        found++;
        if (t !== l.type) wrong.push(`${l.speaker}: ${t}, labelled ${l.type}`);
      }
      const share = found ? wrong.length / found : 0;
      console.log(
        `  hand-labelled sample: ${found}/${labels.speakers.length} still predicted, ${wrong.length} typed wrongly (${(100 * share).toFixed(1)}%)`,
      );
      for (const w of wrong) console.log(`    ${w}`);
    }
  }
}
