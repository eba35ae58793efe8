/**
 * "X said (that) CLAUSE" (findPrePosed) does work linear in a sentence, however many speech verbs it holds: the
 * word count of each candidate stops at three words, and the main-clause comma after a fronted subordinate clause
 * is found by one pass per sentence. Counted in units of work, never timed.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract/index';
import { prePosedWork } from '../../../src/core/extract/find-reported-speech';

/** One sentence: a fronted "Although …" clause, then `n` invented speakers each saying something, joined by "and". */
function longSentence(n: number): string {
  const names = ['Ana Korr', 'Tomas Vell', 'Mira Dascu', 'Ivo Brenner', 'Lena Orme'];
  const parts: string[] = [];
  for (let i = 0; i < n; i++)
    parts.push(`${names[i % names.length]} said that the ferry to pier ${i} would run on time every winter morning`);
  return `Although the harbour was closed, ${parts.join(' and ')}.`;
}

function workFor(n: number): { units: number; statements: number } {
  prePosedWork.units = 0;
  const result = extractStatements({ text: longSentence(n), title: 'Ferry plans', date: '2025-03-04' });
  return { units: prePosedWork.units, statements: result.statements.length };
}

describe('findPrePosed work', () => {
  it('finds the reported clauses of a long sentence', () => {
    expect(workFor(20).statements).toBeGreaterThan(0);
  });

  it('grows linearly with the number of speech verbs in one sentence', () => {
    const small = workFor(50);
    const large = workFor(400);
    expect(small.units).toBeGreaterThan(0);
    // 8 times the speech verbs: linear work is about 8 times as much; quadratic would be about 64 times
    expect(large.units / small.units).toBeLessThan(12);
  });
});
