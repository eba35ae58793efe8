import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';
import type { ExtractedStatement } from '../../../src/core/extract/types';

// The article belongs to its publisher: it is read from the shared folder, never copied here.
const SEED = path.resolve(process.cwd(), '../shared/samples/seed-article.txt');
const HEADER = 'Islam Times - ';
const have = existsSync(SEED);

function variants(): { label: string; text: string }[] {
  const full = readFileSync(SEED, 'utf8');
  const at = full.indexOf(HEADER);
  return [
    { label: 'whole file', text: full },
    { label: 'body after header', text: at >= 0 ? full.slice(at + HEADER.length) : full },
  ];
}

/** Overlap of a statement with the span of `needle` in text, relative to the longer span. */
function overlap(text: string, s: ExtractedStatement, needle: string): number {
  const g0 = text.indexOf(needle);
  if (g0 < 0) throw new Error(`needle not in text: ${needle}`);
  const g1 = g0 + needle.length;
  const ov = Math.min(g1, s.end) - Math.max(g0, s.start);
  return ov > 0 ? ov / Math.max(g1 - g0, s.end - s.start) : 0;
}

function findCovering(text: string, stmts: ExtractedStatement[], needle: string): ExtractedStatement | undefined {
  const g0 = text.indexOf(needle);
  return stmts.find((s) => s.start <= g0 && s.end >= g0 + needle.length);
}

describe.skipIf(!have)('seed article', () => {
  for (const { label, text } of have ? variants() : []) {
    describe(label, () => {
      const res = extractStatements({ text, title: 'seed', date: '2024-05-16' });
      const stmts = res.statements;

      it('every statement slices its own quote', () => {
        for (const s of stmts) expect(text.slice(s.start, s.end)).toBe(s.quote);
      });

      it.each([
        ['has no place for closed military and political alliances', 'Vladimir Putin'],
        ['We believe that the creation of such alliances is harmful and counterproductive', 'Vladimir Putin'],
        [
          'It is absolutely crucial that Russian-Chinese relations are not ad hoc contacts and are not aimed against anyone',
          'Vladimir Putin',
        ],
        ['the main country that is enabling Russia to conduct its war of aggression', 'Jens Stoltenberg'],
      ])('attributes "%s" to %s', (needle, speaker) => {
        const hit = stmts.filter((s) => overlap(text, s, needle) >= 0.5);
        expect(hit.length).toBeGreaterThanOrEqual(1);
        expect(hit.map((s) => s.speaker)).toContain(speaker);
      });

      it('uses the continued cue with the pronoun resolved to Putin', () => {
        const s = stmts.find((x) => overlap(text, x, 'We believe that the creation of such alliances') >= 0.5);
        expect(s?.kind).toBe('direct');
        expect(s?.cue).toBe('continued');
        expect(s?.speaker).toBe('Vladimir Putin');
      });

      it('finds the reported speech in the first sentence ("… , Russian President Vladimir Putin stressed")', () => {
        const needle =
          'The Asia-Pacific region should be free of military blocs because of their potential to undermine the security balance';
        const s = stmts.find((x) => overlap(text, x, needle) >= 0.5);
        expect(s).toBeDefined();
        expect(s?.speaker).toBe('Vladimir Putin');
        expect(s?.kind).toBe('indirect');
        expect(s?.cue).toBe('stressed');
        expect(s?.quote.startsWith('The Asia-Pacific')).toBe(true);
      });

      it('attributes the coordinated "has instead argued that" clause to China', () => {
        const s = findCovering(text, stmts, 'the continuing expansion of NATO');
        expect(s?.speaker).toBe('China');
        expect(s?.kind).toBe('indirect');
      });

      it('maps Beijing to China (capital-for-country metonymy)', () => {
        const s = findCovering(text, stmts, 'Western pressure to join the sanctions');
        expect(s?.speaker).toBe('China');
      });

      it('attributes "has said the US-led military bloc …" to Jens Stoltenberg', () => {
        const s = findCovering(text, stmts, 'the US-led military bloc has no plans to expand into Asia');
        expect(s?.speaker).toBe('Jens Stoltenberg');
        expect(s?.quote.includes('it will still keep tabs')).toBe(false);
      });

      it('never attributes to a non-actor', () => {
        const bad = /^(thursday|nato secretary[- ]general|secretary[- ]general|aukus|islam times|the asia-pacific.*)$/i;
        for (const s of stmts) {
          if (s.speaker !== null) expect(bad.test(s.speaker)).toBe(false);
        }
      });

      it('does not treat names in quotes or scare quotes as statements', () => {
        expect(stmts.some((s) => s.quote === 'AUKUS' || s.quote.includes('a security partnership called AUKUS'))).toBe(
          false,
        );
        expect(stmts.some((s) => s.kind === 'direct' && s.quote === 'Cold-War mentality')).toBe(false);
      });

      it('lists actors with canonical names, types and aliases', () => {
        const byName = new Map(res.actors.map((a) => [a.name, a]));
        expect(byName.get('Vladimir Putin')?.type).toBe('person');
        expect(byName.get('Vladimir Putin')?.aliases).toContain('Putin');
        expect(byName.get('Jens Stoltenberg')?.type).toBe('person');
        expect(byName.get('China')?.type).toBe('country');
        expect(byName.get('Russia')?.type).toBe('country');
        expect(res.actors.some((a) => /thursday|secretary/i.test(a.name))).toBe(false);
      });

      it('gives confidences in [0,1]', () => {
        for (const s of stmts) {
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
        }
      });
    });
  }
});
