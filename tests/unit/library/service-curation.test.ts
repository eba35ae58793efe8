import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/core/library/service';
import { openWorkbench, pathItems, removeDir, ROOT, tempDir } from '../../helpers/temp-library';

const DEMO = path.join(ROOT, 'resources', 'demo', 'articles');
let dir: string;
let wb: Workbench;
beforeEach(async () => {
  dir = await tempDir();
  wb = await openWorkbench(dir);
  await wb.importFiles(pathItems(DEMO));
});
afterEach(async () => {
  await wb.close();
  await removeDir(dir);
});

const actorNamed = async (name: string) => (await wb.listActors()).find((a) => a.name === name);

describe('curation with undo, on the demo library in real lowdb files', () => {
  it('merges actors, re-points their statements, remembers the alias for later imports, and undoes it all', async () => {
    const dascu = (await actorNamed('Mirela Dascu'))!;
    const varga = (await actorNamed('Alena Varga'))!;
    const before = await wb.listActors();
    const merged = await wb.mergeActors([varga.id], dascu.id);
    expect(merged.aliases).toContain('Alena Varga');
    expect(await actorNamed('Alena Varga')).toBeUndefined();
    expect((await actorNamed('Mirela Dascu'))!.statementCount).toBe(dascu.statementCount + varga.statementCount);
    expect((await wb.getHistory()).undoLabel).toBe('merge "Alena Varga" into "Mirela Dascu"');

    await wb.close();
    const reopened = await openWorkbench(dir);
    expect((await reopened.listActors()).find((a) => a.name === 'Alena Varga')).toBeUndefined();
    await reopened.close();

    await wb.undo();
    expect(await wb.listActors()).toEqual(before);
    await wb.redo();
    expect(await actorNamed('Alena Varga')).toBeUndefined();
    await wb.undo();
    const reopenedAgain = await openWorkbench(dir);
    expect((await reopenedAgain.listActors()).find((a) => a.name === 'Alena Varga')?.statementCount).toBe(
      varga.statementCount,
    );
  });

  it('renames an actor keeping the old name as an alias, and refuses a name that belongs to someone else', async () => {
    const ellery = (await actorNamed('Jonas Ellery'))!;
    const renamed = await wb.updateActor(ellery.id, { name: 'PM Jonas Ellery', type: 'person' });
    expect(renamed.aliases).toContain('Jonas Ellery');
    await expect(wb.updateActor(ellery.id, { name: 'Mirela Dascu' })).rejects.toThrow(/merge the two instead/);
  });

  it('splits an alias out with the statements that used it', async () => {
    const dascu = (await actorNamed('Mirela Dascu'))!;
    const brenner = (await actorNamed('Tomas Brenner'))!;
    await wb.mergeActors([brenner.id], dascu.id);
    const created = await wb.splitActorAlias(dascu.id, 'Tomas Brenner');
    expect(created.name).toBe('Tomas Brenner');
    const row = (await wb.listActors()).find((a) => a.id === created.id)!;
    expect(row.statementCount).toBeGreaterThan(0);
    expect(row.statementCount).toBeLessThanOrEqual(brenner.statementCount);
  });

  it('creates a statement from a text selection and adjusts its boundaries', async () => {
    const [article] = await wb.listArticles();
    const detail = await wb.getArticle(article!.id);
    const body = detail.article.body;
    const start = body.indexOf('Officials');
    const start2 = start >= 0 ? start : 0;
    const s = await wb.createStatement({
      articleId: article!.id,
      start: start2,
      end: start2 + 20,
      kind: 'indirect',
      speakerName: 'Ivo Maric',
    });
    expect(s.quote).toBe(body.slice(start2, start2 + 20));
    expect(s.status).toBe('accepted');
    const moved = await wb.updateStatement(s.id, { end: start2 + 30 });
    expect(moved.quote).toBe(body.slice(start2, start2 + 30));
    await expect(wb.updateStatement(s.id, { end: body.length + 5 })).rejects.toThrow(/inside the article/);
    expect((await wb.getArticle(article!.id)).statements.find((x) => x.id === s.id)?.end).toBe(start2 + 30);
    await wb.undo();
    expect((await wb.getArticle(article!.id)).statements.find((x) => x.id === s.id)?.end).toBe(start2 + 20);
    await wb.undo();
    expect((await wb.getArticle(article!.id)).statements.find((x) => x.id === s.id)).toBeUndefined();
  });

  it('keeps topics set or removed by hand when a query is edited', async () => {
    const topics = await wb.listTopics();
    expect(topics).toHaveLength(0);
    const energy = await wb.saveTopic({ name: 'Energy', query: 'pipeline*' });
    const tagged = await wb.queryTimeline({ topicIds: [energy.id] });
    const untagged = (await wb.queryTimeline({})).rows.find((r) => !r.statement.topicIds.includes(energy.id))!;
    const first = tagged.rows[0]!.statement;
    await wb.updateStatement(first.id, { topicIds: [] });
    await wb.updateStatement(untagged.statement.id, { topicIds: [energy.id] });
    await wb.saveTopic({ id: energy.id, name: 'Energy', query: 'pipeline* OR gas' });
    const after = (await wb.queryTimeline({ topicIds: [energy.id] })).rows.map((r) => r.statement.id);
    expect(after).not.toContain(first.id);
    expect(after).toContain(untagged.statement.id);
  });

  it('previews a topic query before saving and reports a malformed one', async () => {
    const preview = await wb.previewTopic('tariff* AND steel');
    expect(preview.error).toBeNull();
    expect(preview.total).toBeGreaterThan(0);
    expect(preview.rows.every((r) => /tariff/i.test(r.statement.context ?? r.statement.quote))).toBe(true);
    expect((await wb.previewTopic('(tariff')).error).toMatch(/parenthesis/);
  });

  it('finds statements and articles by words, ranked, with highlight ranges into plain snippets', async () => {
    const result = await wb.search('wetland');
    expect(result.total).toBeGreaterThan(0);
    for (const hit of result.hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const h of hit.highlights) expect(hit.snippet.slice(h.start, h.end).toLowerCase()).toBe('wetland');
    }
    const scores = result.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect((await wb.search('zzzunknownword')).total).toBe(0);
  });

  it('keeps search up to date with edits, new statements and deletions', async () => {
    expect((await wb.search('zanzibarish')).total).toBe(0);
    const [row] = (await wb.queryTimeline({}, { limit: 1 })).rows;
    await wb.updateStatement(row!.statement.id, { note: 'check the zanzibarish transcript' });
    const found = await wb.search('zanzibarish');
    expect(found.hits.map((h) => h.statementId)).toContain(row!.statement.id);
    await wb.deleteStatement(row!.statement.id);
    expect((await wb.search('zanzibarish')).hits.filter((h) => h.kind === 'statement')).toHaveLength(0);
    await wb.undo();
    expect((await wb.search('zanzibarish')).hits.map((h) => h.statementId)).toContain(row!.statement.id);
  });

  it('orders the review queue and keeps counts per state', async () => {
    const queue = await wb.queryReviewQueue({}, { order: 'least-confident', limit: 5 });
    expect(queue.counts.suggested).toBe(queue.total);
    const conf = queue.rows.map((r) => r.statement.confidence);
    expect([...conf].sort((a, b) => a - b)).toEqual(conf);
    await wb.updateStatement(queue.rows[0]!.statement.id, { status: 'accepted' });
    await wb.updateStatement(queue.rows[1]!.statement.id, { status: 'rejected' });
    const next = await wb.queryReviewQueue({}, { order: 'least-confident' });
    expect(next.counts).toMatchObject({ accepted: 1, rejected: 1, suggested: queue.total - 2 });
  });

  it('keeps 100 undo steps', async () => {
    const [row] = (await wb.queryTimeline({}, { limit: 1 })).rows;
    for (let i = 0; i < 101; i++) await wb.updateStatement(row!.statement.id, { note: `note ${i}` });
    for (let i = 0; i < 100; i++) await wb.undo();
    const s = (await wb.getArticle(row!.statement.articleId)).statements.find((x) => x.id === row!.statement.id)!;
    expect(s.note).toBe('note 0');
  });
});

