import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/core/library/service';
import { SegmentedWordIndex } from '../../../src/core/library/segmented-word-index';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import { foldText } from '../../../src/core/query/word-tokens';
import { openWorkbench, pathItems, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';

/** The documents that use a word starting with every term, sorted. */
const docsFor = (index: SegmentedWordIndex, ...terms: string[]) => [...index.countsAll(terms).keys()].sort();

describe('SegmentedWordIndex', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('finds documents by whole words and word prefixes, and forgets replaced text', () => {
    const index = new SegmentedWordIndex('t', new LowdbLibraryStore(dir));
    index.add('a', '', 'the steel tariffs rise');
    index.add('b', '', 'a tariff on grain');
    index.add('c', '', 'grain prices');
    expect(docsFor(index, 'tariff')).toEqual(['a', 'b']);
    expect(docsFor(index, 'tariff', 'grain')).toEqual(['b']);
    expect(docsFor(index, 'ice')).toEqual([]); // "prices" contains it, but no word starts with it
    index.add('b', '2', 'a levy on grain');
    expect(docsFor(index, 'tariff')).toEqual(['a']);
  });

  it('indexes hyphenated words by their parts and drops a possessive', () => {
    const index = new SegmentedWordIndex('t', new LowdbLibraryStore(dir));
    index.add('a', '', foldText('Ministers of the Asia-Pacific forum met the alliance’s envoy.'));
    index.add('b', '', foldText('Trade in Asia grew.'));
    expect(docsFor(index, 'pacific')).toEqual(['a']);
    expect(docsFor(index, 'asia')).toEqual(['a', 'b']);
    expect(docsFor(index, 'asia', 'pacific')).toEqual(['a']);
    expect(docsFor(index, 'alliance')).toEqual(['a']);
    expect(docsFor(index, 's')).toEqual([]);
  });

  it('answers the same after saving and loading again, and knows which entries are out of date', async () => {
    const store = new LowdbLibraryStore(dir);
    await store.open();
    const index = new SegmentedWordIndex('t', store);
    index.add('a', 'v1', 'steel tariffs steel');
    index.add('b', 'v1', 'grain tariff');
    const before = index.countsAll(['tariff', 'steel']);
    await index.save(() => true);
    index.add('b', 'v2', 'grain levy'); // re-indexed after the save: the saved entry is stale
    await index.save(() => true);
    const again = new SegmentedWordIndex('t', store);
    expect(await again.load()).toBe(2);
    expect(again.countsAll(['tariff', 'steel'])).toEqual(before);
    expect(docsFor(again, 'tariff')).toEqual(['a']);
    expect(docsFor(again, 'levy')).toEqual(['b']);
    expect(again.isCurrent('b', 'v2')).toBe(true);
    expect(again.isCurrent('b', 'v1')).toBe(false);
    expect(again.isCurrent('c', '')).toBe(false);
  });

  it('drops a cut-off or damaged segment, so its documents count as not indexed', async () => {
    const store = new LowdbLibraryStore(dir);
    await store.open();
    const index = new SegmentedWordIndex('t', store);
    index.add('a', '', 'steel');
    await index.save(() => true);
    index.add('b', '', 'grain');
    await index.save(() => true);
    const files = (await readdir(path.join(dir, 'index'))).filter((f) => f.endsWith('.seg')).sort();
    expect(files).toHaveLength(2);
    const second = path.join(dir, 'index', files[1]!);
    const bytes = await readFile(second);
    await writeFile(second, bytes.subarray(0, bytes.length - 3));
    const cut = new SegmentedWordIndex('t', store);
    expect(await cut.load()).toBe(1);
    expect(docsFor(cut, 'steel')).toEqual(['a']);
    expect(cut.isCurrent('b', '')).toBe(false);
    await writeFile(path.join(dir, 'index', 't.manifest.json'), '{"version":1,"segm');
    expect(await new SegmentedWordIndex('t', store).load()).toBe(0);
  });

  it('merges segments when they pile up, keeping only the documents still wanted', async () => {
    const store = new LowdbLibraryStore(dir);
    await store.open();
    const index = new SegmentedWordIndex('t', store);
    for (let i = 0; i < 12; i++) {
      index.add(`d${i}`, '', `word${i} common`);
      await index.save((doc) => doc !== 'd3');
    }
    const segments = (await readdir(path.join(dir, 'index'))).filter((f) => f.endsWith('.seg'));
    expect(segments.length).toBeLessThanOrEqual(8);
    const loaded = new SegmentedWordIndex('t', store);
    await loaded.load();
    expect(docsFor(loaded, 'common')).toEqual(docsFor(index, 'common'));
    expect(docsFor(loaded, 'common')).not.toContain('d3');
    expect(docsFor(loaded, 'common')).toHaveLength(11);
  });

  it('writes nothing into a library opened read-only', async () => {
    const index = new SegmentedWordIndex('t', new LowdbLibraryStore(dir, { readOnly: true }));
    index.add('a', '', 'steel');
    await index.save(() => true);
    expect(await readdir(dir)).not.toContain('index');
    expect(docsFor(index, 'steel')).toEqual(['a']);
  });
});

