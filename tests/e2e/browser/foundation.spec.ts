import { dropFiles, expect, pdfText, seedFile, test } from '../support/host-fixture';

test('drop the seed article, filter to Putin, open a statement, export a PDF of just his statements', async ({
  page,
  host,
}) => {
  await page.goto(host.server.url);
  await expect(page.getByTestId('library-empty')).toBeVisible();
  await expect(page.getByTestId('load-demo')).toBeVisible();

  await dropFiles(page, [await seedFile()]);
  await expect(page.getByTestId('import-summary')).toContainText('1 imported');
  const table = page.getByTestId('article-table');
  await expect(table).toContainText('Islam Times');
  await expect(table).toContainText('16 May 2024');

  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByTestId('timeline-row').first()).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('Jens Stoltenberg');
  await page.getByTestId('filter-actors').getByRole('button').first().click();
  await page
    .getByRole('option', { name: /Vladimir Putin/ })
    .getByRole('checkbox')
    .check();
  await page.keyboard.press('Escape');

  const rows = page.getByTestId('timeline-row');
  await expect(page.getByTestId('timeline')).not.toContainText('Jens Stoltenberg');
  await expect(page.getByTestId('timeline')).toContainText('has no place for closed military and political alliances');
  for (const speaker of await rows.locator('.speaker').allTextContents()) expect(speaker).toBe('Vladimir Putin');

  const target = rows.filter({ hasText: 'We believe that the creation of such alliances' });
  await target.click();
  await expect(page).toHaveURL(/#\/article\/.+\?s=/);
  await expect(page.locator('mark.hl.selected')).toContainText('We believe that the creation of such alliances');
  await expect(page.getByTestId('panel-speaker')).toHaveText('Vladimir Putin');

  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.getByTestId('export-report').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('rb-export-pdf').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^soundbite-report-\d{4}-\d{2}\.pdf$/);
  const saved = test.info().outputPath('report.pdf');
  await file.saveAs(saved);
  const text = await pdfText(saved);
  expect(text).toContain('Actors: Vladimir Putin');
  expect(text).toContain('We believe that the creation of such alliances is harmful and counterproductive');
  expect(text).toContain('Islam Times');
  expect(text).not.toContain('enabling Russia to conduct its war of aggression');
});

test('the review panel accepts and re-attributes a statement, and it stays after a reload', async ({ page, host }) => {
  await page.goto(host.server.url);
  await dropFiles(page, [await seedFile()]);
  await expect(page.getByTestId('import-summary')).toContainText('1 imported');
  await page.getByTestId('article-table').getByRole('link').first().click();
  const first = page.locator('mark.hl').first();
  await first.click();
  await expect(page.getByTestId('statement-panel')).toBeVisible();
  await page.keyboard.press('a');
  await expect(page.getByTestId('statement-panel').locator('.status-pill')).toHaveText('accepted');
  await page.getByLabel('Speaker name').fill('Xi Jinping');
  await page.getByLabel('Speaker name').press('Enter');
  await expect(page.getByTestId('panel-speaker')).toHaveText('Xi Jinping');
  // A corrected speaker marks the statement as edited by the analyst (a reviewed state, like accepted).
  await expect(page.getByTestId('statement-panel').locator('.status-pill')).toHaveText('edited');
  await page.reload();
  await expect(page.getByTestId('panel-speaker')).toHaveText('Xi Jinping');
  await expect(page.getByTestId('statement-panel').locator('.status-pill')).toHaveText('edited');
  await expect(page.locator('mark.hl.selected')).toHaveAttribute('data-speaker', 'Xi Jinping');
});
