/**
 * View state in the address: the hash route's query (`#/timeline?actor=…&win=…`). Reading subscribes to
 * hashchange; writing either pushes a history entry (a deliberate change: back undoes it) or replaces the current
 * one (continuous changes such as typing or panning), and tells every reader either way.
 */
import { useSyncExternalStore } from 'react';

export function splitHash(hash = window.location.hash): { path: string; params: URLSearchParams } {
  const raw = hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  return at < 0
    ? { path: raw, params: new URLSearchParams() }
    : { path: raw.slice(0, at), params: new URLSearchParams(raw.slice(at + 1)) };
}

export function hashFor(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const currentHash = () => window.location.hash;

export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash);
}

/** Changes the current route's query; `replace` for continuous changes that should not fill the history. */
export function writeParams(change: (params: URLSearchParams) => void, options: { replace?: boolean } = {}): void {
  const { path, params } = splitHash();
  change(params);
  const next = hashFor(path, params);
  if (next === (window.location.hash || '#')) return;
  // Written through the history API and announced at once, so that a control reflects its change in the same
  // event (setting location.hash would announce it a task later, and a second quick click would see stale state).
  if (options.replace) history.replaceState(history.state, '', next);
  else history.pushState(history.state, '', next);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
