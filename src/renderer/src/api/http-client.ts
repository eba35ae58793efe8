import type { ApiMethod, EventName, WorkbenchClient, WorkbenchEvents } from '../../../shared/api';
import { API_METHODS } from '../../../shared/api-methods';
import { createApiClient } from '../../../shared/api-client';
import type { Result } from '../../../shared/result';
import { sessionToken } from './session-token';

const NO_KEY =
  'This page has no valid access key for the Soundbite host. Open the address the host printed when it started ' +
  '(it carries a new key on every run).';

/** Browser mode: the same contract over POST /api/<method>, events over server-sent events. */
export function createHttpClient(): WorkbenchClient {
  const token = sessionToken();
  let source: EventSource | null = null;
  /** Settles once the event stream has connected (or failed to). */
  let connected: Promise<void> = Promise.resolve();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const ensureSource = () => {
    if (source) return source;
    const es = new EventSource(`/api/events?token=${encodeURIComponent(token())}`);
    connected = new Promise((settle) => {
      es.addEventListener('open', () => settle(), { once: true });
      es.addEventListener('error', () => settle(), { once: true });
    });
    source = es;
    return es;
  };
  const api = createApiClient(API_METHODS, async (method: ApiMethod, args: unknown[]) => {
    if (!token()) return { ok: false, error: NO_KEY };
    // Calls start once the event stream is connected: a browser gives one host six connections, and calls waiting
    // for a library that is still opening would otherwise hold them all while its progress events queue behind.
    ensureSource();
    await connected;
    try {
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-soundbite-token': token() },
        body: JSON.stringify(args),
      });
      if (!res.ok) {
        const text = await res.text();
        return { ok: false, error: res.status === 403 && text === 'bad token' ? NO_KEY : `${res.status} ${text}` };
      }
      return (await res.json()) as Result<unknown>;
    } catch (err) {
      return { ok: false, error: `the Soundbite host did not answer (${(err as Error).message})` };
    }
  });
  return {
    ...api,
    on<E extends EventName>(event: E, listener: (payload: WorkbenchEvents[E]) => void) {
      const es = ensureSource();
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        es.addEventListener(event, (e) => {
          const payload = JSON.parse((e as MessageEvent<string>).data) as unknown;
          for (const l of listeners.get(event) ?? []) l(payload);
        });
      }
      const l = listener as (payload: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
}
