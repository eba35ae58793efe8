import { describe, expect, it } from 'vitest';
import { compileTopicQuery, MAX_NESTING, MAX_QUERY_LENGTH, TopicQueryError } from '../../../src/core/query/topic-query';

const text = 'The Norvanian minister said the carbon border levy would not hurt coal-free exporters.';

describe('topic queries', () => {
  it.each([
    ['carbon', true],
    ['carbon AND levy', true],
    ['carbon levy', true],
    ['carbon AND tariff', false],
    ['tariff OR levy', true],
    ['"carbon border levy"', true],
    ['"border carbon"', false],
    ['NOT tariff', true],
    ['carbon NOT levy', false],
    ['export*', true],
    ['lev?', true],
    ['minister NEAR/3 carbon', true],
    ['minister NEAR/2 levy', false],
    ['(tariff OR levy) AND norvanian', true],
    ['MINISTER', true],
  ])('%s → %s', (query, expected) => {
    expect(compileTopicQuery(query).matches(text)).toBe(expected);
  });

  it('drops possessives so a word matches its possessive form', () => {
    expect(compileTopicQuery('alliance').matches('the alliance’s members')).toBe(true);
    expect(compileTopicQuery('"alliance members"').matches("the alliance's members")).toBe(true);
  });

  it('folds diacritics both ways', () => {
    expect(compileTopicQuery('resume').matches('She sent her résumé')).toBe(true);
    expect(compileTopicQuery('Zürich').matches('talks in zurich')).toBe(true);
  });

  it.each(['', '(carbon', 'AND', '"open phrase', 'carbon OR'])('rejects malformed query %j', (q) => {
    expect(() => compileTopicQuery(q)).toThrow(TopicQueryError);
  });

  it.each([
    ['a NEAR distance over 999', '"carbon border" NEAR/1000 levy'],
    ['NEAR without a distance', 'NEAR/x levy'],
    ['parentheses too deep', `${'('.repeat(MAX_NESTING + 1)}carbon${')'.repeat(MAX_NESTING + 1)}`],
    ['NOT too deep', `${'NOT '.repeat(MAX_NESTING + 1)}carbon`],
    ['a query too long', `carbon ${'OR levy '.repeat(MAX_QUERY_LENGTH / 8)}`],
  ])('rejects %s', (_, q) => {
    expect(() => compileTopicQuery(q)).toThrow(TopicQueryError);
  });

  it('accepts nesting up to the limit', () => {
    const deep = `${'('.repeat(MAX_NESTING)}carbon${')'.repeat(MAX_NESTING)}`;
    expect(compileTopicQuery(deep).matches(text)).toBe(true);
    expect(compileTopicQuery(`${'NOT '.repeat(MAX_NESTING)}carbon`).matches(text)).toBe(true);
  });

  it('ignores stray punctuation in a query, as in the text', () => {
    expect(compileTopicQuery('carbon, levy & border').matches(text)).toBe(true);
    expect(() => compileTopicQuery('&')).toThrow(/empty/);
  });

  it('allows wildcards in phrases', () => {
    expect(compileTopicQuery('"carbon bord* lev?"').matches(text)).toBe(true);
    expect(compileTopicQuery('"carbon lev*"').matches(text)).toBe(false);
  });
});

describe('hyphenated and apostrophised words', () => {
  const pacific = 'Ministers of the Asia-Pacific forum met the alliance’s envoy.';

  it.each([
    ['Asia', true],
    ['Pacific', true],
    ['"Asia-Pacific"', true],
    ['Asia-Pacific', true],
    ['pac*', true],
    ['"Asia Pacific"', true], // a phrase of the parts matches the hyphenated word, and the other way round
    ['"asia-pacific forum"', true],
    ['NOT Asia', false],
    ['NOT "Asia-Pacific"', false],
    ['NOT Europe', true],
    ['Asia-Pacific NEAR/1 forum', true], // distance counts from the phrase's last word
    ['ministers NEAR/3 Asia-Pacific', true],
    ['ministers NEAR/2 Asia-Pacific', false],
    ['alliance', true],
    ['"alliance’s envoy"', true],
    ["alliance's", true],
  ])('%s → %s', (query, expected) => {
    expect(compileTopicQuery(query).matches(pacific)).toBe(expected);
  });

  it('matches a hyphenated query in text that writes the parts apart', () => {
    expect(compileTopicQuery('Asia-Pacific').matches('trade across Asia and the Pacific')).toBe(false);
    expect(compileTopicQuery('Asia-Pacific').matches('the Asia Pacific region')).toBe(true);
  });

  it('splits apostrophes other than a possessive', () => {
    expect(compileTopicQuery("don't").matches('We don’t agree')).toBe(true);
    expect(compileTopicQuery('Brien').matches('said O’Brien')).toBe(true);
  });
});
