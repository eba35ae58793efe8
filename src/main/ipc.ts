import { ipcMain, type WebContents } from 'electron';
import type { WorkbenchApi } from '../shared/api';
import { dispatchCall } from '../shared/dispatch-call';
import { API_CHANNEL, GRANT_CHANNEL } from '../shared/ipc-channels';
import type { PathGrants } from '../node/path-grants';

/** One IPC channel for the whole contract; arguments are validated by dispatchCall before the service sees them. */
export function registerApiHandler(
  api: WorkbenchApi,
  isTrusted: (sender: WebContents) => boolean,
  grants: PathGrants,
): void {
  ipcMain.on(GRANT_CHANNEL, (event, path: unknown) => {
    if (isTrusted(event.sender) && typeof path === 'string' && path.length > 0 && path.length < 4096)
      grants.grant(path);
  });
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, args: unknown) => {
    if (!isTrusted(event.sender)) return { ok: false, error: 'untrusted sender' };
    if (typeof method !== 'string') return { ok: false, error: 'method must be a string' };
    return dispatchCall(api, method, args);
  });
}
