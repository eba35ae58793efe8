// The timeline's axis arithmetic: windows in the address, zoom around a point, limits, ticks per zoom level, and
// overlapping marks standing one above the other or becoming a count.
import { describe, expect, it } from 'vitest';
import type { TimelineRow } from '../../../src/shared/api';
import { groupCounts, groupRows } from '../../../src/renderer/src/features/timeline/mark-groups';
import {
  clampWindow,
  DAY,
  dayMs,
  formatWindow,
  parseWindow,
  ticksFor,
  zoomWindow,
} from '../../../src/renderer/src/features/timeline/time-scale';

const march = parseWindow('2025-03-01_2025-03-31')!;

function row(id: string, date: string | null): TimelineRow {
  return {
    statement: {
      id,
      articleId: 'a',
      start: 0,
      end: 1,
      quote: 'q',
      kind: 'direct',
      cue: 'said',
      speakerId: 'p',
      topicIds: [],
      confidence: 1,
      status: 'suggested',
      updatedAt: '',
    },
    speakerName: 'Vesna Korrel',
    speakerType: 'person',
    articleTitle: 'Story',
    source: 'Coast Post',
    date,
    when: { date, precision: date ? 'day' : null, origin: date ? 'article' : null },
    topicNames: [],
  };
}

describe('time window', () => {
  it('reads and writes the address form, last day inclusive', () => {
    expect(march.to - march.from).toBe(31 * DAY);
    expect(formatWindow(march)).toBe('2025-03-01_2025-03-31');
    expect(parseWindow('2025-03-31_2025-03-01')).toBeNull();
    expect(parseWindow('junk')).toBeNull();
  });

  it('zooms around the anchor and keeps whole days within limits', () => {
    const zoomed = zoomWindow(march, 0.5, 0);
    expect(zoomed.from).toBe(march.from);
    expect((zoomed.to - zoomed.from) / DAY).toBe(15.5);
    const bounds = { from: dayMs('2025-01-01'), to: dayMs('2025-07-01') };
    const tiny = clampWindow({ from: march.from, to: march.from + DAY }, bounds);
    expect((tiny.to - tiny.from) / DAY).toBe(3);
    const huge = clampWindow({ from: dayMs('1990-01-01'), to: dayMs('2090-01-01') }, bounds);
    expect(huge.from).toBeGreaterThan(dayMs('2024-01-01'));
    expect(huge.to).toBeLessThan(dayMs('2026-01-01'));
  });

  it('picks ticks from years down to days as the zoom deepens', () => {
    const years = ticksFor({ from: dayMs('2015-01-01'), to: dayMs('2025-01-01') }, 1000);
    expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const days = ticksFor({ from: dayMs('2025-03-01'), to: dayMs('2025-03-08') }, 1000);
    expect(days.map((t) => t.label)).toEqual(['1 Mar', '2 Mar', '3 Mar', '4 Mar', '5 Mar', '6 Mar', '7 Mar', '8 Mar']);
    const weeks = ticksFor(march, 600);
    expect(weeks.map((t) => new Date(t.t).getUTCDay()).every((d) => d === 1)).toBe(true);
  });
});

describe('mark groups', () => {
  it('stacks up to three marks that would overlap, and counts more', () => {
    const three = groupRows([row('a', '2025-03-10'), row('b', '2025-03-10'), row('c', '2025-03-10')], march, 620);
    expect(three.map((i) => i.kind)).toEqual(['mark', 'mark', 'mark']);
    expect(new Set(three.map((i) => (i.kind === 'mark' ? i.dy : 0))).size).toBe(3);
    const five = groupRows(
      ['a', 'b', 'c', 'd', 'e'].map((id) => row(id, '2025-03-10')),
      march,
      620,
    );
    expect(five).toEqual([expect.objectContaining({ kind: 'count', count: 5 })]);
    // Outside the window or undated: not drawn.
    expect(groupRows([row('x', '2025-04-02'), row('y', null)], march, 620)).toEqual([]);
  });

  it('sums per-day counts that fall within a few pixels', () => {
    const items = groupCounts(
      [
        ['2025-03-01', 2],
        ['2025-03-02', 3],
        ['2025-03-20', 1],
      ],
      march,
      100,
    );
    expect(items.map((i) => (i.kind === 'count' ? i.count : 0))).toEqual([5, 1]);
  });
});
