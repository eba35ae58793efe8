// The generated libraries the benches and tests write straight to disk (tests/helpers/synthetic-library.ts): the
// store opens them whole and as they are (no conversion at open), and an edit then rewrites one small document;
// plus the bench's size flag and its account of the files an operation wrote.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchSize } from '../../../bench/bench-size';
import { snapshotFiles, writtenBetween } from '../../../bench/library-files';
import { newsActors, newsArticle, newsTopics } from '../../../bench/generated-news';
import { generatedArticleId, writeGeneratedLibrary } from '../../helpers/synthetic-library';
import { openWorkbench, removeDir, tempDir } from '../../helpers/temp-library';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => removeDir(dir));

describe('writeGeneratedLibrary', () => {
  it('writes a library the store opens whole, unchanged, with every body readable', async () => {
    const progress: number[] = [];
    const stats = await writeGeneratedLibrary(dir, {
      articles: 1500,
      make: newsArticle,
      actors: newsActors,
      topics: newsTopics,
      onShard: (written) => progress.push(written),
    });
    expect(stats).toMatchObject({ articles: 1500, statements: 15_000 });
    expect(progress).toHaveLength(stats.shards);

    const written = await snapshotFiles(dir);
    const wb = await openWorkbench(dir);
    const info = await wb.getLibraryInfo();
    expect(info.articles).toBe(1500);
    expect(info.statements).toBe(15_000);
    const health = await wb.checkLibrary();
    expect(health.mode).toBe('normal');
    // Opening converted nothing: every document is as the generator wrote it.
    const afterOpen = writtenBetween(written, await snapshotFiles(dir));
    expect(afterOpen.documents?.files ?? []).toEqual([]);

    const last = generatedArticleId(1499);
    const detail = await wb.getArticle(last);
    expect(detail.article.body).toBe(newsArticle(1499).body);
    expect(detail.statements.map((s) => s.quote)).toEqual(newsArticle(1499).statements.map((s) => s.quote));

    const before = await snapshotFiles(dir);
    await wb.updateStatement(`${last}-3`, { status: 'accepted' });
    const edit = writtenBetween(before, await snapshotFiles(dir));
    expect(edit.documents?.files).toHaveLength(1);
    expect(edit.documents!.bytes).toBeLessThan(64 * 1024);
    await wb.close();
  }, 180_000);

  it('refuses an article whose id is not the generated one for its number', async () => {
    await expect(
      writeGeneratedLibrary(dir, {
        articles: 3,
        make: (n) => ({ ...newsArticle(n), meta: { ...newsArticle(n).meta, id: 'other' } }),
        actors: [],
        topics: [],
      }),
    ).rejects.toThrow(/generated article 0 has id other/);
  });
});

describe('benchSize', () => {
  it('reads --size or BENCH_SIZE, defaults to 100k statements, and names the sizes on a wrong one', () => {
    expect(benchSize(['node', 'run-all.ts', '--size', '1m'], {})).toEqual({ name: '1m', articles: 100_000 });
    expect(benchSize(['--size=10K'], { BENCH_SIZE: '1m' })).toEqual({ name: '10k', articles: 1_000 });
    expect(benchSize([], { BENCH_SIZE: '1m' }).articles).toBe(100_000);
    expect(benchSize([], {})).toEqual({ name: '100k', articles: 10_000 });
    expect(() => benchSize(['--size', '5m'], {})).toThrow('unknown bench size "5m": use one of 10k, 100k, 1m');
  });
});
