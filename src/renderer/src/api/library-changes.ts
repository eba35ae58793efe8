/**
 * One listener for the library's change events, shared by every query of the page. Bursts (an import reports each
 * article) are coalesced into one refresh at most every REFRESH_MS, and when an event says what it touched, only
 * the queries that read one of those parts are refreshed; an event that does not say refreshes every query.
 */
import type { ChangeArea } from '../../../shared/api';
import { api } from './client';

const REFRESH_MS = 150;

interface Subscriber {
  reads: ReadonlySet<ChangeArea> | null;
  refresh: () => void;
}

const subscribers = new Set<Subscriber>();
/** What changed since the last refresh: null = unknown (everything); undefined = nothing pending. */
let pending: Set<ChangeArea> | null | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let unsubscribe: (() => void) | undefined;

function onChange(touched: ChangeArea[] | undefined): void {
  if (!touched) pending = null;
  else if (pending !== null) pending = new Set([...(pending ?? []), ...touched]);
  timer ??= setTimeout(flush, REFRESH_MS);
}

function flush(): void {
  timer = undefined;
  const touched = pending;
  pending = undefined;
  if (touched === undefined) return;
  for (const s of subscribers) {
    if (touched === null || s.reads === null || [...touched].some((area) => s.reads!.has(area))) s.refresh();
  }
}

/** Calls `refresh` after changes to any of `reads` (every change when not given); returns the unsubscribe. */
export function onLibraryChange(reads: readonly ChangeArea[] | undefined, refresh: () => void): () => void {
  const subscriber: Subscriber = { reads: reads ? new Set(reads) : null, refresh };
  subscribers.add(subscriber);
  unsubscribe ??= api.on('libraryChanged', (e) => onChange(e.touched));
  return () => {
    subscribers.delete(subscriber);
    if (subscribers.size === 0) {
      unsubscribe?.();
      unsubscribe = undefined;
    }
  };
}
