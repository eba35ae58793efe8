import type { ReportOptions } from '../shared/api';
import type { Filter } from '../shared/model';
import { reportHash } from '../shared/report-route';
import { createMainWindow } from './window';

/** Prints the report page in a hidden window with Chromium's own printToPDF: the same page the host prints. */
export async function printReportWithElectron(filter: Filter, options: ReportOptions): Promise<Uint8Array> {
  const win = createMainWindow({ show: false, hash: reportHash(filter, options) });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the report page did not finish rendering')), 60_000);
      const poll = async () => {
        if (win.isDestroyed()) return reject(new Error('report window closed'));
        const ready = await win.webContents
          .executeJavaScript('document.querySelector(\'[data-report-ready="true"]\') !== null')
          .catch(() => false);
        if (ready) {
          clearTimeout(timer);
          resolve();
        } else setTimeout(poll, 100);
      };
      win.webContents.once('did-finish-load', () => void poll());
    });
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
}
