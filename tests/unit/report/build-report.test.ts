import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/core/library/service';
import { reportFileName } from '../../../src/core/report/file-name';
import { openWorkbench, pathItems, removeDir, ROOT, tempDir } from '../../helpers/temp-library';

const DEMO = path.join(ROOT, 'resources', 'demo', 'articles');

let dir: string;
let wb: Workbench;
beforeEach(async () => {
  dir = await tempDir('soundbite-report-');
  wb = await openWorkbench(dir);
  await wb.importFiles(pathItems(DEMO));
});
afterEach(async () => {
  await wb.close();
  await removeDir(dir);
});

async function actorId(name: string) {
  return (await wb.listActors()).find((a) => a.name === name)!.id;
}

describe('report model', () => {
  it('shows every unrejected statement until some are reviewed, then accepted + edited only', async () => {
    const id = await actorId('Mirela Dascu');
    const rows = (await wb.queryTimeline({ actorIds: [id] })).rows;
    const before = await wb.getReportModel({ actorIds: [id] }, {});
    expect(before.statuses).toEqual(['suggested', 'accepted', 'edited']);
    expect(before.totals.statements).toBe(rows.length);
    expect(before.totals.accepted).toBe(0);

    await wb.updateStatement(rows[0]!.statement.id, { status: 'accepted' });
    await wb.updateStatement(rows[1]!.statement.id, { status: 'rejected' });
    const after = await wb.getReportModel({ actorIds: [id] }, {});
    expect(after.statuses).toEqual(['accepted', 'edited']);
    expect(after.totals).toMatchObject({ statements: 1, found: rows.length - 1, accepted: 1 });
    expect(after.groups.flatMap((g) => g.statements.map((s) => s.id))).toEqual([rows[0]!.statement.id]);
    // An explicit choice wins over the default.
    const chosen = await wb.getReportModel({ actorIds: [id], statuses: ['suggested'] }, {});
    expect(chosen.totals.statements).toBe(rows.length - 2);
    expect(chosen.filterSummary).toContain('Review states: suggested (rejected left out)');
  });

  it('builds quote cards with cue, polarity, byline, URL and a numbered source for each article', async () => {
    const model = await wb.getReportModel({}, { title: 'All of it' });
    const cards = model.groups.flatMap((g) => g.statements);
    expect(cards.length).toBe(model.totals.statements);
    for (const c of cards) {
      expect(c.cue.length).toBeGreaterThan(0);
      expect(model.sources[c.sourceNo - 1]!.articleId).toBe(c.articleId);
    }
    expect(model.sources.map((s) => s.no)).toEqual(model.sources.map((_, i) => i + 1));
    expect(model.sources.reduce((n, s) => n + s.statements, 0)).toBe(cards.length);
    expect(model.totals.articles).toBe(model.sources.length);
    expect(new Set(cards.map((c) => c.polarity))).toContain('asserts');
    // Actor groups: largest first; the statement's own date where it has one.
    const sizes = model.groups.map((g) => g.statements.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const timeline = (await wb.queryTimeline({}, { limit: 1000 })).rows;
    for (const r of timeline) {
      const card = cards.find((c) => c.id === r.statement.id)!;
      expect(card.date).toBe(r.statement.date ?? r.date);
    }
    expect(model.period.from! <= model.period.to!).toBe(true);
    expect(model.timeline.reduce((n, m) => n + m.count, 0)).toBe(cards.filter((c) => c.date).length);
    expect(model.fileName).toBe(`all-of-it-${model.period.to!.slice(0, 7)}.pdf`);
  });

  it('groups by topic (a statement under each of its topics) and by month', async () => {
    await wb.saveTopic({ name: 'Energy', query: 'pipeline* OR gas' });
    await wb.saveTopic({ name: 'Trade', query: 'tariff* OR steel' });
    const byTopic = await wb.getReportModel({}, { groupBy: 'topic' });
    const cards = byTopic.groups.flatMap((g) => g.statements);
    const distinct = new Set(cards.map((c) => c.id));
    expect(distinct.size).toBe(byTopic.totals.statements);
    for (const g of byTopic.groups)
      for (const s of g.statements) {
        if (g.heading === 'No topic') expect(s.topics).toEqual([]);
        else expect(s.topics).toContain(g.heading);
      }
    expect(byTopic.groups.length).toBeGreaterThan(1);
    const byDate = await wb.getReportModel({}, { groupBy: 'date' });
    const months = byDate.groups.map((g) => g.heading);
    expect(months).toEqual([...months].sort());
    for (const g of byDate.groups)
      for (const s of g.statements) expect(s.date?.slice(0, 7) ?? 'No date').toBe(g.heading);
  });

  it('keeps the options it was given, in order', async () => {
    const model = await wb.getReportModel(
      {},
      {
        title: '  Brief  ',
        subtitle: 'Spring',
        preparedFor: 'Northwind Ministry',
        author: 'R. Analyst',
        summary: 'One.\n\nTwo.',
        sections: ['statements', 'key-figures'],
        paper: 'letter',
        locale: 'de-DE',
      },
    );
    expect(model).toMatchObject({
      title: 'Brief',
      subtitle: 'Spring',
      preparedFor: 'Northwind Ministry',
      author: 'R. Analyst',
      summary: 'One.\n\nTwo.',
      sections: ['statements', 'key-figures'],
      paper: 'letter',
      locale: 'de-DE',
      groupBy: 'actor',
    });
  });
});

describe('report file name', () => {
  it('is the title as a slug and the month', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(reportFileName('Putin on NATO', '2024-05-16', now)).toBe('putin-on-nato-2024-05.pdf');
    expect(reportFileName('Énergie & Sécurité: Q2!', null, now)).toBe('energie-securite-q2-2026-12.pdf');
    expect(reportFileName('¿¿??', '2025-01', now)).toBe('report-2025-01.pdf');
  });
});

describe('report presets', () => {
  it('are saved in the library, replaced by name, undoable, and still there after reopening', async () => {
    const preset = {
      name: 'Weekly',
      options: { title: 'Weekly brief', sections: ['statements' as const] },
      filter: {},
    };
    expect(await wb.saveReportPreset(preset)).toHaveLength(1);
    await wb.saveReportPreset({ ...preset, options: { title: 'Weekly brief v2' } });
    await wb.saveReportPreset({ ...preset, name: 'Another' });
    expect((await wb.listReportPresets()).map((p) => [p.name, p.options.title])).toEqual([
      ['Another', 'Weekly brief'],
      ['Weekly', 'Weekly brief v2'],
    ]);
    await wb.undo();
    expect((await wb.listReportPresets()).map((p) => p.name)).toEqual(['Weekly']);
    await wb.redo();
    await wb.deleteReportPreset('another');
    await expect(wb.deleteReportPreset('nope')).rejects.toThrow('no report preset named "nope"');
    await wb.close();
    wb = await openWorkbench(dir);
    expect((await wb.listReportPresets()).map((p) => [p.name, p.options.title])).toEqual([
      ['Weekly', 'Weekly brief v2'],
    ]);
  });
});
