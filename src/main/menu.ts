import { Menu, type BrowserWindow } from 'electron';

/**
 * Application menu. Undo and Redo are the library's (every review edit, merge, topic change), except while a text
 * field has focus, where they edit the text: the renderer decides, because only it knows what has focus.
 */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (event: string) => () =>
    void getWindow()?.webContents.executeJavaScript(`window.dispatchEvent(new Event(${JSON.stringify(event)}))`);
  const go = (hash: string) => () =>
    void getWindow()?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
      { role: 'fileMenu' },
      {
        label: 'Edit',
        submenu: [
          { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('soundbite:undo') },
          { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: send('soundbite:redo') },
          { type: 'separator' },
          { role: 'cut' },
          { role: 'copy' },
          { role: 'paste' },
          { role: 'selectAll' },
          { type: 'separator' },
          { label: 'Search…', accelerator: 'CmdOrCtrl+K', click: send('soundbite:search') },
        ],
      },
      {
        label: 'View',
        submenu: [
          { label: 'Library', accelerator: 'CmdOrCtrl+1', click: go('#/library') },
          { label: 'Review', accelerator: 'CmdOrCtrl+2', click: go('#/review') },
          { label: 'Timeline', accelerator: 'CmdOrCtrl+3', click: go('#/timeline') },
          { label: 'Charts', accelerator: 'CmdOrCtrl+4', click: go('#/charts') },
          { label: 'Actors', accelerator: 'CmdOrCtrl+5', click: go('#/actors') },
          { label: 'Topics', accelerator: 'CmdOrCtrl+6', click: go('#/topics') },
          { type: 'separator' },
          { role: 'reload' },
          { role: 'toggleDevTools' },
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
        ],
      },
      { role: 'windowMenu' },
    ]),
  );
}
