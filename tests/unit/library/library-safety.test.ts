// The library never destroys what it cannot prove is garbage: damaged and wrong-shaped shards, a missing or empty
// registry, a crash between the shard and registry writes, and a reader beside a writer — on real library folders.
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/core/library/service';
import type { LibraryStore, Registry, Shard } from '../../../src/core/library/store-port';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import { openImportItems } from '../../../src/node/open-import-items';
import { openWorkbench, pathItems, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';
import { shardFolder } from '../../helpers/library-shards';

const DEMO = path.join(ROOT, 'resources', 'demo', 'articles');

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => removeDir(dir));

async function demoLibrary() {
  const wb = await openWorkbench(dir);
  const summary = await wb.importFiles(pathItems(DEMO, SEED));
  expect(summary.imported).toBe(15);
  // Curate a little, so the registry holds decisions only it knows.
  const actors = await wb.listActors();
  const putin = actors.find((a) => a.name === 'Vladimir Putin')!;
  await wb.updateActor(putin.id, { name: 'President Putin' });
  await wb.saveTopic({ name: 'Energy', query: 'pipeline* OR emissions' });
  await wb.close();
  return {
    articles: (await wb.listArticles()).length,
    statements: (await wb.getLibraryInfo()).statements,
    actors: (await wb.listActors()).map((a) => a.name).sort(),
  };
}

const bodies = async () => (await readdir(path.join(dir, 'bodies'))).filter((f) => f.endsWith('.json'));
/** The folder the registry names for the shards, found again by every shardFiles() call. */
let shards = 'shards';
const shardFiles = async () => {
  shards = await shardFolder(dir);
  return (await readdir(path.join(dir, shards))).filter((f) => /^\d+\.json$/.test(f));
};
const readJson = async <T>(file: string) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as T;

