import type { Page } from '@playwright/test';
import { expect, test } from '../support/host-fixture';

async function loadDemo(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('load-demo').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-summary')).toContainText('14 imported');
}

const counts = (page: Page) => page.getByTestId('review-counts');

test('the review loop by keyboard: triage, re-attribute, new statement, topic, merge, undo, reload', async ({
  page,
  host,
}) => {
  await loadDemo(page, host.server.url);

  // Triage ten suggestions: six accepted, four rejected.
  await page.goto(`${host.server.url}/#/review`);
  await expect(page.getByTestId('review-card')).toBeVisible();
  const suggested = Number((await counts(page).locator('.suggested').textContent())!.split(' ')[0]);
  expect(suggested).toBeGreaterThan(50);
  const keys = ['a', 'a', 'x', 'a', 'x', 'a', 'a', 'x', 'a', 'x'];
  let accepted = 0;
  let rejected = 0;
  for (const key of keys) {
    await page.keyboard.press(key);
    if (key === 'a') accepted++;
    else rejected++;
    await expect(counts(page)).toContainText(`${accepted} accepted`);
    await expect(counts(page)).toContainText(`${rejected} rejected`);
  }
  await expect(counts(page)).toContainText(`${suggested - 10} suggested`);

  // Fix a wrong speaker: S, type a name, Enter.
  await page.keyboard.press('s');
  await page.keyboard.type('Ivo Maric');
  await page.keyboard.press('Enter');
  await expect(counts(page)).toContainText('1 edited');

  // Open the current statement in its article and make a statement from a selection.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('statement-panel')).toBeVisible();
  const plain = await page.evaluate(() => {
    const body = document.querySelector('[data-testid="article-body"]')!;
    const span = [...body.querySelectorAll(':scope > span')].find(
      (s) => (s.textContent ?? '').trim().split(/\s+/).length > 8,
    )!;
    const node = span.firstChild as Text;
    const text = node.data;
    const start = text.search(/\S/);
    const words = text.slice(start).split(/(\s+)/).slice(0, 11).join('');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + words.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return words;
  });
  await page.keyboard.press('n');
  await expect(page.getByTestId('new-statement')).toContainText(plain);
  await page.locator('#new-speaker').focus();
  await page.keyboard.type('Oskar Nemeth');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('panel-speaker')).toHaveText('Oskar Nemeth');
  await expect(page.locator('mark.hl.selected')).toHaveText(plain);
  const articleUrl = page.url();

  // Define a topic with a live preview and see it applied.
  await page.goto(`${host.server.url}/#/topics`);
  await page.getByLabel('Name').focus();
  await page.keyboard.type('Wetlands');
  await page.getByLabel('Query').focus();
  await page.keyboard.type('wetland* OR crane*');
  await expect(page.getByTestId('preview-count')).not.toHaveText('0');
  const previewCount = Number(await page.getByTestId('preview-count').textContent());
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('topic-list')).toContainText('Wetlands');
  await page.goto(`${host.server.url}/#/charts`);
  await expect(page.getByTestId('charts')).toContainText('Wetlands');

  // Merge two actors, then undo the merge.
  await page.goto(`${host.server.url}/#/actors`);
  await page.getByLabel('Select Alena Varga').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Select Mirela Dascu').focus();
  await page.keyboard.press('Space');
  await page.getByTestId('merge-bar').getByRole('button', { name: 'Mirela Dascu' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-actor="Alena Varga"]')).toHaveCount(0);
  await expect(page.locator('[data-actor="Mirela Dascu"]')).toContainText('Alena Varga');
  await page.locator('body').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('notice')).toContainText('Undone: merge "Alena Varga" into "Mirela Dascu"');
  await expect(page.locator('[data-actor="Alena Varga"]')).toHaveCount(1);

  // Reload: every change is still there.
  await page.reload();
  await expect(page.locator('[data-actor="Alena Varga"]')).toHaveCount(1);
  await expect(page.locator('[data-actor="Ivo Maric"]')).toBeVisible();
  await page.goto(`${host.server.url}/#/review`);
  await expect(counts(page)).toContainText(`${accepted + 1} accepted`); // + the statement made by hand
  await expect(counts(page)).toContainText(`${rejected} rejected`);
  await expect(counts(page)).toContainText('1 edited');
  await page.goto(articleUrl);
  await page.reload();
  await expect(page.locator('mark.hl', { hasText: plain })).toHaveAttribute('data-speaker', 'Oskar Nemeth');
  await page.goto(`${host.server.url}/#/topics`);
  await expect(page.getByTestId('topic-list')).toContainText('Wetlands');
  await page.getByTestId('topic-list').getByRole('button', { name: 'Wetlands', exact: true }).click();
  await expect(page.getByTestId('preview-count')).toHaveText(String(previewCount));
});

test('search finds statements with highlights and opens them', async ({ page, host }) => {
  await loadDemo(page, host.server.url);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('wetland');
  const results = page.getByTestId('search-results');
  await expect(results.locator('li').first()).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/wetland/i);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/article\//);
  await expect(page.getByTestId('article-body')).toContainText(/wetland/i);

  // A common word: the best 40 first, then more on request, up to every hit.
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox').fill('Norvania');
  const meta = page.getByTestId('search-meta');
  await expect(meta).toHaveText(/^\d+ results$/);
  const total = Number(/^(\d+)/.exec((await meta.textContent()) ?? '')![1]);
  expect(total).toBeGreaterThan(40);
  await expect(results.locator('li')).toHaveCount(40);
  await page.getByTestId('search-more').click();
  await expect(results.locator('li')).toHaveCount(Math.min(80, total));
});
