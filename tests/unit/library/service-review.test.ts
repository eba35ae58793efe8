import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench, pathItems, removeDir, SEED, tempDir } from '../../helpers/temp-library';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => removeDir(dir));

describe('review, topics and queries', () => {
  it('filters the timeline by actor and excludes rejected statements', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(SEED));
    const putin = (await wb.listActors()).find((a) => a.name === 'Vladimir Putin')!;
    const all = await wb.queryTimeline({});
    const his = await wb.queryTimeline({ actorIds: [putin.id] });
    expect(his.total).toBeGreaterThan(2);
    expect(his.total).toBeLessThan(all.total);
    expect(his.rows.every((r) => r.speakerName === 'Vladimir Putin')).toBe(true);

    await wb.updateStatement(his.rows[0]!.statement.id, { status: 'rejected' });
    expect((await wb.queryTimeline({ actorIds: [putin.id] })).total).toBe(his.total - 1);
    expect((await wb.queryTimeline({ actorIds: [putin.id], statuses: ['rejected'] })).total).toBe(1);
  });

  it('tags statements by topic query, keeps manual tags, and charts them', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(SEED));
    const topic = await wb.saveTopic({ name: 'Alliances', query: 'alliance* OR bloc*' });
    const tagged = await wb.queryTimeline({ topicIds: [topic.id] });
    expect(tagged.total).toBeGreaterThan(0);
    expect(tagged.rows.every((r) => r.topicNames.includes('Alliances'))).toBe(true);

    const untagged = (await wb.queryTimeline({})).rows.find((r) => !r.topicNames.includes('Alliances'))!;
    await wb.updateStatement(untagged.statement.id, { topicIds: [topic.id] });
    await wb.saveTopic({ id: topic.id, name: 'Alliances', query: 'alliance*' });
    const after = await wb.queryTimeline({ topicIds: [topic.id] });
    expect(after.rows.map((r) => r.statement.id)).toContain(untagged.statement.id);

    const charts = await wb.queryCharts({});
    // Published on one day, but some statements carry their own earlier dates (autumn 2023): weekly buckets.
    expect(charts.overTime.granularity).toBe('week');
    expect(charts.overTime.rows.at(-1)!.bucket).toBe('2024-05-13');
    expect(charts.byTopic.topics.map((t) => t.name)).toEqual(['Alliances']);
    expect(charts.totals.statements).toBe((await wb.queryTimeline({})).total);
  });

  it('rejects malformed topic queries and unknown ids with clear errors', async () => {
    const wb = await openWorkbench(dir);
    await expect(wb.saveTopic({ name: 'Bad', query: '(open' })).rejects.toThrow(/parenthesis/);
    await expect(wb.updateStatement('nope', { status: 'accepted' })).rejects.toThrow(/no statement/);
    await expect(wb.getArticle('missing')).rejects.toThrow(/no article/);
  });

  it('builds a report model grouped by actor with citations', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(SEED));
    const putin = (await wb.listActors()).find((a) => a.name === 'Vladimir Putin')!;
    const report = await wb.getReportModel({ actorIds: [putin.id] }, { title: 'Putin on alliances' });
    expect(report.title).toBe('Putin on alliances');
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]!.heading).toBe('Vladimir Putin');
    expect(report.groups[0]!.statements[0]).toMatchObject({ source: 'Islam Times', date: '2024-05-16' });
    expect(report.filterSummary[0]).toBe('Actors: Vladimir Putin');

    const first = (await wb.queryTimeline({ actorIds: [putin.id] })).rows[0]!.statement;
    await wb.updateStatement(first.id, { note: 'confirmed in the Kremlin transcript' });
    await wb.updateArticle(first.articleId, { note: 'syndicated from RT' });
    const noted = await wb.getReportModel({ actorIds: [putin.id] }, {});
    const line = noted.groups[0]!.statements.find((x) => x.quote === first.quote)!;
    expect(line.note).toBe('confirmed in the Kremlin transcript');
    expect(line.articleNote).toBe('syndicated from RT');
  });

  it('dates charts by week across articles and leaves undated ones out of the time series', async () => {
    const inbox = await tempDir('soundbite-inbox-');
    await writeFile(
      path.join(inbox, 'jan.txt'),
      'date 2025-01-10 Northwind Wire - Talks open\n\n“We are ready to talk,” said Jonas Ellery, the Kestrian prime minister.\n',
    );
    await writeFile(
      path.join(inbox, 'mar.txt'),
      'date 2025-03-22 Northwind Wire - Talks stall\n\n“The talks have stalled,” Jonas Ellery said.\n',
    );
    await writeFile(
      path.join(inbox, 'undated.txt'),
      'Talks resume\n\n“We will return to the table,” Jonas Ellery said.\n',
    );
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(inbox));
    const charts = await wb.queryCharts({});
    // Ten weeks of coverage: weekly buckets (Mondays), empty weeks kept as zero.
    expect(charts.overTime.granularity).toBe('week');
    const buckets = charts.overTime.rows.map((r) => r.bucket);
    expect([buckets[0], buckets[buckets.length - 1], buckets.length]).toEqual(['2025-01-06', '2025-03-17', 11]);
    expect(charts.totals.undated).toBe(1);
    const ellery = charts.overTime.series.find((s) => s.name === 'Jonas Ellery')!;
    const counts = charts.overTime.rows.map((r) => r[ellery.key]);
    expect([counts[0], counts[counts.length - 1], counts.reduce((x, y) => Number(x) + Number(y), 0)]).toEqual([
      1, 1, 2,
    ]);
    await removeDir(inbox);
  });
});
