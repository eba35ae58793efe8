import { takeTokenFromHash } from '../../../shared/address-token';

/**
 * Browser mode's access key for this tab. It arrives once in the fragment of the address the host printed; it is
 * then removed from the address bar (history.replaceState, before the router reads the hash) and kept in
 * sessionStorage, so reloads of this tab keep working while other tabs and pages of the origin never see it.
 */

const KEY = 'soundbite.token';

/** Takes the token out of the current address and returns a getter for this tab's token ('' when it has none). */
export function sessionToken(): () => string {
  let token = takeFromAddress() ?? readStored();
  // Pasting the printed address into a tab that is already open is a same-document navigation: take that token
  // too, and restart the page so requests and the event stream all use it. Registered before the router's
  // listener, so the router only ever sees the hash without the token.
  window.addEventListener('hashchange', () => {
    const fresh = takeFromAddress();
    if (fresh === null) return;
    const changed = fresh !== token;
    token = fresh;
    if (changed) window.location.reload();
  });
  return () => token;
}

function takeFromAddress(): string | null {
  const { token, hash } = takeTokenFromHash(window.location.hash);
  if (token === null) return null;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash ? `#${hash}` : ''}`);
  try {
    window.sessionStorage.setItem(KEY, token);
  } catch {
    // Storage can be switched off; the token then lasts until this page is reloaded.
  }
  return token;
}

function readStored(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}
