import { describe, expect, it } from 'vitest';
import { compileTopicQuery, TopicQueryError } from '../../../src/core/query/topic-query';

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
});
