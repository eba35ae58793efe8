/**
 * Topic queries: a small boolean language matched against a statement and its sentence.
 *   climate AND (tax OR levy)   "carbon border"   NOT coal   drill* NEAR/5 arctic   ban?   (AND is implied)
 * Matching folds case and diacritics and works on word tokens.
 */

type Node =
  | { type: 'term'; test: (token: string) => boolean; text: string }
  | { type: 'phrase'; words: Array<(token: string) => boolean>; text: string }
  | { type: 'and' | 'or'; items: Node[] }
  | { type: 'not'; item: Node }
  | { type: 'near'; left: Node; right: Node; distance: number };

export interface CompiledTopicQuery {
  source: string;
  matches(text: string): boolean;
}

export class TopicQueryError extends Error {}

type Tok = { kind: 'word' | 'phrase' | 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'near'; value: string; n?: number };

export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Word tokens, folded, with a possessive 's dropped so "alliance’s" matches alliance. */
export function wordTokens(text: string): string[] {
  const words = foldText(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return words.map((w) => w.replace(/['’]s$/, ''));
}

function lex(query: string): Tok[] {
  const toks: Tok[] = [];
  const re = /\s*(?:(\()|(\))|"([^"]*)"|“([^”]*)”|([^\s()"“]+))/gy;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while (re.lastIndex < query.length && (m = re.exec(query))) {
    if (m[1]) toks.push({ kind: 'lparen', value: '(' });
    else if (m[2]) toks.push({ kind: 'rparen', value: ')' });
    else if (m[3] !== undefined || m[4] !== undefined) toks.push({ kind: 'phrase', value: m[3] ?? m[4] ?? '' });
    else if (m[5]) {
      const w = m[5];
      const near = /^NEAR\/(\d{1,3})$/.exec(w);
      if (w === 'AND') toks.push({ kind: 'and', value: w });
      else if (w === 'OR') toks.push({ kind: 'or', value: w });
      else if (w === 'NOT') toks.push({ kind: 'not', value: w });
      else if (near) toks.push({ kind: 'near', value: w, n: Number(near[1]) });
      else toks.push({ kind: 'word', value: w });
    }
    if (!m[0]) break;
  }
  if (query.slice(re.lastIndex).trim()) throw new TopicQueryError(`unclosed quotation mark in: ${query}`);
  return toks;
}

function wordTest(word: string): (token: string) => boolean {
  const folded = foldText(word);
  if (!/[*?]/.test(folded)) return (t) => t === folded;
  const pattern = folded.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  const re = new RegExp(`^${pattern}$`);
  return (t) => re.test(t);
}

function parse(toks: Tok[]): Node {
  let i = 0;
  const peek = () => toks[i];
  const parseOr = (): Node => {
    const items = [parseAnd()];
    while (peek()?.kind === 'or') {
      i++;
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0]! : { type: 'or', items };
  };
  const parseAnd = (): Node => {
    const items = [parseNot()];
    for (;;) {
      const t = peek();
      if (!t || t.kind === 'or' || t.kind === 'rparen') break;
      if (t.kind === 'and') i++;
      items.push(parseNot());
    }
    return items.length === 1 ? items[0]! : { type: 'and', items };
  };
  const parseNot = (): Node => {
    if (peek()?.kind === 'not') {
      i++;
      return { type: 'not', item: parseNot() };
    }
    return parseNear();
  };
  const parseNear = (): Node => {
    let left = parseAtom();
    while (peek()?.kind === 'near') {
      const distance = peek()!.n ?? 5;
      i++;
      left = { type: 'near', left, right: parseAtom(), distance };
    }
    return left;
  };
  const parseAtom = (): Node => {
    const t = toks[i++];
    if (!t) throw new TopicQueryError('the query ends too early');
    switch (t.kind) {
      case 'lparen': {
        const inner = parseOr();
        if (toks[i++]?.kind !== 'rparen') throw new TopicQueryError('missing closing parenthesis');
        return inner;
      }
      case 'phrase': {
        const words = wordTokens(t.value);
        if (words.length === 0) throw new TopicQueryError('empty phrase');
        return { type: 'phrase', words: words.map(wordTest), text: t.value };
      }
      case 'word':
        return { type: 'term', test: wordTest(t.value), text: t.value };
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

/** Positions where the node matches; NOT yields a position-less match marker (-1). */
function evaluate(node: Node, tokens: string[]): number[] {
  switch (node.type) {
    case 'term': {
      const out: number[] = [];
      tokens.forEach((t, idx) => node.test(t) && out.push(idx));
      return out;
    }
    case 'phrase': {
      const out: number[] = [];
      for (let s = 0; s + node.words.length <= tokens.length; s++) {
        if (node.words.every((test, k) => test(tokens[s + k]!))) out.push(s);
      }
      return out;
    }
    case 'or':
      return node.items.flatMap((item) => evaluate(item, tokens));
    case 'and': {
      const parts = node.items.map((item) => evaluate(item, tokens));
      return parts.every((p) => p.length > 0) ? parts.flat() : [];
    }
    case 'not':
      return evaluate(node.item, tokens).length > 0 ? [] : [-1];
    case 'near': {
      const left = evaluate(node.left, tokens).filter((p) => p >= 0);
      const right = evaluate(node.right, tokens).filter((p) => p >= 0);
      return left.filter((a) => right.some((b) => Math.abs(a - b) <= node.distance));
    }
  }
}

export function compileTopicQuery(query: string): CompiledTopicQuery {
  const toks = lex(query);
  if (toks.length === 0) throw new TopicQueryError('the query is empty');
  const root = parse(toks);
  return {
    source: query,
    matches: (text: string) => evaluate(root, wordTokens(text)).length > 0,
  };
}
