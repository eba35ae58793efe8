// The statement panel and the new-statement form stay beside what they edit: wherever the statement is in a long
// article, at the smallest supported window and a large one, they are inside the viewport and take keyboard focus.
import type { Locator, Page } from '@playwright/test';
import { dropFiles, expect, test } from '../support/host-fixture';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
];

const SPEAKERS = ['harbour master Edda Strand', 'Mayor Ivo Tamm', 'union leader Rasa Kell', 'the port authority'];
const FILLER =
  'The harbour has been the heart of the town for two centuries, and the quays were rebuilt after the great storm. ' +
  'Ferries leave every hour in summer, fewer in winter, and freight traffic has grown steadily since the new locks opened. ' +
  'The season started late, but the autumn markets were busier than any in recent memory.';

/** A long article: every other paragraph a quote, so statements sit all the way down to its end. */
function longArticle(): string {
  const paragraphs = ['Harbour Gazette - The long winter at the harbour', 'Published 2025-02-03'];
  for (let i = 0; i < 30; i++) {
    paragraphs.push(FILLER);
    paragraphs.push(
      `“We will keep berth ${i + 1} open through the winter months,” said ${SPEAKERS[i % SPEAKERS.length]}.`,
    );
  }
  paragraphs.push(FILLER);
  return `${paragraphs.join('\n\n')}\n`;
}

async function openLongArticle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await dropFiles(page, [{ name: 'long-winter.txt', content: longArticle() }]);
  await expect(page.getByTestId('import-summary')).toContainText('1 imported');
  await page
    .getByTestId('article-table')
    .getByRole('link', { name: /The long winter at the harbour/ })
    .click();
  await expect(page.locator('mark.hl')).toHaveCount(30);
}

/** The whole box is inside the viewport (a panel taller than the window scrolls inside its own column). */
async function expectWithinViewport(page: Page, locator: Locator): Promise<void> {
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
}

/** How far the article is scrolled: the statement really is in its lower part. */
const scrolled = (page: Page) => page.locator('main').evaluate((main) => main.scrollTop);

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('clicking the last statement of a long article shows its panel in view, with focus', async ({
      page,
      host,
    }) => {
      await openLongArticle(page, host.server.url);
      const last = page.locator('mark.hl').last();
      await last.click();
      expect(await scrolled(page)).toBeGreaterThan(size.height);

      const panel = page.getByTestId('statement-panel');
      await expect(panel).toBeVisible();
      await expect(panel).toBeFocused();
      await expect(panel).toContainText('berth 30');
      await expectWithinViewport(page, page.getByTestId('article-side'));
      await expect(panel.locator('blockquote')).toBeInViewport({ ratio: 1 });
      await expect(panel.getByRole('button', { name: /Accept/ })).toBeInViewport({ ratio: 1 });
      await expect(last).toBeInViewport({ ratio: 1 });

      // The keys act on it from there, and the panel follows to the previous statement.
      await page.keyboard.press('a');
      await expect(panel.locator('.status-pill')).toHaveText('accepted');
      await page.keyboard.press('k');
      await expect(panel).toContainText('berth 29');
      await expect(panel).toBeFocused();
      await expectWithinViewport(page, page.getByTestId('article-side'));

      // Escape closes the panel and gives focus back to the highlight it was about.
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(page.locator('mark.hl', { hasText: 'berth 29' })).toBeFocused();
    });

    test('selecting text at the bottom of a long article shows the new-statement form in view, with focus', async ({
      page,
      host,
    }) => {
      await openLongArticle(page, host.server.url);
      const words = await page.getByTestId('article-body').evaluate((body) => {
        const spans = [...body.querySelectorAll(':scope > span')];
        const text = spans[spans.length - 1]!.firstChild as Text;
        text.parentElement!.scrollIntoView({ block: 'center' });
        // Words of the last filler paragraph that sit on one line at this width (none of them is a statement).
        for (const phrase of ['The season started late', 'the autumn markets were busier', 'recent memory']) {
          const at = text.data.lastIndexOf(phrase);
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + phrase.length);
          const rects = range.getClientRects();
          if (rects.length !== 1) continue;
          const rect = rects[0]!;
          return { phrase, left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
        }
        throw new Error('no phrase on one line');
      });
      expect(await scrolled(page)).toBeGreaterThan(size.height);
      await page.mouse.move(words.left + 1, words.y);
      await page.mouse.down();
      await page.mouse.move((words.left + words.right) / 2, words.y, { steps: 4 });
      await page.mouse.move(words.right - 1, words.y, { steps: 4 });
      await page.mouse.up();

      const form = page.getByTestId('new-statement');
      await expect(form).toBeVisible();
      await expect(form.locator('blockquote')).toContainText(words.phrase.slice(1));
      await expect(page.locator('#new-speaker')).toBeFocused();
      await expectWithinViewport(page, page.getByTestId('article-side'));
      await expect(form.getByRole('button', { name: 'Create statement' })).toBeInViewport({ ratio: 1 });

      await page.keyboard.type('Lina Korp');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('panel-speaker')).toHaveText('Lina Korp');
      await expect(page.getByTestId('statement-panel')).toBeFocused();
      await expectWithinViewport(page, page.getByTestId('article-side'));
    });

    test('following a timeline row to a statement low in its article shows the panel in view', async ({
      page,
      host,
    }) => {
      await openLongArticle(page, host.server.url);
      await page.getByRole('link', { name: 'Timeline' }).click();
      await page.getByTestId('timeline-row').filter({ hasText: 'berth 28 open' }).click();
      await expect(page).toHaveURL(/#\/article\/.+\?s=/);
      const panel = page.getByTestId('statement-panel');
      await expect(panel).toContainText('berth 28');
      await expect(panel).toBeFocused();
      await expect(page.locator('mark.hl.selected')).toBeInViewport({ ratio: 1 });
      await expectWithinViewport(page, page.getByTestId('article-side'));
      expect(await scrolled(page)).toBeGreaterThan(size.height);
    });
  });
}
