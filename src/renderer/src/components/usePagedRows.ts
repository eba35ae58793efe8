/**
 * Rows of a long query fetched by real offset paging as a virtual list needs them: a page is asked for once,
 * when one of its rows is about to be shown, and all pages are dropped when the query (its key) changes or the
 * library reports a change. Keeps the total of the last answer while the next one loads.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { onLibraryChange } from '../api/library-changes';

export const PAGE_SIZE = 100;

export interface Paged<T> {
  total: number | null;
  row: (index: number) => T | undefined;
  /** Asks for the pages holding rows first..last (inclusive). */
  want: (first: number, last: number) => void;
  error: string | null;
}

export function usePagedRows<T>(
  key: string,
  load: (offset: number, limit: number) => Promise<{ total: number; rows: T[] }>,
): Paged<T> {
  const [state, setState] = useState<{ key: string; version: number; total: number | null; pages: Map<number, T[]> }>({
    key,
    version: 0,
    total: null,
    pages: new Map(),
  });
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(new Set<number>());
  const scopeRef = useRef('');
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => onLibraryChange(['articles', 'statements', 'actors', 'topics'], () => setVersion((v) => v + 1)), []);

  const fetchPage = useCallback(
    (page: number) => {
      const scope = `${key}#${version}`;
      // Pages are asked for once per query and library version; coming back to an earlier query asks again.
      if (scopeRef.current !== scope) {
        scopeRef.current = scope;
        asked.current = new Set();
      }
      if (asked.current.has(page)) return;
      asked.current.add(page);
      loadRef.current(page * PAGE_SIZE, PAGE_SIZE).then(
        (answer) => {
          if (scopeRef.current !== scope) return; // an answer to a query no longer shown
          setError(null);
          setState((s) => {
            const fresh = s.key !== key || s.version !== version;
            const pages = fresh ? new Map<number, T[]>() : new Map(s.pages);
            pages.set(page, answer.rows);
            return { key, version, total: answer.total, pages };
          });
        },
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      );
    },
    [key, version],
  );

  // A new query starts from its first page.
  useEffect(() => fetchPage(0), [fetchPage]);

  // After a library change the old rows stay until their page is fetched again: no flash of empty rows.
  const current = state.key === key;
  const want = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage],
  );
  const pages = state.pages;
  const row = useCallback(
    (index: number) => (current ? pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] : undefined),
    [current, pages],
  );
  return { total: state.key === key ? state.total : null, row, want, error };
}
