import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../../src/core/library/word-index';

describe('WordIndex', () => {
  it('finds documents by whole words and word prefixes, and forgets removed or replaced text', () => {
    const index = new WordIndex();
    index.add('a', 'the steel tariffs rise');
    index.add('b', 'a tariff on grain');
    index.add('c', 'grain prices');
    expect([...index.lookup('tariff')].sort()).toEqual(['a', 'b']);
    expect([...index.lookupAll(['tariff', 'grain'])]).toEqual(['b']);
    expect([...index.lookup('ice')]).toEqual([]); // "prices" contains it, but no word starts with it
    index.add('b', 'a levy on grain');
    expect([...index.lookup('tariff')]).toEqual(['a']);
    index.remove('a');
    expect([...index.lookup('tariff')]).toEqual([]);
    expect(index.size).toBe(2);
  });
});
