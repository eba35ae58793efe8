import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument } from '../../../src/core/ingest/index';
import {
  FINGERPRINT_SIZE,
  NEAR_DUPLICATE_THRESHOLD,
  findNearDuplicate,
  fingerprint,
  groupNearDuplicates,
  normaliseForHash,
  similarity,
} from '../../../src/core/ingest/near-duplicates';

const DIR = resolve(__dirname, '../../fixtures/import');

async function bodyOf(file: string): Promise<string> {
  const entries = await readDocument({
    name: file.split('/').pop()!,
    bytes: new Uint8Array(readFileSync(join(DIR, file))),
  });
  return entries[0]!.articles[0]!.body;
}

describe('normaliseForHash', () => {
  it('ignores spacing, case, quote and dash styles but not words', () => {
    const a = normaliseForHash('Varga said: “We will not stand by” — and left.\n\nDane  disagreed.');
    const b = normaliseForHash('varga said: "We will not stand by" - and left. Dane disagreed.');
    expect(a).toBe(b);
    expect(normaliseForHash('Varga said yes.')).not.toBe(normaliseForHash('Varga said no.'));
  });
});

describe('fingerprint and similarity', () => {
  it('is a fixed-size, JSON-safe signature and identical for identical text', () => {
    const fp = fingerprint('Minister Alena Varga said the tariffs would hurt every family in Norvania.');
    expect(fp).toHaveLength(FINGERPRINT_SIZE);
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fp);
    expect(
      similarity(fp, fingerprint('Minister Alena Varga said the tariffs would hurt every family in Norvania.')),
    ).toBe(1);
    expect(similarity(fingerprint(''), fingerprint(''))).toBe(0);
  });

  it('matches a wire story republished with another headline and edits', async () => {
    const original = await bodyOf('txt/utf8-bom-dateline.txt'); // Lake Orme deal (Ledger's copy of the wire)
    const wire = await bodyOf('mhtml/treaty-base64.mhtml'); // Northgate Wire's own page
    const s = similarity(fingerprint(original), fingerprint(wire));
    expect(s).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(s).toBeLessThan(1);
  });

  it('matches a copy with a paragraph dropped, one reworded and one added', async () => {
    const wire = await bodyOf('mhtml/treaty-base64.mhtml');
    const paras = wire.split('\n\n');
    const edited = [
      paras[0]!,
      paras[1]!.replace('a victory for common sense', 'a win for common sense'),
      paras[2]!,
      'Officials in Karsk said the first joint inspection of the lake would take place in the autumn, weather permitting.',
      paras[4]!,
    ].join('\n\n');
    expect(similarity(fingerprint(wire), fingerprint(edited))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('keeps different stories on the same topic apart', async () => {
    const treaty = await bodyOf('txt/export-header.txt');
    const farmers = await bodyOf('html/windows-1252-charset.html'); // also about the Lake Orme treaty
    expect(similarity(fingerprint(treaty), fingerprint(farmers))).toBeLessThan(0.15);
    const en = await bodyOf('html/news-meta.html');
    const fr = await bodyOf('txt/windows-1252-french.txt'); // same story, other language: not a duplicate
    expect(similarity(fingerprint(en), fingerprint(fr))).toBeLessThan(0.1);
  });
});

describe('groupNearDuplicates', () => {
  it('groups the same story across formats and nothing else', async () => {
    const files = [
      'html/news-meta.html', // tariffs
      'txt/export-header.txt', // treaty (wire)
      'eml/ledger-alert.eml', // tariffs again
      'html/windows-1252-charset.html', // farmers (same topic as treaty)
      'pdf/tariffs-header-footer.pdf', // tariffs, printed
      'txt/utf8-bom-dateline.txt', // treaty, republished with another headline
      'txt/windows-1252-french.txt', // tariffs in French
      'docx/tech-core-properties.docx', // unrelated
    ];
    const items = await Promise.all(files.map(async (f) => ({ id: f, fingerprint: fingerprint(await bodyOf(f)) })));
    const groups = groupNearDuplicates(items);
    expect(groups.map((g) => g.ids)).toEqual([
      ['html/news-meta.html', 'eml/ledger-alert.eml', 'pdf/tariffs-header-footer.pdf'],
      ['txt/export-header.txt', 'txt/utf8-bom-dateline.txt'],
    ]);
    for (const g of groups)
      for (const p of g.pairs) expect(p.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(findNearDuplicate(items[2]!.fingerprint, [items[1]!, items[0]!])?.id).toBe('html/news-meta.html');
    expect(findNearDuplicate(items[7]!.fingerprint, items.slice(0, 7))).toBeNull();
  });

  it('is fast enough for a library import', () => {
    let seed = 7;
    const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
    const syllables = ['ka', 'ro', 'ne', 'vi', 'sta', 'mor', 'le', 'dan', 'tru', 'pe', 'gal', 'osk'];
    const words = Array.from({ length: 3000 }, () =>
      Array.from({ length: 2 + Math.floor(rand() * 2) }, () => syllables[Math.floor(rand() * syllables.length)]).join(
        '',
      ),
    );
    const items = Array.from({ length: 500 }, (_, i) => ({
      id: `a${i}`,
      fingerprint: fingerprint(Array.from({ length: 400 }, () => words[Math.floor(rand() * words.length)]).join(' ')),
    }));
    // Plant one near-duplicate pair among them.
    items.push({ id: 'copy', fingerprint: items[42]!.fingerprint.map((v, i) => (i % 10 === 0 ? v ^ 1 : v)) });
    const t0 = performance.now();
    const groups = groupNearDuplicates(items);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(groups.map((g) => g.ids)).toEqual([['a42', 'copy']]);
  });
});
