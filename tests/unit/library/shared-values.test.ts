import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryState } from '../../../src/core/library/library-state';
import { ownCopy, SharedValues } from '../../../src/core/library/shared-values';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import { openWorkbench, pathItems, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => removeDir(dir));

async function importSamples() {
  const wb = await openWorkbench(dir);
  await wb.saveTopic({ name: 'Security', query: 'security OR military OR NATO OR sanctions' });
  const txt = path.join(ROOT, 'tests', 'fixtures', 'import', 'txt');
  await wb.importFiles(pathItems(SEED, ...(await readdir(txt)).map((f) => path.join(txt, f))));
  return wb;
}

describe('statements read at open share their repeated values', () => {
  it('gives statements with the same topics one frozen list', async () => {
    await (await importSamples()).close();
    const state = await LibraryState.open(new LowdbLibraryStore(dir, { readOnly: true }), () => 'new-actor');
    const statements = [...state.statements.values()];
    const tagged = statements.filter((s) => s.topicIds.length === 1);
    const untagged = statements.filter((s) => s.topicIds.length === 0);
    expect(tagged.length).toBeGreaterThan(1);
    expect(untagged.length).toBeGreaterThan(1);
    for (const s of tagged) expect(s.topicIds).toBe(tagged[0]!.topicIds);
    for (const s of untagged) expect(s.topicIds).toBe(untagged[0]!.topicIds);
    expect(Object.isFrozen(tagged[0]!.topicIds)).toBe(true);
    for (const s of statements) expect(s.articleId).toBe(state.article(s.articleId)?.id);
  });

  it('changes only the edited statement when its topic list is shared, and keeps the change', async () => {
    await (await importSamples()).close();
    const wb = await openWorkbench(dir);
    const topic = (await wb.listTopics())[0]!;
    const before = (await wb.queryTimeline({ topicIds: [topic.id] }, { limit: 500 })).rows;
    expect(before.length).toBeGreaterThan(2);
    const edited = before[1]!.statement.id;
    await wb.updateStatement(edited, { topicIds: [] });
    const after = (await wb.queryTimeline({ topicIds: [topic.id] }, { limit: 500 })).rows.map((r) => r.statement.id);
    expect(after).toEqual(before.map((r) => r.statement.id).filter((id) => id !== edited));
    await wb.close();
    const reopened = await openWorkbench(dir);
    const kept = (await reopened.queryTimeline({ topicIds: [topic.id] }, { limit: 500 })).rows;
    expect(kept.map((r) => r.statement.id)).toEqual(after);
    await reopened.close();
  });
});

describe('SharedValues', () => {
  it('returns the same list for the same ids and starts again past its limit', () => {
    const shared = new SharedValues(2);
    const a = shared.list(['t1', 't2']);
    expect(shared.list(['t1', 't2'])).toBe(a);
    expect(shared.list(['t2', 't1'])).not.toBe(a);
    shared.list(['t3']);
    // The third distinct list emptied the pool: an equal list is a new one, still equal.
    const again = shared.list(['t1', 't2']);
    expect(again).not.toBe(a);
    expect(again).toEqual(['t1', 't2']);
    expect(() => (again as string[]).push('t4')).toThrow(TypeError);
  });

  it('copies a string cut from a longer one to an equal string', () => {
    const body = 'Minister Alena Varga said the tariffs "will hurt every family". '.repeat(20);
    const cut = body.slice(9, 60);
    expect(ownCopy(cut)).toBe(cut);
    expect(ownCopy('')).toBe('');
    expect(ownCopy('“Ça va,” she said — 東京')).toBe('“Ça va,” she said — 東京');
  });
});
