import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChangeArea } from '../../../shared/api';
import { onLibraryChange } from './library-changes';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs an API query, re-runs it when deps (plain values) change or the library changes in a part it `reads`
 * (library-changes.ts: bursts coalesced; every change when `reads` is not given), and exposes errors as text.
 * The last answer stays while the next one loads.
 */
export function useApi<T>(load: () => Promise<T>, deps: unknown[], reads?: readonly ChangeArea[]): Loaded<T> {
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const [answer, setAnswer] = useState<{ request: string; data: T | null; error: string | null }>({
    request: '',
    data: null,
    error: null,
  });
  const latestLoad = useRef(load);
  useLayoutEffect(() => {
    latestLoad.current = load;
  });
  const request = `${JSON.stringify(deps)}#${tick}`;

  const readsKey = reads?.join(',');
  useEffect(
    () => onLibraryChange(readsKey === undefined ? undefined : (readsKey.split(',') as ChangeArea[]), reload),
    [reload, readsKey],
  );

  useEffect(() => {
    let live = true;
    latestLoad.current().then(
      (data) => {
        if (live) setAnswer({ request, data, error: null });
      },
      (err: unknown) => {
        if (live)
          setAnswer((a) => ({ request, data: a.data, error: err instanceof Error ? err.message : String(err) }));
      },
    );
    return () => {
      live = false;
    };
  }, [request]);

  return { data: answer.data, error: answer.error, loading: answer.request !== request, reload };
}
