import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ApiMethod, DesktopBridge, EventName, WorkbenchClient, WorkbenchEvents } from '../shared/api';
import { API_METHODS } from '../shared/api-methods';
import { createApiClient } from '../shared/api-client';
import type { Result } from '../shared/result';
import { API_CHANNEL, EVENT_CHANNEL, GRANT_CHANNEL } from '../shared/ipc-channels';

// Only the typed API crosses the bridge: the renderer never sees ipcRenderer itself.
const api = createApiClient(
  API_METHODS,
  (method: ApiMethod, args: unknown[]) => ipcRenderer.invoke(API_CHANNEL, method, args) as Promise<Result<unknown>>,
);

const client: WorkbenchClient = {
  ...api,
  on<E extends EventName>(event: E, listener: (payload: WorkbenchEvents[E]) => void) {
    const handler = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload as WorkbenchEvents[E]);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

// Only a real dropped or chosen File has a path; main accepts a path for import only once it was granted here.
const desktop: DesktopBridge = {
  pathForFile(file: File) {
    const path = webUtils.getPathForFile(file);
    if (path) ipcRenderer.send(GRANT_CHANNEL, path);
    return path;
  },
};

contextBridge.exposeInMainWorld('workbench', client);
contextBridge.exposeInMainWorld('soundbiteDesktop', desktop);
