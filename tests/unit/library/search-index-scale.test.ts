// The search index at scale, in small: an index built in bounded parts (saved whenever the unsaved part is full,
// merged a bounded amount at a time) answers as one whole index would; the first page of a one-word query is
// read from the top of its postings and counted from their lengths, with the same answer as reading them all; a
// library too large to index at once answers at once, partially, then completely, and the same after reopening.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/core/library/service';
import { mergeSegments } from '../../../src/core/library/merge-segments';
import { SegmentedWordIndex, type WordIndexLimits } from '../../../src/core/library/segmented-word-index';
import { decodeSegment, encodeSegment } from '../../../src/core/library/word-segment';
import type { Statement } from '../../../src/shared/model';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import {
  generatedArticle,
  generatedArticleId,
  writeGeneratedLibrary,
  xorshiftStream,
} from '../../helpers/synthetic-library';
import { openWorkbench, removeDir, tempDir } from '../../helpers/temp-library';

/** Invented words; the first ones are drawn far more often, as in news text. */
const VOCABULARY = Array.from({ length: 60 }, (_, i) => `zor${i.toString(36)}ba`);

/** A deterministic stream of numbers in [0, 1) for document n. */
function stream(n: number): () => number {
  return xorshiftStream(Math.imul(n + 7, 0x9e3779b1));
}

function text(n: number, words = 12): string {
  const rand = stream(n);
  return Array.from({ length: words }, () => VOCABULARY[Math.floor(VOCABULARY.length * rand() ** 3)]!).join(' ');
}

/** What an index must answer: for each document still there, how often it uses a word starting with each term. */
function expected(docs: Map<string, string>, terms: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [doc, body] of docs) {
    const words = body.split(' ');
    const row = terms.map((t) => words.filter((w) => w.startsWith(t)).length);
    if (row.every((n) => n > 0)) out.set(doc, row);
  }
  return out;
}

const sorted = (m: Map<string, number[]>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

async function segmentsOnDisk(dir: string, name: string) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'index', `${name}.manifest.json`), 'utf8')) as {
    segments: string[];
  };
  return Promise.all(
    manifest.segments.map(async (f) => decodeSegment(new Uint8Array(await readFile(path.join(dir, 'index', f))))!),
  );
}