describe('nothing is deleted at open', () => {
  it('a damaged shard: every body kept, recovery mode, and salvage brings back what the cut-off file still holds', async () => {
    const before = await demoLibrary();
    const bodiesBefore = await bodies();
    const [largest] = (
      await Promise.all((await shardFiles()).map(async (f) => ({ f, shard: await readJson<Shard>(`${shards}/${f}`) })))
    ).sort((a, b) => b.shard.articles.length - a.shard.articles.length);
    const text = await readFile(path.join(dir, shards, largest!.f), 'utf8');
    // Cut the file off after its first article, as a disk-full or killed writer would.
    const cut = text.indexOf('},{"id"') + 1;
    await writeFile(path.join(dir, shards, largest!.f), text.slice(0, cut));

    const wb = await openWorkbench(dir);
    expect(await bodies()).toEqual(bodiesBefore);
    const info = await wb.getLibraryInfo();
    expect(info.articles).toBe(before.articles - largest!.shard.articles.length);
    expect(info.health.mode).toBe('recovery');
    const health = await wb.checkLibrary();
    const damaged = health.problems.find((p) => p.kind === 'damaged-file')!;
    expect(damaged.message).toMatch(new RegExp(`${shards}/${largest!.f} could not be read`));
    expect(damaged.repairs.map((r) => r.id)).toEqual(['salvage', 'trash']);
    expect(damaged.repairs[0]!.label).toMatch(/Recover 1 article/);
    // Other articles' texts are left alone while the library is damaged.
    expect(health.problems.find((p) => p.kind === 'orphan-texts')?.files.length).toBe(largest!.shard.articles.length);

    const after = await wb.repairLibrary(damaged.id, 'salvage');
    expect((await wb.getLibraryInfo()).articles).toBe(before.articles - largest!.shard.articles.length + 1);
    expect(after.problems.some((p) => p.kind === 'damaged-file')).toBe(false);
    expect(after.trash.files).toBe(1);
    // The rest of the texts can be imported again as articles.
    const orphans = after.problems.find((p) => p.kind === 'orphan-texts')!;
    await wb.repairLibrary(orphans.id, 'recover');
    expect((await wb.getLibraryInfo()).articles).toBe(before.articles);
    expect(await bodies()).toEqual(bodiesBefore);
    await wb.close();
  });

  it('a wrong-shaped shard is set aside and reported, and its articles’ texts stay', async () => {
    const before = await demoLibrary();
    const bodiesBefore = await bodies();
    const [first] = await shardFiles();
    const shard = await readJson<Shard>(`${shards}/${first}`);
    await writeFile(path.join(dir, shards, first!), JSON.stringify({ items: shard.articles }));
    const wb = await openWorkbench(dir);
    expect((await wb.getLibraryInfo()).articles).toBe(before.articles - shard.articles.length);
    const problem = (await wb.checkLibrary()).problems.find((p) => p.kind === 'damaged-file')!;
    expect(problem.message).toMatch(/not a shard/);
    expect(await bodies()).toEqual(bodiesBefore);
    await wb.close();
    // Opening again (a second session) still deletes nothing and still says so.
    const again = await openWorkbench(dir);
    expect(await bodies()).toEqual(bodiesBefore);
    expect((await again.getLibraryInfo()).health.damage).toBe(1);
    await again.close();
  });

  it('a read-only open never renames, moves or deletes anything', async () => {
    await demoLibrary();
    const [first] = await shardFiles();
    await writeFile(path.join(dir, shards, first!), '{"articles": [ broken');
    await writeFile(path.join(dir, 'bodies', 'a0000000000000000.json'), JSON.stringify({ body: 'an orphan text' }));
    const listing = async () => [
      ...(await readdir(dir)).sort(),
      ...(await readdir(path.join(dir, shards))).sort(),
      ...(await readdir(path.join(dir, 'bodies'))).sort(),
    ];
    const before = await listing();
    const reader = await createWorkbench(new LowdbLibraryStore(dir, { readOnly: true }), {
      openImportItems: (items) => openImportItems(items, { allowPaths: true }),
      readOnlyReason: 'read-only: test',
    });
    const health = await reader.checkLibrary();
    expect(health.mode).toBe('read-only');
    expect(health.problems.find((p) => p.kind === 'damaged-file')?.message).toMatch(/left in place/);
    await expect(reader.saveTopic({ name: 'x', query: 'x' })).rejects.toThrow(/read-only: test/);
    await expect(reader.importFiles(pathItems(SEED))).rejects.toThrow(/read-only/);
    await reader.close();
    expect(await listing()).toEqual(before);
  });
});

describe('sync-client conflict copies', () => {
  it('are reported as damage, never merged on their own, and their extra articles can be salvaged on request', async () => {
    const before = await demoLibrary();
    const [first] = await shardFiles();
    const shard = await readJson<Shard>(`${shards}/${first}`);
    const registryText = await readFile(path.join(dir, 'registry.json'), 'utf8');
    // Another computer's copies: its registry, and a shard in which one article is missing here.
    await writeFile(path.join(dir, "registry (Ana's conflicted copy 2026-11-30).json"), registryText);
    await writeFile(path.join(dir, shards, `${first!.replace('.json', '')} (1).json`), JSON.stringify(shard));
    const removed = shard.articles[0]!;
    await writeFile(
      path.join(dir, shards, first!),
      JSON.stringify({
        articles: shard.articles.slice(1),
        statements: shard.statements.filter((s) => s.articleId !== removed.id),
      }),
    );

    const wb = await openWorkbench(dir);
    expect((await wb.getLibraryInfo()).articles).toBe(before.articles - 1);
    const health = await wb.checkLibrary();
    expect(health.mode).toBe('recovery');
    const conflicts = health.problems.filter((p) => p.kind === 'conflict-copy');
    expect(conflicts.map((c) => c.files[0]).sort()).toEqual(
      [`registry (Ana's conflicted copy 2026-11-30).json`, `${shards}/${first!.replace('.json', '')} (1).json`].sort(),
    );
    const shardCopy = conflicts.find((c) => c.files[0]!.startsWith(`${shards}/`))!;
    expect(shardCopy.message).toMatch(/not merged/);
    expect(shardCopy.repairs[0]!.label).toMatch(/^Recover 1 article/);
    await wb.repairLibrary(shardCopy.id, 'salvage');
    expect((await wb.getLibraryInfo()).articles).toBe(before.articles);
    // Undo takes the salvage back: it was one step.
    await wb.undo();
    expect((await wb.getLibraryInfo()).articles).toBe(before.articles - 1);
    await wb.close();
  });
});

