import type { Statement, Topic } from '../../shared/model';
import { compileTopicQuery, wordTokens, type CompiledTopicQuery } from '../query/topic-query';
import { ownCopy } from './shared-values';

/** The sentence (or sentences) a statement sits in: what a topic query is matched against besides the quote. */
export function sentenceAround(body: string, start: number, end: number): string {
  const before = body.slice(Math.max(0, start - 300), start);
  const after = body.slice(end, end + 300);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’]?\s+[^.!?]*$/));
  const stop = after.search(/[.!?]["”’]?(\s|$)|\n/);
  const head = cut >= 0 ? before.slice(cut + 1).replace(/^["”’]?\s+/, '') : before;
  // Kept with the statement: a copy, so that it does not keep the whole body in memory.
  return ownCopy((head + body.slice(start, end) + (stop >= 0 ? after.slice(0, stop + 1) : after)).trim());
}

export interface TopicMatcher {
  topicIdsFor(statement: Pick<Statement, 'quote' | 'context' | 'manualTopicIds' | 'excludedTopicIds'>): string[];
}

export function createTopicMatcher(topics: Topic[]): TopicMatcher {
  const compiled: Array<{ id: string; query: CompiledTopicQuery }> = [];
  for (const t of topics) {
    try {
      compiled.push({ id: t.id, query: compileTopicQuery(t.query) });
    } catch {
      // A topic whose query no longer parses simply matches nothing; the topic editor reports the error.
    }
  }
  return {
    topicIdsFor(statement) {
      const ids = new Set(statement.manualTopicIds ?? []);
      // The text's words once for every topic (an import tags each statement against all of them).
      const words = compiled.length > 0 ? wordTokens(statement.context ?? statement.quote) : [];
      for (const c of compiled) if (c.query.matchesWords(words)) ids.add(c.id);
      for (const x of statement.excludedTopicIds ?? []) ids.delete(x);
      return [...ids];
    },
  };
}
