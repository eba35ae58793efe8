// XSS suite: hostile payloads in every format Soundbite reads and in every field an analyst types, then every view,
// every article, the search dialog and the report page visited in Chromium. Nothing may run, nothing may be fetched
// from outside the app, and the payloads must still be there to read, as text.
import { writeFile } from 'node:fs/promises';
import { dropFiles, expect, pdfText, test } from '../support/host-fixture';
import { hostileFiles, payload, REMOTE } from '../support/hostile-files';
import { reportHash } from '../../../src/shared/report-route';

test('no hostile input runs script or reaches the network, in any view or the report', async ({ page, host }) => {
  test.setTimeout(300_000);
  const executed: string[] = [];
  const outbound: string[] = [];
  const context = page.context();
  await context.exposeBinding('__xss', (_source, id: string) => void executed.push(id));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(host.server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outbound.push(url);
    return route.abort();
  });
  page.on('dialog', (dialog) => {
    executed.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => executed.push(`popup: ${popup.url()}`));
  await page.reload();
  // The detector itself works: a call from the page is seen.
  await page.evaluate(() => (window as unknown as { __xss(id: string): Promise<void> }).__xss('canary'));
  expect(executed).toEqual(['canary']);
  executed.length = 0;

  const files = await hostileFiles();
  await dropFiles(page, files);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(/Import finished: \d+ imported/, { timeout: 120_000 });
  const articles = await host.workbench.listArticles();
  expect(articles.length, (await summary.textContent()) ?? '').toBeGreaterThanOrEqual(files.length);

  // Every field an analyst types, through the same API the UI uses.
  const wb = host.workbench;
  const typed: string[] = [];
  const type = async (field: string, work: (value: string) => Promise<unknown>) => {
    typed.push(field);
    await work(payload(`typed-${field}`));
  };
  const first = articles[0]!;
  const detail = await wb.getArticle(first.id);
  const statement = detail.statements[0]!;
  const actor = (await wb.listActors())[0]!;
  await type('article-title', (v) => wb.updateArticle(first.id, { title: v }));
  await type('article-source', (v) => wb.updateArticle(first.id, { source: v }));
  await type('article-byline', (v) => wb.updateArticle(first.id, { byline: v }));
  await type('article-url', () => wb.updateArticle(first.id, { url: `javascript:__xss('typed-url')` }));
  await type('article-note', (v) => wb.updateArticle(first.id, { note: v }));
  await type('statement-note', (v) => wb.updateStatement(statement.id, { note: v }));
  await type('speaker-name', (v) => wb.updateStatement(statement.id, { speakerName: v.slice(0, 150) }));
  await type('actor-name', (v) => wb.updateActor(actor.id, { name: v.slice(0, 150) }));
  await type('actor-alias', (v) => wb.updateActor(actor.id, { aliases: [v.slice(0, 150)] }));
  await type('topic', (v) => wb.saveTopic({ name: v.slice(0, 100), query: 'dam OR policy' }));

  const views = ['#/library', '#/review', '#/timeline', '#/charts', '#/actors', '#/topics', '#/health'];
  const visited: string[] = [];
  const markupFound: string[] = [];
  /** Hostile markup that became elements: links to javascript:, frames, remote resources, inline handlers. */
  const checkMarkup = async (where: string) => {
    const found = await page.evaluate((remote) => {
      const attr = (e: Element) => e.getAttribute('src') ?? e.getAttribute('href') ?? e.getAttribute('data') ?? '';
      return [
        ...[...document.querySelectorAll('a[href^="javascript:" i]')].map(() => 'javascript: link'),
        ...[...document.querySelectorAll('iframe, object, embed, form[action]')].map((e) => e.tagName),
        ...[...document.querySelectorAll('[src], [href], [data]')].filter((e) => attr(e).startsWith(remote)).map(attr),
        ...[...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))),
        ...[...document.querySelectorAll('script:not([src]), style')]
          .filter((e) => /__xss|xss-probe/.test(e.textContent ?? ''))
          .map(() => 'script'),
      ];
    }, REMOTE);
    markupFound.push(...found.map((f) => `${where}: ${f}`));
  };
  const visit = async (hash: string) => {
    await page.goto(`${host.server.url}/${hash}`);
    await page.waitForFunction(() => (document.querySelector('main, .report')?.textContent ?? '').length > 40);
    await checkMarkup(hash);
    visited.push(hash);
  };
  for (const hash of views) await visit(hash);
  for (const a of await wb.listArticles()) await visit(`#/article/${encodeURIComponent(a.id)}`);
  // The article the analyst edited shows its typed payloads as text.
  await visit(`#/article/${encodeURIComponent(first.id)}`);
  await expect(page.locator('main')).toContainText("<script>__xss('typed-article-title:script')</script>");

  // Search: a payload typed into the box, then a word that finds the hostile statements.
  await page.keyboard.press('Control+k');
  const box = page
    .getByRole('searchbox')
    .or(page.getByRole('textbox', { name: /search/i }))
    .first();
  await box.fill(payload('typed-search'));
  await box.fill('policy dam');
  await expect(page.getByRole('dialog')).toContainText('policy');
  await checkMarkup('search');
  visited.push('search');

  // The report page with a hostile title, in the app and printed to PDF.
  const title = payload('typed-report-title').slice(0, 300);
  await page.goto(`${host.server.url}/#${reportHash({}, { title })}`);
  await expect(page.locator('[data-report-ready]')).toBeAttached({ timeout: 60_000 });
  await expect(page.locator('body')).toContainText("<script>__xss('typed-report-title:script')</script>");
  visited.push('report');
  const exported = await wb.exportReport({}, { title });
  const pdf = test.info().outputPath('hostile-report.pdf');
  await writeFile(pdf, Buffer.from(exported.pdfBase64, 'base64'));
  expect(await pdfText(pdf)).toContain("__xss('typed-report-title:script')");

  await checkMarkup('report');
  expect(markupFound).toEqual([]);

  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  console.log(
    `xss suite: ${files.length} hostile files (${files.map((f) => f.name.split('.').pop()).join(', ')}), ` +
      `${typed.length} typed fields, ${visited.length} views visited, ${executed.length} script executions, ` +
      `${outbound.length} outbound requests`,
  );
  expect(executed).toEqual([]);
  expect(outbound).toEqual([]);
});
