// The timeline view at scale, in headless Chromium over browser mode: a generated library of the chosen size
// (bench-size.ts: `--size 10k|100k|1m` or BENCH_SIZE; BENCH_VIEW_ARTICLES overrides the article count) in real lowdb
// files. Prints how long the host took to open it, the time from navigation to the timeline painted (axis and first
// rows), from a filter change to the repaint, frame times while scrolling the list and while panning the axis, and
// the number of DOM nodes; then, from the timeline, the time to paint the library, review, charts and actors views
// and their DOM nodes. Each step has a time bound: a step that does not finish is printed as such and the
// steps that need it are skipped, so the bench always ends.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { startHost } from '../src/host/start-host';
import { launchHeadlessChromium } from '../src/node/chromium-printer';
import { writeSyntheticLibrary } from '../tests/helpers/synthetic-library';
import { benchArticles, describeSize } from './bench-size';

const ARTICLES = benchArticles('BENCH_VIEW_ARTICLES');
/** The bound of each step (navigation, repaint), several times what a loaded machine takes at 1M statements. */
const STEP_MS = Number(process.env.BENCH_VIEW_STEP_MINUTES ?? 5) * 60_000;
const ms = (t: number) => `${t.toFixed(0)} ms`;
const rss = () => `RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`;

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

/** A step that did not finish within its bound: printed, and the steps that need it are skipped. */
class Unfinished extends Error {}

async function bounded<T>(label: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if ((err as Error).name === 'TimeoutError')
      throw new Unfinished(`${label}: did not finish in ${(STEP_MS / 60_000).toFixed(0)} min`);
    throw err;
  }
}

/** The other views with long lists: the element that says each is painted (its first row, card or cell). */
const OTHER_VIEWS = [
  ['library', '#/library', '[data-testid="article-row"]'],
  ['review', '#/review', '[data-testid="review-card"]'],
  ['charts', '#/charts', '[data-testid="matrix-cell"]'],
  ['actors', '#/actors', '[data-testid="actor-row"]'],
] as const;

/** Time from a hash change to each other view painted, and its DOM nodes; a view that does not paint is said. */
async function otherViews(
  page: Page,
  result: Record<string, number>,
  line: (label: string, text: string) => void,
): Promise<void> {
  for (const [name, hash, painted] of OTHER_VIEWS) {
    try {
      // From the timeline each time, so every view is a fresh mount.
      await bounded('back to the timeline', async () => {
        await page.evaluate(() => (window.location.hash = '#/timeline'));
        await page.getByTestId('timeline-axis').waitFor();
      });
      const t0 = performance.now();
      await bounded(`${name} view painted`, async () => {
        await page.evaluate((h) => (window.location.hash = h), hash);
        await page.locator(painted).first().waitFor();
      });
      const paint = performance.now() - t0;
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      result[`${name}Paint`] = paint;
      result[`${name}Nodes`] = nodes;
      line(`${name} view painted`, `${ms(paint)}, ${nodes} DOM nodes`);
    } catch (err) {
      if (!(err instanceof Unfinished)) throw err;
      line(`${name} view`, err.message);
    }
  }
}

export async function runViewsBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-views-bench-'));
  const result: Record<string, number> = { articles: ARTICLES };
  console.log(`Views, ${describeSize(ARTICLES)}`);
  const line = (label: string, text: string) => console.log(`  ${`${label}:`.padEnd(32)} ${text}`);
  const tGenerate = performance.now();
  await writeSyntheticLibrary(dir, ARTICLES, 10);
  line('library generated', ms(performance.now() - tGenerate));
  const tHost = performance.now();
  const host = await startHost({ dataDir: dir });
  line('host started (library open)', `${ms(performance.now() - tHost)}, ${rss()} (generator included)`);
  const browser = await launchHeadlessChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(STEP_MS);
    await page.goto(host.server.appUrl);
    await page.waitForURL(`${host.server.url}/`);

    try {
      const t0 = performance.now();
      await bounded('navigation to timeline painted', async () => {
        await page.goto(`${host.server.url}/#/timeline`);
        await page.getByTestId('timeline-axis').waitFor();
        await page.getByTestId('timeline-row').first().waitFor();
      });
      result.firstPaint = performance.now() - t0;
      line('navigation to timeline painted', ms(result.firstPaint));
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);

      const before = await page.getByTestId('timeline-count').textContent();
      const t1 = performance.now();
      await bounded('filter change to repaint', async () => {
        await page.evaluate(() => (window.location.hash = '#/timeline?actor=p7&actor=p9'));
        await page.waitForFunction((text) => {
          const count = document.querySelector('[data-testid="timeline-count"]')?.textContent;
          return count && count !== text && document.querySelectorAll('[data-lane]').length === 2;
        }, before);
      });
      result.filterChange = performance.now() - t1;
      line('filter change to repaint', ms(result.filterChange));

      await bounded('back to the whole library', async () => {
        await page.evaluate(() => (window.location.hash = '#/timeline'));
        await page.waitForFunction(() => document.querySelectorAll('[data-lane]').length > 2);
      });
      const list = page.locator('.statement-list').first();
      const box = (await list.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const scrolling = await frameTimes(page, () => page.mouse.wheel(0, 240), 60);
      result.scrollP95 = p95(scrolling);
      line('frame p95 scrolling the list', `${ms(result.scrollP95)} (${scrolling.length} frames)`);
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
      result.panP95 = p95(panning);
      line('frame p95 panning the axis', `${ms(result.panP95)} (${panning.length} frames)`);
      result.nodes = Math.max(nodes, nodesScrolled);
      line('DOM nodes (most seen)', String(result.nodes));
    } catch (err) {
      if (!(err instanceof Unfinished)) throw err;
      console.log(`  ${err.message} (the timeline's later steps skipped)`);
    }
    await otherViews(page, result, line);
    line('memory at the end', `${rss()} (host and generator; Chromium apart)`);
    return result;
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runViewsBench();
