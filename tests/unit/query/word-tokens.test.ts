import { describe, expect, it } from 'vitest';
import { foldedWordTokens, queryWordTokens, startsWord, wordTokens } from '../../../src/core/query/word-tokens';

describe('word tokens', () => {
  it.each([
    ['Asia-Pacific', ['asia', 'pacific']],
    ['the alliance’s members', ['the', 'alliance', 'members']],
    ["the alliance's members", ['the', 'alliance', 'members']],
    ['the allianceʼs members', ['the', 'alliance', 'members']],
    ["don't", ['don', 't']],
    ['O’Brien', ['o', 'brien']],
    ['co‑operation (non-breaking hyphen)', ['co', 'operation', 'non', 'breaking', 'hyphen']],
    ["students' union", ['students', 'union']],
    ['s', ['s']],
    ['Zürich, 2024 — résumé', ['zurich', '2024', 'resume']],
    ['ﬁnance', ['finance']],
    ['東京 and हिन्दी', ['東京', 'and', 'हिन्दी']],
    ['😀 --- ...', []],
  ])('%j → %j', (text, expected) => {
    expect(wordTokens(text)).toEqual(expected);
  });

  it('reads already folded text the same way', () => {
    expect(foldedWordTokens('asia-pacific alliance’s')).toEqual(['asia', 'pacific', 'alliance']);
  });

  it('keeps wildcards in query words', () => {
    expect(queryWordTokens('Drill*-ban? alliance’s')).toEqual(['drill*', 'ban?', 'alliance']);
  });

  it('tells where words start', () => {
    const text = 'asia-pacific prices 𝔘nicode';
    expect(startsWord(text, 0)).toBe(true);
    expect(startsWord(text, text.indexOf('pacific'))).toBe(true);
    expect(startsWord(text, text.indexOf('ices'))).toBe(false);
    expect(startsWord(text, text.indexOf('nicode'))).toBe(false);
  });
});