describe('the registry is recovered, never silently replaced', () => {
  for (const damage of ['missing', 'empty', 'damaged'] as const) {
    it(`${damage} registry.json: actors, names the analyst gave, and topics come back from the backup`, async () => {
      const before = await demoLibrary();
      const registryFile = path.join(dir, 'registry.json');
      const original = await readFile(registryFile, 'utf8');
      if (damage === 'missing') await rm(registryFile);
      if (damage === 'empty') await writeFile(registryFile, '');
      if (damage === 'damaged') await writeFile(registryFile, original.slice(0, original.length / 2));

      const wb = await openWorkbench(dir);
      expect((await wb.listActors()).map((a) => a.name).sort()).toEqual(before.actors);
      expect((await wb.listTopics()).map((t) => t.name)).toContain('Energy');
      const timeline = await wb.queryTimeline({}, { limit: 5000 });
      expect(timeline.rows.filter((i) => i.speakerName === 'Unknown speaker')).toHaveLength(
        (await openAndCountUnknown(original)) ?? 0,
      );
      const health = await wb.checkLibrary();
      expect(health.problems.find((p) => p.kind === 'recovered')?.message).toMatch(
        /restored \d+ actors and 1 topic from the backup/,
      );
      if (damage !== 'missing') {
        // The evidence is kept: set aside, not written over.
        const aside = (await readdir(dir)).filter((f) => f.startsWith('registry.json.damaged-'));
        expect(aside).toHaveLength(1);
        expect(await readFile(path.join(dir, aside[0]!), 'utf8')).toBe(
          damage === 'empty' ? '' : original.slice(0, original.length / 2),
        );
      }
      await wb.close();
    });
  }

  it('with no backup either, speakers are rebuilt from the article texts and the loss is reported', async () => {
    await demoLibrary();
    await rm(path.join(dir, 'registry.json'));
    await rm(path.join(dir, 'backups'), { recursive: true });
    const wb = await openWorkbench(dir);
    const names = (await wb.listActors()).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Putin', 'Dascu']));
    const health = await wb.checkLibrary();
    expect(health.problems.map((p) => p.message).join('\n')).toMatch(/no backup was found/);
    expect(health.problems.map((p) => p.message).join('\n')).toMatch(/rebuilt from the article texts/);
    await wb.close();
  });
});

/** How many statements had no speaker in the original library (those stay "Unknown speaker" after recovery). */
async function openAndCountUnknown(registryText: string): Promise<number | null> {
  const registry = JSON.parse(registryText) as Registry;
  const known = new Set(registry.actors.map((a) => a.id));
  let unknown = 0;
  for (const f of await shardFiles()) {
    const shard = await readJson<Shard>(`${shards}/${f}`).catch(() => null);
    for (const s of shard?.statements ?? []) if (!s.speakerId || !known.has(s.speakerId)) unknown++;
  }
  return unknown;
}

