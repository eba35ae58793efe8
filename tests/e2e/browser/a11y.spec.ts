// axe-core on every view of the demo library, in the light and the dark theme (the system setting, emulated):
// no critical and no serious violations anywhere. Serious and critical node counts per view are annotated.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/host-fixture';

interface View {
  name: string;
  open: (page: Page, url: string) => Promise<void>;
}

async function visit(page: Page, url: string, hash: string, ready: string) {
  await page.goto(`${url}/${hash}`);
  await expect(page.locator(ready).first()).toBeVisible();
}

async function openFirstArticleWithPanel(page: Page, url: string) {
  await visit(page, url, '#/library', '[data-testid="article-table"]');
  await page.getByTestId('article-table').getByRole('link').first().click();
  await page.locator('mark.hl').first().click();
  await expect(page.getByTestId('statement-panel')).toBeVisible();
}

const VIEWS: View[] = [
  { name: 'library', open: (page, url) => visit(page, url, '#/library', '[data-testid="article-table"]') },
  { name: 'article', open: openFirstArticleWithPanel },
  { name: 'review', open: (page, url) => visit(page, url, '#/review', '[data-testid="review-card"]') },
  { name: 'timeline', open: (page, url) => visit(page, url, '#/timeline', '[data-testid="timeline-row"]') },
  { name: 'charts', open: (page, url) => visit(page, url, '#/charts', '.recharts-surface') },
  { name: 'actors', open: (page, url) => visit(page, url, '#/actors', '[data-testid="actor-row"]') },
  { name: 'topics', open: (page, url) => visit(page, url, '#/topics', '[data-testid="topic-list"] li') },
  { name: 'health', open: (page, url) => visit(page, url, '#/health', '[data-testid="health-mode"]') },
  {
    name: 'search',
    open: async (page, url) => {
      await visit(page, url, '#/timeline', '[data-testid="timeline-row"]');
      await page.keyboard.press('Control+k');
      await page.keyboard.type('pipeline');
      await expect(page.getByTestId('search-results').getByRole('option').first()).toBeVisible();
    },
  },
  {
    name: 'shortcuts',
    open: async (page, url) => {
      await visit(page, url, '#/review', '[data-testid="review-card"]');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
  {
    name: 'report',
    open: async (page, url) => {
      await page.goto(`${url}/#/report?filter=${encodeURIComponent('{}')}`);
      await expect(page.locator('[data-report-ready]')).toBeAttached({ timeout: 60_000 });
    },
  },
];

for (const mode of ['light', 'dark'] as const) {
  test(`every view has no critical or serious axe violations (${mode})`, async ({ page, host }) => {
    test.setTimeout(240_000);
    await host.workbench.loadDemoLibrary('demo');
    await page.emulateMedia({ colorScheme: mode, reducedMotion: 'reduce' });
    const found: string[] = [];
    const counts: string[] = [];
    for (const view of VIEWS) {
      await page.mouse.move(0, 0); // no hover state left over from the previous view
      await view.open(page, host.server.url);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const bad = result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
      counts.push(`${view.name}: ${bad.reduce((n, v) => n + v.nodes.length, 0)}`);
      for (const v of bad) {
        const where = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
        found.push(`${view.name}: ${v.id} (${v.impact}, ${v.nodes.length}) ${where.join(' | ')}`);
      }
    }
    test.info().annotations.push({ type: `axe ${mode}`, description: counts.join(', ') });
    expect(found).toEqual([]);
  });
}
