/**
 * What readDocument promises about its result, checked without a test framework (it runs in the fuzz workers):
 * a non-empty list of entries, each either a one-line non-empty error with no articles, or articles that each have
 * a title, a body and a date that is null or YYYY-MM-DD. Returns the first broken promise, or null.
 */
export function entryShapeProblem(entries: unknown): string | null {
  if (!Array.isArray(entries)) return `result is ${typeof entries}, not a list`;
  if (entries.length === 0) return 'no entries';
  for (const [i, e] of entries.entries()) {
    if (!e || typeof e !== 'object') return `entry ${i} is not an object`;
    const { name, error, articles } = e as { name?: unknown; error?: unknown; articles?: unknown };
    if (typeof name !== 'string') return `entry ${i} has no name`;
    if (!Array.isArray(articles)) return `entry ${i} has no article list`;
    if (error !== undefined) {
      if (typeof error !== 'string' || error.length === 0) return `entry ${i}: error is empty or not text`;
      if (error.includes('\n'))
        return `entry ${i}: error has more than one line: ${JSON.stringify(error.slice(0, 200))}`;
      if (articles.length > 0) return `entry ${i}: error and articles both`;
      continue;
    }
    if (articles.length === 0) return `entry ${i}: neither articles nor an error`;
    for (const [j, a] of articles.entries()) {
      const { title, body, date } = (a ?? {}) as { title?: unknown; body?: unknown; date?: unknown };
      if (typeof title !== 'string' || title.length === 0) return `entry ${i} article ${j}: empty title`;
      if (typeof body !== 'string' || body.length === 0) return `entry ${i} article ${j}: empty body`;
      if (!(date === null || (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))))
        return `entry ${i} article ${j}: date ${JSON.stringify(date)}`;
    }
  }
  return null;
}
