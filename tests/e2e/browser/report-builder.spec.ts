// The report builder end to end in browser mode: a client report for one demo actor with a custom title and two
// sections, printed by real headless Chromium and read back with pdf.js; and CSV / XLSX exports of the same
// filter from the UI, checked against the count the timeline shows.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, pdfText, test } from '../support/host-fixture';

const ACTOR = 'Mirela Dascu';

test('a two-section report for one actor, and CSV and XLSX of the same filter', async ({ page, host }) => {
  test.setTimeout(240_000);
  await host.workbench.loadDemoLibrary('demo');
  const actor = (await host.workbench.listActors()).find((a) => a.name === ACTOR)!;
  const rows = (await host.workbench.queryTimeline({ actorIds: [actor.id] })).rows;
  expect(rows.length).toBeGreaterThan(6);
  // Review: the first statement rejected, every third left as suggested, the rest accepted.
  const rejected = rows[0]!.statement;
  const suggested = rows.filter((_, i) => i > 0 && i % 3 === 0).map((r) => r.statement);
  for (const [i, r] of rows.entries())
    await host.workbench.updateStatement(r.statement.id, {
      status: i === 0 ? 'rejected' : i % 3 === 0 ? 'suggested' : 'accepted',
    });
  const accepted = rows.length - 1 - suggested.length;

  await page.goto(`${host.server.url}/#/timeline`);
  await expect(page.getByTestId('timeline-row').first()).toBeVisible();
  await page.getByTestId('filter-actors').getByRole('button').first().click();
  await page
    .getByRole('option', { name: new RegExp(ACTOR) })
    .getByRole('checkbox')
    .check();
  await page.keyboard.press('Escape');
  // The timeline leaves rejected statements out: all but one of the actor's statements.
  const total = page.getByTestId('timeline-total');
  await expect(total).toHaveText(new RegExp(`^${rows.length - 1} statements`));
  const shown = Number(/^\d+/.exec((await total.textContent())!)![0]);

  // CSV and XLSX of the same filter, from the UI.
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvFile = test.info().outputPath('statements.csv');
  await (await csvDownload).saveAs(csvFile);
  const records = parse(await readFile(csvFile), { columns: true, bom: true }) as Array<Record<string, string>>;
  expect(records).toHaveLength(shown);
  expect(records.map((r) => r['quote'])).not.toContain(rejected.quote);

  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('export-xlsx').click();
  const xlsxFile = test.info().outputPath('statements.xlsx');
  await (await xlsxDownload).saveAs(xlsxFile);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxFile);
  const sheet = book.worksheets[0]!;
  expect(sheet.actualRowCount - 1).toBe(shown); // less the header row

  // The builder: a custom title, two sections, the review states defaulting to accepted + edited.
  await page.getByTestId('export-report').click();
  await expect(page).toHaveURL(/#\/report-builder/);
  const statuses = page.getByTestId('rb-statuses');
  await expect(statuses.getByLabel('accepted')).toBeChecked();
  await expect(statuses.getByLabel('edited')).toBeChecked();
  await expect(statuses.getByLabel('suggested')).not.toBeChecked();
  await expect(statuses.getByLabel('rejected')).not.toBeChecked();
  await page.getByTestId('rb-title').fill('Dascu on the pipeline');
  for (const section of ['charts', 'timeline', 'notes', 'sources'])
    await page.locator(`[data-section="${section}"]`).uncheck();
  // Statements first, then the key figures.
  await page.getByRole('button', { name: 'Move statements up' }).click();
  const preview = page.getByTestId('rb-preview');
  await expect(preview.locator('h1')).toHaveText('Dascu on the pipeline');
  await expect(preview.locator('h2')).toHaveText(['Statements by actor', 'Key figures']);
  await expect(preview.locator('.rpt-card')).toHaveCount(accepted);

  const pdfDownload = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('rb-export-pdf').click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^dascu-on-the-pipeline-\d{4}-\d{2}\.pdf$/);
  const pdfFile = test.info().outputPath('report.pdf');
  await pdf.saveAs(pdfFile);
  const text = await pdfText(pdfFile);
  expect(text).toContain('Dascu on the pipeline');
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain(`${ACTOR} said`);
  expect(text).not.toContain('Timeline');
  expect(text).not.toContain('Sources');
  // Citations: outlet and date of an accepted statement, as the page's locale writes them.
  const cited = rows.find((r, i) => i > 0 && i % 3 !== 0)!;
  expect(cited.source).toBeTruthy();
  expect(text).toContain(cited.source!);
  const citedDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${cited.statement.date ?? cited.date}T00:00:00Z`),
  );
  expect(text).toContain(`${cited.source}, ${citedDate}`);
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  expect(text).not.toContain(fold(rejected.quote).slice(0, 60));
  for (const s of suggested) expect(text).not.toContain(fold(s.quote).slice(0, 60));
  expect(text).toContain(fold(rows[1]!.statement.quote).slice(0, 40));
});

test('a preset saved in the builder keeps its options and filter in the library and loads again', async ({
  page,
  host,
}) => {
  await host.workbench.loadDemoLibrary('demo');
  await page.goto(`${host.server.url}/#/timeline`);
  await page.getByTestId('filter-actors').getByRole('button').first().click();
  await page
    .getByRole('option', { name: /Jonas Ellery/ })
    .getByRole('checkbox')
    .check();
  await page.keyboard.press('Escape');
  await page.getByTestId('export-report').click();
  const preview = page.getByTestId('rb-preview');
  await expect(preview.locator('.rpt-filter')).toContainText('Actors: Jonas Ellery');
  await page.getByTestId('rb-title').fill('Weekly energy brief');
  await page.locator('[data-section="charts"]').uncheck();
  await page.getByTestId('rb-group-by').selectOption('topic');
  await page.getByLabel('Preset name').fill('Energy brief');
  await page.getByRole('button', { name: 'Save preset' }).click();
  await expect
    .poll(async () => (await host.workbench.listReportPresets()).map((p) => p.name))
    .toEqual(['Energy brief']);
  const [preset] = await host.workbench.listReportPresets();
  expect(preset!.options).toMatchObject({ title: 'Weekly energy brief', groupBy: 'topic' });
  expect(preset!.options.sections).not.toContain('charts');
  expect(preset!.filter.actorIds).toHaveLength(1);

  // Another session, no filter: the preset brings back its options and its filter.
  await page.goto(`${host.server.url}/#/timeline`);
  await page.reload();
  await page.goto(`${host.server.url}/#/report-builder`);
  await expect(preview.locator('.rpt-filter')).toContainText('All statements in the library');
  await expect(page.getByTestId('rb-title')).toHaveValue('');
  await page.getByLabel('Use a preset').selectOption('Energy brief');
  await expect(page.getByTestId('rb-title')).toHaveValue('Weekly energy brief');
  await expect(preview.locator('.rpt-filter')).toContainText('Actors: Jonas Ellery');
  await expect(preview.locator('h2').first()).toHaveText('Key figures');
  await expect(preview.locator('h2')).not.toContainText(['Charts']);
  await expect(preview.locator('h2', { hasText: 'Statements' })).toHaveText('Statements by topic');
});