const ARTICLE = `date 2025-03-04 Veltrin Daily Courier - Ministers gather for the Asia-Pacific forum

Ministers from twelve countries met in Veltrin on Tuesday for the Asia-Pacific Trade Forum, where the alliance’s envoy set out plans for a regional levy.

Norvanian President Mirela Dascu welcomed the talks. “The Asia-Pacific economies cannot grow behind closed borders,” Dascu said.
`;

describe('search over hyphenated and apostrophised words', () => {
  let dir: string;
  let wb: Workbench;
  beforeAll(async () => {
    dir = await tempDir();
    wb = await openWorkbench(dir);
    const base64 = Buffer.from(ARTICLE, 'utf8').toString('base64');
    await wb.importFiles({ jobId: 'asia', items: [{ kind: 'bytes', name: 'asia-pacific.txt', base64 }] });
  });
  afterAll(async () => {
    await wb.close();
    await removeDir(dir);
  });

  /** Searches once bodies are loaded, so that article bodies are searched too (each call reads more of them). */
  const search = async (query: string) => {
    let result = await wb.search(query);
    while (result.partial) result = await wb.search(query);
    return result;
  };

  it.each([
    ['Pacific', ['article', 'statement']],
    ['asia', ['article', 'statement']],
    ['"Asia-Pacific"', ['article', 'statement']],
    ['Asia-Pacific', ['article', 'statement']],
    ['alliance', ['article']],
    ['alliance’s', ['article']],
  ])('finds %s, with snippets in the original case', async (query, kinds) => {
    const result = await search(query);
    expect(result.hits.map((h) => h.kind).sort()).toEqual(kinds);
    for (const hit of result.hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const h of hit.highlights) expect(hit.snippet.slice(h.start, h.end)).toMatch(/^(Asia|Pacific|alliance)$/);
      expect(hit.snippet).toMatch(/Asia-Pacific|alliance’s/);
    }
  });

  it('shows article bodies as written, and highlights words, not parts of words', async () => {
    const result = await search('envoy');
    const article = result.hits.find((h) => h.kind === 'article')!;
    expect(article.snippet).toContain('Asia-Pacific Trade Forum, where the alliance’s envoy');
    expect(article.highlights.map((h) => article.snippet.slice(h.start, h.end))).toEqual(['envoy']);
    expect((await search('acific')).total).toBe(0);
  });

  it('matches topic previews the same way', async () => {
    expect((await wb.previewTopic('Pacific')).total).toBe(1);
    expect((await wb.previewTopic('"Asia-Pacific" NOT forum')).total).toBe(1);
    expect((await wb.previewTopic('NOT Asia')).total).toBe(0);
  });
});

describe('the persisted search index', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await removeDir(dir);
  });

  const QUERIES = ['Putin', 'security balance', 'military blocs', 'Beijing', 'tariff', 'zzzz'];
  /** What each query answers once every body is indexed: hits, in order, with their scores and excerpts. */
  const answers = async (wb: Workbench) => {
    const out: unknown[] = [];
    for (const query of QUERIES) {
      let result = await wb.search(query);
      while (result.partial) result = await wb.search(query);
      out.push(result.hits.map((h) => [h.kind, h.articleId, h.statementId, h.score.toFixed(6), h.snippet]));
    }
    return out;
  };
  const segments = async () => (await readdir(path.join(dir, 'index'))).filter((f) => f.endsWith('.seg')).sort();

  it('is read back after reopening, and rebuilt with the same answers when deleted or cut off', async () => {
    let wb = await openWorkbench(dir);
    const txt = path.join(ROOT, 'tests', 'fixtures', 'import', 'txt');
    await wb.importFiles(pathItems(SEED, ...(await readdir(txt)).map((f) => path.join(txt, f))));
    const first = await answers(wb);
    expect(first.flat().length).toBeGreaterThan(5);
    await wb.close();
    const saved = await segments();
    expect(saved.length).toBeGreaterThan(0);

    wb = await openWorkbench(dir);
    expect(await answers(wb)).toEqual(first);
    await wb.close();
    expect(await segments()).toEqual(saved); // nothing was indexed again

    await rm(path.join(dir, 'index'), { recursive: true });
    wb = await openWorkbench(dir);
    expect(await answers(wb)).toEqual(first);
    await wb.close();

    for (const file of await segments()) {
      const bytes = await readFile(path.join(dir, 'index', file));
      await writeFile(path.join(dir, 'index', file), bytes.subarray(0, bytes.length >> 1));
    }
    wb = await openWorkbench(dir);
    expect(await answers(wb)).toEqual(first);
    await wb.close();
  }, 240_000);
});