describe('shard and registry writes are one step', () => {
  it('at every moment between writes, no saved statement names an actor that is not saved', async () => {
    const real = new LowdbLibraryStore(dir);
    const checks: string[] = [];
    const check = async (after: string) => {
      const snapshot = await new LowdbLibraryStore(dir, { readOnly: true }).open();
      const known = new Set(snapshot.registry?.actors.map((a) => a.id) ?? []);
      for (const shard of snapshot.shards.values()) {
        for (const s of shard.statements) {
          if (s.speakerId && !known.has(s.speakerId))
            checks.push(`after ${after}: ${s.id} names missing ${s.speakerId}`);
        }
      }
    };
    const watched: LibraryStore = Object.assign(Object.create(real) as LowdbLibraryStore, {
      writeShard: async (index: number, shard: Shard) => {
        await real.writeShard(index, shard);
        await check(`shard ${index}`);
      },
      writeRegistry: async (registry: Registry) => {
        await real.writeRegistry(registry);
        await check('registry');
      },
    });
    const wb = await createWorkbench(watched, {
      openImportItems: (items) => openImportItems(items, { allowPaths: true }),
    });
    await wb.importFiles(pathItems(DEMO, SEED));
    const actors = await wb.listActors();
    // Merging removes actors: the statements move first, the actors leave the registry after.
    await wb.mergeActors(
      actors.slice(0, 3).map((a) => a.id),
      actors[0]!.id,
    );
    await wb.undo();
    await wb.redo();
    await wb.close();
    expect(checks).toEqual([]);
  });

  it('a library left by a crash between the two writes (statements naming unsaved actors) is repaired at open', async () => {
    await demoLibrary();
    const registry = await readJson<Registry>('registry.json');
    const dropped = registry.actors.filter((a) => a.name === 'President Putin' || a.name.endsWith('Dascu'));
    expect(dropped).toHaveLength(2);
    await writeFile(
      path.join(dir, 'registry.json'),
      JSON.stringify({ ...registry, actors: registry.actors.filter((a) => !dropped.includes(a)) }),
    );
    await rm(path.join(dir, 'backups'), { recursive: true });
    const wb = await openWorkbench(dir);
    const names = (await wb.listActors()).map((a) => a.name);
    // Rebuilt under the same ids, named as the article text names them.
    expect(names).toEqual(expect.arrayContaining(['Putin', 'Dascu']));
    const ids = new Set((await wb.listActors()).map((a) => a.id));
    for (const a of dropped) expect(ids.has(a.id)).toBe(true);
    expect((await wb.checkLibrary()).problems.some((p) => p.kind === 'recovered')).toBe(true);
    await wb.close();
  });
});

describe('a reader beside a writer', () => {
  it('read-only opens during an import delete nothing and see whole articles', async () => {
    const inbox = await tempDir('soundbite-inbox-');
    try {
      for (let i = 0; i < 3; i++) await cp(DEMO, path.join(inbox, `copy-${i}`), { recursive: true });
      // Each copy gets different text so every file is a new article.
      for (let i = 0; i < 3; i++) {
        for (const f of await readdir(path.join(inbox, `copy-${i}`))) {
          const file = path.join(inbox, `copy-${i}`, f);
          if (f.endsWith('.txt')) await writeFile(file, `${await readFile(file, 'utf8')}\n\nCopy ${i}.`);
        }
      }
      const writer = await openWorkbench(dir);
      const importing = writer.importFiles(pathItems(inbox));
      let reads = 0;
      let done = false;
      void importing.finally(() => (done = true));
      while (!done) {
        const reader = await createWorkbench(new LowdbLibraryStore(dir, { readOnly: true }), {
          openImportItems: (items) => openImportItems(items, { allowPaths: true }),
        });
        for (const a of await reader.listArticles()) {
          const detail = await reader.getArticle(a.id);
          expect(detail.article.body.length).toBeGreaterThan(0);
        }
        await reader.close();
        reads++;
      }
      const summary = await importing;
      const articles = await writer.listArticles();
      expect(articles.length).toBe(summary.imported);
      expect((await bodies()).length).toBe(articles.length);
      expect(reads).toBeGreaterThan(0);
      console.log(
        `concurrency suite: ${reads} read-only opens during an import of ${summary.imported} articles, every article whole, 0 texts lost`,
      );
      await writer.close();
    } finally {
      await removeDir(inbox);
    }
  });
});
