import { Menu, type BrowserWindow } from 'electron';

/** Application menu; view switching is done by the renderer's own hash routes. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const go = (hash: string) => () => void getWindow()?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
      { role: 'fileMenu' },
      { role: 'editMenu' },
      {
        label: 'View',
        submenu: [
          { label: 'Library', accelerator: 'CmdOrCtrl+1', click: go('#/library') },
          { label: 'Timeline', accelerator: 'CmdOrCtrl+2', click: go('#/timeline') },
          { label: 'Charts', accelerator: 'CmdOrCtrl+3', click: go('#/charts') },
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
