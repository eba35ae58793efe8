import { chromium, type Browser } from 'playwright-core';
import type { ReportOptions } from '../shared/api';
import type { Filter } from '../shared/model';
import { reportHash } from '../shared/report-route';
import { appAddress } from './host-tokens';
import { chromiumPath } from './paths';

/**
 * Headless Chromium for PDF reports (and the screenshot script).
 *
 *   CHROMIUM_ARGS            flags for every headless launch; the sandbox is not among them (see below)
 *   launchHeadlessChromium   sandboxed where possible, else without the sandbox
 *   createChromiumPrinter    prints the renderer's report page of a browser-mode host to PDF
 */

export const CHROMIUM_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let warnedUnsandboxed = false;

/**
 * Chromium's sandbox refuses to run as root, and some containers lack the kernel features it needs: as root it
 * starts without the sandbox; otherwise a sandboxed launch that fails is retried once without it, said once on
 * stderr. (playwright-core adds --no-sandbox itself unless chromiumSandbox is true.)
 */
export async function launchHeadlessChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('PDF export needs Chromium: install it (apt-get install chromium) or set SOUNDBITE_CHROMIUM');
  const options = { executablePath, args: CHROMIUM_ARGS };
  if (process.getuid?.() === 0) return chromium.launch({ ...options, chromiumSandbox: false });
  try {
    return await chromium.launch({ ...options, chromiumSandbox: true });
  } catch (err) {
    if (!warnedUnsandboxed) {
      warnedUnsandboxed = true;
      const lines = (err as Error).message.split('\n').map((line) => line.trim());
      const reason = lines.find((line) => /sandbox/i.test(line)) ?? lines[0];
      process.stderr.write(
        `Soundbite: Chromium did not start with its sandbox (${reason}); running it without the sandbox.\n`,
      );
    }
    return chromium.launch({ ...options, chromiumSandbox: false });
  }
}

/**
 * Prints the renderer's report page to PDF. origin() names the browser-mode host serving it; the page is opened
 * with that host's token, which host-tokens.ts holds for every host of this process.
 */
export function createChromiumPrinter(origin: () => string) {
  let browser: Promise<Browser> | null = null;
  const launch = () => {
    browser ??= launchHeadlessChromium().catch((err: unknown) => {
      browser = null; // let the next export try again
      throw err;
    });
    return browser;
  };
  return {
    async print(filter: Filter, options: ReportOptions): Promise<Uint8Array> {
      const address = appAddress(origin(), reportHash(filter, options));
      const context = await (await launch()).newContext();
      try {
        const page = await context.newPage();
        await page.goto(address);
        await page.waitForSelector('[data-report-ready="true"]', { timeout: 60_000 });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
      browser = null;
    },
  };
}