describe('analyst decisions apply to later imports', () => {
  it('maps a capital to its country until the analyst splits it out as its own actor', async () => {
    const dir2 = await tempDir();
    const inbox = await tempDir('soundbite-capital-');
    const { writeFile } = await import('node:fs/promises');
    const wb2 = await openWorkbench(dir2);
    await writeFile(
      path.join(inbox, 'one.txt'),
      'date 2025-01-02 Northwind Wire - Talks\n\nBeijing has repeatedly rejected calls to join the sanctions, calling them unilateral.\n',
    );
    await wb2.importFiles(pathItems(inbox));
    const china = (await wb2.listActors()).find((a) => a.name === 'China');
    expect(china?.aliases).toContain('Beijing');
    await wb2.splitActorAlias(china!.id, 'Beijing');
    await writeFile(
      path.join(inbox, 'two.txt'),
      'date 2025-01-09 Northwind Wire - More talks\n\nBeijing has rejected the new proposal, saying it ignored the interests of smaller states.\n',
    );
    await wb2.importFiles(pathItems(path.join(inbox, 'two.txt')));
    const beijing = (await wb2.listActors()).find((a) => a.name === 'Beijing')!;
    const later = await wb2.queryTimeline({ actorIds: [beijing.id] });
    expect(later.rows.map((r) => r.articleTitle)).toContain('More talks');
    await wb2.close();
    await removeDir(dir2);
    await removeDir(inbox);
  });
});
