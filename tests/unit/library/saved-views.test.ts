// The saved views (index/views.bin): the statement table a window's timeline and charts are answered from while a
// large library opens behind it. They must answer exactly as the opened library does, read each page's statements
// from their shards, say "wait" for what their columns do not hold, and never describe an older library than the
// documents — on real libraries in lowdb files.
import { existsSync } from 'node:fs';
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/core/library/service';
import {
  decodeSavedViews,
  SAVED_VIEWS_FILE,
  WAIT_FOR_OPEN,
  type SavedViews,
} from '../../../src/core/library/saved-views';
import type { Filter } from '../../../src/shared/model';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import { composeBehind, libraryPerTest, mixedLibrary } from '../../helpers/saved-start';
import { openWorkbench } from '../../helpers/temp-library';

const lib = libraryPerTest(SAVED_VIEWS_FILE, decodeSavedViews);
const saved = lib.saved;

const peek = (store: LowdbLibraryStore) => (layout: { folder: string; count: number }, index: number) =>
  store.peekShard(layout, index);

/**
 * The mixed library (saved-start.ts) of `articles` generated articles, with two topics and a few statements accepted
 * and rejected; then a windowed session's warm-up, so the views are saved.
 */
async function viewsLibrary(articles = 600): Promise<{ topics: string[]; actors: string[] }> {
  const wb = await mixedLibrary(lib.dir, articles);
  const topics = [
    (await wb.saveTopic({ name: 'Pipeline', query: 'pipeline*' })).id,
    (await wb.saveTopic({ name: 'Settled', query: 'settled' })).id,
  ];
  const page = await wb.queryTimeline({}, { limit: 40 });
  for (const [i, row] of page.rows.entries()) {
    if (i % 4 === 0) await wb.updateStatement(row.statement.id, { status: 'accepted' });
    if (i % 4 === 1) await wb.updateStatement(row.statement.id, { status: 'rejected' });
  }
  const actors = (await wb.listActors()).sort((x, y) => y.statementCount - x.statementCount).map((a) => a.id);
  await wb.warmUp();
  await wb.close();
  return { topics, actors };
}

function filtersOf({ topics, actors }: { topics: string[]; actors: string[] }): Filter[] {
  return [
    {},
    { actorIds: [actors[0]!] },
    { actorIds: [actors[1]!, actors[5]!], from: '2024-03-01', to: '2024-06-30' },
    { topicIds: [topics[0]!] },
    { topicIds: [topics[1]!], sources: ['Outlet 2', 'Outlet 5'] },
    { importIds: ['batch-a'] },
    { statuses: ['accepted', 'rejected'] },
    { dated: false },
    { dated: true, actorTypes: ['person'] },
    { from: '2024-05-01' },
  ];
}

