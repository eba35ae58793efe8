import { describe, expect, it } from 'vitest';
import { suggestTopics } from '../../../src/core/query/suggest-topics';
import type { Statement } from '../../../src/shared/model';

const statement = (articleId: string, quote: string): Statement => ({
  id: `${articleId}-${quote.length}`,
  articleId,
  start: 0,
  end: quote.length,
  quote,
  kind: 'direct',
  cue: 'said',
  speakerId: null,
  topicIds: [],
  confidence: 0.9,
  status: 'suggested',
  updatedAt: '',
});

describe('topic suggestions', () => {
  const statements = [
    statement('a1', 'The carbon levy will hurt farmers in Norvania.'),
    statement('a2', 'We oppose any carbon levy on grain.'),
    statement('a3', 'A carbon levy is the fairest tool we have, Alena Varga insists.'),
    statement('a3', 'Alena Varga is right about grain.'),
    statement('a4', 'Grain exports rose.'),
  ];

  it('proposes phrases that recur across articles, not names or function words', () => {
    const out = suggestTopics(statements, [], ['Alena Varga']);
    const phrases = out.map((s) => s.phrase);
    expect(phrases).toContain('carbon levy');
    expect(phrases).toContain('grain');
    expect(phrases).not.toContain('varga');
    expect(phrases).not.toContain('the');
    expect(out.find((s) => s.phrase === 'carbon levy')).toMatchObject({ query: '"carbon levy"', articles: 3 });
  });

  it('leaves out what an existing topic already covers', () => {
    const out = suggestTopics(statements, [{ id: 't', name: 'Levy', query: 'levy', color: '#000000' }], []);
    expect(out.map((s) => s.phrase)).not.toContain('carbon levy');
  });
});
