/**
 * The pieces behind big-file reading, on real texts: parts cut where no sentence or quotation is split, slice-wise
 * normalisation equal to normalising the whole, flattened HTML, exact sizes in messages.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/ingest/index';
import { flattenHtml, measureHtml } from '../../../src/core/ingest/flatten-html';
import {
  normaliseAtOnce,
  normaliseBody,
  normaliseInSlices,
  paragraphsFromPlainText,
} from '../../../src/core/ingest/normalise';
import { groupBlocks, quotesClosed, splitParagraph } from '../../../src/core/ingest/split-into-parts';
import { exactSize, tooLargeMessage } from '../../../src/core/ingest/sizes';
import { newsText } from './big-inputs';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('cutting long text into parts', () => {
  it('knows when a paragraph leaves a quotation open', () => {
    expect(quotesClosed('“We will fight,” she said. "Always."')).toBe(true);
    expect(quotesClosed('“We will fight on the beaches,')).toBe(false);
    expect(quotesClosed('Er sagte: „Wir kommen.“')).toBe(true);
    expect(quotesClosed('« Nous viendrons », a-t-il dit.')).toBe(true);
  });

  it('cuts a long paragraph at sentence ends outside quotes, never after an abbreviation', () => {
    const sentence = (i: number): string =>
      `Mr. Dane met Dr. Varga on day ${i}. “We spoke. We agreed. We will sign,” he said. `;
    const text = Array.from({ length: 400 }, (_, i) => sentence(i))
      .join('')
      .trim();
    const pieces = splitParagraph(text, 2000);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join(' ')).toBe(text);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(quotesClosed(p)).toBe(true);
      // Each piece is whole sentences: it starts one and ends one (not at "Mr." or "Dr.").
      expect(p).toMatch(/^(?:Mr\. Dane met|“We spoke)/);
      expect(p).toMatch(/(?:on day \d+\.|he said\.)$/);
    }
  });

  it('keeps a quotation that runs over several paragraphs in one part', () => {
    const filler = 'The committee met again on Thursday and the talks went on late into the evening.';
    const quote = [
      '“The first paragraph of a long statement,',
      '“goes on in a second one,',
      '“and ends here,” she said.',
    ];
    const blocks = [...Array(20).fill(filler), ...quote, ...Array(20).fill(filler)].map((text) => ({ text }));
    // A part of 24 paragraphs would end inside the quote: the cut moves back before it.
    const { parts } = groupBlocks(blocks, 24 * (filler.length + 2));
    const holding = parts.filter((p) => p.text.includes('long statement'));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.text).toContain('and ends here,” she said.');
  });

  it('reads a long text as parts that give back every paragraph', async () => {
    const text = newsText(3 * 1024 * 1024);
    const [entry] = await readDocument({ name: 'long.txt', bytes: enc(text) });
    const parts = entry!.articles;
    expect(parts.length).toBeGreaterThan(60);
    expect(parts.map((a) => a.body).join('\n\n')).toBe(text.slice(text.indexOf('\n\n') + 2).trim());
    expect(parts[0]!.warnings).toContain(`long document split into ${parts.length} parts`);
  });
});

describe('normalising in slices', () => {
  it('gives exactly what normalising the whole text gives', () => {
    const base = newsText(5 * 1024 * 1024);
    expect(normaliseInSlices(base).length).toBeGreaterThan(4);
    for (const text of [
      base,
      base.replace(/\n\n/g, '\r\n \t\r\n'),
      base.replace(/\n\n/g, '\n\u200b\n'),
      base.replace(/\n/g, ' '),
      `\n \n${base.replace(/\n\n/g, '\n\n\n \n')}\n`,
    ]) {
      const slices = normaliseInSlices(text);
      const joined = slices.map((s, i) => (i === 0 ? '' : s.breaks >= 2 ? '\n\n' : '\n') + s.text).join('');
      expect(joined).toBe(normaliseAtOnce(text));
      expect(normaliseBody(text)).toBe(joined);
      // The same text given a piece at a time.
      const pieces = Array.from({ length: Math.ceil(text.length / 700_000) }, (_, i) =>
        text.slice(i * 700_000, (i + 1) * 700_000),
      );
      expect(normaliseInSlices(pieces)).toEqual(slices);
    }
  });

  it('makes paragraphs of a long text without blank lines', () => {
    const lines = newsText(3 * 1024 * 1024)
      .split('\n')
      .filter(Boolean);
    expect(paragraphsFromPlainText(lines.join('\n')).split('\n\n')).toEqual(lines);
  });
});

describe('flattening HTML', () => {
  it('measures nesting with the usual implied end tags', () => {
    expect(measureHtml('<ul><li>a<li>b<li>c</ul><p>x<p>y').depth).toBe(2);
    expect(measureHtml(`<body>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</body>`).depth).toBe(5001);
    expect(measureHtml('<p><script>if (a < b) document.write("<div><div>")</script></p>').depth).toBe(2);
  });

  it('keeps the metadata and text, and leaves out navigation and scripts', () => {
    const page = flattenHtml(
      `<html lang="fr"><head><title>Le port</title><meta property="og:site_name" content="Le Courrier">` +
        `<style>p{}</style></head><body><nav><a href="/">Accueil</a></nav>${'<div>'.repeat(3000)}` +
        `<h1>Le port rouvre</h1><p>Le maire a dit &laquo;oui&raquo;.<br>Fin.</p><div class="share">Partager</div>` +
        `<script>var x = "<p>no</p>";</script>${'</div>'.repeat(3000)}<footer>©</footer></body></html>`,
    );
    expect(page.head).toBe(
      '<!DOCTYPE html><html lang="fr"><head><title>Le port</title><meta property="og:site_name" content="Le Courrier"></head><body></body></html>',
    );
    expect(page.blocks).toEqual(['<h1>Le port rouvre</h1>', '<p>Le maire a dit &laquo;oui&raquo;.<br>Fin.</p>']);
  });

  it('reads deeply nested and stray-tag pages without Readability, text intact', async () => {
    const paras = Array.from({ length: 120 }, (_, i) => `Minister Varga said plan ${i} “will hurt every family”.`);
    const stray = `<html><body><article>${paras.map((p) => `<font><p>${p}`).join('\n')}</article></body></html>`;
    const [entry] = await readDocument({ name: 'stray.html', bytes: enc(stray) });
    expect(entry!.articles[0]!.body.split('\n\n')).toEqual(paras);
    expect(entry!.articles[0]!.warnings.join()).toMatch(/too deeply nested for main-text detection \(\d+ levels\)/);
  });
});

describe('sizes in messages', () => {
  it('states sizes so that a file just over the limit never reads as equal to it', () => {
    expect(exactSize(52_428_800)).toBe('50 MB (52,428,800 bytes)');
    expect(exactSize(52_430_000)).toBe('50.0 MB (52,430,000 bytes)');
    expect(exactSize(2048)).toBe('2 KB (2,048 bytes)');
    expect(tooLargeMessage(52_740_112, 52_428_800)).toBe(
      'file too large: 50.3 MB (52,740,112 bytes), limit 50 MB (52,428,800 bytes)',
    );
  });

  it('refuses a file with almost no text', async () => {
    expect(await readDocument({ name: 'a.txt', bytes: enc('a') })).toEqual([
      { name: 'a.txt', articles: [], error: 'almost no text (1 character)' },
    ]);
    expect(await readDocument({ name: 'b.txt', bytes: enc('Yes, no.') })).toEqual([
      { name: 'b.txt', articles: [], error: 'almost no text (8 characters)' },
    ]);
  });
});
