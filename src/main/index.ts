import { app, BrowserWindow, session, type WebContents } from 'electron';
import path from 'node:path';
import type { WorkbenchEvents } from '../shared/api';
import { EVENT_CHANNEL } from '../shared/ipc-channels';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { composeWorkbench } from '../node/compose-workbench';
import { registerApiHandler } from './ipc';
import { installMenu } from './menu';
import { printReportWithElectron } from './pdf';
import { createMainWindow } from './window';

// Composition root for the desktop app: everything but window, menu, IPC and printing lives in core and node.
let mainWindow: BrowserWindow | null = null;

async function start() {
  await app.whenReady();
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  const dataDir = process.env.SOUNDBITE_DATA_DIR || path.join(app.getPath('userData'), 'library');
  const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources');
  const workbench = await composeWorkbench({
    dataDir,
    resourcesDir,
    allowPaths: true,
    emit: <E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]) => {
      for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_CHANNEL, event, payload);
    },
    printReport: printReportWithElectron,
  });
  const trusted = (sender: WebContents) => {
    const url = sender.getURL();
    return url.startsWith('file://') && url.includes('/renderer/index.html');
  };
  registerApiHandler(workbench, trusted);
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  installMenu(() => mainWindow);
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow();
  });
  app.on('before-quit', () => void workbench.close());
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((err: unknown) => {
  console.error('Soundbite failed to start:', err);
  app.exit(1);
});
