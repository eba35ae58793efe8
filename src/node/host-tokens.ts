import { hashWithToken } from '../shared/address-token';

/**
 * The per-run tokens of the browser-mode hosts running in this process, by origin. In-process clients (the PDF
 * printer, tests, scripts) open the app with them; nothing outside the process can read this map.
 */
const tokens = new Map<string, string>();

/** Records a host's token until the returned function is called (when the host closes). */
export function rememberHostToken(origin: string, token: string): () => void {
  const key = new URL(origin).origin;
  tokens.set(key, token);
  return () => {
    if (tokens.get(key) === token) tokens.delete(key);
  };
}

/** The address that opens `route` (a hash route without '#', '' for the start page) on the host at origin. */
export function appAddress(origin: string, route = ''): string {
  const key = new URL(origin).origin;
  const token = tokens.get(key);
  if (token === undefined) throw new Error(`no Soundbite host is running at ${key} in this process`);
  return `${key}/#${hashWithToken(route, token)}`;
}
