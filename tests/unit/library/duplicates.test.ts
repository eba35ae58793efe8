import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench, pathItems, removeDir, tempDir } from '../../helpers/temp-library';
import { WIRE_COPY, WIRE_STORY } from '../../helpers/wire-story';

const OTHER = [
  'Dock workers in the Norvanian port of Sarnmouth voted on Thursday to hold a one-day strike next month over pensions.',
  '“Our members have waited three years for a fair pension offer,” union secretary Mara Voss said after the vote.',
  'The port authority said it would keep talking and hoped the walkout could be avoided.',
];

let dir: string;
let inbox: string;
beforeEach(async () => {
  dir = await tempDir();
  inbox = await tempDir('soundbite-dups-');
  await writeFile(
    path.join(inbox, 'a-ledger.txt'),
    `date 2025-03-04 The Meridian Ledger - Ebbing port reopens after strike\n\n${WIRE_STORY.join('\n\n')}\n`,
  );
  await writeFile(
    path.join(inbox, 'b-wire.txt'),
    `date 2025-03-05 Northwind Wire - Strike over, ships return to Ebbing\n\n${WIRE_COPY.join('\n\n')}\n`,
  );
  await writeFile(
    path.join(inbox, 'c-courier.txt'),
    `date 2025-03-06 Veltrin Daily Courier - Sarnmouth dockers plan strike\n\n${OTHER.join('\n\n')}\n`,
  );
});
afterEach(async () => {
  await removeDir(dir);
  await removeDir(inbox);
});

describe('near-duplicate stories', () => {
  it('groups a wire copy with another headline, not a different story on the same subject', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(inbox));
    const groups = await wb.listDuplicateGroups();
    expect(groups).toHaveLength(1);
    expect(groups[0]!.articles.map((a) => a.source).sort()).toEqual(['Northwind Wire', 'The Meridian Ledger']);
    expect(groups[0]!.similarity).toBeGreaterThan(0.5);
  });

  it('remembers "not duplicates" across a reopen, and can undo it', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(inbox));
    const [group] = await wb.listDuplicateGroups();
    await wb.markNotDuplicates(group!.articles.map((a) => a.id));
    expect(await wb.listDuplicateGroups()).toHaveLength(0);
    await wb.undo();
    expect(await wb.listDuplicateGroups()).toHaveLength(1);
    await wb.redo();
    await wb.close();
    const reopened = await openWorkbench(dir);
    expect(await reopened.listDuplicateGroups()).toHaveLength(0);
  });

  it('merges copies into one article that keeps every outlet and date', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(inbox));
    const [group] = await wb.listDuplicateGroups();
    const [keep, other] = group!.articles;
    const merged = await wb.mergeDuplicates(keep!.id, [other!.id]);
    expect(merged.attestations).toEqual([expect.objectContaining({ source: other!.source, date: other!.date })]);
    expect((await wb.listArticles()).map((a) => a.id)).not.toContain(other!.id);
    expect(await wb.listDuplicateGroups()).toHaveLength(0);
    // A filter on the copy's outlet still finds the story's statements.
    const bySource = await wb.queryTimeline({ sources: [other!.source!] });
    expect(bySource.total).toBeGreaterThan(0);
    expect(bySource.rows.every((r) => r.statement.articleId === keep!.id)).toBe(true);
    const report = await wb.getReportModel({ sources: [other!.source!] }, {});
    expect(report.groups[0]!.statements[0]!.alsoIn).toEqual([`${other!.source}, ${other!.date}`]);
    await wb.undo();
    expect((await wb.listArticles()).map((a) => a.id)).toContain(other!.id);
  });
});
