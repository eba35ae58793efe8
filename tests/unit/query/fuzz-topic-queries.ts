/**
 * Random topic queries and texts from a seeded generator, shared by the fuzz test and bench/topic-query-bench.ts.
 *   seededRandom(seed)    a small deterministic PRNG (mulberry32)
 *   randomQuery(rand)     words, wildcards, phrases, NEAR/n, NOT, AND/OR, nesting, junk and malformed input
 *   randomText(rand)      sentences with hyphens, apostrophes, accents, case, punctuation and long runs
 */

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'asia',
  'pacific',
  'Asia-Pacific',
  'alliance’s',
  "alliance's",
  'carbon',
  'border',
  'levy',
  'tax',
  'tariffs',
  'drill',
  'drilling',
  'arctic',
  'ban',
  'bans',
  'banned',
  'coal-free',
  "don't",
  'Zürich',
  'résumé',
  'naïve',
  'minister',
  'said',
  'the',
  'a',
  'aaaa',
  'O’Brien',
  'co-operation',
  '2024',
  'ﬁnance',
  '東京',
  'Ωmega',
  '𝔘nicode',
];
const JUNK = [
  '(',
  ')',
  '"',
  '“',
  '”',
  '*',
  '?',
  '-',
  "'",
  '’',
  '&',
  ',',
  '.',
  '/',
  '\\',
  '\u0301',
  '\ud800',
  '😀',
  'NEAR/',
  'NEAR/x',
  'AND',
  'OR',
  'NOT',
  '\t',
  '  ',
];

const pick = <T>(rand: Random, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (rand: Random, n: number) => Math.floor(rand() * n);

function wildcard(rand: Random): string {
  const base = pick(rand, WORDS);
  if (rand() < 0.15)
    return Array.from({ length: 1 + int(rand, 14) }, () => 'a*').join('') + pick(rand, ['b', 'a', '?', '']);
  let out = '';
  for (const c of base) {
    out += c;
    if (rand() < 0.25) out += pick(rand, ['*', '?', '**', '*?*']);
  }
  return rand() < 0.5 ? out + '*' : out;
}

function atom(rand: Random, depth: number): string {
  const r = rand();
  if (r < 0.3) return pick(rand, WORDS);
  if (r < 0.5) return wildcard(rand);
  if (r < 0.65) {
    const words = Array.from({ length: 1 + int(rand, 4) }, () => (rand() < 0.3 ? wildcard(rand) : pick(rand, WORDS)));
    return rand() < 0.8 ? `"${words.join(' ')}"` : `“${words.join(' ')}”`;
  }
  if (r < 0.72) return pick(rand, JUNK);
  if (depth > 0) return `(${query(rand, depth - 1)})`;
  return pick(rand, WORDS);
}

function query(rand: Random, depth: number): string {
  const parts = [atom(rand, depth)];
  for (let n = int(rand, 4); n > 0; n--) {
    const r = rand();
    const op =
      r < 0.25
        ? ' '
        : r < 0.45
          ? ' AND '
          : r < 0.65
            ? ' OR '
            : r < 0.8
              ? ` NEAR/${pick(rand, [0, 1, 3, 5, 999, 1000])} `
              : ' NOT ';
    parts.push(op, rand() < 0.15 ? `NOT ${atom(rand, depth)}` : atom(rand, depth));
  }
  return parts.join('');
}

export function randomQuery(rand: Random): string {
  const r = rand();
  // Now and then: nesting past the limit, long runs of operators, or a query cut short.
  if (r < 0.03) return '('.repeat(20 + int(rand, 30)) + 'carbon' + ')'.repeat(int(rand, 50));
  if (r < 0.05) return 'NOT '.repeat(10 + int(rand, 30)) + 'carbon';
  if (r < 0.07) return Array.from({ length: 2 + int(rand, 40) }, () => wildcard(rand)).join(' NEAR/3 ');
  const q = query(rand, 1 + int(rand, 4));
  return rand() < 0.05 ? q.slice(0, int(rand, q.length + 1)) : q;
}

export function randomText(rand: Random): string {
  if (rand() < 0.05) return 'a'.repeat(20 + int(rand, 60));
  const words = Array.from({ length: int(rand, 60) }, () => {
    const w = pick(rand, WORDS);
    return rand() < 0.2 ? w.toUpperCase() : w;
  });
  return words.map((w) => w + (rand() < 0.15 ? pick(rand, [',', '.', ' -', '—', '!']) : '')).join(' ');
}
