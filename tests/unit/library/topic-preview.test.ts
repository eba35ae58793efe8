// Topic previews run one per keystroke: they must leave the host free between slices, and a newer preview stops
// an older one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench, removeDir, tempDir } from '../../helpers/temp-library';
import { writeSyntheticLibrary } from '../../helpers/synthetic-library';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
  await writeSyntheticLibrary(dir, 1000, 10);
});
afterEach(async () => removeDir(dir));

describe('topic preview over 10,000 statements', () => {
  it('answers other calls while it runs, and gives way to a newer query', async () => {
    const wb = await openWorkbench(dir);
    const order: string[] = [];
    const first = wb.previewTopic('pipeline AND settled').then(
      () => order.push('first preview'),
      (err: Error) => order.push(`first preview: ${err.message}`),
    );
    const info = wb.getLibraryInfo().then(() => order.push('library info'));
    const second = wb.previewTopic('pipeline AND open').then((p) => {
      order.push('second preview');
      return p;
    });
    await Promise.all([first, info]);
    const latest = await second;
    expect(order[0]).toBe('library info');
    expect(order).toContain('first preview: preview superseded by a newer query');
    // 2 of every 3 articles are "open", 10 statements each.
    expect(latest.total).toBe(6660);
    expect(latest.rows).toHaveLength(50);
    await wb.close();
  });
});
