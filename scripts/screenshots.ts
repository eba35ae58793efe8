// Screenshots for the README: the demo library in browser mode, in real Chromium, plus page 1 of a PDF report.
// `--dark` takes every view in the dark theme instead, at 1440×900, into docs/screenshots/dark.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startHost } from '../src/host/start-host';
import { launchHeadlessChromium } from '../src/node/chromium-printer';

const dark = process.argv.includes('--dark');
const out = path.resolve(dark ? 'docs/screenshots/dark' : 'docs/screenshots');
await mkdir(out, { recursive: true });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-shots-'));
const host = await startHost({ dataDir });
const browser = await launchHeadlessChromium();
try {
  const page = await browser.newPage({
    viewport: dark ? { width: 1440, height: 900 } : { width: 1360, height: 860 },
    colorScheme: dark ? 'dark' : 'light',
    reducedMotion: dark ? 'reduce' : 'no-preference',
  });
  // The printed address brings the access key; the tab keeps it, so later visits need only the route.
  await page.goto(host.server.appUrl);
  await page.screenshot({ path: path.join(out, 'empty.png') });
  await page.getByTestId('load-demo').click();
  await page.getByTestId('import-summary').waitFor();
  await page.screenshot({ path: path.join(out, 'library.png') });

  await page.getByTestId('article-table').getByRole('link').nth(3).click();
  await page.locator('mark.hl').nth(1).click();
  await page.getByTestId('statement-panel').waitFor();
  await page.screenshot({ path: path.join(out, 'article.png') });
  if (dark) {
    await page.locator('mark.hl').last().click();
    await page.getByTestId('statement-panel').waitFor();
    await page.screenshot({ path: path.join(out, 'article-last-statement.png') });
  }

  await page.goto(`${host.server.url}/#/review`);
  await page.getByTestId('review-card').waitFor();
  await page.keyboard.press('a');
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.getByTestId('review-counts').getByText('1 accepted').waitFor();
  await page.screenshot({ path: path.join(out, 'review.png') });
  if (dark) {
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.screenshot({ path: path.join(out, 'shortcuts.png') });
    await page.keyboard.press('Escape');
  }

  await page.goto(`${host.server.url}/#/actors`);
  await page.getByTestId('actor-table').waitFor();
  await page.screenshot({ path: path.join(out, 'actors.png') });

  await page.goto(`${host.server.url}/#/topics`);
  await page.getByTestId('topic-list').waitFor();
  await page.getByLabel('Query').fill('wetland* OR crane*');
  await page.getByTestId('preview-count').waitFor();
  await page.screenshot({ path: path.join(out, 'topics.png') });

  await page.keyboard.press('Control+k');
  await page.keyboard.type('pipeline route');
  await page.getByTestId('search-results').locator('li').first().waitFor();
  await page.screenshot({ path: path.join(out, 'search.png') });
  await page.keyboard.press('Escape');

  await page.goto(`${host.server.url}/#/timeline`);
  await page.getByTestId('timeline-row').first().waitFor();
  // The review step's "Rejected" notice must not sit over the list.
  await page.getByTestId('notice').waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(out, 'timeline.png') });

  await page.goto(`${host.server.url}/#/charts`);
  await page.mouse.move(0, 0); // no tooltip in the picture
  await page.locator('.recharts-surface').first().waitFor();
  await page.waitForTimeout(1200); // let the chart entry animation finish before the picture
  await page.screenshot({ path: path.join(out, 'charts.png'), fullPage: true });

  if (dark) {
    await page.goto(`${host.server.url}/#/health`);
    await page.getByTestId('health-mode').waitFor();
    await page.screenshot({ path: path.join(out, 'health.png') });
    // The report page stays light in the dark theme: it is what gets printed.
    await page.goto(`${host.server.url}/#/report?filter=${encodeURIComponent('{}')}`);
    await page.locator('[data-report-ready]').waitFor();
    await page.screenshot({ path: path.join(out, 'report.png') });
  } else {
    const report = await host.workbench.exportReport({}, { title: 'Demo library: who said what' });
    const pdf = path.join(out, 'report.pdf');
    await writeFile(pdf, Buffer.from(report.pdfBase64, 'base64'));
    const r = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, path.join(out, 'report-page')]);
    if (r.status !== 0) console.log('pdftoppm not found: install poppler-utils to render the PDF pages');
    await rm(pdf);
  }
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await host.stop();
  await rm(dataDir, { recursive: true, force: true });
}
