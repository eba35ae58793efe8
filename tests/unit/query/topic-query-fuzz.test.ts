import { describe, expect, it } from 'vitest';
import {
  compileTopicQuery,
  foldText,
  parseTopicQuery,
  TopicQueryError,
  wordTokens,
} from '../../../src/core/query/topic-query';
import type { QueryNode, WordTest } from '../../../src/core/query/topic-query-match';
import { randomQuery, randomText, seededRandom } from './fuzz-topic-queries';

/** The query semantics written plainly (every span kept, NEAR by comparing all pairs), as an oracle. */
function reference(node: QueryNode, tokens: string[]): { matched: boolean; spans: Array<[number, number]> } {
  const same = (test: WordTest, token: string) =>
    typeof test === 'string' ? test === token : test.test(token, { steps: 0 });
  switch (node.type) {
    case 'words': {
      const spans: Array<[number, number]> = [];
      for (let s = 0; s + node.words.length <= tokens.length; s++) {
        if (node.words.every((w, j) => same(w, tokens[s + j]!))) spans.push([s, s + node.words.length - 1]);
      }
      return { matched: spans.length > 0, spans };
    }
    case 'or': {
      const parts = node.items.map((item) => reference(item, tokens));
      return { matched: parts.some((p) => p.matched), spans: parts.flatMap((p) => p.spans) };
    }
    case 'and': {
      const parts = node.items.map((item) => reference(item, tokens));
      const matched = parts.every((p) => p.matched);
      return { matched, spans: matched ? parts.flatMap((p) => p.spans) : [] };
    }
    case 'not':
      return { matched: !reference(node.item, tokens).matched, spans: [] };
    case 'near': {
      const right = reference(node.right, tokens).spans;
      const spans = reference(node.left, tokens).spans.filter(([s, e]) =>
        right.some(([rs, re]) => rs <= e + node.distance && re >= s - node.distance),
      );
      return { matched: spans.length > 0, spans };
    }
  }
}

describe('topic queries under fuzzing', () => {
  it('compile or fail with TopicQueryError, and match like the plain semantics within the step bound', () => {
    const rand = seededRandom(20240611);
    const texts = Array.from({ length: 300 }, () => randomText(rand));
    const tally = { compiled: 0, rejected: 0, matched: 0 };
    let worstRatio = 0;
    for (let n = 0; n < 10_000; n++) {
      const query = randomQuery(rand);
      let compiled;
      try {
        compiled = compileTopicQuery(query);
      } catch (err) {
        if (!(err instanceof TopicQueryError))
          throw new Error(`${String(err)} for query ${JSON.stringify(query)}`, { cause: err });
        tally.rejected++;
        continue;
      }
      tally.compiled++;
      const root = parseTopicQuery(query);
      for (let k = 0; k < 2; k++) {
        const text = texts[Math.floor(rand() * texts.length)]!;
        const { matched, steps } = compiled.matchCounted(text);
        const bound = 6 * (foldText(query).length + 1) * (foldText(text).length + 1);
        worstRatio = Math.max(worstRatio, steps / bound);
        if (steps > bound || matched !== reference(root, wordTokens(text)).matched) {
          throw new Error(`query ${JSON.stringify(query)} on ${JSON.stringify(text)}: ${matched}, ${steps} steps`);
        }
        if (matched) tally.matched++;
      }
    }
    expect(worstRatio).toBeLessThanOrEqual(1);
    // The generator must exercise both paths, and matching must not be trivially false.
    expect(tally.compiled).toBeGreaterThan(5_000);
    expect(tally.rejected).toBeGreaterThan(500);
    expect(tally.matched).toBeGreaterThan(1_000);
  }, 60_000);
});
