/** Keeps the k first items offered under `compare`, in order, without sorting everything offered. */
export class TopK<T> {
  private readonly kept: T[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { kept, k, compare } = this;
    if (k <= 0 || (kept.length === k && compare(item, kept[k - 1]!) >= 0)) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(kept[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, item);
    if (kept.length > k) kept.pop();
  }

  items(): T[] {
    return this.kept;
  }
}

/** The k first items under `compare`, in order (lists can hold 100,000 items). */
export function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const top = new TopK(k, compare);
  for (const item of items) top.offer(item);
  return top.items();
}
