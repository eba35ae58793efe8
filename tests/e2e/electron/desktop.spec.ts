import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../../src/node/electron-binary';

const binary = findElectronBinary();
const reason =
  'no Electron binary is installed here (it cannot be downloaded on this machine); browser-mode e2e covers the same UI and service';
if (!binary) console.log(`[electron e2e] skipped: ${reason}`);

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, reason);

  test('opens a locked-down window, imports the demo library and prints a PDF', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', '--no-sandbox'],
      env: { ...process.env, SOUNDBITE_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle('Soundbite');
      const exposed = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
        api: typeof window.workbench?.listArticles,
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        ipcRenderer: 'undefined',
        api: 'function',
      });
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const wc = BrowserWindow.getAllWindows()[0]!.webContents;
        const p = (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
        return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
      });
      expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });

      await page.getByTestId('load-demo').click();
      await expect(page.getByTestId('import-summary')).toContainText('imported');
      const pdf = await page.evaluate(async () => {
        const r = await window.workbench!.exportReport({}, { title: 'Electron report' });
        return { bytes: r.bytes, head: atob(r.pdfBase64.slice(0, 8)) };
      });
      expect(pdf.head.startsWith('%PDF')).toBe(true);
      expect(pdf.bytes).toBeGreaterThan(10_000);
      const invalid = await page.evaluate(() =>
        window.workbench!.getArticle('' as string).then(
          () => 'accepted',
          (e: Error) => e.message,
        ),
      );
      expect(invalid).toMatch(/invalid arguments/);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
