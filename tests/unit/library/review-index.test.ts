import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewOrder } from '../../../src/shared/api';
import type { Filter, StatementStatus } from '../../../src/shared/model';
import type { Workbench } from '../../../src/core/library/service';
import { isUnfiltered } from '../../../src/core/library/review-index';
import { openWorkbench, pathItems, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';

const ORDERS: ReviewOrder[] = ['newest', 'least-confident', 'article'];
const STATUS_SETS: StatementStatus[][] = [[], ['suggested'], ['accepted', 'edited'], ['rejected', 'suggested']];
/** Chooses every statement, but is not "unfiltered", so the queue is answered by scanning. */
const EVERY_KIND: Filter = { kinds: ['direct', 'indirect'] };

describe('the whole-library review queue', () => {
  let dir: string;
  let wb: Workbench;
  beforeAll(async () => {
    dir = await tempDir();
    wb = await openWorkbench(dir);
    const txt = path.join(ROOT, 'tests', 'fixtures', 'import', 'txt');
    await wb.importFiles(pathItems(SEED, ...(await readdir(txt)).map((f) => path.join(txt, f))));
  });
  afterAll(async () => {
    await wb.close();
    await removeDir(dir);
  });

  it('knows a filter that chooses only review states', () => {
    expect(isUnfiltered({})).toBe(true);
    expect(isUnfiltered({ statuses: ['accepted'], actorIds: [], text: '', minConfidence: 0, from: null })).toBe(true);
    expect(isUnfiltered({ actorIds: ['p1'] })).toBe(false);
    expect(isUnfiltered({ minConfidence: 0.5 })).toBe(false);
    expect(isUnfiltered({ dated: false })).toBe(false);
    expect(isUnfiltered(EVERY_KIND)).toBe(false);
  });

  /** Every order, status choice and a few pages, answered from the index and by scanning: they must agree. */
  const expectSameAnswers = async () => {
    for (const order of ORDERS)
      for (const statuses of STATUS_SETS)
        for (const [offset, limit] of [
          [0, 5],
          [3, 4],
          [0, 1000],
        ] as const) {
          const indexed = await wb.queryReviewQueue({ statuses }, { order, offset, limit });
          const scanned = await wb.queryReviewQueue({ ...EVERY_KIND, statuses }, { order, offset, limit });
          expect({ order, statuses, offset, rows: indexed.rows.map((r) => r.statement.id) }).toEqual({
            order,
            statuses,
            offset,
            rows: scanned.rows.map((r) => r.statement.id),
          });
          expect(indexed.total).toBe(scanned.total);
          expect(indexed.counts).toEqual(scanned.counts);
        }
  };

  it('answers as a full scan does through reviews, edits, deletions, undo and redo', async () => {
    await expectSameAnswers();
    const queue = await wb.queryReviewQueue({}, { order: 'least-confident', limit: 12 });
    expect(queue.rows.length).toBe(12);
    const [a, b, c, d, e] = queue.rows.map((r) => r.statement.id);
    await wb.updateStatement(a!, { status: 'accepted' });
    await wb.updateStatement(b!, { status: 'rejected' });
    await wb.updateStatement(c!, { note: 'checked against the recording' });
    await wb.deleteStatement(d!);
    await expectSameAnswers();
    await wb.undo();
    await wb.undo();
    await expectSameAnswers();
    await wb.redo();
    await wb.updateStatement(e!, { status: 'edited' });
    await expectSameAnswers();
    const counts = (await wb.queryReviewQueue({}, {})).counts;
    expect(counts.accepted).toBe(1);
    expect(counts.rejected).toBe(1);
    expect(counts.edited).toBeGreaterThanOrEqual(1);
  });
});
