// Invented sentences for extraction fixtures: each is read after a neutral opening paragraph and a fixed article
// date, so the patterns under test never sit in an article's first line.
import { expect } from 'vitest';
import { extractStatements } from '../../src/core/extract';
import type { ExtractedStatement } from '../../src/core/extract/types';

export function statementsIn(text: string): ExtractedStatement[] {
  return extractStatements({ text: `The council met in Ostvale on Monday.\n\n${text}`, date: '2024-06-12' }).statements;
}

/** The one statement whose content starts with `content`. */
export function findStatement(text: string, content: string): ExtractedStatement {
  const hits = statementsIn(text).filter((s) => s.quote.startsWith(content));
  expect(hits.map((s) => s.quote)).toHaveLength(1);
  return hits[0] as ExtractedStatement;
}

/** The statements of `text` read on its own, each checked to be the very text at its offsets. */
export function statementsAt(text: string): ExtractedStatement[] {
  const found = extractStatements({ text, date: '2024-06-12' }).statements;
  for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.quote);
  return found;
}
