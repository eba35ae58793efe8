/**
 * The filter as it lives in the address (the hash route's query): one short key per field, lists as repeated keys,
 * so a bookmark, reload or back/forward restores the view. Unknown or malformed values are dropped, never trusted:
 * the host validates every filter again with the contract's schema.
 */
import {
  ACTOR_TYPES,
  STATEMENT_STATUSES,
  type Filter,
  type StatementKind,
  type StatementPolarity,
  type StatementStatus,
} from '../../../../shared/model';

const KINDS: readonly StatementKind[] = ['direct', 'indirect'];
const POLARITIES: readonly StatementPolarity[] = ['asserts', 'denies', 'questions'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type ListField = 'actorIds' | 'topicIds' | 'sources' | 'importIds' | 'statuses' | 'kinds' | 'actorTypes' | 'polarities';
const LISTS: Array<[ListField, string, readonly string[] | null]> = [
  ['actorIds', 'actor', null],
  ['actorTypes', 'type', ACTOR_TYPES],
  ['topicIds', 'topic', null],
  ['sources', 'source', null],
  ['statuses', 'status', STATEMENT_STATUSES],
  ['kinds', 'kind', KINDS],
  ['polarities', 'polarity', POLARITIES],
  ['importIds', 'import', null],
];

/** Every key the filter uses in the address; other keys (a view's own state) are left alone. */
export const FILTER_KEYS = [...LISTS.map(([, key]) => key), 'from', 'to', 'q', 'conf', 'dated'];

export function filterFromParams(params: URLSearchParams): Filter {
  const f: Filter = {};
  for (const [field, key, allowed] of LISTS) {
    const values = [
      ...new Set(params.getAll(key).filter((v) => v && v.length <= 300 && (!allowed || allowed.includes(v)))),
    ];
    if (values.length) (f as Record<ListField, string[]>)[field] = values;
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && DAY.test(from)) f.from = from;
  if (to && DAY.test(to)) f.to = to;
  const q = params.get('q');
  if (q) f.text = q.slice(0, 500);
  const conf = Number(params.get('conf'));
  if (params.has('conf') && conf > 0 && conf <= 1) f.minConfidence = conf;
  const dated = params.get('dated');
  if (dated === 'yes' || dated === 'no') f.dated = dated === 'yes';
  return f;
}

/** Writes the filter's fields into `params` (replacing any earlier filter keys), keeping the view's own keys. */
export function filterToParams(filter: Filter, params = new URLSearchParams()): URLSearchParams {
  for (const key of FILTER_KEYS) params.delete(key);
  for (const [field, key] of LISTS) for (const v of filter[field] ?? []) params.append(key, v);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.text?.trim()) params.set('q', filter.text);
  if (filter.minConfidence) params.set('conf', String(filter.minConfidence));
  if (filter.dated !== undefined) params.set('dated', filter.dated ? 'yes' : 'no');
  return params;
}

export function isFilterEmpty(f: Filter): boolean {
  return filterToParams(f).toString() === '';
}

/** Review-state choices as analysts name them. */
export const REVIEW_STATES: Array<{ id: string; label: string; statuses: StatementStatus[] | undefined }> = [
  { id: 'default', label: 'All but rejected', statuses: undefined },
  { id: 'reviewed', label: 'Accepted only', statuses: ['accepted', 'edited'] },
  { id: 'suggested', label: 'Not yet reviewed', statuses: ['suggested'] },
  { id: 'rejected', label: 'Rejected only', statuses: ['rejected'] },
  { id: 'all', label: 'Everything', statuses: ['suggested', 'accepted', 'edited', 'rejected'] },
];

export function reviewStateOf(filter: Filter): string {
  const want = [...(filter.statuses ?? [])].sort().join(',');
  return REVIEW_STATES.find((r) => [...(r.statuses ?? [])].sort().join(',') === want)?.id ?? 'custom';
}
