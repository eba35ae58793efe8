import { chromium, type Browser } from 'playwright-core';
import type { ReportOptions } from '../shared/api';
import type { Filter } from '../shared/model';
import { reportHash } from '../shared/report-route';
import { chromiumPath } from './paths';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];


/** Prints the renderer's report page (served by the HTTP host at baseUrl) to PDF with headless Chromium. */
export function createChromiumPrinter(baseUrl: () => string) {
  let browser: Promise<Browser> | null = null;
  const launch = () => {
    const executablePath = chromiumPath();
    if (!executablePath) throw new Error('PDF export needs Chromium: install it (apt-get install chromium) or set SOUNDBITE_CHROMIUM');
    browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    return browser;
  };
  return {
    async print(filter: Filter, options: ReportOptions): Promise<Uint8Array> {
      const context = await (await launch()).newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${baseUrl()}/#${reportHash(filter, options)}`);
        await page.waitForSelector('[data-report-ready="true"]', { timeout: 60_000 });
        const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close().catch(() => undefined);
      browser = null;
    },
  };
}
