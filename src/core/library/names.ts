/** Name normalisation used to match actors across articles: case, diacritics, punctuation and titles folded. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sir',
  'dame',
  'president',
  'prime',
  'minister',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'gen',
  'general',
  'secretary',
  'chancellor',
  'king',
  'queen',
  'pope',
  'mayor',
]);

const cache = new Map<string, string>();

/** Folded form of a name; memoised, because imports look the same few names up thousands of times. */
export function normaliseName(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    key = foldName(name);
    if (cache.size > 50_000) cache.clear();
    cache.set(name, key);
  }
  return key;
}

function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !TITLES.has(w))
    .join(' ');
}
