// Property: every statement slices exactly its quote, over the seed article and a spread of dev
// articles read from ../shared (the texts are never copied into this repository).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';
import { ACTOR_TYPES } from '../../../src/shared/model';

const SHARED = path.resolve(process.cwd(), '../shared');
const SEED = path.join(SHARED, 'samples/seed-article.txt');
const DEV = path.join(SHARED, 'bench/quotes-dev.jsonl');

function sampleTexts(): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  if (existsSync(SEED)) out.push({ id: 'seed', text: readFileSync(SEED, 'utf8') });
  if (existsSync(DEV)) {
    const lines = readFileSync(DEV, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    // a deterministic pseudo-random spread of articles
    let x = 12345;
    const picked = new Set<number>();
    while (picked.size < Math.min(30, lines.length)) {
      x = (x * 1103515245 + 12345) % 2147483648;
      picked.add(x % lines.length);
    }
    for (const i of picked) {
      const doc = JSON.parse(lines[i] as string) as { id: string; text: string };
      out.push({ id: doc.id, text: doc.text });
    }
  }
  return out;
}

const texts = sampleTexts();

describe.skipIf(texts.length === 0)('statement offsets', () => {
  it.each(texts.map((t) => [t.id, t.text] as const))('%s', (_id, text) => {
    const res = extractStatements({ text });
    for (const s of res.statements) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(['direct', 'indirect']).toContain(s.kind);
      if (s.speakerStart !== undefined && s.speakerEnd !== undefined) {
        expect(s.speakerEnd).toBeGreaterThan(s.speakerStart);
        expect(s.speakerEnd).toBeLessThanOrEqual(text.length);
      }
    }
    for (const a of res.actors) {
      expect(a.name.length).toBeGreaterThan(0);
      expect(ACTOR_TYPES).toContain(a.type);
    }
  });
});

describe('offsets on adversarial input', () => {
  it.each([
    ['unbalanced marks', 'He said "yes and "no" and “maybe.\n\n” then ”odd“ end "'],
    ['only marks', '""""“”“”„“«»'],
    ['surrogates', '“😀 Emoji text here,” said Ana Lee. 😀 Ana Lee said 😀 that it works.'],
    ['long run-on', '“' + 'word '.repeat(500) + '\n\nmore'],
  ])('%s', (_label, text) => {
    for (const s of extractStatements({ text }).statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });
});
