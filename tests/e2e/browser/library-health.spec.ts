import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startHost } from '../../../src/host/start-host';
import { shardFiles } from '../../helpers/library-shards';
import { expect, openPrintedAddress, test } from '../support/host-fixture';

test('a damaged library says so in the sidebar until the analyst handles it on the health page', async ({
  browser,
}) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-e2e-health-'));
  try {
    const first = await startHost({ dataDir, port: 0 });
    const demo = await first.workbench.loadDemoLibrary('demo');
    expect(demo.imported).toBe(14);
    await first.stop();
    // Cut the largest shard off after its first article, as a full disk would.
    const shards = await shardFiles(dataDir);
    const texts = await Promise.all(
      shards.map(async (f) => ({ f, text: await readFile(path.join(dataDir, f), 'utf8') })),
    );
    const largest = texts.sort(
      (a, b) => b.text.split('"contentHash"').length - a.text.split('"contentHash"').length,
    )[0]!;
    await writeFile(path.join(dataDir, largest.f), largest.text.slice(0, largest.text.indexOf('},{"id"') + 1));

    const host = await startHost({ dataDir, port: 0 });
    const page = await browser.newPage();
    try {
      await openPrintedAddress(page, host.server);
      const badge = page.getByTestId('health-badge');
      await expect(badge).toHaveText('Library damaged: 1 part to check');
      // It stays on every view.
      await page.getByRole('link', { name: 'Timeline' }).click();
      await expect(badge).toBeVisible();

      await badge.click();
      await expect(page.getByTestId('health-mode')).toContainText('Recovery mode');
      const damaged = page.getByTestId('health-problem').filter({ hasText: `${largest.f} could not be read` });
      await damaged.getByRole('button', { name: /^Recover 1 article/ }).click();
      await expect(page.getByTestId('health-problem').filter({ hasText: 'could not be read' })).toHaveCount(0);
      await expect(page.getByTestId('health-mode')).toHaveText('The library is whole.');

      const orphans = page.getByTestId('health-problem').filter({ hasText: 'no article names' });
      await orphans.getByRole('button', { name: /Import (it|them) again/ }).click();
      await expect(page.getByTestId('health-problem')).toHaveCount(0);
      await expect(badge).toBeHidden();
      expect((await host.workbench.getLibraryInfo()).articles).toBe(14);
      await expect(page.getByText(/Trash.*|Files the library no longer uses/).first()).toBeVisible();
    } finally {
      await page.close();
      await host.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