/** Text of each page of a PDF, whitespace folded. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}

test('a long report has a table of contents whose page numbers are right, and metadata', async ({ host }) => {
  test.setTimeout(240_000);
  await host.workbench.loadDemoLibrary('demo');
  const exported = await host.workbench.exportReport(
    {},
    { title: 'Everything said', author: 'R. Analyst', locale: 'en-GB', paper: 'letter' },
  );
  expect(exported.fileName).toMatch(/^everything-said-\d{4}-\d{2}\.pdf$/);
  const pdf = new Uint8Array(Buffer.from(exported.pdfBase64, 'base64'));
  const pages = await pageTexts(pdf);
  expect(pages.length).toBeGreaterThan(5);
  pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  const contents = pages.findIndex((t) => t.includes('Contents'));
  expect(contents).toBeGreaterThanOrEqual(0);
  for (const heading of ['Key figures', 'Charts', 'Timeline', 'Notes', 'Sources']) {
    const entry = new RegExp(`${heading} (\\d+)`).exec(pages[contents]!);
    expect(entry, heading).not.toBeNull();
    const page = Number(entry![1]);
    expect(page).toBeGreaterThan(contents + 1);
    expect(pages[page - 1], `${heading} on page ${page}`).toContain(heading);
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  expect((await doc.getMetadata()).info).toMatchObject({ Title: 'Everything said', Author: 'R. Analyst' });
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
  await doc.destroy();
});

test('a short report that runs long (a long summary) still gets its table of contents', async ({ host }) => {
  test.setTimeout(240_000);
  await host.workbench.loadDemoLibrary('demo');
  const ellery = (await host.workbench.listActors()).find((a) => a.name === 'Jonas Ellery')!;
  const paragraph = 'The invented ministry kept its position on the pipeline through the spring. '.repeat(12);
  const summary = Array.from({ length: 20 }, () => paragraph).join('\n\n');
  const exported = await host.workbench.exportReport({ actorIds: [ellery.id] }, { title: 'Ellery', summary });
  const pages = await pageTexts(new Uint8Array(Buffer.from(exported.pdfBase64, 'base64')));
  expect(pages.length).toBeGreaterThan(5);
  const contents = pages.findIndex((t) => t.includes('Contents'));
  const entry = /Sources (\d+)/.exec(pages[contents]!);
  expect(pages[Number(entry![1]) - 1]).toContain('Sources');
});

test('a report page that fails to build is an error, never a PDF of the error', async ({ host }) => {
  // The API refuses this locale when the report page asks for its model: the page shows the error, and the
  // printer must return it instead of printing.
  await expect(host.workbench.exportReport({}, { locale: 'not a locale!' })).rejects.toThrow(
    /^the report could not be built: .*locale/,
  );
});
