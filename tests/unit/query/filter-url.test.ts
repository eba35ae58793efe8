// The filter's form in the address: every field survives the round trip, view keys are kept, junk is dropped.
import { describe, expect, it } from 'vitest';
import type { Filter } from '../../../src/shared/model';
import {
  filterFromParams,
  filterToParams,
  isFilterEmpty,
  reviewStateOf,
} from '../../../src/renderer/src/features/filters/filter-url';

describe('filter in the address', () => {
  it('round-trips every field', () => {
    const filter: Filter = {
      actorIds: ['a1', 'a2'],
      actorTypes: ['person', 'organisation'],
      topicIds: ['t1'],
      sources: ['Coast Post, evening edition'],
      from: '2025-03-01',
      to: '2025-03-31',
      statuses: ['accepted', 'edited'],
      kinds: ['indirect'],
      polarities: ['denies'],
      minConfidence: 0.7,
      text: 'harbour & "wages"',
      importIds: ['job-1'],
      dated: false,
    };
    const params = filterToParams(filter);
    expect(filterFromParams(new URLSearchParams(params.toString()))).toEqual(filter);
  });

  it('keeps the view’s own keys and replaces earlier filter keys', () => {
    const params = new URLSearchParams('win=2025-03-01_2025-03-31&actor=old&by=topic');
    filterToParams({ actorIds: ['new'] }, params);
    expect(params.getAll('actor')).toEqual(['new']);
    expect(params.get('win')).toBe('2025-03-01_2025-03-31');
    expect(params.get('by')).toBe('topic');
  });

  it('drops what it cannot trust', () => {
    const f = filterFromParams(
      new URLSearchParams('status=gone&kind=shouted&type=alien&from=yesterday&conf=7&dated=maybe&polarity=denies'),
    );
    expect(f).toEqual({ polarities: ['denies'] });
  });

  it('names review states and knows an empty filter', () => {
    expect(reviewStateOf({})).toBe('default');
    expect(reviewStateOf({ statuses: ['edited', 'accepted'] })).toBe('reviewed');
    expect(reviewStateOf({ statuses: ['accepted'] })).toBe('custom');
    expect(isFilterEmpty({ actorIds: [], text: '  ' })).toBe(true);
    expect(isFilterEmpty({ minConfidence: 0.5 })).toBe(false);
  });
});
