// The size of the generated libraries the scale benches use: `npm run bench -- --size 10k|100k|1m` (statements;
// ten per article), passed on to the bench scripts as BENCH_SIZE. The default is 100k (10,000 articles).
export const BENCH_SIZES = { '10k': 1_000, '100k': 10_000, '1m': 100_000 } as const;
export type BenchSizeName = keyof typeof BENCH_SIZES;
export const STATEMENTS_PER_ARTICLE = 10;

export interface BenchSize {
  name: BenchSizeName;
  articles: number;
}

function isSizeName(value: string): value is BenchSizeName {
  return Object.hasOwn(BENCH_SIZES, value);
}

/** The value of `--size X` or `--size=X` in `argv`, or undefined. */
export function sizeArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--size') return argv[i + 1] ?? '';
    if (arg.startsWith('--size=')) return arg.slice('--size='.length);
  }
  return undefined;
}

/** The size asked for on the command line, else in BENCH_SIZE, else the default; an unknown name is an error. */
export function benchSize(argv: readonly string[] = process.argv, env = process.env): BenchSize {
  const raw = (sizeArgument(argv) ?? env.BENCH_SIZE ?? '100k').toLowerCase();
  if (!isSizeName(raw))
    throw new Error(`unknown bench size "${raw}": use one of ${Object.keys(BENCH_SIZES).join(', ')} (statements)`);
  return { name: raw, articles: BENCH_SIZES[raw] };
}

export function describeSize(articles: number): string {
  return `${articles.toLocaleString('en')} articles / ${(articles * STATEMENTS_PER_ARTICLE).toLocaleString('en')} statements`;
}

/** The number of articles: the environment variable `override` when set (a positive integer), else the size's. */
export function benchArticles(override: string): number {
  const raw = process.env[override];
  if (raw === undefined || raw === '') return benchSize().articles;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${override} must be a positive whole number, not "${raw}"`);
  return n;
}