describe('a word index built in bounded parts', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('saves whenever the unsaved part is full, merges a bounded amount at a time, and answers as a whole index', async () => {
    const store = new LowdbLibraryStore(dir);
    await store.open();
    const limits: WordIndexLimits = { maxSegments: 4, saveAtPostings: 60, mergePostings: 400 };
    const index = new SegmentedWordIndex('t', store, limits);
    const docs = new Map<string, string>();
    let mostUnsaved = 0;
    for (let n = 0; n < 500; n++) {
      // Every tenth document re-indexes an earlier one (an edit), every 25th is deleted from the library.
      const doc = n % 10 === 9 ? `d${n - 5}` : `d${n}`;
      docs.set(doc, text(n));
      index.add(doc, `v${n}`, text(n));
      if (n % 25 === 24) {
        docs.delete(`d${n - 20}`);
        index.remove(`d${n - 20}`);
      }
      if (index.needsSave) await index.save((d) => docs.has(d));
      mostUnsaved = Math.max(mostUnsaved, index.unsaved);
      if (n % 50 === 0) {
        const segments = await segmentsOnDisk(dir, 't').catch(() => []);
        const sizes = segments.map((s) => s.postings.length).sort((a, b) => a - b);
        // Merged as long as the two smallest fit in one merge; no merge ever wrote more than its bound.
        if (sizes.length > limits.maxSegments) expect(sizes[0]! + sizes[1]!).toBeGreaterThan(limits.mergePostings);
        for (const size of sizes) expect(size).toBeLessThanOrEqual(limits.mergePostings);
      }
    }
    await index.save((d) => docs.has(d));
    // A part is saved once it holds 60 postings, so it never holds more than a document's worth beyond that.
    expect(mostUnsaved).toBeLessThan(60);
    for (const terms of [['zor0ba'], ['zor1'], ['zor0ba', 'zor2ba'], ['zor', 'zor1ba'], ['nothing']]) {
      expect(sorted(index.countsAll(terms))).toEqual(sorted(expected(docs, terms)));
    }
    const again = new SegmentedWordIndex('t', store, limits);
    await again.load();
    for (const doc of docs.keys()) expect(again.refOf(doc)).toBeDefined();
    // A removal is not saved: the library's owner forgets, after loading, the documents the library no longer has
    // (until a merge has left them out).
    for (const doc of [...again.docs()]) if (!docs.has(doc)) again.remove(doc);
    for (const terms of [['zor0ba'], ['zor1'], ['zor0ba', 'zor2ba']]) {
      expect(sorted(again.countsAll(terms))).toEqual(sorted(expected(docs, terms)));
    }
  });

  it('merges segments word by word, leaving out the documents not kept, highest count first', () => {
    const a = new Map([
      [
        'x',
        {
          stamp: '1',
          counts: new Map([
            ['steel', 1],
            ['grain', 2],
          ]),
        },
      ],
      ['y', { stamp: '1', counts: new Map([['steel', 3]]) }],
    ]);
    const b = new Map([
      [
        'z',
        {
          stamp: '2',
          counts: new Map([
            ['steel', 2],
            ['levy', 1],
          ]),
        },
      ],
      ['x', { stamp: '2', counts: new Map([['levy', 4]]) }],
    ]);
    const first = decodeSegment(encodeSegment(a))!;
    const second = decodeSegment(encodeSegment(b))!;
    // The older entry of x (in the first segment) is stale: only the newer one is kept.
    const { bytes, renumbered } = mergeSegments([first, second], (input, docNo) => input === 1 || docNo === 1);
    const merged = decodeSegment(bytes)!;
    expect(merged.docs).toEqual(['y', 'z', 'x']);
    expect(merged.stamps).toEqual(['1', '2', '2']);
    expect(renumbered.map((r) => [...r])).toEqual([
      [-1, 0],
      [1, 2],
    ]);
    const postings = (word: string) => {
      const out: [string, number][] = [];
      merged.forEachWithPrefix(word, (docNo, n) => out.push([merged.docs[docNo]!, n]));
      return out;
    };
    expect(merged.terms).toEqual(['levy', 'steel']);
    expect(postings('steel')).toEqual([
      ['y', 3],
      ['z', 2],
    ]);
    expect(postings('levy')).toEqual([
      ['x', 4],
      ['z', 1],
    ]);
  });

  it('finds the documents using a word most from the top of its postings, ties included, and counts them exactly', async () => {
    const store = new LowdbLibraryStore(dir);
    await store.open();
    const index = new SegmentedWordIndex('t', store, { maxSegments: 100, saveAtPostings: 80, mergePostings: 1000 });
    const docs = new Map<string, string>();
    const hidden = new Set<string>();
    for (let n = 0; n < 300; n++) {
      const doc = n % 7 === 6 ? `d${n - 3}` : `d${n}`; // some re-indexed: their older entries are stale
      docs.set(doc, text(n, 20));
      index.add(doc, '', text(n, 20), n % 11 === 0);
      if (n % 11 === 0) hidden.add(doc);
      else hidden.delete(doc);
      if (index.needsSave) await index.save(() => true);
    }
    index.setHidden('d5', true); // hidden after it was saved: its segment is read through
    hidden.add('d5');
    // An older segment (postings in document order, no mark) is read through as well.
    const files = (await readdir(path.join(dir, 'index'))).filter((f) => f.endsWith('.seg')).sort();
    const older = path.join(dir, 'index', files[0]!);
    const bytes = await readFile(older);
    await writeFile(older, Buffer.from(bytes.toString('latin1').replace('"byCount":true', '"byCount":null'), 'latin1'));
    const reloaded = new SegmentedWordIndex('t', store);
    await reloaded.load();
    for (const doc of hidden) reloaded.setHidden(doc, true);
    // The last part was never saved: the reloaded index answers for the documents it has.

    for (const [which, ix] of [
      ['built', index],
      ['reloaded', reloaded],
    ] as const) {
      for (const word of ['zor0ba', 'zor3ba', 'zor1fba', 'nothing']) {
        const shown = new Map([...expected(docs, [word])].filter(([doc]) => !hidden.has(doc)));
        if (which === 'reloaded') for (const doc of docs.keys()) if (!reloaded.refOf(doc)) shown.delete(doc);
        for (const k of [1, 5, 40]) {
          const answer = ix.topByCount(word, k)!;
          expect(answer.total, `${which} ${word} total`).toBe(shown.size);
          const counts = [...shown.values()].map(([n]) => n!).sort((a, b) => b - a);
          const least = counts.length >= k ? counts[k - 1]! : 0;
          const top = [...shown].filter(([, [n]]) => n! >= least).map(([doc, [n]]) => `${doc}:${n}`);
          const got = Array.from({ length: answer.top.length }, (_, i) => {
            return `${ix.docOf(answer.top.refs[i]!)}:${answer.top.counts[0]![i]}`;
          });
          expect(got.sort(), `${which} ${word} top ${k}`).toEqual(top.sort());
        }
      }
      expect(ix.topByCount('zor', 5)).toBeNull(); // a prefix of many words: `match` answers it
    }
  });
});

