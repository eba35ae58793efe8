/**
 * Import summary warnings and Library housekeeping (issue #12), in Chromium over the real browser-mode host: a
 * mixed batch shows its warnings (very little text, no date, no statements, a language extraction does not read, a
 * low-confidence charset); the new articles are highlighted and findable as "Last import"; one row, a selection and
 * a whole import are deleted and each deletion comes back with one undo; the uncertain charset is re-read with
 * another encoding from the article's details.
 */
import iconv from 'iconv-lite';
import { dropFiles, expect, test, type DroppedFile } from '../support/host-fixture';

const STORY = [
  'Talks between the port authority and the dockers broke down on Monday after six hours, the harbour master said.',
  '"We are done waiting for an offer that never comes," union leader Pell Ardent told reporters outside the hall.',
  'Energy Minister Alena Varga said the government would publish its own figures before the end of the week.',
].join('\n\n');

const GREEK = [
  'Οι συνομιλίες μεταξύ της λιμενικής αρχής και των λιμενεργατών κατέρρευσαν τη Δευτέρα μετά από έξι ώρες.',
  '«Δεν θα περιμένουμε άλλο μια προσφορά που δεν έρχεται ποτέ», είπε στους δημοσιογράφους ο συνδικαλιστής Πελ Άρντεντ.',
  'Η υπουργός Ενέργειας Αλένα Βάργκα δήλωσε ότι η κυβέρνηση θα δημοσιεύσει δικά της στοιχεία μέσα στην εβδομάδα.',
  'Ο λιμενάρχης προειδοποίησε ότι τα πλοία ήδη περιμένουν στο εξωτερικό αγκυροβόλιο της Άνω Κάρσκ.',
].join('\n\n');

const text = (name: string, content: string): DroppedFile => ({ name, content });
const bytes = (name: string, data: Uint8Array): DroppedFile => ({
  name,
  content: Buffer.from(data).toString('base64'),
  binary: true,
  type: 'application/octet-stream',
});

test('a mixed batch shows its warnings; the last import is highlighted, filtered, deleted and undone', async ({
  page,
  host,
}) => {
  await page.goto(host.server.url);
  await dropFiles(page, [
    text('first.txt', `Harbour talks stall\nBy Mara Quell\n3 March 2025 14:20 GMT\n\n${STORY}\n`),
  ]);
  await expect(page.getByTestId('import-summary')).toContainText('1 imported');
  await page.getByTestId('import-summary').getByRole('button', { name: 'Dismiss' }).click();

  await dropFiles(page, [
    text('tiny.txt', 'Quiet day here.\n'),
    text('undated.txt', `Ferry line closes\n\n${STORY.replace('on Monday', 'this week')}\n`),
    text(
      'listing.txt',
      'Title: Harbour fees\nDate: 2025-03-04\n\nHarbour fees for 2025 rise by two crowns per tonne for every ship calling at the outer quay this year.\n',
    ),
    bytes(
      'greek-1253.txt',
      new Uint8Array(iconv.encode(`Απεργία στο λιμάνι\nΗ Ηχώ της Κάρσκ | 2025-03-04\n\n${GREEK}\n`, 'windows-1253')),
    ),
  ]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('4 imported');
  const warnings = page.getByTestId('import-warnings');
  await expect(warnings.locator('li', { hasText: 'tiny.txt' })).toContainText('very little text');
  await expect(warnings.locator('li', { hasText: 'undated.txt' })).toContainText('no date found');
  await expect(warnings.locator('li', { hasText: 'listing.txt' })).toContainText('no statements found');
  const greek = warnings.locator('li', { hasText: 'greek-1253.txt' });
  await expect(greek).toContainText('language not supported by extraction yet (Greek)');
  await expect(greek).toContainText('low-confidence charset');

  // The four new rows are highlighted among all five; "Last import" shows only them.
  const table = page.getByTestId('article-table');
  await expect(table.getByTestId('article-row')).toHaveCount(5);
  await expect(table.locator('tr.in-last-import')).toHaveCount(4);
  await page.getByTestId('library-scope').selectOption('last');
  await expect(table.getByTestId('article-row')).toHaveCount(4);
  await expect(table).toContainText('Απεργία στο λιμάνι');

  // One row, then a selection: each deletion is one undo away.
  await table.getByRole('button', { name: 'Delete Harbour fees' }).click();
  await expect(table.getByTestId('article-row')).toHaveCount(3);
  await page.getByTestId('undo-delete').click();
  await expect(table.getByTestId('article-row')).toHaveCount(4);
  await table.getByRole('checkbox', { name: 'Select Ferry line closes' }).check();
  await table.getByRole('checkbox', { name: 'Select Harbour fees' }).check();
  await page.getByTestId('delete-selected').click();
  await expect(table.getByTestId('article-row')).toHaveCount(2);
  await page.getByTestId('undo-delete').click();
  await expect(table.getByTestId('article-row')).toHaveCount(4);

  // The whole import, and back.
  await page.getByTestId('delete-import').click();
  await page.getByTestId('library-scope').selectOption('all');
  await expect(table.getByTestId('article-row')).toHaveCount(1);
  await expect(table).toContainText('Harbour talks stall');
  await page.getByTestId('undo-delete').click();
  await expect(table.getByTestId('article-row')).toHaveCount(5);

  // The uncertain charset, re-read with another encoding and back again.
  await table.getByRole('link', { name: 'Απεργία στο λιμάνι' }).click();
  const encoding = page.getByTestId('article-encoding');
  await expect(encoding).toContainText('read as WINDOWS-1253 (charset uncertain)');
  await page.getByTestId('reread-encoding').selectOption('koi8-r');
  await page.getByTestId('reread').click();
  await expect(page.getByTestId('article-encoding')).toContainText('read as KOI8-R');
  await expect(page.getByTestId('article-title')).not.toHaveText('Απεργία στο λιμάνι');
  await page.getByTestId('reread-encoding').selectOption('windows-1253');
  await page.getByTestId('reread').click();
  await expect(page.getByTestId('article-title')).toHaveText('Απεργία στο λιμάνι');
  await expect(page.getByTestId('article-encoding')).toContainText('read as WINDOWS-1253');
});
