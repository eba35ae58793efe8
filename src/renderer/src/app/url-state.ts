/**
 * View state in the address: the hash route's query (`#/timeline?actor=…&win=…`). Reading subscribes to
 * hashchange; writing either pushes a history entry (a deliberate change: back undoes it) or replaces the current
 * one (continuous changes such as typing or panning), and tells every reader either way.
 */
import { useEffect, useState } from 'react';

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

export function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** Changes the current route's query; `replace` for continuous changes that should not fill the history. */
export function writeParams(change: (params: URLSearchParams) => void, options: { replace?: boolean } = {}): void {
  const { path, params } = splitHash();
  change(params);
  const next = hashFor(path, params);
  if (next === (window.location.hash || '#')) return;
  if (options.replace) {
    history.replaceState(history.state, '', next);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = next;
}