/** Invented news: each article's body and statements use the vocabulary, one statement in three says "quarry levy". */
function article(n: number) {
  const meta = generatedArticle(n, { date: `2024-0${1 + (n % 9)}-1${n % 10}`, source: `Outlet ${n % 5}` });
  const statements: Statement[] = Array.from({ length: 6 }, (_, i) => {
    const said = `${text(n * 10 + i, 8)}${i % 3 === 0 ? ' quarry levy' : ''}`;
    return {
      id: `${meta.id}-${i}`,
      articleId: meta.id,
      start: i * 100,
      end: i * 100 + said.length,
      quote: said,
      context: `Envoy ${n % 9} said ${said}.`,
      kind: 'direct',
      cue: 'said',
      speakerId: `p${n % 9}`,
      topicIds: [],
      confidence: 0.8,
      status: 'suggested',
      updatedAt: '2024-10-01T00:00:00.000Z',
    };
  });
  return { meta, statements, body: `${text(n + 100_000, 80)}. ${statements.map((s) => s.context).join(' ')}` };
}

describe('a library too large to index at once', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeGeneratedLibrary(dir, {
      articles: 150,
      make: article,
      actors: Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, name: `Envoy ${i}`, type: 'person', aliases: [] })),
      topics: [],
    });
  }, 120_000);
  afterAll(async () => {
    await removeDir(dir);
  });

  const QUERIES = ['zor0ba', 'zor1', 'quarry levy', '"quarry levy"', 'envoy 3', 'outlet 2', 'zor0ba zor2ba'];
  const complete = async (wb: Workbench) => {
    const out: unknown[] = [];
    for (const query of QUERIES) {
      let result = await wb.search(query, 20);
      while (result.partial) result = await wb.search(query, 20);
      out.push([query, result.total, result.hits.map((h) => [h.kind, h.statementId ?? h.articleId, h.score])]);
    }
    return out;
  };

  it('answers at once while it is indexed, then completely, and the same after reopening', async () => {
    let wb = await openWorkbench(dir);
    const first = await wb.search('zor0ba', 20);
    expect(first.partial).toBe(true); // 900 statements and 150 bodies: more than a search waits for
    const answers = await complete(wb);
    const [, total] = answers[0] as [string, number];
    expect(total).toBeGreaterThan(first.total);
    await wb.close();

    wb = await openWorkbench(dir);
    expect(await complete(wb)).toEqual(answers);
    await wb.close();
  }, 120_000);

  it('leaves rejected statements and deleted articles out of the hits and the count', async () => {
    const wb = await openWorkbench(dir);
    await complete(wb);
    const before = await wb.search('"quarry levy"', 500);
    const statement = before.hits.find((h) => h.kind === 'statement')!;
    await wb.updateStatement(statement.statementId!, { status: 'rejected' });
    const after = await wb.search('"quarry levy"', 500);
    expect(after.total).toBe(before.total - 1);
    expect(after.hits.map((h) => h.statementId)).not.toContain(statement.statementId);

    const gone = generatedArticleId(7);
    const counted = after.hits.filter((h) => h.articleId === gone).length;
    expect(counted).toBeGreaterThan(0);
    await wb.deleteArticles([gone]);
    const deleted = await wb.search('"quarry levy"', 500);
    expect(deleted.hits.map((h) => h.articleId)).not.toContain(gone);
    expect(deleted.total).toBe(after.total - counted);

    await wb.updateStatement(statement.statementId!, { status: 'accepted' });
    expect((await wb.search('"quarry levy"', 500)).total).toBe(deleted.total + 1);
    await wb.close();
  }, 120_000);
});
