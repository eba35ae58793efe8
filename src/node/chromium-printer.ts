import type { Browser, Page } from 'playwright-core';
import { pageInfoFromAttributes, printReport, tocAttribute, type ReportSurface } from '../core/report/print-report';
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
  // Loaded here, not at start-up: only a report needs it.
  const { chromium } = await import('playwright-core');
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
 * with that host's token, which host-tokens.ts holds for every host of this process. The two passes, the table
 * of contents and the PDF metadata are core/report/print-report.ts; this is only the Chromium side.
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
    /** Starts Chromium ahead of the first report (the CLI does, while it opens the library); never rejects. */
    warm() {
      void launch().catch(() => undefined);
    },
    async print(filter: Filter, options: ReportOptions): Promise<Uint8Array> {
      const address = appAddress(origin(), reportHash(filter, options));
      const context = await (await launch()).newContext();
      try {
        const page = await context.newPage();
        await page.goto(address);
        return await printReport(playwrightSurface(page));
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

const READY = '[data-report-ready="true"], [data-report-error]';

function playwrightSurface(page: Page): ReportSurface {
  return {
    async ready() {
      const root = await page
        .waitForSelector(READY, { timeout: 60_000 })
        .catch(() => Promise.reject(new Error('the report page did not finish rendering within 60 s')));
      const failed = await root.getAttribute('data-report-error');
      if (failed !== null) throw new Error(`the report could not be built: ${failed}`);
      const attrs = await root.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
      return pageInfoFromAttributes((name) => attrs[name] ?? null);
    },
    async setToc(request) {
      await page.evaluate(
        // Runs in the page, whose global is an EventTarget (this file is typed for Node, without the DOM library).
        (detail) =>
          (globalThis as unknown as EventTarget).dispatchEvent(new CustomEvent('soundbite:report-toc', { detail })),
        request,
      );
      await page.waitForSelector(`[data-toc="${tocAttribute(request)}"]`, { timeout: 60_000 });
    },
    async print(settings) {
      const pdf = await page.pdf({
        format: settings.paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: settings.headerTemplate,
        footerTemplate: settings.footerTemplate,
        margin: REPORT_MARGINS,
      });
      return new Uint8Array(pdf);
    },
  };
}

/** Room for the header and footer above and below the page's own margins. */
export const REPORT_MARGINS = { top: '20mm', bottom: '20mm', left: '16mm', right: '16mm' };
