import { app, BrowserWindow, dialog, session, type WebContents } from 'electron';
import path from 'node:path';
import type { WorkbenchEvents } from '../shared/api';
import { EVENT_CHANNEL } from '../shared/ipc-channels';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { composeWorkbenchBehind, type LibraryAccess } from '../node/compose-workbench';
import { isNewLibrary } from '../node/demo-library';
import { LibraryLockedError } from '../node/library-lock';
import { PathGrants } from '../node/path-grants';
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
  const grants = new PathGrants();
  // The open's latest progress, for a window that loads after it was sent.
  let opening: WorkbenchEvents['libraryOpening'] | null = null;
  // The lock is taken (or refused) first; the window then opens at once and shows the library's open progress.
  const open = (access: LibraryAccess) =>
    composeWorkbenchBehind({
      dataDir,
      resourcesDir,
      allowPaths: true,
      access,
      app: 'Soundbite (desktop)',
      pathGrants: grants,
      emit: <E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]) => {
        if (event === 'libraryOpening') opening = payload as WorkbenchEvents['libraryOpening'];
        for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_CHANNEL, event, payload);
      },
      printReport: printReportWithElectron,
      warmUp: true,
    });
  const fillWithDemo = isNewLibrary(dataDir);
  let workbench;
  try {
    workbench = await open('write');
    // A first start shows the demo articles; the window follows the import through its progress events. A failed
    // open is said by the dialog below.
    if (fillWithDemo) workbench.api.loadDemoLibrary('demo').catch(() => undefined);
  } catch (err) {
    if (!(err instanceof LibraryLockedError)) throw err;
    // Another program (browser mode, the command line) writes this library: never a second writer.
    const choice = await dialog.showMessageBox({
      type: 'warning',
      message: 'This library is already open',
      detail: `${err.message}.\n\nLibrary: ${dataDir}`,
      buttons: ['Open read-only', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice.response !== 0) return app.quit();
    workbench = await open('read');
  }
  const trusted = (sender: WebContents) => {
    const url = sender.getURL();
    return url.startsWith('file://') && url.includes('/renderer/index.html');
  };
  registerApiHandler(workbench.api, trusted, grants);
  mainWindow = createMainWindow();
  mainWindow.webContents.on('did-finish-load', () => {
    if (opening) mainWindow?.webContents.send(EVENT_CHANNEL, 'libraryOpening', opening);
  });
  mainWindow.on('closed', () => (mainWindow = null));
  installMenu(() => mainWindow);
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow();
  });
  const opened = workbench.ready;
  app.on(
    'before-quit',
    () =>
      void opened.then(
        (wb) => wb.close(),
        () => undefined,
      ),
  );
  // A library that cannot be opened (written by a newer release, unreadable) is said plainly, then the app quits.
  opened.catch(async (err: Error) => {
    await dialog.showMessageBox({ type: 'error', message: 'The library could not be opened', detail: err.message });
    app.quit();
  });
}

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// A second launch brings the running window to the front instead of starting a second writer.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((err: unknown) => {
    console.error('Soundbite failed to start:', err);
    app.exit(1);
  });
}
