// Bounded shards: a library written by a schema-1 release (64 shards in shards/) is converted at its first open by
// its writer, with nothing lost and the old folder kept in the trash; every crash point of a conversion or re-shard
// (written here by hand) opens whole; an edit rewrites one small shard; the shard count grows with the library.
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryProblem } from '../../../src/core/library/document-shapes';
import { createWorkbench } from '../../../src/core/library/service';
import { SHARD_BOUND_BYTES, shardCountFor, type TrashEntry } from '../../../src/core/library/store-port';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import { openImportItems } from '../../../src/node/open-import-items';
import { libraryContents, rewriteAsLegacy, writeLegacyGenerated } from '../../helpers/legacy-library';
import { shardFiles, shardFolder } from '../../helpers/library-shards';
import { openWorkbench, pathItems, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';

const DEMO = path.join(ROOT, 'resources', 'demo', 'articles');

let work: string;
beforeEach(async () => {
  work = await tempDir('soundbite-layout-');
});
afterEach(async () => removeDir(work));

const readJson = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;
const trashManifest = (dir: string) => readJson<TrashEntry[]>(path.join(dir, 'trash', 'manifest.json'));
const rootFolders = async (dir: string) =>
  (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);

/** Every file of a folder tree with its bytes, to show what an open or an edit wrote. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'library.lock') continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), await readFile(file, 'latin1'));
  }
  return out;
}

/** A real library (the demo articles and the seed, reviewed and curated), then the same written as schema 1. */
async function legacyDemo(): Promise<{ dir: string; expected: Awaited<ReturnType<typeof libraryContents>> }> {
  const source = path.join(work, 'source');
  const wb = await openWorkbench(source);
  await wb.importFiles(pathItems(DEMO, SEED));
  await wb.saveTopic({ name: 'Energy', query: 'pipeline* OR gas' });
  const rows = (await wb.queryTimeline({}, { limit: 20 })).rows;
  for (const [i, row] of rows.slice(0, 5).entries()) {
    await wb.updateStatement(row.statement.id, { status: 'accepted', note: `checked ${i}` });
  }
  const [actor] = await wb.listActors();
  await wb.updateActor(actor!.id, { name: `${actor!.name} (renamed)` });
  await wb.close();
  const dir = path.join(work, 'legacy');
  await rewriteAsLegacy(source, dir);
  return { dir, expected: await libraryContents(source) };
}

describe('a schema-1 library (64 shards in shards/)', () => {
  it('is converted at the first open with identical contents, the old shards kept in the trash; a second open does nothing more', async () => {
    const { dir, expected } = await legacyDemo();
    const legacyFiles = (await readdir(path.join(dir, 'shards'))).sort();
    expect(legacyFiles.length).toBeGreaterThan(8);
    expect(legacyFiles.every((f) => /^\d\d\.json$/.test(f))).toBe(true);
    const legacyTexts = await snapshot(path.join(dir, 'shards'));
    expect(await libraryContents(dir)).toEqual(expected);

    const wb = await openWorkbench(dir);
    const info = await wb.getLibraryInfo();
    expect(info.articles).toBe(expected.articles.length);
    expect(info.statements).toBe(expected.statements.length);
    expect(info.health.mode).toBe('normal');
    const notes = (await wb.checkLibrary()).problems.filter((p) => p.kind === 'recovered').map((p) => p.message);
    expect(notes.join('\n')).toMatch(/converted to shards that stay small.*kept in the trash as a backup/);
    await wb.close();

    // On disk: the registry names the new folder; shards/ is in the trash, byte for byte, with its reason.
    const registry = await readJson<Record<string, unknown>>(path.join(dir, 'registry.json'));
    const count = shardCountFor(0);
    expect(registry).toMatchObject({ schemaVersion: 2, shardCount: count, shardFolder: `shards-${count}` });
    expect(await rootFolders(dir)).not.toContain('shards');
    const manifest = await trashManifest(dir);
    expect(manifest).toHaveLength(1);
    expect(manifest[0]).toMatchObject({ from: 'shards' });
    expect(manifest[0]!.reason).toMatch(/backup/);
    expect(await snapshot(path.join(dir, 'trash', manifest[0]!.name))).toEqual(legacyTexts);
    expect(await libraryContents(dir)).toEqual(expected);
    for (const file of await shardFiles(dir)) {
      expect((await stat(path.join(dir, file))).size).toBeLessThan(SHARD_BOUND_BYTES);
    }

    // A second open finds nothing to do and writes nothing.
    const before = await snapshot(dir);
    const again = await openWorkbench(dir);
    expect((await again.getLibraryInfo()).statements).toBe(expected.statements.length);
    await again.close();
    const after = await snapshot(dir);
    // The registry's backup mirror may be refreshed; every library document stays as it was.
    for (const [file, text] of before) if (!file.startsWith('backups')) expect(after.get(file), file).toBe(text);
    expect([...after.keys()].filter((f) => !before.has(f) && !f.startsWith('backups'))).toEqual([]);
  }, 120_000);

  it('opened read-only (another process writes) is read as it is and not converted', async () => {
    const { dir, expected } = await legacyDemo();
    const before = await snapshot(dir);
    const reader = await createWorkbench(new LowdbLibraryStore(dir, { readOnly: true }), {
      openImportItems: (items) => openImportItems(items, { allowPaths: true }),
      readOnlyReason: 'read-only: test',
    });
    expect((await reader.getLibraryInfo()).statements).toBe(expected.statements.length);
    expect((await reader.listArticles()).length).toBe(expected.articles.length);
    await reader.close();
    expect(await snapshot(dir)).toEqual(before);
  }, 120_000);

  it('with a damaged shard (recovery mode) is not converted until the analyst has dealt with it', async () => {
    const { dir } = await legacyDemo();
    const [first] = (await readdir(path.join(dir, 'shards'))).sort();
    await writeFile(path.join(dir, 'shards', first!), '{"articles": [ broken');
    const wb = await openWorkbench(dir);
    expect((await wb.getLibraryInfo()).health.mode).toBe('recovery');
    await wb.close();
    expect(await shardFolder(dir)).toBe('shards');
    expect((await readdir(path.join(dir, 'shards'))).some((f) => f.includes('.damaged-'))).toBe(true);
  }, 120_000);
});

describe('a conversion cut off at each step opens with everything', () => {
  /** The legacy library, and the same converted (in a copy) to take the later crash states from. */
  async function states() {
    const { dir, expected } = await legacyDemo();
    const converted = path.join(work, 'converted');
    await cp(dir, converted, { recursive: true });
    await (await openWorkbench(converted)).close();
    return { dir, converted, expected, folder: await shardFolder(converted) };
  }

  async function opensWhole(dir: string, expected: Awaited<ReturnType<typeof libraryContents>>) {
    const wb = await openWorkbench(dir);
    const info = await wb.getLibraryInfo();
    const damage = (await wb.checkLibrary()).problems.filter((p) => p.severity === 'damage');
    await wb.close();
    expect(damage).toEqual([]);
    expect(info.statements).toBe(expected.statements.length);
    expect(await libraryContents(dir)).toEqual(expected);
    // Converted now, with no second layout folder left beside the one in use.
    const folder = await shardFolder(dir);
    expect(folder).toMatch(/^shards-\d+$/);
    expect((await rootFolders(dir)).filter((f) => f.startsWith('shards'))).toEqual([folder]);
  }

  it('while the new folder was half written: it goes to the trash, reported, and the conversion runs again', async () => {
    const { dir, converted, expected, folder } = await states();
    // Half the new shards, one of them cut off mid-write, and no marker.
    await cp(path.join(converted, folder), path.join(dir, folder), { recursive: true });
    await rm(path.join(dir, folder, 'layout.json'));
    const names = (await readdir(path.join(dir, folder))).sort();
    for (const name of names.slice(0, Math.floor(names.length / 2))) await rm(path.join(dir, folder, name));
    const last = path.join(dir, folder, names.at(-1)!);
    await writeFile(last, (await readFile(last, 'utf8')).slice(0, 40));

    // Seen by a reader first: a stray folder, not the library's shards.
    const strays = await new LowdbLibraryStore(dir, { readOnly: true }).listStrayFiles();
    expect(strays).toEqual([expect.objectContaining({ file: folder, kind: 'temp' })]);

    await opensWhole(dir, expected);
    const manifest = await trashManifest(dir);
    expect(manifest.find((e) => e.from === folder)?.reason).toMatch(/did not finish/);
    expect(manifest.find((e) => e.from === 'shards')?.reason).toMatch(/backup/);
  }, 120_000);

  it('after the new folder was complete, before the registry named it', async () => {
    const { dir, converted, expected, folder } = await states();
    await cp(path.join(converted, folder), path.join(dir, folder), { recursive: true });
    await opensWhole(dir, expected);
  }, 120_000);

  it('after the registry named the new folder, before the old one went to the trash', async () => {
    const { dir, converted, expected } = await states();
    await cp(path.join(dir, 'shards'), path.join(converted, 'shards'), { recursive: true });
    const strays = await new LowdbLibraryStore(converted, { readOnly: true }).listStrayFiles();
    expect(strays).toEqual([expect.objectContaining({ file: 'shards', kind: 'old-layout' })]);
    await opensWhole(converted, expected);
    const manifest = await trashManifest(converted);
    expect(manifest.filter((e) => e.from === 'shards')).toHaveLength(2); // the conversion's, and this leftover
    expect(manifest.at(-1)!.reason).toMatch(/complete set of shards.*backup/);
  }, 120_000);

  it('and a lost registry afterwards: the shards are found by their folder marker', async () => {
    const { converted, expected } = await states();
    await rm(path.join(converted, 'registry.json'));
    const wb = await openWorkbench(converted);
    const info = await wb.getLibraryInfo();
    await wb.close();
    expect(info.articles).toBe(expected.articles.length);
    expect(info.statements).toBe(expected.statements.length);
    expect(await shardFolder(converted)).toMatch(/^shards-\d+$/);
  }, 120_000);
});

describe('shards stay small as the library grows', () => {
  it('after re-sharding, an edit rewrites one shard file under the bound', async () => {
    const dir = path.join(work, 'big');
    await writeLegacyGenerated(dir, 2000, 8);
    const wb = await openWorkbench(dir);
    const folder = await shardFolder(dir);
    const count = Number(folder.slice('shards-'.length));
    expect(count).toBeGreaterThanOrEqual(1024);
    const before = await snapshot(path.join(dir, folder));
    const [row] = (await wb.queryTimeline({}, { limit: 1 })).rows;
    await wb.updateStatement(row!.statement.id, { status: 'accepted', note: 'checked against the recording' });
    const after = await snapshot(path.join(dir, folder));
    const changed = [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
    expect(changed).toHaveLength(1);
    const bytes = (await stat(path.join(dir, folder, changed[0]!))).size;
    expect(bytes).toBeLessThan(SHARD_BOUND_BYTES);
    expect(after.get(changed[0]!)).toContain('checked against the recording');
    // Every shard of the library is under the bound, not only this one.
    const sizes = [...after.entries()].filter(([f]) => f !== 'layout.json').map(([, text]) => text.length);
    expect(Math.max(...sizes)).toBeLessThan(SHARD_BOUND_BYTES);
    await wb.close();
  }, 180_000);

  it('a library that outgrows its shards is re-sharded in the session, the old folder in the trash', async () => {
    const dir = path.join(work, 'growing');
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(DEMO));
    const first = await shardFolder(dir);
    expect(first).toBe(`shards-${shardCountFor(0)}`);
    // Copies of the demo texts (each made distinct) until the library needs twice the shards.
    const inbox = path.join(work, 'inbox');
    await cp(DEMO, inbox, { recursive: true });
    const names = (await readdir(DEMO)).filter((n) => n.endsWith('.txt'));
    for (let copy = 1; (await shardFolder(dir)) === first && copy < 12; copy++) {
      for (const n of names) {
        const text = await readFile(path.join(DEMO, n), 'utf8');
        await writeFile(path.join(inbox, `${copy}-${n}`), `${text}\n\nFiled again as copy ${copy} of ${n}.`);
      }
      await wb.importFiles(pathItems(...names.map((n) => path.join(inbox, `${copy}-${n}`))));
    }
    const grown = await shardFolder(dir);
    expect(grown).toBe(`shards-${2 * shardCountFor(0)}`);
    const info = await wb.getLibraryInfo();
    await wb.close();
    expect((await trashManifest(dir)).find((e) => e.from === first)?.reason).toMatch(/before it grew/);
    const reopened = await openWorkbench(dir);
    expect((await reopened.getLibraryInfo()).statements).toBe(info.statements);
    await reopened.close();
    expect(await shardFolder(dir)).toBe(grown);
  }, 300_000);
});

describe('the registry names its shard folder', () => {
  it('only as a layout folder of its own count, never a path', () => {
    const base = { schemaVersion: 2, actors: [], topics: [] };
    expect(registryProblem({ ...base, shardCount: 32, shardFolder: 'shards-32' })).toBeNull();
    expect(registryProblem({ ...base, shardCount: 64 })).toBeNull();
    expect(registryProblem({ ...base, shardCount: 32, shardFolder: '../shards-32' })).toMatch(/not the folder/);
    expect(registryProblem({ ...base, shardCount: 32, shardFolder: 'shards-64' })).toMatch(/not the folder/);
    expect(registryProblem({ ...base, shardCount: 24, shardFolder: 'shards-24' })).toMatch(/power of two/);
    expect(registryProblem({ ...base, shardCount: 0 })).toMatch(/positive/);
  });
});
