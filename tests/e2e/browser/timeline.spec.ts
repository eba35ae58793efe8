// The timeline and charts on the demo library, as an analyst uses them: filter to two actors, zoom into one month,
// hover and click a mark to reach the statement in the reader; click a cell of the actor × topic matrix and get
// exactly the statements it counted; reload and back/forward restore the view; reported speech keeps its cue.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/host-fixture';

async function pickActors(page: Page, names: string[]) {
  await page.getByTestId('filter-actors').getByRole('button').first().click();
  for (const name of names)
    await page
      .getByRole('option', { name: new RegExp(name) })
      .getByRole('checkbox')
      .check();
  await page.keyboard.press('Escape');
}

test('filter, zoom, hover and open a mark; drill down from the matrix; the address keeps the view', async ({
  page,
  host,
}) => {
  await host.workbench.loadDemoLibrary('demo');
  const actors = await host.workbench.listActors();
  const ivo = actors.find((a) => a.name === 'Ivo Maric')!;
  const security = (await host.workbench.listTopics()).find((t) => t.name === 'Security')!;

  await page.goto(`${host.server.url}/#/timeline`);
  await expect(page.getByTestId('timeline-row').first()).toBeVisible();
  await pickActors(page, ['Mirela Dascu', 'Ivo Maric']);
  const lanes = page.locator('[data-testid="timeline-axis"] [data-lane]');
  await expect(lanes).toHaveCount(2);
  await expect(page.getByTestId('timeline-axis').locator('[data-lane="Mirela Dascu"]')).toBeVisible();
  await expect(page).toHaveURL(/actor=.+&actor=/);
  // Each pick was a step in the history: back takes the second actor away again, forward brings it back.
  await page.goBack();
  await expect(lanes).toHaveCount(1);
  await page.goForward();
  await expect(lanes).toHaveCount(2);

  // Zoom into one month.
  const shown = page.getByTestId('axis-window');
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect(page).toHaveURL(/win=\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}/);
  const [from, to] = decodeURIComponent(new URL(page.url()).hash)
    .match(/win=([\d-]+)_([\d-]+)/)!
    .slice(1);
  expect((Date.parse(to!) - Date.parse(from!)) / 86_400_000).toBe(30);
  const windowText = await shown.textContent();

  // The list under the axis holds exactly the window's statements of the two actors.
  const inWindow = await host.workbench.queryTimeline({
    actorIds: [actors.find((a) => a.name === 'Mirela Dascu')!.id, ivo.id],
    from,
    to,
  });
  expect(inWindow.total).toBeGreaterThan(0);
  await expect(page.getByTestId('timeline-count')).toHaveText(
    `${inWindow.total} statement${inWindow.total === 1 ? '' : 's'}`,
  );

  // Hover a mark: speaker, cue, quote, outlet and date. Click it: the reader opens at that statement.
  const mark = page.getByTestId('timeline-mark').first();
  await expect(mark).toBeVisible();
  const id = (await mark.getAttribute('data-statement-id'))!;
  const row = inWindow.rows.find((r) => r.statement.id === id)!;
  expect(row).toBeTruthy();
  await mark.hover();
  const tip = page.getByTestId('timeline-tooltip');
  await expect(tip).toContainText(row.speakerName);
  await expect(tip).toContainText(row.statement.quote.slice(0, 40));
  await expect(tip).toContainText(row.source!);
  if (row.statement.cue) await expect(tip).toContainText(`${row.speakerName} ${row.statement.cue}`);
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`#/article/.+\\?s=${id}`));
  await expect(page.locator('mark.hl.selected')).toContainText(row.statement.quote.slice(0, 30));
  await expect(page.getByTestId('panel-speaker')).toHaveText(row.speakerName);

  // Back: the same filtered, zoomed view.
  await page.goBack();
  await expect(shown).toHaveText(windowText!);
  await expect(lanes).toHaveCount(2);

  // The actor × topic matrix, for the same filter; a click on a cell lists exactly what it counted.
  await page.getByRole('link', { name: 'Charts' }).click();
  const matrix = page.getByTestId('matrix-actor-topic');
  await expect(matrix.locator('[data-row="Mirela Dascu"]').first()).toBeVisible();
  const cell = matrix.locator(`[data-testid="matrix-cell"][data-row="Ivo Maric"][data-col="Security"]`);
  const counted = Number(await cell.getAttribute('data-count'));
  expect(counted).toBeGreaterThan(1);
  await cell.click();
  await expect(page).toHaveURL(/#\/timeline\?/);
  const expected = await host.workbench.queryTimeline({ actorIds: [ivo.id], topicIds: [security.id] });
  expect(expected.total).toBe(counted);
  const rows = page.getByTestId('timeline-row');
  await expect(page.getByTestId('timeline-count')).toHaveText(`${counted} statements`);
  await expect(rows).toHaveCount(counted);
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-statement-id')));
  expect(ids.sort()).toEqual(expected.rows.map((r) => r.statement.id).sort());

  // Reported speech shows its cue, and a denial is marked as one.
  const denial = rows.filter({ hasText: 'rejected' }).first();
  await expect(denial.locator('.statement-text')).toContainText('Ivo Maric rejected:');
  await expect(denial.locator('.polarity.denies')).toBeVisible();

  // Reload: the same view.
  const address = page.url();
  await page.reload();
  await expect(page).toHaveURL(address);
  await expect(page.getByTestId('timeline-count')).toHaveText(`${counted} statements`);
  await expect(page.getByTestId('filter-actors')).toContainText('Ivo Maric');
  await expect(page.getByTestId('filter-topics')).toContainText('Security');
});

