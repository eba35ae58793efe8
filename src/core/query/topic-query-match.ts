import type { GlobPattern, StepMeter } from './glob-match';

/**
 * Matching a parsed topic query against the word tokens of a text, in time linear in the text for each query
 * node (and in pattern × word for each wildcard test).
 *   QueryNode   the parsed query: words (one word or a phrase), and, or, not, near
 *   evaluate    whether a node matches and, when a NEAR above it needs them, the spans of tokens where it does
 * Spans are kept by their first token (only the longest per start: a longer span is never worse for NEAR), so
 * NEAR can test every left span in constant time against a running maximum of right span ends.
 * Without a NEAR above, no spans are collected and AND, OR and words stop at the first decisive result.
 */

/** An exact folded word, or a wildcard pattern. */
export type WordTest = string | GlobPattern;

export type QueryNode =
  | { type: 'words'; words: WordTest[] }
  | { type: 'and' | 'or'; items: QueryNode[] }
  | { type: 'not'; item: QueryNode }
  | { type: 'near'; left: QueryNode; right: QueryNode; distance: number };

/**
 * `ends[i]` is one more than the last token of the span that starts at token i, or 0 for none (so a fresh
 * array has no spans). `ends` is null when spans were not asked for, or for NOT, which matches without a span.
 */
interface Hits {
  matched: boolean;
  ends: Int32Array | null;
}

const NO_HITS: Hits = { matched: false, ends: null };
const MATCHED: Hits = { matched: true, ends: null };

function testWord(test: WordTest, token: string, meter: StepMeter): boolean {
  if (typeof test === 'string') {
    meter.steps++;
    return test === token;
  }
  return test.test(token, meter);
}

function words(tests: WordTest[], tokens: string[], spans: boolean, meter: StepMeter): Hits {
  const n = tokens.length;
  const k = tests.length;
  let ends: Int32Array | null = null;
  // Each (word, token) pair is tested at most once: for a start s, word j only ever meets token s + j.
  for (let s = 0; s + k <= n; s++) {
    meter.steps++;
    let j = 0;
    while (j < k && testWord(tests[j]!, tokens[s + j]!, meter)) j++;
    if (j < k) continue;
    if (!spans) return MATCHED;
    ends ??= new Int32Array(n);
    ends[s] = s + k;
  }
  return ends ? { matched: true, ends } : NO_HITS;
}

/** Adds the spans of `from` to `into` (creating it), keeping the longer span per start. */
function union(into: Int32Array | null, from: Int32Array, meter: StepMeter): Int32Array {
  if (!into) return from.slice();
  meter.steps += from.length;
  for (let i = 0; i < from.length; i++) if (from[i]! > into[i]!) into[i] = from[i]!;
  return into;
}

function near(left: Int32Array, right: Int32Array, distance: number, meter: StepMeter): Hits {
  const n = left.length;
  meter.steps += 2 * n;
  // reach[p]: one more than the furthest end of any right span that starts at or before p (0: none yet).
  const reach = new Int32Array(n);
  let best = 0;
  for (let p = 0; p < n; p++) reach[p] = best = Math.max(best, right[p]!);
  let ends: Int32Array | null = null;
  for (let s = 0; s < n; s++) {
    const end = left[s]!; // one past the span's last token
    if (end === 0) continue;
    // Some right span starts no later than `distance` after this one ends, and ends no earlier than `distance`
    // before it starts.
    if (reach[Math.min(n - 1, end - 1 + distance)]! > Math.max(0, s - distance)) {
      ends ??= new Int32Array(n);
      ends[s] = end;
    }
  }
  return ends ? { matched: true, ends } : NO_HITS;
}

/** `spans`: whether the caller needs the spans (a NEAR above), or only whether the node matches. */
export function evaluate(node: QueryNode, tokens: string[], meter: StepMeter, spans = false): Hits {
  switch (node.type) {
    case 'words':
      return words(node.words, tokens, spans, meter);
    case 'or': {
      let matched = false;
      let ends: Int32Array | null = null;
      for (const item of node.items) {
        const hits = evaluate(item, tokens, meter, spans);
        if (hits.matched && !spans) return MATCHED;
        matched ||= hits.matched;
        if (hits.ends) ends = union(ends, hits.ends, meter);
      }
      return matched ? { matched, ends } : NO_HITS;
    }
    case 'and': {
      let ends: Int32Array | null = null;
      for (const item of node.items) {
        const hits = evaluate(item, tokens, meter, spans);
        if (!hits.matched) return NO_HITS;
        if (hits.ends) ends = union(ends, hits.ends, meter);
      }
      return { matched: true, ends };
    }
    case 'not':
      return evaluate(node.item, tokens, meter).matched ? NO_HITS : MATCHED;
    case 'near': {
      const left = evaluate(node.left, tokens, meter, true);
      if (!left.ends) return NO_HITS;
      const right = evaluate(node.right, tokens, meter, true);
      if (!right.ends) return NO_HITS;
      return near(left.ends, right.ends, node.distance, meter);
    }
  }
}
