import { GlobPattern } from './glob-match';
import { evaluate, type QueryNode, type WordTest } from './topic-query-match';
import { foldText, queryWordTokens, wordTokens } from './word-tokens';

/**
 * Topic queries: a small boolean language matched against a statement and its sentence.
 *   climate AND (tax OR levy)   "carbon border"   NOT coal   drill* NEAR/5 arctic   ban?   (AND is implied)
 *   compileTopicQuery   lex → parse (parseTopicQuery) → QueryNode, which topic-query-match.ts evaluates
 * Matching folds case and diacritics and works on word tokens (word-tokens.ts): "Asia-Pacific" is the two words
 * asia and pacific, so `Asia` and `Pacific` match it, and `Asia-Pacific` (quoted or not) is the phrase of its
 * parts, which also matches "Asia Pacific". Stray punctuation in a query is ignored, as it is in the text.
 * Compiling is linear in the query, which is bounded in length and nesting; matching is at worst proportional to
 * query length × text length, as wildcards never backtrack (glob-match.ts) and NEAR never compares all pairs.
 */

export const MAX_QUERY_LENGTH = 2000;
export const MAX_NESTING = 32;
const MAX_DISTANCE = 999;

export { foldText, wordTokens };

export interface CompiledTopicQuery {
  source: string;
  matches(text: string): boolean;
  /** `matches` on a text's `wordTokens`, for callers that test one text against many queries. */
  matchesWords(words: string[]): boolean;
  /**
   * `matches`, with the work it took: at most 6 × (query length + 1) × (text length + 1) steps, lengths after
   * foldText (each query node looks at each token a bounded number of times; a wildcard test is linear in
   * pattern × word).
   */
  matchCounted(text: string): { matched: boolean; steps: number };
}

export class TopicQueryError extends Error {}

type Tok =
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not'; value: string }
  | { kind: 'words'; value: string; words: string[] }
  | { kind: 'near'; value: string; distance: number };

const SEPARATOR = /[\s()"“]/;

function wordToken(value: string): Tok | null {
  if (value === 'AND') return { kind: 'and', value };
  if (value === 'OR') return { kind: 'or', value };
  if (value === 'NOT') return { kind: 'not', value };
  if (value.startsWith('NEAR/')) {
    const distance = /^NEAR\/\d+$/.test(value) ? Number(value.slice(5)) : NaN;
    if (!(distance <= MAX_DISTANCE))
      throw new TopicQueryError(`write NEAR/n with a distance n from 0 to ${MAX_DISTANCE}`);
    return { kind: 'near', value, distance };
  }
  const words = queryWordTokens(value);
  return words.length > 0 ? { kind: 'words', value, words } : null;
}

function lex(query: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      toks.push({ kind: c === '(' ? 'lparen' : 'rparen', value: c });
      i++;
    } else if (c === '"' || c === '“') {
      const close = query.indexOf(c === '"' ? '"' : '”', i + 1);
      if (close < 0) throw new TopicQueryError(`unclosed quotation mark at character ${i + 1}`);
      const value = query.slice(i + 1, close);
      const words = queryWordTokens(value);
      if (words.length === 0) throw new TopicQueryError('empty phrase');
      toks.push({ kind: 'words', value, words });
      i = close + 1;
    } else {
      let end = i + 1;
      while (end < query.length && !SEPARATOR.test(query[end]!)) end++;
      const tok = wordToken(query.slice(i, end));
      if (tok) toks.push(tok);
      i = end;
    }
  }
  return toks;
}

function wordTest(word: string): WordTest {
  return /[*?]/.test(word) ? new GlobPattern(word) : word;
}

function parse(toks: Tok[]): QueryNode {
  let i = 0;
  let depth = 0;
  const peek = () => toks[i];
  const deeper = () => {
    if (++depth > MAX_NESTING) {
      throw new TopicQueryError(`the query nests parentheses and NOT more than ${MAX_NESTING} deep`);
    }
  };
  const parseOr = (): QueryNode => {
    const items = [parseAnd()];
    while (peek()?.kind === 'or') {
      i++;
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0]! : { type: 'or', items };
  };
  const parseAnd = (): QueryNode => {
    const items = [parseNot()];
    for (;;) {
      const t = peek();
      if (!t || t.kind === 'or' || t.kind === 'rparen') break;
      if (t.kind === 'and') i++;
      items.push(parseNot());
    }
    return items.length === 1 ? items[0]! : { type: 'and', items };
  };
  const parseNot = (): QueryNode => {
    if (peek()?.kind !== 'not') return parseNear();
    i++;
    deeper();
    const item = parseNot();
    depth--;
    return { type: 'not', item };
  };
  const parseNear = (): QueryNode => {
    let left = parseAtom();
    for (let t = peek(); t?.kind === 'near'; t = peek()) {
      i++;
      left = { type: 'near', left, right: parseAtom(), distance: t.distance };
    }
    return left;
  };
  const parseAtom = (): QueryNode => {
    const t = toks[i++];
    if (!t) throw new TopicQueryError('the query ends too early');
    switch (t.kind) {
      case 'lparen': {
        deeper();
        const inner = parseOr();
        if (toks[i++]?.kind !== 'rparen') throw new TopicQueryError('missing closing parenthesis');
        depth--;
        return inner;
      }
      case 'words':
        return { type: 'words', words: t.words.map(wordTest) };
      case 'rparen':
      case 'and':
      case 'or':
      case 'not':
      case 'near':
        throw new TopicQueryError(`unexpected "${t.value}"`);
    }
  };
  const node = parseOr();
  if (i < toks.length) throw new TopicQueryError(`unexpected "${toks[i]!.value}"`);
  return node;
}

export function parseTopicQuery(query: string): QueryNode {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new TopicQueryError(`the query is longer than ${MAX_QUERY_LENGTH} characters`);
  }
  const toks = lex(query);
  if (toks.length === 0) throw new TopicQueryError('the query is empty');
  return parse(toks);
}

export function compileTopicQuery(query: string): CompiledTopicQuery {
  const root = parseTopicQuery(query);
  const matchCounted = (text: string) => {
    const meter = { steps: 0 };
    const matched = evaluate(root, wordTokens(text), meter).matched;
    return { matched, steps: meter.steps };
  };
  const matchesWords = (words: string[]) => evaluate(root, words, { steps: 0 }).matched;
  return { source: query, matches: (text) => matchCounted(text).matched, matchesWords, matchCounted };
}
