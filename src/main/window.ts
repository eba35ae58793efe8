import { BrowserWindow, nativeTheme } from 'electron';
import path from 'node:path';

export function preloadPath(): string {
  return path.join(__dirname, '../preload/index.cjs');
}

export function rendererUrl(hash = ''): { file: string; hash: string } {
  return { file: path.join(__dirname, '../renderer/index.html'), hash };
}

/** Locked-down window: isolated, sandboxed, no Node in the page, no navigation away, no new windows. */
export function createMainWindow(options: { show?: boolean; hash?: string } = {}): BrowserWindow {
  const win = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: options.show ?? false,
    title: 'Soundbite',
    // The page's own background (--bg in styles.css) for the system theme, so no light flash in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181d' : '#f6f5f2',
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // The app has no use for middle clicks: one less way for a page to open windows (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  // The app links nowhere outside itself (article URLs are shown as text), so nothing is handed to the browser.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  const target = rendererUrl(options.hash);
  void win.loadFile(target.file, target.hash ? { hash: target.hash } : undefined);
  if (options.show !== false) win.once('ready-to-show', () => win.show());
  return win;
}
