// Background warm-up waits for the first screen: CallActivity.quiet() resolves only when the calls in flight are
// answered and the workbench has been quiet a moment, or when no caller came at all. Timers are vitest's fake ones,
// so the waiting is exact and independent of the machine's load.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallActivity } from '../../../src/core/library/call-activity';
import { memoryQueries } from '../../../src/core/library/memory-queries';
import { SearchIndex } from '../../../src/core/library/search-index';
import { openWorkbench, pathItems, removeDir, SEED, tempDir } from '../../helpers/temp-library';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('call activity', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('stays busy while a call is in flight, and goes quiet 300 ms after the last answer', async () => {
    const activity = new CallActivity();
    const held = deferred();
    const api = activity.track({ slow: () => held.promise, quick: (n: number) => n * 2 });
    const call = api.slow();
    let quiet = false;
    void activity.quiet().then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(quiet).toBe(false);
    held.release();
    await call;
    await vi.advanceTimersByTimeAsync(250);
    expect(quiet).toBe(false);
    expect(api.quick(21)).toBe(42); // a call meanwhile starts the quiet period again
    await vi.advanceTimersByTimeAsync(250);
    expect(quiet).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(quiet).toBe(true);
  });

  it('counts a call that throws as answered, and passes the error on', async () => {
    const activity = new CallActivity();
    const api = activity.track({
      fails: () => {
        throw new Error('no article with id x');
      },
      rejects: () => Promise.reject(new Error('refused')),
    });
    expect(() => api.fails()).toThrow('no article with id x');
    await expect(api.rejects()).rejects.toThrow('refused');
    let quiet = false;
    void activity.quiet().then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(350);
    expect(quiet).toBe(true);
  });

  it('goes ahead after three seconds when no call comes at all', async () => {
    const activity = new CallActivity();
    let quiet = false;
    void activity.quiet().then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(2_900);
    expect(quiet).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(quiet).toBe(true);
  });
});

describe('the workbench warm-up', () => {
  it('builds its indexes only after the call in flight is answered', async () => {
    const dir = await tempDir();
    try {
      const first = await openWorkbench(dir);
      await first.importFiles(pathItems(SEED));
      await first.close();
      const order: string[] = [];
      const held = deferred();
      const warmed = deferred();
      const wb = await openWorkbench(dir, {
        queries: (ctx) => {
          const inner = memoryQueries(ctx, new SearchIndex(ctx.state, ctx.store));
          return {
            ...inner,
            warmUp: () => {
              order.push('warm-up: review order');
              inner.warmUp();
              warmed.release();
            },
            queryArticles: async (query) => {
              await held.promise;
              order.push('articles answered');
              return inner.queryArticles(query);
            },
          };
        },
      });
      const page = wb.queryArticles({ limit: 10 });
      const warming = wb.warmUp();
      // A warm-up that did not wait would finish within a few timer turns; give it a whole second to show it waits
      // (the one bound of this test: the absence of an event cannot be awaited), then answer the call.
      await Promise.race([warmed.promise, new Promise((resolve) => setTimeout(resolve, 1000))]);
      held.release();
      expect((await page).total).toBe(1);
      await warming;
      expect(order).toEqual(['articles answered', 'warm-up: review order']);
      await wb.close();
    } finally {
      await removeDir(dir);
    }
  });
});
