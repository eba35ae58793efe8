import { open, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/shared/api';
import { openImportItems } from '../../../src/node/open-import-items';
import { openWorkbench, pathItems, removeDir, tempDir } from '../../helpers/temp-library';

let dir: string;
let inbox: string;
beforeEach(async () => {
  dir = await tempDir();
  inbox = await tempDir('soundbite-cancel-');
});
afterEach(async () => {
  await removeDir(dir);
  await removeDir(inbox);
});

describe('cancelling and refusing', () => {
  it('cancel keeps what was imported so far, complete and consistent', async () => {
    for (let i = 0; i < 40; i++) {
      await writeFile(
        path.join(inbox, `${String(i).padStart(2, '0')}.txt`),
        `date 2025-02-${String(1 + (i % 27)).padStart(2, '0')} Northwind Wire - Report ${i}\n\n“Report number ${i} is ready,” Minister Alena Varga said on day ${i}.\n`,
      );
    }
    let jobId = '';
    const wb = await openWorkbench(dir, {
      emit: (event, payload) => {
        if (event === 'importProgress' && (payload as ImportProgress).done === 5) void wb.cancelImport(jobId);
      },
    });
    const request = pathItems(inbox);
    jobId = request.jobId;
    const summary = await wb.importFiles(request);
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toBeGreaterThanOrEqual(5);
    expect(summary.imported).toBeLessThan(40);
    expect(summary.files.filter((f) => f.status === 'cancelled').length).toBe(40 - summary.imported);

    // Every imported article is whole: metadata, body and statements, also after a reopen.
    await wb.close();
    const reopened = await openWorkbench(dir);
    const articles = await reopened.listArticles();
    expect(articles).toHaveLength(summary.imported);
    for (const a of articles) {
      const detail = await reopened.getArticle(a.id);
      expect(detail.statements.length).toBe(1);
      expect(detail.article.body.slice(detail.statements[0]!.start, detail.statements[0]!.end)).toBe(
        detail.statements[0]!.quote,
      );
    }
    expect((await readdir(path.join(dir, 'bodies'))).length).toBe(summary.imported);
    // The rest can be imported later, without duplicates of the first part.
    const rest = await reopened.importFiles(pathItems(inbox));
    expect(rest.imported + rest.duplicates).toBe(40);
    expect(rest.duplicates).toBe(summary.imported);
  });

  it('refuses a 500 MB file before reading it', async () => {
    const huge = path.join(inbox, 'huge.txt');
    const handle = await open(huge, 'w');
    await handle.truncate(500 * 1024 * 1024); // sparse: nothing is written
    await handle.close();
    const [source] = await openImportItems([{ kind: 'path', path: huge }], { allowPaths: true });
    expect(source).toEqual({
      name: 'huge.txt',
      error: 'file too large: 500 MB (524,288,000 bytes), limit 50 MB (52,428,800 bytes)',
    });
  });
});
