import { readFile, readdir, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench, pathItems, removeDir, SEED, tempDir } from '../../helpers/temp-library';
import { shardFiles, shardFolder } from '../../helpers/library-shards';

let dir: string;
let inbox: string;
beforeEach(async () => {
  dir = await tempDir();
  inbox = await tempDir('soundbite-inbox-');
});
afterEach(async () => {
  await removeDir(dir);
  await removeDir(inbox);
});

describe('importing into a real lowdb library', () => {
  it('imports the seed article with its header metadata and statements', async () => {
    const wb = await openWorkbench(dir);
    const summary = await wb.importFiles(pathItems(SEED));
    expect(summary.imported).toBe(1);
    expect(summary.failed).toBe(0);
    const [article] = await wb.listArticles();
    expect(article?.date).toBe('2024-05-16');
    expect(article?.source).toBe('Islam Times');
    expect(article?.statementCount).toBeGreaterThan(3);
    const detail = await wb.getArticle(article!.id);
    expect(detail.article.body.startsWith('The Asia-Pacific region')).toBe(true);
    for (const s of detail.statements) expect(detail.article.body.slice(s.start, s.end)).toBe(s.quote);
    const actors = await wb.listActors();
    expect(actors.map((a) => a.name)).toContain('Vladimir Putin');
    await wb.close();
  });

  it('treats a re-import of the same file as a no-op and says so', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(SEED));
    const before = await wb.getLibraryInfo();
    const again = await wb.importFiles(pathItems(SEED));
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(1);
    expect(again.files[0]?.message).toMatch(/already in the library/);
    expect(await wb.getLibraryInfo()).toEqual(before);
  });

  it('reports bad files one by one, imports the rest and leaves the library intact', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(SEED));
    const shardTexts = async (): Promise<Record<string, string>> =>
      Object.fromEntries(
        await Promise.all(
          (await shardFiles(dir)).map(async (f) => [f, await readFile(path.join(dir, f), 'utf8')] as const),
        ),
      );
    const before = await shardTexts();

    await writeFile(path.join(inbox, 'empty.txt'), '');
    await writeFile(path.join(inbox, 'junk.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0, 0, 1]));
    await writeFile(
      path.join(inbox, 'good.txt'),
      'date 2025-02-03 The Meridian Ledger - Varga backs the pipeline\n\n“We will finish the pipeline this year,” Energy Minister Alena Varga said on Monday.\n',
    );
    await writeFile(path.join(inbox, 'locked.txt'), 'secret');
    await chmod(path.join(inbox, 'locked.txt'), 0o000);
    const summary = await wb.importFiles(pathItems(inbox, path.join(inbox, 'missing.txt')));

    const byName = Object.fromEntries(summary.files.map((f) => [f.name, f]));
    expect(byName['good.txt']?.status).toBe('imported');
    expect(byName['empty.txt']?.status).toBe('failed');
    expect(byName['empty.txt']?.message).toMatch(/empty/i);
    expect(byName['junk.txt']?.status).toBe('failed');
    expect(byName['missing.txt']?.message).toBe('file not found');
    // Root may read a 000 file anyway; either way the import must not fail as a whole.
    expect(['failed', 'imported']).toContain(byName['locked.txt']?.status);

    const after = await shardTexts();
    for (const [name, content] of Object.entries(before)) {
      if (after[name] !== content) {
        const oldShard = JSON.parse(content) as { articles: unknown[]; statements: unknown[] };
        const newShard = JSON.parse(after[name]!) as { articles: unknown[]; statements: unknown[] };
        expect(newShard.articles).toEqual(expect.arrayContaining(oldShard.articles));
        expect(newShard.statements).toEqual(expect.arrayContaining(oldShard.statements));
      }
    }
    expect((await wb.getLibraryInfo()).articles).toBe(2 + (byName['locked.txt']?.status === 'imported' ? 1 : 0));
  });

  it('keeps every imported article and edit across a reopen', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(SEED));
    const [article] = await wb.listArticles();
    const detail = await wb.getArticle(article!.id);
    const target = detail.statements[0]!;
    await wb.updateStatement(target.id, { status: 'accepted', note: 'checked against the transcript' });
    await wb.updateStatement(detail.statements[1]!.id, { speakerName: 'Xi Jinping' });
    await wb.close();

    const reopened = await openWorkbench(dir);
    const again = await reopened.getArticle(article!.id);
    const accepted = again.statements.find((s) => s.id === target.id)!;
    expect(accepted.status).toBe('accepted');
    expect(accepted.note).toBe('checked against the transcript');
    const moved = again.statements.find((s) => s.id === detail.statements[1]!.id)!;
    expect(moved.status).toBe('edited');
    expect((await reopened.listActors()).find((a) => a.id === moved.speakerId)?.name).toBe('Xi Jinping');
  });

  it('sets a damaged shard aside instead of overwriting it, and still opens', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(SEED));
    await wb.close();
    const [shard] = await shardFiles(dir);
    const folder = await shardFolder(dir);
    await writeFile(path.join(dir, shard!), '{"articles": [ broken');
    const reopened = await openWorkbench(dir);
    const info = await reopened.getLibraryInfo();
    expect(info.articles).toBe(0);
    expect(info.health.mode).toBe('recovery');
    expect((await reopened.checkLibrary()).problems.map((p) => p.message).join(' ')).toMatch(/could not be read/);
    const kept = (await readdir(path.join(dir, folder))).filter((f) => f.includes('.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dir, folder, kept[0]!), 'utf8')).toBe('{"articles": [ broken');
  });

  it('moves the text of an article deleted in an earlier session to the trash, but keeps it while the deletion can be undone', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(SEED));
    const [article] = await wb.listArticles();
    await wb.deleteArticle(article!.id);
    expect(await readdir(path.join(dir, 'bodies'))).toHaveLength(1);
    await wb.undo();
    expect((await wb.getArticle(article!.id)).article.body.length).toBeGreaterThan(100);
    await wb.redo();
    await wb.close();
    const later = await openWorkbench(dir);
    expect(await readdir(path.join(dir, 'bodies'))).toHaveLength(0);
    const health = await later.checkLibrary();
    expect(health.trash.files).toBe(1);
    expect((await readdir(path.join(dir, 'trash'))).filter((f) => f.endsWith(`${article!.id}.json`))).toHaveLength(1);
  });

  it('refuses a library written by a newer schema', async () => {
    await writeFile(
      path.join(dir, 'registry.json'),
      JSON.stringify({ schemaVersion: 99, shardCount: 64, actors: [], topics: [] }),
    );
    await expect(openWorkbench(dir)).rejects.toThrow(/newer Soundbite/);
  });
});
