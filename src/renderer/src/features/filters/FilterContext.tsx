/**
 * The one filter model of the timeline, charts, review and reports. It lives in the address (filter-url.ts), so
 * back/forward, reload and bookmarks restore it; the provider also remembers the last filter used so that moving
 * between the filtered views by the sidebar keeps it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Filter } from '../../../../shared/model';
import { hashFor, splitHash, useHash, writeParams } from '../../app/url-state';
import { filterFromParams, filterToParams } from './filter-url';

export { isFilterEmpty } from './filter-url';

/** Views whose address carries the filter. */
export const FILTERED_VIEWS = ['/timeline', '/charts', '/review'];

export interface FilterState {
  filter: Filter;
  /** A new filter; `replace` keeps it out of the back/forward history (typing, dragging). */
  setFilter: (next: Filter, options?: { replace?: boolean }) => void;
  /** The address of a filtered view with this filter (the current one when none is given). */
  hrefFor: (path: string, filter?: Filter, extra?: Record<string, string>) => string;
}

const Ctx = createContext<FilterState | null>(null);

export function FilterProvider({ children }: { children: ReactNode }) {
  const hash = useHash();
  const { path, params } = splitHash(hash);
  const query = FILTERED_VIEWS.includes(path) ? filterToParams(filterFromParams(params)).toString() : null;
  const [last, setLast] = useState('');
  useEffect(() => {
    if (query !== null) setLast(query);
  }, [query]);
  const shown = query ?? last;
  const filter = useMemo(() => filterFromParams(new URLSearchParams(shown)), [shown]);
  const setFilter = useCallback((next: Filter, options?: { replace?: boolean }) => {
    writeParams((p) => filterToParams(next, p), options);
  }, []);
  const hrefFor = useCallback(
    (to: string, f?: Filter, extra?: Record<string, string>) => {
      const p = filterToParams(f ?? filter);
      for (const [k, v] of Object.entries(extra ?? {})) p.set(k, v);
      return hashFor(to, p);
    },
    [filter],
  );
  const value = useMemo(() => ({ filter, setFilter, hrefFor }), [filter, setFilter, hrefFor]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useFilter(): FilterState {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useFilter outside FilterProvider');
  return ctx;
}

/** One key of the current view's own state in the address (not part of the filter). */
export function useViewParam(
  key: string,
): [string | null, (value: string | null, options?: { replace?: boolean }) => void] {
  const hash = useHash();
  const value = splitHash(hash).params.get(key);
  const set = useCallback(
    (next: string | null, options?: { replace?: boolean }) =>
      writeParams((p) => (next === null ? p.delete(key) : p.set(key, next)), options),
    [key],
  );
  return [value, set];
}
