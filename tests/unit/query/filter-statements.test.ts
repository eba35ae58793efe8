// The shared filter and the chart numbers on a small invented library: statement dates over article dates,
// month-precision dates against ranges, the new filter fields, "others" instead of silent cuts.
import { describe, expect, it } from 'vitest';
import { filterSchema } from '../../../src/shared/api-schema';
import type { Actor, ArticleMeta, Filter, Statement, Topic } from '../../../src/shared/model';
import { chartsFor, queryCharts } from '../../../src/core/query/charts';
import { filterStatements } from '../../../src/core/query/filter-statements';
import type { LibraryView } from '../../../src/core/query/library-view';
import { queryTimeline } from '../../../src/core/query/timeline';

const actors: Actor[] = [
  { id: 'a1', name: 'Vesna Korrel', type: 'person', aliases: [] },
  { id: 'a2', name: 'Harbour Union', type: 'organisation', aliases: [] },
  { id: 'a3', name: 'Otto Brem', type: 'person', aliases: [] },
];
const topics: Topic[] = [
  { id: 't1', name: 'Ports', query: 'port', color: '#2266aa' },
  { id: 't2', name: 'Wages', query: 'wage', color: '#aa6622' },
];

function article(id: string, date: string | null, source: string): ArticleMeta {
  return {
    id,
    title: `Story ${id}`,
    date,
    source,
    byline: null,
    url: null,
    language: 'en',
    fileName: `${id}.txt`,
    format: 'text',
    contentHash: id,
    importedAt: '2026-01-01T00:00:00Z',
    origins: {},
    bodyLength: 1000,
  };
}

