// Housekeeping: imports are remembered as batches; a batch (or any selection) is deleted in one undoable step, and
// "last import" is a filter like any other.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';
import { writeSyntheticLibrary } from '../../helpers/synthetic-library';

const DEMO = path.join(ROOT, 'resources', 'demo', 'articles');
const items = (jobId: string, ...paths: string[]) => ({
  jobId,
  items: paths.map((p) => ({ kind: 'path' as const, path: p })),
});

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => removeDir(dir));

describe('import batches', () => {
  it('lists imports, filters by one, and deletes a whole batch as one undoable step', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(items('job-demo', DEMO));
    expect((await wb.search('Norvania')).total).toBeGreaterThan(0);
    await wb.importFiles(items('job-seed', SEED));
    // Search is complete right after the import: the new article's text is already indexed.
    const found = await wb.search('Asia-Pacific region');
    expect(found.partial).toBe(false);
    expect(found.hits.some((h) => h.kind === 'article')).toBe(true);
    const batches = await wb.listImports();
    expect(batches.map((b) => [b.id, b.articles])).toEqual([
      ['job-seed', 1],
      ['job-demo', 14],
    ]);
    const seedOnly = await wb.queryTimeline({ importIds: ['job-seed'] }, { limit: 5000 });
    expect(seedOnly.total).toBe(batches[0]!.statements);
    expect(new Set(seedOnly.rows.map((r) => r.articleTitle)).size).toBe(1);

    const demoIds = (await wb.listArticles()).filter((a) => a.importId === 'job-demo').map((a) => a.id);
    expect(await wb.deleteArticles(demoIds)).toEqual({ deleted: 14 });
    expect((await wb.listArticles()).map((a) => a.importId)).toEqual(['job-seed']);
    expect((await wb.getHistory()).undoLabel).toBe('delete 14 articles');
    // Actors only the deleted articles named leave the list, and come back with them.
    const names = async () => (await wb.listActors()).map((a) => a.name);
    expect(await names()).not.toContain('Mirela Dascu');
    expect(await names()).toContain('Vladimir Putin');
    await wb.undo();
    expect((await wb.listArticles()).length).toBe(15);
    expect(await names()).toContain('Mirela Dascu');
    await wb.close();
  });

  it('a batch of 1,000 articles goes in one step and comes back in one undo', async () => {
    await writeSyntheticLibrary(dir, 1500, 10, (a) => (a < 1000 ? 'big-batch' : 'other'));
    const wb = await openWorkbench(dir);
    const ids = (await wb.listArticles()).filter((a) => a.importId === 'big-batch').map((a) => a.id);
    expect(ids).toHaveLength(1000);
    await wb.deleteArticles(ids);
    expect((await wb.getLibraryInfo()).articles).toBe(500);
    await wb.undo();
    const info = await wb.getLibraryInfo();
    expect([info.articles, info.statements]).toEqual([1500, 15000]);
    await wb.close();
    const reopened = await openWorkbench(dir);
    expect((await reopened.getLibraryInfo()).articles).toBe(1500);
    await reopened.close();
  });
});
