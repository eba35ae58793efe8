// The query side is a port: a workbench given another implementation answers every query method through it (a
// server store plugs in here), while edits still go through the library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryQueries } from '../../../src/core/library/memory-queries';
import type { LibraryQueries } from '../../../src/core/library/query-port';
import { SearchIndex } from '../../../src/core/library/search-index';
import type { Workbench } from '../../../src/core/library/service';
import { openWorkbench, pathItems, removeDir, SEED, tempDir } from '../../helpers/temp-library';

describe('the query port', () => {
  let dir: string;
  let plain: Workbench;
  beforeAll(async () => {
    dir = await tempDir();
    plain = await openWorkbench(dir);
    await plain.importFiles(pathItems(SEED));
    await plain.close();
  });
  afterAll(async () => {
    await removeDir(dir);
  });

  it('answers queries through the implementation it is given, with the same answers as the built-in one', async () => {
    const calls: string[] = [];
    const wb = await openWorkbench(dir, {
      queries: (ctx) => {
        const inner = memoryQueries(ctx, new SearchIndex(ctx.state, ctx.store));
        return Object.fromEntries(
          Object.entries(inner).map(([name, method]) => [
            name,
            (...args: unknown[]) => {
              calls.push(name);
              return (method as (...a: unknown[]) => unknown)(...args);
            },
          ]),
        ) as unknown as LibraryQueries;
      },
    });
    const reference = await openWorkbench(dir);
    const timeline = await wb.queryTimeline({}, { limit: 5 });
    expect(timeline.total).toBeGreaterThan(3);
    expect(await wb.queryCharts({})).toEqual(await reference.queryCharts({}));
    expect((await wb.queryArticles({})).total).toBe(1);
    const queue = await wb.queryReviewQueue({}, { limit: 3 });
    expect(queue.counts.suggested).toBe(timeline.total);
    await wb.updateStatement(timeline.rows[0]!.statement.id, { status: 'accepted' });
    expect((await wb.queryReviewQueue({}, { limit: 3 })).counts.accepted).toBe(1);
    expect((await wb.search('Putin')).total).toBeGreaterThan(0);
    expect(calls).toEqual([
      'queryTimeline',
      'queryCharts',
      'queryArticles',
      'queryReviewQueue',
      'queryReviewQueue',
      'search',
    ]);
    await reference.close();
    await wb.close();
  });
});
