// The small things: dark mode and the remembered choice, the shortcut sheet, counts in good English, search that
// keeps up with the library, progress from the first moment, notices that leave, and the favicon.
import { bytesToBase64 } from '../../../src/shared/base64';
import { dropFiles, expect, test } from '../support/host-fixture';

const harbourStory = (n: number, word: string) =>
  `Harbour Gazette - Berth ${n} news\n\nPublished 2025-02-0${n}\n\nThe ${word} were rebuilt after the great storm.\n\n` +
  `“We will keep berth ${n} open through the winter,” said harbour master Edda Strand.\n`;

test('dark mode follows the system unless a theme is chosen, and the choice is remembered', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(host.server.url);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const darkBackground = await background();

  const choice = page.getByTestId('theme-choice');
  await expect(choice).toHaveValue('system');
  await choice.selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background()).not.toBe(darkBackground);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(choice).toHaveValue('light');

  await choice.selectOption('system');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await choice.selectOption('dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // The report is paper: light whatever the app's theme.
  await page.goto(`${host.server.url}/#/report?filter=${encodeURIComponent('{}')}`);
  await expect(page.locator('[data-report-ready]')).toBeAttached({ timeout: 60_000 });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('? shows every shortcut from the one table, and the hints beside the views agree with it', async ({
  page,
  host,
}) => {
  await host.workbench.loadDemoLibrary('demo');
  await page.goto(`${host.server.url}/#/review`);
  await expect(page.getByTestId('review-card')).toBeVisible();
  await expect(page.getByTestId('review-card').locator('.keys')).toContainText(
    'J next · K previous · A accept · X reject',
  );

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const text of [
    'Everywhere',
    'Article',
    'Review queue',
    'Search dialog',
    'Accept the statement',
    'Tick or untick topic 1 to 9',
    'Show these shortcuts',
  ]) {
    await expect(sheet).toContainText(text);
  }
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  // While the sheet is open, the view's keys do nothing.
  const before = await page.getByTestId('review-counts').textContent();
  await page.keyboard.press('a');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByTestId('review-counts')).toHaveText(before!);

  // The sidebar button opens it too.
  await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});

test('counts are pluralised and search keeps up with the library', async ({ page, host }) => {
  await page.goto(host.server.url);
  await dropFiles(page, [{ name: 'berth-1.txt', content: harbourStory(1, 'quays') }]);
  await expect(page.getByTestId('import-summary')).toContainText(
    '1 imported, 1 statement found, 0 duplicates, 0 failed',
  );
  await expect(page.getByTestId('library-info')).toHaveText(/^1 article1 statement1 actor$/);
  await expect(page.locator('.page-head')).toContainText('1 article');

  // A word only in the article's text (not in any statement): found at once, by a search that says "1 result".
  await page.keyboard.press('Control+k');
  await page.keyboard.type('quays');
  const meta = page.getByTestId('search-meta');
  await expect(meta).toHaveText('1 result');
  await expect(page.getByTestId('search-results').getByRole('option')).toHaveCount(1);

  // An import while the dialog is open: the results follow without typing again.
  await host.workbench.importFiles({
    jobId: 'second',
    items: [
      { kind: 'bytes', name: 'berth-2.txt', base64: bytesToBase64(new TextEncoder().encode(harbourStory(2, 'quays'))) },
    ],
  });
  await expect(meta).toHaveText('2 results');
  await expect(page.getByTestId('search-results').getByRole('option')).toHaveCount(2);
  await page.keyboard.press('Escape');

  await page.goto(`${host.server.url}/#/actors`);
  await expect(page.locator('.page-head')).toContainText('1 actor');
  await page.goto(`${host.server.url}/#/charts`);
  await expect(page.locator('.page-head')).toContainText('2 statements · 1 actor · 2 articles');
});

test('the import summary leaves with its moment; failures stay one line away in the Library', async ({
  page,
  host,
}) => {
  await page.goto(host.server.url);
  await dropFiles(page, [{ name: 'berth-1.txt', content: harbourStory(1, 'quays') }]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 imported');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByTestId('timeline-row')).toHaveCount(1);
  await expect(summary).toBeHidden();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByTestId('article-table')).toBeVisible();
  await expect(summary).toBeHidden();

  await dropFiles(page, [
    { name: 'berth-2.txt', content: harbourStory(2, 'piers') },
    { name: 'empty.txt', content: '' },
  ]);
  await expect(summary).toContainText('1 failed');
  await expect(summary.locator('li', { hasText: 'empty.txt' })).toBeVisible();
  await page.getByRole('link', { name: 'Actors' }).click();
  await expect(summary).toBeHidden();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(summary).toContainText('Last import');
  await expect(summary.locator('li')).toHaveCount(0);
  await summary.getByRole('button', { name: 'Show what failed' }).click();
  await expect(summary.locator('li', { hasText: 'empty.txt' })).toBeVisible();
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await expect(summary).toBeHidden();
});

test('loading the demo shows progress from its first moment', async ({ page, host }) => {
  await page.goto(host.server.url);
  // Record how the progress panel looks the moment it appears, before the host has reported anything.
  await page.evaluate(() => {
    const w = window as unknown as { firstProgress?: { indeterminate: boolean; text: string } };
    const seen = new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="import-bar"]');
      if (!bar || w.firstProgress) return;
      w.firstProgress = {
        indeterminate: !bar.hasAttribute('value'),
        text: document.querySelector('[data-testid="import-progress"]')!.textContent ?? '',
      };
      seen.disconnect();
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('import-summary')).toContainText('14 imported');
  const first = await page.evaluate(
    () => (window as unknown as { firstProgress?: { indeterminate: boolean; text: string } }).firstProgress,
  );
  expect(first).toEqual({ indeterminate: true, text: expect.stringContaining('Importing starting…') });
});

test('the favicon is served by the build and allowed by the CSP', async ({ page, host }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(host.server.url);
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBe('./favicon.svg');
  const icon = await page.request.get(`${host.server.url}/favicon.svg`);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
  expect(refused).toEqual([]);
});