test('wheel, keyboard, buttons and the brush zoom and pan the axis; the list follows the window', async ({
  page,
  host,
}) => {
  await host.workbench.loadDemoLibrary('demo');
  await page.goto(`${host.server.url}/#/timeline`);
  const axis = page.getByTestId('timeline-axis');
  await expect(axis).toBeVisible();
  const windowOf = () => {
    const m = decodeURIComponent(new URL(page.url()).hash).match(/win=([\d-]+)_([\d-]+)/);
    return m ? { from: m[1]!, to: m[2]!, days: (Date.parse(m[2]!) - Date.parse(m[1]!)) / 86_400_000 + 1 } : null;
  };
  const listMatches = async () => {
    const w = windowOf()!;
    const expected = await host.workbench.queryTimeline({ from: w.from, to: w.to });
    await expect(page.getByTestId('timeline-count')).toHaveText(
      `${expected.total} statement${expected.total === 1 ? '' : 's'}`,
    );
  };

  // The wheel zooms in around the pointer; the window settles in the address.
  const box = (await axis.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => windowOf()?.days ?? 999).toBeLessThan(180);
  const afterWheel = windowOf()!;
  await listMatches();

  // Keyboard: + zooms in, the arrow keys pan.
  await page.locator('.axis-frame').focus();
  await page.keyboard.press('+');
  await expect.poll(() => windowOf()!.days).toBeLessThan(afterWheel.days);
  const zoomed = windowOf()!;
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => windowOf()!.from).not.toBe(zoomed.from);
  expect(windowOf()!.days).toBe(zoomed.days);
  await listMatches();

  // Brushing the overview strip chooses the window.
  const strip = (await page.getByTestId('timeline-brush').boundingBox())!;
  await page.mouse.move(strip.x + strip.width * 0.1, strip.y + strip.height / 2);
  await page.mouse.down();
  await page.mouse.move(strip.x + strip.width * 0.3, strip.y + strip.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => windowOf()!.from < zoomed.from).toBe(true);
  await listMatches();

  // "All" shows the whole range again.
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(page.getByTestId('timeline-count')).toHaveText(
    `${(await host.workbench.queryTimeline({})).total} statements`,
  );
});

test('a chart saves as SVG and PNG, with its numbers also in a table', async ({ page, host }) => {
  await host.workbench.loadDemoLibrary('demo');
  await page.goto(`${host.server.url}/#/charts`);
  const card = page.getByTestId('chart-actor-topic');
  await expect(card.getByTestId('matrix-actor-topic')).toBeVisible();

  const svgDownload = page.waitForEvent('download');
  await card.getByRole('button', { name: 'SVG' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('soundbite-actor-topic.svg');
  const svgText = await (await import('node:fs/promises')).readFile((await svgFile.path())!, 'utf8');
  expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('Ivo Maric');
  expect(svgText).not.toContain('var(--');

  const pngDownload = page.waitForEvent('download');
  await card.getByRole('button', { name: 'PNG' }).click();
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toBe('soundbite-actor-topic.png');
  const png = await (await import('node:fs/promises')).readFile((await pngFile.path())!);
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');

  await card.getByText('Show the numbers').click();
  await expect(card.locator('table')).toContainText('Ivo Maric');
});
