import { describe, expect, it } from 'vitest';
import { globSteps } from '../../../src/core/query/glob-match';
import { compileTopicQuery } from '../../../src/core/query/topic-query';
import { seededRandom } from './fuzz-topic-queries';

/** Glob matching by dynamic programming over code points: slow and plainly right, as an oracle. */
function globOracle(pattern: string, word: string): boolean {
  const p = Array.from(pattern);
  const w = Array.from(word);
  // can[j]: the first i characters of the word match the first j of the pattern (rolled over i).
  let can = p.map((_, j) => p.slice(0, j + 1).every((c) => c === '*'));
  can.unshift(true);
  for (let i = 1; i <= w.length; i++) {
    const next = [false];
    for (let j = 1; j <= p.length; j++) {
      const c = p[j - 1];
      next[j] = c === '*' ? next[j - 1]! || can[j]! : can[j - 1]! && (c === '?' || c === w[i - 1]);
    }
    can = next;
  }
  return can[p.length]!;
}

const stars = (n: number) => 'a*'.repeat(n) + 'b';

describe('glob matching', () => {
  it.each([
    ['drill*', 'drilling', true],
    ['drill*', 'drill', true],
    ['drill*', 'dril', false],
    ['ban?', 'bans', true],
    ['ban?', 'ban', false],
    ['ban?', 'banned', false],
    ['*', '', true],
    ['?', '', false],
    ['*a*b*c*', 'xxaxxbxxcxx', true],
    ['*a*b*c*', 'xxaxxcxxbxx', false],
    ['a**b', 'ab', true],
    ['a*?b', 'ab', false],
    ['?', '𝔘', true], // one character outside the Basic Multilingual Plane
    ['東?', '東京', true],
  ])('%s against %s → %s', (pattern, word, expected) => {
    expect(globSteps(pattern, word).matched).toBe(expected);
  });

  it('agrees with a plain dynamic-programming matcher on random patterns and words', () => {
    const rand = seededRandom(7);
    const from = (alphabet: string, max: number) =>
      Array.from({ length: Math.floor(rand() * max) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let n = 0; n < 5_000; n++) {
      const pattern = from('ab*?', 8);
      const word = from('ab', 10);
      expect(globSteps(pattern, word).matched, `${pattern} / ${word}`).toBe(globOracle(pattern, word));
    }
  });

  it('matches a pattern built to make backtracking explode in steps bounded by pattern × word', () => {
    const word = 'a'.repeat(60);
    const pattern = stars(12);
    const { matched, steps } = globSteps(pattern, word);
    expect(matched).toBe(false);
    expect(steps).toBeLessThanOrEqual((pattern.length + 1) * (word.length + 2));
    // The same through a topic query, where it used to be a backtracking regular expression.
    const query = compileTopicQuery(pattern).matchCounted(word);
    expect(query.matched).toBe(false);
    expect(query.steps).toBeLessThanOrEqual(2 * (pattern.length + 1) * (word.length + 2));
  }, 30_000);

  it('keeps within the bound for every star count and word length, matching or not', () => {
    for (let k = 1; k <= 30; k++) {
      for (const length of [0, 1, k, 2 * k, 60, 200]) {
        for (const [pattern, word] of [
          [stars(k), 'a'.repeat(length)],
          [stars(k), `${'a'.repeat(length)}b`],
          ['*?'.repeat(k) + 'x', 'y'.repeat(length)],
        ] as const) {
          const { matched, steps } = globSteps(pattern, word);
          expect(matched).toBe(globOracle(pattern, word));
          expect(steps).toBeLessThanOrEqual((pattern.length + 1) * (word.length + 2));
        }
      }
    }
  }, 30_000);
});
