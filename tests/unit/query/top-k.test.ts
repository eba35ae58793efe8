import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/core/query/top-k';

describe('topK', () => {
  it('returns the same as a full sort, for random lists and every k', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 50; trial++) {
      const items = Array.from({ length: Math.floor(rand() * 300) }, () => Math.floor(rand() * 100));
      const k = Math.floor(rand() * 40);
      expect(topK(items, k, (a, b) => a - b)).toEqual([...items].sort((a, b) => a - b).slice(0, k));
    }
  });
});