let n = 0;
function st(articleId: string, speakerId: string | null, extra: Partial<Statement> = {}): Statement {
  n++;
  return {
    id: `s${n}`,
    articleId,
    start: n * 10,
    end: n * 10 + 5,
    quote: `quote number ${n}`,
    kind: 'direct',
    cue: 'said',
    speakerId,
    topicIds: [],
    confidence: 0.9,
    status: 'suggested',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

const articles = [
  article('x', '2025-03-10', 'Coast Post'),
  article('y', '2025-05-02', 'Inland Daily'),
  article('z', null, 'Coast Post'),
];
const statements: Statement[] = [
  st('x', 'a1', { topicIds: ['t1'], status: 'accepted' }),
  // Said in November 2024 according to its own text, though published in March 2025.
  st('x', 'a2', {
    kind: 'indirect',
    cue: 'rejected',
    polarity: 'denies',
    date: '2024-11',
    datePrecision: 'month',
    dateOrigin: 'text',
    topicIds: ['t2'],
  }),
  st('y', 'a1', { topicIds: ['t1', 't2'], confidence: 0.4 }),
  st('y', 'a3', { status: 'rejected' }),
  st('z', 'a3', { topicIds: ['t1'] }),
];
// As the library keeps them: by article date, undated articles last.
const view: LibraryView = {
  article: (id) => articles.find((a) => a.id === id),
  actor: (id) => actors.find((a) => a.id === id),
  topics: () => topics,
  statementsInOrder: () => statements,
};
const ids = (f: Filter) => filterStatements(view, f).map((s) => s.id);

describe('filterStatements', () => {
  it('orders by the statement’s own date, falls back to the article’s, and lists undated ones last', () => {
    expect(ids({})).toEqual(['s2', 's1', 's3', 's5']);
    const rows = queryTimeline(view, {}).rows;
    expect(rows[0]!.when).toEqual({ date: '2024-11', precision: 'month', origin: 'statement' });
    expect(rows[1]!.when).toEqual({ date: '2025-03-10', precision: 'day', origin: 'article' });
    expect(rows[3]!.when).toEqual({ date: null, precision: null, origin: null });
  });

  it('matches a month-precision date against any range overlapping that month', () => {
    expect(ids({ from: '2024-11-20', to: '2024-12-31' })).toEqual(['s2']);
    expect(ids({ from: '2024-12-01' })).toEqual(['s1', 's3']);
    expect(ids({ to: '2025-03-09' })).toEqual(['s2']);
  });

  it('filters by dated / undated, actor type, polarity, confidence, kind and review state', () => {
    expect(ids({ dated: false })).toEqual(['s5']);
    expect(ids({ dated: true })).toEqual(['s2', 's1', 's3']);
    expect(ids({ actorTypes: ['organisation'] })).toEqual(['s2']);
    expect(ids({ polarities: ['denies'] })).toEqual(['s2']);
    expect(ids({ polarities: ['asserts'] })).toEqual(['s1', 's3', 's5']);
    expect(ids({ minConfidence: 0.5 })).toEqual(['s2', 's1', 's5']);
    expect(ids({ kinds: ['indirect'] })).toEqual(['s2']);
    expect(ids({ statuses: ['accepted', 'edited'] })).toEqual(['s1']);
    expect(ids({ statuses: ['rejected'] })).toEqual(['s4']);
  });

  it('validates the new fields in the contract', () => {
    expect(
      filterSchema.safeParse({ minConfidence: 0.5, polarities: ['denies'], actorTypes: ['person'], dated: true })
        .success,
    ).toBe(true);
    expect(filterSchema.safeParse({ minConfidence: 2 }).success).toBe(false);
    expect(filterSchema.safeParse({ polarities: ['shouts'] }).success).toBe(false);
  });
});

describe('chartsFor', () => {
  it('places statements at their own date, picks the granularity from the range and counts the undated', () => {
    const charts = queryCharts(view, {});
    expect(charts.totals).toEqual({ statements: 4, actors: 3, articles: 3, undated: 1 });
    // Six months: weekly buckets, Mondays, from the week of 1 November 2024 (a Friday).
    expect(charts.overTime.granularity).toBe('week');
    expect(charts.overTime.rows[0]).toMatchObject({ bucket: '2024-10-28', to: '2024-11-03' });
    const a2 = charts.overTime.series.find((s) => s.actorId === 'a2')!.key;
    expect(charts.overTime.rows[0]![a2]).toBe(1);
    const yearly = queryCharts(view, { from: '2024-01-01', to: '2025-12-31' });
    expect(yearly.overTime.granularity).toBe('month');
    expect(yearly.overTime.rows.map((r) => r.bucket)).toEqual([
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
      '2025-04-01',
      '2025-05-01',
    ]);
    expect(queryCharts(view, { from: '2025-03-01', to: '2025-03-31' }).overTime.granularity).toBe('day');
    expect(charts.lanes.extent).toEqual({ from: '2024-11-01', to: '2025-05-02' });
    expect(charts.lanes.actors.find((l) => l.actorId === 'a1')!.days).toEqual([
      ['2025-03-10', 1],
      ['2025-05-02', 1],
    ]);
    expect(charts.topicTotals).toEqual([
      { topicId: 't1', name: 'Ports', count: 3 },
      { topicId: 't2', name: 'Wages', count: 2 },
    ]);
  });

  it('sums the actors past a chart’s room as “others” instead of dropping them', () => {
    const many: Statement[] = [];
    const crowd: Actor[] = [];
    for (let i = 0; i < 15; i++) {
      crowd.push({ id: `c${i}`, name: `Speaker ${i}`, type: 'person', aliases: [] });
      for (let k = 0; k <= i; k++) many.push(st('x', `c${i}`, { topicIds: ['t1'] }));
    }
    const big: LibraryView = { ...view, actor: (id) => crowd.find((a) => a.id === id), statementsInOrder: () => many };
    const charts = chartsFor(big, many, {});
    expect(charts.overTime.series).toHaveLength(9);
    expect(charts.overTime.series[8]).toEqual({ key: 'others', actorId: '', name: 'Others (7 actors)' });
    const total = charts.overTime.rows.reduce(
      (sum, r) => sum + charts.overTime.series.reduce((s, se) => s + Number(r[se.key]), 0),
      0,
    );
    expect(total).toBe(many.length);
    const rows = charts.byTopic.rows;
    expect(rows[rows.length - 1]!.actorId).toBe('');
    expect(rows.reduce((s, r) => s + Number(r.t0), 0)).toBe(many.length);
    expect(charts.byOutlet[0]!.total).toBe(many.length);
  });
});
