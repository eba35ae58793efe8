// The timeline view at scale, in headless Chromium over browser mode: a generated library (BENCH_VIEW_ARTICLES
// articles × 10 statements, default 10,000 / 100,000) in real lowdb files. Prints the time from navigation to the
// timeline painted (axis and first rows), from a filter change to the repaint, frame times while scrolling the list
// and while panning the axis, and the number of DOM nodes.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { startHost } from '../src/host/start-host';
import { launchHeadlessChromium } from '../src/node/chromium-printer';
import { writeSyntheticLibrary } from '../tests/helpers/synthetic-library';

const ARTICLES = Number(process.env.BENCH_VIEW_ARTICLES ?? 10_000);
const ms = (t: number) => `${t.toFixed(0)} ms`;

/** Frame-to-frame times (ms) while `act` runs in the page, one step per animation frame. */
async function frameTimes(page: Page, act: (step: number) => Promise<void>, steps: number): Promise<number[]> {
  // A plain script: tsx would wrap a named function in a helper that does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < steps; i++) await act(i);
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(2);
  });
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

export async function runViewsBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-views-bench-'));
  await writeSyntheticLibrary(dir, ARTICLES, 10);
  const host = await startHost({ dataDir: dir });
  const browser = await launchHeadlessChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.server.appUrl);
    await page.waitForURL(`${host.server.url}/`);

    const t0 = performance.now();
    await page.goto(`${host.server.url}/#/timeline`);
    await page.getByTestId('timeline-axis').waitFor({ timeout: 120_000 });
    await page.getByTestId('timeline-row').first().waitFor({ timeout: 120_000 });
    const firstPaint = performance.now() - t0;
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);

    const before = await page.getByTestId('timeline-count').textContent();
    const t1 = performance.now();
    await page.evaluate(() => (window.location.hash = '#/timeline?actor=p7&actor=p9'));
    await page.waitForFunction(
      (text) => {
        const count = document.querySelector('[data-testid="timeline-count"]')?.textContent;
        return count && count !== text && document.querySelectorAll('[data-lane]').length === 2;
      },
      before,
      { timeout: 120_000 },
    );
    const filterChange = performance.now() - t1;

    await page.evaluate(() => (window.location.hash = '#/timeline'));
    await page.waitForFunction(() => document.querySelectorAll('[data-lane]').length > 2, undefined, {
      timeout: 120_000,
    });
    const list = page.locator('.statement-list').first();
    const box = (await list.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scrolling = await frameTimes(page, () => page.mouse.wheel(0, 240), 60);
    const nodesScrolled = await page.evaluate(() => document.getElementsByTagName('*').length);

    const axis = (await page.getByTestId('timeline-axis').boundingBox())!;
    await page.mouse.move(axis.x + axis.width * 0.8, axis.y + axis.height / 2);
    await page.mouse.down();
    const panning = await frameTimes(
      page,
      (i) => page.mouse.move(axis.x + axis.width * 0.8 - i * 8, axis.y + axis.height / 2),
      60,
    );
    await page.mouse.up();

    const result = {
      articles: ARTICLES,
      firstPaint,
      filterChange,
      scrollP95: p95(scrolling),
      panP95: p95(panning),
      nodes: Math.max(nodes, nodesScrolled),
    };
    console.log(
      `Timeline view, ${ARTICLES.toLocaleString('en')} articles / ${(ARTICLES * 10).toLocaleString('en')} statements`,
    );
    console.log(`  navigation to timeline painted: ${ms(firstPaint)}`);
    console.log(`  filter change to repaint:       ${ms(filterChange)}`);
    console.log(`  frame p95 scrolling the list:   ${ms(result.scrollP95)} (${scrolling.length} frames)`);
    console.log(`  frame p95 panning the axis:     ${ms(result.panP95)} (${panning.length} frames)`);
    console.log(`  DOM nodes (most seen):          ${result.nodes}`);
    return result;
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runViewsBench();
