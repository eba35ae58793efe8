// Counts in the window read as words and grouped numbers: "1 article", "100,000 articles" (a million-statement
// library's sidebar said "1000000 statements").
import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/renderer/src/components/plural';

describe('plural', () => {
  it('says one thing in the singular and groups large counts as the locale writes them', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'statement')).toBe('0 statements');
    expect(plural(3, 'activity', 'activities')).toBe('3 activities');
    expect(plural(1_000_000, 'statement')).toBe(`${(1_000_000).toLocaleString()} statements`);
    expect(plural(1_000_000, 'statement')).not.toBe('1000000 statements');
  });
});
