import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract/index';
import { readDocument } from '../../../src/core/ingest/index';
import { ImportPool } from '../../../src/node/import-pool';
import { SEED } from '../../helpers/temp-library';

const pool = ImportPool.create({ size: 2, timeoutMs: 20_000 });
afterAll(async () => pool?.close());

describe('import worker pool', () => {
  it('starts from source and gives the same results as in-thread work', async () => {
    expect(pool).not.toBeNull();
    const bytes = new Uint8Array(await readFile(SEED));
    const [inWorker] = await pool!.read({ name: 'seed-article.txt', bytes });
    const [here] = await readDocument({ name: 'seed-article.txt', bytes });
    expect(inWorker).toEqual(here);
    const article = here!.articles[0]!;
    const input = { text: article.body, title: article.title, date: article.date };
    expect(await pool!.extract(input)).toEqual(extractStatements(input));
  });

  it('runs many jobs at once across workers', async () => {
    const texts = Array.from(
      { length: 40 },
      (_, i) => `“We will build ${i} bridges,” Minister Alena Varga said on Monday.`,
    );
    const results = await Promise.all(texts.map((text) => pool!.extract({ text })));
    results.forEach((r, i) => expect(r.statements[0]?.quote).toBe(`We will build ${i} bridges`));
  });
});
