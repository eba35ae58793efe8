// The saved first screen (index/first-screen.bin): what a window shows while a large library opens behind it. It must
// answer exactly as the opened library does, never describe an older library than the documents (an acknowledged
// edit has deleted it), and be rebuilt when missing or damaged — on real libraries in lowdb files.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleQuery } from '../../../src/shared/api';
import { decodeFirstScreen, FIRST_SCREEN_FILE, firstScreenFile } from '../../../src/core/library/first-screen';
import { FirstScreenKeeper } from '../../../src/core/library/first-screen-keeper';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import { composeBehind, libraryPerTest, mixedLibrary } from '../../helpers/saved-start';
import { openWorkbench } from '../../helpers/temp-library';
import { writeSyntheticLibrary } from '../../helpers/synthetic-library';

const lib = libraryPerTest(FIRST_SCREEN_FILE, decodeFirstScreen);
const saved = lib.saved;

describe('the saved first screen', () => {
  it('answers the article list, the counts and the imports exactly as the opened library does', async () => {
    await (await mixedLibrary(lib.dir, 400)).close();
    const screen = await saved();
    expect(screen).not.toBeNull();
    const wb = await openWorkbench(lib.dir);
    const { health: _h, ...info } = await wb.getLibraryInfo();
    expect(screen!.libraryInfo(_h)).toEqual({ ...info, health: _h });
    expect(info.articles).toBeGreaterThan(410);
    expect(screen!.imports()).toEqual(await wb.listImports());
    const languages = (await wb.queryArticles({ limit: 1 })).languages;
    const queries: ArticleQuery[] = [
      {},
      { offset: 0, limit: 100 },
      { offset: 350, limit: 100 },
      { importIds: ['batch-a'], limit: 40, offset: 20 },
      { importIds: ['batch-b', 'no-such-import'] },
      { languages },
      { languages: ['unknown'] },
      { importIds: [(await wb.listImports())[0]!.id], languages: ['en'] },
    ];
    for (const query of queries) expect(screen!.queryArticles(query)).toEqual(await wb.queryArticles(query));
    await wb.close();
  }, 120_000);

  it('is deleted by an edit before the edit is acknowledged, and saved again, current, at close', async () => {
    await (await mixedLibrary(lib.dir, 400)).close();
    const wb = await openWorkbench(lib.dir);
    const [first] = (await wb.queryArticles({ limit: 1 })).rows;
    expect(existsSync(lib.file)).toBe(true);
    await wb.updateArticle(first!.id, { title: 'A title edited after the save' });
    // A crash now would leave no saved first screen rather than one that lists the old title.
    expect(existsSync(lib.file)).toBe(false);
    await wb.close();
    const screen = await saved();
    expect(screen!.queryArticles({ limit: 1 }).rows[0]!.title).toBe('A title edited after the save');
  }, 120_000);

  it('is not used when truncated or damaged, and a windowed open saves it again', async () => {
    await (await mixedLibrary(lib.dir, 400)).close();
    const whole = (await readFile(lib.file)).length;
    await truncate(lib.file, whole - 100);
    expect(await saved()).toBeNull();
    await writeFile(lib.file, 'SBFS1\n{"not":"a first screen"}');
    expect(await saved()).toBeNull();
    const wb = await openWorkbench(lib.dir);
    await wb.queryArticles({ limit: 10 });
    await wb.warmUp();
    const screen = await saved();
    expect(screen!.queryArticles({ limit: 10 })).toEqual(await wb.queryArticles({ limit: 10 }));
    await wb.close();
  }, 120_000);

  it('is deleted at open when a shard is found damaged: the articles it lists may be gone', async () => {
    await (await mixedLibrary(lib.dir, 400)).close();
    const folder = (JSON.parse(await readFile(path.join(lib.dir, 'registry.json'), 'utf8')) as { shardFolder: string })
      .shardFolder;
    const shard = (await readdir(path.join(lib.dir, folder))).find((f) => /^\d+\.json$/.test(f))!;
    await writeFile(path.join(lib.dir, folder, shard), '{"articles": [ {"id": "broken');
    const wb = await openWorkbench(lib.dir);
    expect(existsSync(lib.file)).toBe(false);
    await wb.close();
  }, 120_000);

  it('is not written by a background save when a document was written while its rows were being read', async () => {
    await writeSyntheticLibrary(lib.dir, 5000, 1);
    const documents = new LowdbLibraryStore(lib.dir);
    const { registry } = await documents.open();
    const keeper = new FirstScreenKeeper(documents, [FIRST_SCREEN_FILE]);
    const wb = await openWorkbench(lib.dir);
    const real = await wb.queryArticles({ limit: 5000 });
    await wb.close();
    await rm(lib.file);
    let read = 0;
    let edit: Promise<void> | null = null;
    keeper.attach({
      files: [
        firstScreenFile(async () => ({
          info: (await wb.getLibraryInfo()) as never,
          imports: [],
          rows: (function* () {
            for (const row of real.rows) {
              // An edit saved between two steps of the save (the save pauses every 2,000 rows).
              if (++read === 3000 && !edit) edit = keeper.store.writeRegistry(registry!);
              yield row;
            }
          })(),
          savedAt: 'now',
        })),
      ],
      unsaved: () => false,
      serial: (work) => work(),
      quiet: async () => undefined,
    });
    await keeper.ensureSaved();
    expect(read).toBe(5000);
    await edit;
    expect(existsSync(lib.file)).toBe(false);
    // With nothing written meanwhile, the same save is kept.
    read = 0;
    await keeper.ensureSaved();
    expect((await saved())!.queryArticles({ limit: 3 }).rows).toEqual(real.rows.slice(0, 3));
    await keeper.close();
  }, 120_000);

  it('never stands in the way of the library when its folder cannot be written', async () => {
    await writeSyntheticLibrary(lib.dir, 50, 2);
    // index/ is a file here: every derived write fails
    await writeFile(path.join(lib.dir, 'index'), 'not a folder');
    const wb = await openWorkbench(lib.dir);
    const [first] = (await wb.queryArticles({ limit: 1 })).rows;
    await wb.warmUp();
    await wb.updateArticle(first!.id, { title: 'Edited while index/ is unwritable' });
    await wb.close();
    const again = await openWorkbench(lib.dir);
    expect((await again.queryArticles({ limit: 1 })).rows[0]?.title).toBe('Edited while index/ is unwritable');
    await again.close();
  }, 120_000);

  it('answers a windowed host before the library is open, then every view is told to ask again', async () => {
    // large enough that reading it takes many times what the saved file's answers take, on a busy machine too
    await (await mixedLibrary(lib.dir, 3000)).close();
    const behind = await composeBehind(lib.dir);
    const page = await behind.api.queryArticles({ limit: 50 });
    const info = await behind.api.getLibraryInfo();
    expect(behind.isOpen()).toBe(false);
    const wb = await behind.ready;
    expect(page).toEqual(await wb.queryArticles({ limit: 50 }));
    expect(info.statements).toBe((await wb.getLibraryInfo()).statements);
    expect(behind.events.at(-1)).toBe('libraryChanged');
    expect(behind.events.lastIndexOf('libraryOpening')).toBeLessThan(behind.events.lastIndexOf('libraryChanged'));
    await wb.close();
  }, 120_000);
});
