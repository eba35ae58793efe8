import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryState } from '../../../src/core/library/library-state';
import { filterStatements } from '../../../src/core/query/filter-statements';
import type { LibraryView } from '../../../src/core/query/library-view';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import type { Filter } from '../../../src/shared/model';
import { openWorkbench, pathItems, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';

/** The same library without its speaker index: filters by actor are answered by scanning every statement. */
const scanning = (state: LibraryState): LibraryView => ({
  article: (id) => state.article(id),
  actor: (id) => state.actor(id),
  topics: () => state.topics(),
  statementsInOrder: () => state.statementsInOrder(),
});

describe('filters by actor read the speaker index', () => {
  let dir: string;
  let state: LibraryState;
  beforeAll(async () => {
    dir = await tempDir();
    const wb = await openWorkbench(dir);
    const txt = path.join(ROOT, 'tests', 'fixtures', 'import', 'txt');
    await wb.importFiles(pathItems(SEED, ...(await readdir(txt)).map((f) => path.join(txt, f))));
    await wb.close();
    // Changed in memory only (a read-only store is never written): the index must follow every change.
    state = await LibraryState.open(new LowdbLibraryStore(dir, { readOnly: true }), () => 'new-actor');
  });
  afterAll(async () => {
    await removeDir(dir);
  });

  /** Every actor alone, pairs of actors and a few narrower filters: the index and the scan give the same list. */
  const expectSameAsScan = () => {
    const actors = state.actors().map((a) => a.id);
    expect(actors.length).toBeGreaterThan(3);
    const filters: Filter[] = [
      ...actors.map((id) => ({ actorIds: [id] })),
      ...actors.slice(1).map((id, i) => ({ actorIds: [actors[i]!, id, id] })),
      { actorIds: actors.slice(0, 3), statuses: ['accepted', 'rejected', 'suggested', 'edited'] },
      { actorIds: actors.slice(0, 2), kinds: ['direct'] },
    ];
    for (const filter of filters) {
      const indexed = filterStatements(state, filter).map((s) => s.id);
      const scanned = filterStatements(scanning(state), filter).map((s) => s.id);
      expect({ filter, ids: indexed }).toEqual({ filter, ids: scanned });
    }
  };

  it('gives what a scan gives, also after re-attributions, edits and deletions', () => {
    expectSameAsScan();
    const [first, second, third, fourth] = state.statementsInOrder();
    const other = state.actors().find((a) => a.id !== first!.speakerId)!;
    state.putStatement({ ...first!, speakerId: other.id });
    state.putStatement({ ...second!, speakerId: null });
    state.putStatement({ ...third!, status: 'rejected' });
    state.removeStatement(fourth!.id);
    expectSameAsScan();
    expect(filterStatements(state, { actorIds: [other.id] }).map((s) => s.id)).toContain(first!.id);
    const article = [...state.articles.keys()][0]!;
    state.removeArticle(article);
    expect(state.statementsInOrder().filter((s) => s.articleId === article)).toEqual([]);
    expectSameAsScan();
    state.putStatement({ ...first!, speakerId: first!.speakerId });
    expectSameAsScan();
  });
});
