import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIRE_COPY, WIRE_STORY } from '../../helpers/wire-story';
import { dropFiles, expect, test, type DroppedFile } from '../support/host-fixture';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/import');
const expected = JSON.parse(await readFile(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { title?: string; date?: string | null; source?: string | null; error?: string }
>;

async function fixture(rel: string): Promise<DroppedFile> {
  const bytes = await readFile(path.join(FIXTURES, rel));
  return {
    name: path.basename(rel),
    content: bytes.toString('base64'),
    binary: true,
    type: 'application/octet-stream',
  };
}

test('a mixed set of real files: progress, per-file failures, duplicates, and the right metadata', async ({
  page,
  host,
}) => {
  const files = await Promise.all(
    [
      'html/news-meta.html',
      'eml/ledger-alert.eml',
      'md/front-matter.md',
      'pdf/treaty-hyphenated.pdf',
      'docx/strike-heading.docx',
      'txt/windows-1252-french.txt',
      'bad/binary-junk.txt',
      'bad/truncated.pdf',
      'bad/empty.txt',
    ].map(fixture),
  );
  files.push(
    {
      name: 'ledger-ebbing.txt',
      content: `date 2025-03-04 The Meridian Ledger - Ebbing port reopens\n\n${WIRE_STORY.join('\n\n')}\n`,
    },
    {
      name: 'wire-ebbing.txt',
      content: `date 2025-03-05 Northwind Wire - Ships return to Ebbing\n\n${WIRE_COPY.join('\n\n')}\n`,
    },
  );
  await page.goto(host.server.url);
  await dropFiles(page, files);
  await expect(page.getByTestId('import-progress')).toBeVisible();

  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('6 imported');
  await expect(summary).toContainText('2 duplicates');
  await expect(summary).toContainText('3 failed');
  for (const bad of ['bad/binary-junk.txt', 'bad/truncated.pdf', 'bad/empty.txt']) {
    await expect(summary.locator('li', { hasText: path.basename(bad) })).toContainText(expected[bad]!.error!);
  }
  await expect(summary.locator('li', { hasText: 'ledger-alert.eml' })).toContainText('already in the library');

  const group = page.getByTestId('duplicate-group');
  await expect(group).toHaveCount(1);
  await expect(group).toContainText('Ebbing port reopens');
  await expect(group).toContainText('Ships return to Ebbing');

  const pdf = expected['pdf/treaty-hyphenated.pdf']!;
  await page.getByTestId('article-table').getByRole('link', { name: pdf.title! }).click();
  await expect(page.getByTestId('article-title')).toHaveText(pdf.title!);
  await expect(page.locator('.article-meta')).toContainText(pdf.source!);
  await expect(page.locator('.article-meta')).toContainText('12 Jun 2024');

  await page.goto(host.server.url);
  await group.getByRole('button', { name: 'Merge into the first' }).click();
  await expect(page.getByTestId('duplicate-group')).toHaveCount(0);
  await page.getByTestId('article-table').getByRole('link', { name: 'Ebbing port reopens' }).click();
  await expect(page.getByTestId('attestations')).toContainText('Northwind Wire');
});
