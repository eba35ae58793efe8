import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/core/library/service';
import { WordIndex } from '../../../src/core/library/word-index';
import { foldText } from '../../../src/core/query/word-tokens';
import { openWorkbench, removeDir, tempDir } from '../../helpers/temp-library';

describe('WordIndex', () => {
  it('finds documents by whole words and word prefixes, and forgets removed or replaced text', () => {
    const index = new WordIndex();
    index.add('a', 'the steel tariffs rise');
    index.add('b', 'a tariff on grain');
    index.add('c', 'grain prices');
    expect([...index.lookup('tariff')].sort()).toEqual(['a', 'b']);
    expect([...index.lookupAll(['tariff', 'grain'])]).toEqual(['b']);
    expect([...index.lookup('ice')]).toEqual([]); // "prices" contains it, but no word starts with it
    index.add('b', 'a levy on grain');
    expect([...index.lookup('tariff')]).toEqual(['a']);
    index.remove('a');
    expect([...index.lookup('tariff')]).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('indexes hyphenated words by their parts and drops a possessive', () => {
    const index = new WordIndex();
    index.add('a', foldText('Ministers of the Asia-Pacific forum met the alliance’s envoy.'));
    index.add('b', foldText('Trade in Asia grew.'));
    expect([...index.lookup('pacific')]).toEqual(['a']);
    expect([...index.lookup('asia')].sort()).toEqual(['a', 'b']);
    expect([...index.lookupAll(['asia', 'pacific'])]).toEqual(['a']);
    expect([...index.lookup('alliance')]).toEqual(['a']);
    expect([...index.lookup('s')]).toEqual([]);
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

  /** Searches once bodies are loaded, so that article bodies are searched too. */
  const search = async (query: string) => {
    for (;;) {
      const result = await wb.search(query);
      if (!result.partial) return result;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
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
