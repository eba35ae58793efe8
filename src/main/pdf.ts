import type { BrowserWindow } from 'electron';
import { pageInfoFromAttributes, printReport, tocAttribute, type ReportSurface } from '../core/report/print-report';
import type { ReportOptions } from '../shared/api';
import type { Filter } from '../shared/model';
import { reportHash } from '../shared/report-route';
import { createMainWindow } from './window';

/**
 * Prints the report page in a hidden window with Chromium's own printToPDF: the same page, and the same two
 * passes (core/report/print-report.ts), as the host's headless Chromium.
 */
export async function printReportWithElectron(filter: Filter, options: ReportOptions): Promise<Uint8Array> {
  const win = createMainWindow({ show: false, hash: reportHash(filter, options) });
  try {
    await new Promise<void>((resolve, reject) => {
      win.webContents.once('did-finish-load', () => resolve());
      win.webContents.once('did-fail-load', (_e, _code, description) =>
        reject(new Error(`the report page could not be loaded: ${description}`)),
      );
    });
    return await printReport(electronSurface(win));
  } finally {
    win.destroy();
  }
}

/** Polls the page (a hidden window has no waitForSelector) until the selector matches. */
function waitFor(win: BrowserWindow, selector: string, what: string): Promise<void> {
  const script = `document.querySelector(${JSON.stringify(selector)}) !== null`;
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} within 60 s`)), 60_000);
    const poll = async () => {
      if (win.isDestroyed()) return reject(new Error('the report window was closed'));
      const found = (await win.webContents.executeJavaScript(script).catch(() => false)) as boolean;
      if (found) {
        clearTimeout(timer);
        resolve();
      } else setTimeout(() => void poll(), 100);
    };
    void poll();
  });
}

function electronSurface(win: BrowserWindow): ReportSurface {
  const mm = (v: number) => v / 25.4; // printToPDF margins are in inches
  return {
    async ready() {
      await waitFor(win, '[data-report-ready="true"], [data-report-error]', 'the report page did not finish rendering');
      const attrs = (await win.webContents.executeJavaScript(
        `Object.fromEntries([...document.querySelector('[data-report-ready="true"], [data-report-error]').attributes].map((a) => [a.name, a.value]))`,
      )) as Record<string, string>;
      if (attrs['data-report-error'] !== undefined)
        throw new Error(`the report could not be built: ${attrs['data-report-error']}`);
      return pageInfoFromAttributes((name) => attrs[name] ?? null);
    },
    async setToc(request) {
      await win.webContents.executeJavaScript(
        `window.dispatchEvent(new CustomEvent('soundbite:report-toc', { detail: ${JSON.stringify(request)} }))`,
      );
      await waitFor(win, `[data-toc="${tocAttribute(request)}"]`, 'the table of contents was not drawn');
    },
    async print(settings) {
      const pdf = await win.webContents.printToPDF({
        pageSize: settings.paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: settings.headerTemplate,
        footerTemplate: settings.footerTemplate,
        margins: { top: mm(20), bottom: mm(20), left: mm(16), right: mm(16) },
      });
      return new Uint8Array(pdf);
    },
  };
}