describe('the saved views', () => {
  it('answer the charts and timeline pages exactly as the opened library does', async () => {
    const picked = await viewsLibrary();
    const views = await saved();
    expect(views).not.toBeNull();
    const store = new LowdbLibraryStore(lib.dir, { readOnly: true });
    const wb = await openWorkbench(lib.dir);
    expect(views!.actorRows()).toEqual(await wb.listActors());
    expect(views!.topics()).toEqual(await wb.listTopics());
    let compared = 0;
    for (const filter of filtersOf(picked)) {
      expect(views!.charts(filter)).toEqual(await wb.queryCharts(filter));
      for (const [offset, limit] of [
        [0, 50],
        [37, 25],
      ] as const) {
        const early = await views!.timeline(filter, offset, limit, peek(store));
        const real = await wb.queryTimeline(filter, { offset, limit });
        expect(early).toEqual(real);
        compared += real.rows.length;
      }
    }
    // The filters chose real statements, not empty pages.
    expect(compared).toBeGreaterThan(400);
    for (const order of ['newest', 'least-confident', 'article'] as const) {
      for (const statuses of [undefined, ['accepted', 'rejected'] as const]) {
        const filter: Filter = statuses ? { statuses: [...statuses] } : {};
        const page = { order, offset: 3, limit: 40 };
        expect(await views!.reviewQueue(filter, page, peek(store))).toEqual(await wb.queryReviewQueue(filter, page));
      }
    }
    await wb.close();
  }, 180_000);

  it('wait for the open for what only the statements hold, or when a statement is not where they say', async () => {
    await viewsLibrary();
    const views = (await saved())!;
    const store = new LowdbLibraryStore(lib.dir, { readOnly: true });
    for (const filter of [{ kinds: ['indirect'] }, { text: 'pipeline' }, { minConfidence: 0.5 }] as Filter[]) {
      expect(views.charts(filter)).toBe(WAIT_FOR_OPEN);
      expect(await views.timeline(filter, 0, 10, peek(store))).toBe(WAIT_FOR_OPEN);
    }
    // A review queue narrowed by anything but review states is scanned by the open library.
    expect(await views.reviewQueue({ sources: ['Outlet 1'] }, undefined, peek(store))).toBe(WAIT_FOR_OPEN);
    // Another program rewrote a shard: its statements are no longer where the file says.
    const first = (await views.timeline({}, 0, 1, peek(store))) as Exclude<
      Awaited<ReturnType<SavedViews['timeline']>>,
      typeof WAIT_FOR_OPEN
    >;
    const layout = JSON.parse(await readFile(path.join(lib.dir, 'registry.json'), 'utf8')) as { shardFolder: string };
    const folder = path.join(lib.dir, layout.shardFolder);
    for (const name of await readdir(folder)) {
      const text = await readFile(path.join(folder, name), 'utf8');
      if (text.includes(first.rows[0]!.statement.id))
        await writeFile(path.join(folder, name), text.replaceAll(first.rows[0]!.statement.id, 'moved-away'));
    }
    expect(await views.timeline({}, 0, 1, peek(store))).toBe(WAIT_FOR_OPEN);
  }, 180_000);

  it('are deleted before an edit is acknowledged, and saved again with it', async () => {
    await viewsLibrary();
    expect(existsSync(lib.file)).toBe(true);
    const wb = await openWorkbench(lib.dir);
    const [row] = (await wb.queryTimeline({}, { limit: 1 })).rows;
    await wb.updateStatement(row!.statement.id, { status: 'accepted', note: 'checked by hand' });
    expect(existsSync(lib.file)).toBe(false);
    await wb.warmUp();
    await wb.close();
    const store = new LowdbLibraryStore(lib.dir, { readOnly: true });
    const again = (await saved())!;
    const page = await again.timeline({ statuses: ['accepted'] }, 0, 500, peek(store));
    expect(page).not.toBe(WAIT_FOR_OPEN);
    const edited = (page as { rows: Array<{ statement: { id: string; note?: string } }> }).rows.find(
      (r) => r.statement.id === row!.statement.id,
    );
    expect(edited?.statement.note).toBe('checked by hand');
  }, 180_000);

  it('are ignored when cut off, and saved again after the next warm-up', async () => {
    await viewsLibrary();
    await truncate(lib.file, 4000);
    expect(await saved()).toBeNull();
    const wb: Workbench = await openWorkbench(lib.dir);
    await wb.warmUp();
    expect(await saved()).not.toBeNull();
    await wb.close();
  }, 180_000);

  it('answer a windowed host before the library is open, then every view is told to ask again', async () => {
    // large enough that reading it takes many times what the saved views' answers take, on a busy machine too
    const picked = await viewsLibrary(3000);
    const behind = await composeBehind(lib.dir);
    const filter: Filter = { actorIds: [picked.actors[0]!] };
    const charts = await behind.api.queryCharts(filter);
    const page = await behind.api.queryTimeline(filter, { limit: 20 });
    const actors = await behind.api.listActors();
    const topics = await behind.api.listTopics();
    const history = await behind.api.getHistory();
    const review = await behind.api.queryReviewQueue({}, { order: 'least-confident', limit: 30 });
    expect(behind.isOpen()).toBe(false);
    // A filter the saved columns cannot answer waits for the library.
    const byKind = await behind.api.queryCharts({ kinds: ['direct'] });
    expect(behind.isOpen()).toBe(true);
    const wb = await behind.ready;
    expect(charts).toEqual(await wb.queryCharts(filter));
    expect(page).toEqual(await wb.queryTimeline(filter, { limit: 20 }));
    expect(byKind).toEqual(await wb.queryCharts({ kinds: ['direct'] }));
    expect(actors).toEqual(await wb.listActors());
    expect(topics).toEqual(await wb.listTopics());
    expect(history).toEqual(await wb.getHistory());
    expect(review).toEqual(await wb.queryReviewQueue({}, { order: 'least-confident', limit: 30 }));
    expect(behind.events.at(-1)).toBe('libraryChanged');
    await wb.close();
  }, 180_000);
});
