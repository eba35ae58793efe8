import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryState } from '../../../src/core/library/library-state';
import { queryCharts } from '../../../src/core/query/charts';
import { filterStatements } from '../../../src/core/query/filter-statements';
import type { LibraryView } from '../../../src/core/query/library-view';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import type { Filter } from '../../../src/shared/model';
import { openWorkbench, pathItems, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';

/** The same library without its kept statement table: every query builds a fresh one from the statements. */
const fresh = (state: LibraryState): LibraryView => ({
  article: (id) => state.article(id),
  actor: (id) => state.actor(id),
  topics: () => state.topics(),
  statementsInOrder: () => [...state.statementsInOrder()],
});

describe('the statement table the library keeps follows every change', () => {
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

  /** Every actor alone, pairs of actors and a few narrower filters: the kept and a fresh table give the same list. */
  const expectSameAsFresh = () => {
    const actors = state.actors().map((a) => a.id);
    expect(actors.length).toBeGreaterThan(3);
    const filters: Filter[] = [
      ...actors.map((id) => ({ actorIds: [id] })),
      ...actors.slice(1).map((id, i) => ({ actorIds: [actors[i]!, id, id] })),
      { actorIds: actors.slice(0, 3), statuses: ['accepted', 'rejected', 'suggested', 'edited'] },
      { actorIds: actors.slice(0, 2), kinds: ['direct'] },
      { actorTypes: ['person'] },
      { from: '2024-01-01', to: '2024-12-31' },
      { to: '2019-12-31' },
      { dated: false },
      { sources: [...new Set([...state.articles.values()].map((a) => a.source).filter((x): x is string => !!x))] },
      { topicIds: state.topics().map((t) => t.id), statuses: ['rejected'] },
    ];
    for (const filter of filters) {
      const indexed = filterStatements(state, filter).map((s) => s.id);
      const rebuilt = filterStatements(fresh(state), filter).map((s) => s.id);
      expect({ filter, ids: indexed }).toEqual({ filter, ids: rebuilt });
      expect(queryCharts(state, filter)).toEqual(queryCharts(fresh(state), filter));
    }
  };

  it('gives what a fresh table gives, also after re-attributions, edits, new dates and deletions', () => {
    expectSameAsFresh();
    const [first, second, third, fourth, fifth] = state.statementsInOrder();
    const other = state.actors().find((a) => a.id !== first!.speakerId)!;
    state.putStatement({ ...first!, speakerId: other.id });
    state.putActor({ id: 'newcomer', name: 'Wen Newcomer', type: 'person', aliases: [] });
    state.putStatement({ ...fifth!, speakerId: 'newcomer' });
    expectSameAsFresh();
    expect(filterStatements(state, { actorIds: ['newcomer'] }).map((s) => s.id)).toEqual([fifth!.id]);
    // A filter asked twice answers from its last selection, which an actor's new type must not outlive.
    expect(filterStatements(state, { actorTypes: ['country'] }).map((s) => s.id)).not.toContain(fifth!.id);
    state.putActor({ id: 'newcomer', name: 'Wen Newcomer', type: 'country', aliases: [] });
    expect(filterStatements(state, { actorTypes: ['country'] }).map((s) => s.id)).toContain(fifth!.id);
    // A date of its own moves the statement to the front of the date order.
    state.putStatement({
      ...fifth!,
      speakerId: 'newcomer',
      date: '1999-05',
      datePrecision: 'month',
      dateOrigin: 'text',
    });
    expect(filterStatements(state, {})[0]!.id).toBe(fifth!.id);
    expect(filterStatements(state, { from: '1999-05-20', to: '1999-05-20' }).map((s) => s.id)).toEqual([fifth!.id]);
    expectSameAsFresh();
    state.putStatement({ ...second!, speakerId: null });
    state.putStatement({ ...third!, status: 'rejected' });
    state.removeStatement(fourth!.id);
    expectSameAsFresh();
    expect(filterStatements(state, { actorIds: [other.id] }).map((s) => s.id)).toContain(first!.id);
    const article = [...state.articles.keys()][0]!;
    state.removeArticle(article);
    expect(state.statementsInOrder().filter((s) => s.articleId === article)).toEqual([]);
    expectSameAsFresh();
    state.putStatement({ ...first!, speakerId: first!.speakerId });
    expectSameAsFresh();
  });
});
