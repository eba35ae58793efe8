/**
 * Where browser mode's per-run token rides in the app's address: a `token` parameter in the fragment, which
 * browsers never send to any server (so it shows up in no request line, log or Referer).
 *
 *   hashWithToken('', t)                   -> 'token=t'                      (the address the host prints)
 *   hashWithToken('/report?filter=…', t)   -> '/report?filter=…&token=t'     (the PDF printer's page)
 *   takeTokenFromHash('#/report?filter=…&token=t') -> { token: 't', hash: '/report?filter=…' }
 *
 * The host builds addresses with the first; the page removes the token again with the second before routing.
 */

const PARAM = 'token';

/** A hash route (without '#', '' for the start page) with the token added. */
export function hashWithToken(route: string, token: string): string {
  const value = `${PARAM}=${encodeURIComponent(token)}`;
  if (route === '' || route === '/') return value;
  return `${route}${route.includes('?') ? '&' : '?'}${value}`;
}

/** Splits the token out of a location hash; `hash` is what remains, without '#'. */
export function takeTokenFromHash(hash: string): { token: string | null; hash: string } {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  // A hash that is only the token ('#token=…') has no route part.
  const [route, query] =
    q >= 0 ? [body.slice(0, q), body.slice(q + 1)] : body.startsWith(`${PARAM}=`) ? ['', body] : [body, ''];
  const params = new URLSearchParams(query);
  const token = params.get(PARAM);
  if (token === null) return { token: null, hash: body };
  params.delete(PARAM);
  const rest = params.toString();
  return { token, hash: rest ? `${route}?${rest}` : route };
}
