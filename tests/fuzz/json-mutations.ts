/**
 * Format-aware mutations for JSON and JSON Lines.
 *   retype        random values replaced by other types: numbers for text, objects for dates, huge strings, null
 *   renameKeys    keys swapped for the readers' aliases or for junk, records dropped or duplicated
 *   deepNest      the document wrapped in thousands of arrays or objects
 *   breakSyntax   brackets, quotes, commas and colons removed or doubled; comments, NaN, trailing commas
 *   manyRecords   thousands of small records (JSON: one array; JSON Lines: one per line)
 *   lineNoise     (JSON Lines) lines split, joined, blank, not objects, CRLF
 */
import type { Rng } from './prng';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const KEYS = [
  'title',
  'headline',
  'text',
  'body',
  'content',
  'date',
  'published',
  'datePublished',
  'source',
  'url',
  'author',
  'language',
  'items',
  'articles',
  '',
  '__proto__',
  'constructor',
];
const STRANGE: Json[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -1e308,
  1.7976931348623157e308,
  253402300800001,
  -62198755200001,
  '',
  ' ',
  '2024-02-30',
  '0000-00-00',
  '99999-12-31',
  'Mon, 99 Foo 99999 25:61:61 +9999',
  '\ud800',
  '\u0000',
  '<p>'.repeat(50),
  [],
  {},
  [[[]]],
  { name: { name: null } },
];

function mutateTree(value: Json, rng: Rng, rate: number): Json {
  if (rng.chance(rate)) {
    return rng.chance(0.1) ? 'x'.repeat(rng.logInt(1, 100_000)) : rng.pick(STRANGE);
  }
  if (Array.isArray(value)) {
    const out = value.map((v) => mutateTree(v, rng, rate));
    if (rng.chance(rate) && out.length > 0) out.push(...out.slice(0, rng.int(1, out.length)));
    return out;
  }
  if (value && typeof value === 'object') {
    // No prototype, so a "__proto__" key becomes a real key in the output rather than a prototype change.
    const out = Object.create(null) as { [k: string]: Json };
    for (const [k, v] of Object.entries(value)) {
      if (rng.chance(rate / 2)) continue;
      out[rng.chance(rate / 2) ? rng.pick(KEYS) : k] = mutateTree(v, rng, rate);
    }
    return out;
  }
  return value;
}

function deepNest(inner: string, rng: Rng): { text: string; depth: number } {
  const depth = rng.logInt(10, 200_000);
  const [open, close] = rng.pick([
    ['[', ']'],
    ['{"items":', '}'],
    ['{"a":[', ']}'],
  ] as const);
  return { text: open.repeat(depth) + inner + (rng.chance(0.8) ? close.repeat(depth) : ''), depth };
}

function breakSyntax(text: string, rng: Rng): { text: string; note: string } {
  const n = rng.int(1, 30);
  let out = text;
  for (let i = 0; i < n; i++) {
    const at = rng.below(out.length + 1);
    const kind = rng.below(4);
    if (kind === 0) {
      const m = /[[\]{}",:]/.exec(out.slice(at));
      if (m) out = out.slice(0, at + m.index) + out.slice(at + m.index + 1);
    } else if (kind === 1)
      out = out.slice(0, at) + rng.pick(['{', '[', '"', ',', ':', '}', ']', '\\', '\\u12']) + out.slice(at);
    else if (kind === 2)
      out =
        out.slice(0, at) + rng.pick(['/* c */', '// c\n', 'NaN', 'Infinity', ',,', 'undefined', "'s'"]) + out.slice(at);
    else out = out.slice(0, at);
  }
  return { text: out, note: `${n} syntax breaks` };
}

function records(rng: Rng, count: number): Json[] {
  return Array.from({ length: count }, (_, i) => ({
    title: rng.chance(0.9) ? `Record ${i}` : rng.pick(STRANGE),
    text: rng.chance(0.9)
      ? `“We agreed,” Minister ${i} said on Monday. ${'More text. '.repeat(rng.int(0, 20))}`
      : rng.pick(STRANGE),
    date: rng.chance(0.7) ? '2024-05-16' : rng.pick(STRANGE),
  }));
}

function parseLines(text: string): Json[] {
  const out: Json[] = [];
  for (const line of text.split(/\r?\n/)) {
    try {
      out.push(JSON.parse(line) as Json);
    } catch {
      // Lines that are already broken stay out of the structural mutations.
    }
  }
  return out;
}

export function mutateJson(text: string, rng: Rng, lines: boolean): { text: string; note: string } {
  const ops = ['retype', 'retype', 'renameKeys', 'deepNest', 'breakSyntax', 'breakSyntax', 'manyRecords'];
  if (lines) ops.push('lineNoise', 'lineNoise');
  const op = rng.pick(ops);
  const join = (values: Json[]) => (lines ? values.map((v) => JSON.stringify(v)).join('\n') : JSON.stringify(values));
  let parsed: Json | undefined;
  try {
    parsed = lines ? parseLines(text) : (JSON.parse(text) as Json);
  } catch {
    parsed = undefined;
  }
  switch (op) {
    case 'retype':
    case 'renameKeys': {
      if (parsed === undefined) return breakSyntax(text, rng);
      const rate = op === 'retype' ? rng.next() * 0.5 : 0.05;
      const tree = mutateTree(parsed, rng, rate);
      return {
        text: lines && Array.isArray(tree) ? join(tree) : JSON.stringify(tree),
        note: `${op} at rate ${rate.toFixed(2)}`,
      };
    }
    case 'deepNest': {
      const nested = deepNest(lines ? (text.split('\n')[0] ?? '') : text, rng);
      return { text: nested.text, note: `nested ${nested.depth} deep` };
    }
    case 'breakSyntax':
      return breakSyntax(text, rng);
    case 'manyRecords': {
      const n = rng.chance(0.1) ? rng.logInt(3000, 10_000) : rng.logInt(50, 3000);
      return { text: join(records(rng, n)), note: `${n} records` };
    }
    default: {
      const all = text.split(/\r?\n/);
      const kind = rng.below(5);
      if (kind === 0) return { text: all.join('\r\n'), note: 'CRLF lines' };
      if (kind === 1) return { text: all.join('\n\n\n'), note: 'blank lines' };
      if (kind === 2)
        return { text: all.map((l) => l.slice(0, rng.below(l.length + 1))).join('\n'), note: 'every line cut' };
      if (kind === 3) {
        const junk = ['[1,2]', '"text"', '42', 'null', '{}', '{"text":null}', '\u0000', '\ufeff{"title":"bom"}'];
        return { text: all.flatMap((l) => [l, rng.pick(junk)]).join('\n'), note: 'lines that are not records' };
      }
      return { text: all.join(''), note: 'all lines joined' };
    }
  }
}
