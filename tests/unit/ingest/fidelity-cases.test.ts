/**
 * One unit case per metadata and charset rule of issue #12, each asserting title, date, outlet, byline and body:
 * the generator's files (tests/helpers/fidelity-corpus.ts) style by style, plus the cases a corpus does not cover
 * (heading-only Word document, covering note with attachments, a declared charset over valid UTF-8, BOM-less
 * UTF-16/32, a year from context, summary warnings).
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { readDocument, type IngestedArticle } from '../../../src/core/ingest/index';
import { decodeText } from '../../../src/core/ingest/decode-text';
import { summaryWarnings } from '../../../src/core/ingest/import-warnings';
import { splitSiteSuffix } from '../../../src/core/ingest/pdf-metadata';
import {
  charsetText,
  docx,
  eml,
  englishText,
  html,
  markdown,
  pdf,
  type CorpusFile,
} from '../../helpers/fidelity-corpus';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function read(name: string, bytes: Uint8Array): Promise<IngestedArticle[]> {
  const entries = await readDocument({ name, bytes });
  for (const e of entries) expect(e.error, `${e.name}: ${e.error}`).toBeUndefined();
  return entries.flatMap((e) => e.articles);
}

async function expectTruth(file: CorpusFile): Promise<IngestedArticle> {
  const [a] = await read(file.name, file.bytes);
  const t = file.truth;
  expect(a, file.kind).toBeDefined();
  expect({ title: a!.title, date: a!.date, source: a!.source, byline: a!.byline }, file.kind).toEqual({
    title: t.title,
    date: t.date,
    source: t.source,
    byline: t.byline,
  });
  expect(a!.body, file.kind).toBe(t.body);
  return a!;
}

describe('plain text header styles', () => {
  const names = [
    'headline, By line and a date line with time, single line breaks; outlet from the dateline',
    'Key: value block',
    'By line with outlet and a chrono-node date ("Tuesday 4th of March, 2025")',
    'outlet and date line ("Harbour Wire, 14 February 2025") then By line',
    '"Published March 3, 2025" and "By Name, Outlet"',
    'dateline without a year, the year from the file name',
  ];
  names.forEach((what, style) => it(what, () => expectTruth(englishText(style))));

  it('"Published 12 May 2025" under a headline, origins shown', async () => {
    const [a] = await read(
      'p.txt',
      utf8(
        'Ministers agree grain quota\nPublished 12 May 2025\n\nThe ministers agreed on a quota on Friday. "It is fair," said Ivo Maric to the press.\n',
      ),
    );
    expect(a).toMatchObject({ title: 'Ministers agree grain quota', date: '2025-05-12', source: null, byline: null });
    expect(a!.origins).toMatchObject({ title: 'text title line', date: 'text date line' });
    expect(a!.body).toBe('The ministers agreed on a quota on Friday. "It is fair," said Ivo Maric to the press.');
  });

  it('a dateline without a year takes the one year its text names, and never today', async () => {
    const body =
      'GENEVA, March 3 (Harbour Wire) – Talks broke down on Monday, the third round of the 2025 season, union leader Pell Ardent said.';
    const [a] = await read('wire.txt', utf8(`${body}\n`));
    expect(a).toMatchObject({ date: '2025-03-03', source: 'Harbour Wire', byline: null });
    expect(a!.origins.date).toBe('dateline (year from context)');
    const [b] = await read('wire.txt', utf8(`${body.replace('2025', '2024 and 2025')}\n`));
    expect(b!.date).toBeNull();
    expect(b!.warnings).toContain('dateline has no year');
  });
});

describe('Markdown', () => {
  it('front matter', () => expectTruth(markdown(0)));
  it('# heading, *By …*, outlet and date line', () => expectTruth(markdown(1)));
});

describe('web pages', () => {
  const styles = [
    'Open Graph and article meta; published over modified; logo h1 in the header',
    'JSON-LD in CDATA with dateModified before datePublished; logo h1',
    'JSON-LD @graph; a section h1 before the headline',
    'microdata headline, author and datePublished',
    '<time> elements: the update first, the publication after',
    'the date only in the canonical address; the outlet from the <title> suffix',
  ];
  styles.forEach((what, style) => it(what, () => expectTruth(html(style === 0 ? 7 : style))));
  it('a page declaring windows-1252 but saved as valid UTF-8 is read as UTF-8', async () => {
    const file = html(13); // style 6, odd: UTF-8 bytes under a windows-1252 label
    expect(file.kind).toContain('utf-8 declared windows-1252');
    const a = await expectTruth(file);
    expect(a.warnings).toContain('declares windows-1252 but is valid UTF-8: read as UTF-8');
  });
  it('a page truly in windows-1252 is read with its label', () => expectTruth(html(20)));
});

describe('Word', () => {
  it('heading, By line and "Outlet, 14 February 2025" line; the template creator loses to the text', async () => {
    await expectTruth(await docx(0));
  });
  it('core title and creator, Company as the outlet, "Published …" line', async () => {
    const a = await expectTruth(await docx(1));
    expect(a.origins.source).toBe('docx app properties (Company)');
    expect(a.origins.byline).toBe('docx core properties');
  });
  it('a document whose only paragraph is a heading', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Varga names a new harbour master for Karsk', heading: HeadingLevel.HEADING_1 }),
          ],
        },
      ],
    });
    const [a] = await read('heading.docx', new Uint8Array(await Packer.toBuffer(doc)));
    // The docx package stamps its run as the creation date and "Un-named" as the creator: the first is a marked
    // property date, the second a placeholder that is not a byline.
    expect(a).toMatchObject({ title: 'Varga names a new harbour master for Karsk', source: null, byline: null });
    expect(a!.origins.date).toBe('docx core properties');
    expect(a!.warnings).toContain('date is the document creation date');
    expect(a!.body).toBe('Varga names a new harbour master for Karsk');
  });
});

describe('PDF', () => {
  it('"Headline | Site" properties give the outlet; byline and date under the headline; Author last', async () => {
    const a = await expectTruth(pdf(3));
    expect(a.origins).toMatchObject({ source: 'pdf properties (title suffix)', date: 'date line in text' });
  });
  it('splits a site suffix only when it looks like a site', () => {
    expect(splitSiteSuffix('Harbour talks stall as dockers walk out | Harbour Wire')).toEqual({
      headline: 'Harbour talks stall as dockers walk out',
      site: 'Harbour Wire',
    });
    expect(splitSiteSuffix('Talks stall - and nobody is surprised by it at all.')).toMatchObject({ site: null });
  });
});

describe('e-mail', () => {
  it('subject, date and sender of a plain message', () => expectTruth(eml(0)));
  it('HTML message', () => expectTruth(eml(1)));
  it('a covering note is kept, and the attachment inherits date and sender', async () => {
    const attached =
      'Harbour fees rise\n\nHarbour fees rise by two crowns per tonne, the port said. "It is needed," said Niels Aaberg.\n';
    const mail = [
      'From: "Nora Quist" <nora@desk.example>',
      'Subject: Clippings for Monday',
      'Date: Mon, 27 Jan 2025 08:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'One clipping attached, see you later.',
      '--B',
      'Content-Type: text/plain; name="fees.txt"',
      'Content-Disposition: attachment; filename="fees.txt"',
      '',
      attached,
      '--B--',
      '',
    ].join('\r\n');
    const [note, clip] = await read('clip.eml', utf8(mail));
    expect(note).toMatchObject({ title: 'Clippings for Monday', date: '2025-01-27', source: 'Nora Quist' });
    expect(note!.body).toBe('One clipping attached, see you later.');
    expect(clip).toMatchObject({ title: 'Harbour fees rise', date: '2025-01-27', source: 'Nora Quist', byline: null });
    expect(clip!.origins).toMatchObject({ date: 'e-mail date (inherited)', source: 'e-mail sender (inherited)' });
    expect(clip!.body).toBe(
      'Harbour fees rise by two crowns per tonne, the port said. "It is needed," said Niels Aaberg.',
    );
  });
});

describe('charsets', () => {
  const cases: [string, Parameters<typeof charsetText>[2]][] = [
    ['koi8-r', 'ru'],
    ['windows-1251', 'ru'],
    ['iso-8859-2', 'cs'],
    ['windows-1250', 'pl'],
    ['iso-8859-7', 'el'],
    ['windows-1254', 'tr'],
    ['shift_jis', 'ja'],
    ['euc-jp', 'ja'],
    ['euc-kr', 'ko'],
    ['gb18030', 'zh'],
    ['big5', 'zht'],
    ['utf-16be', 'el'],
    ['utf-32le', 'ja'],
  ];
  for (const [cs, lang] of cases)
    it(`${cs} (${lang})`, async () => {
      const a = await expectTruth(charsetText(cs.length, cs, lang));
      expect(a.language).toBe(lang === 'zht' ? 'zh' : lang);
    });

  it('BOMs first, then valid UTF-8, then detection; BOM-less UTF-16 of another alphabet and UTF-32', () => {
    const ru = 'Министр энергетики Алена Варга заявила во вторник, что работы начнутся весной.';
    expect(decodeText(new Uint8Array(iconv.encode(ru, 'utf-16le')))).toMatchObject({ text: ru, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(iconv.encode(ru, 'utf-32be')))).toMatchObject({ text: ru, encoding: 'utf-32be' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatchObject({
      text: 'A',
      encoding: 'utf-32le',
    });
    expect(decodeText(utf8(ru))).toMatchObject({ encoding: 'utf-8', confidence: 'certain' });
    expect(decodeText(new Uint8Array(iconv.encode(ru, 'koi8-r')))).toMatchObject({ text: ru, encoding: 'koi8-r' });
    expect(decodeText(new Uint8Array(iconv.encode(ru, 'koi8-r')), 'windows-1251').encoding).toBe('windows-1251');
  });
});

describe('summary warnings', () => {
  it('near-empty text, no date, no statements, low-confidence charset, unsupported language', () => {
    expect(
      summaryWarnings({ body: 'Quiet day here.', warnings: ['no publication date found'], language: 'en' }, 0),
    ).toEqual(['very little text (3 words)', 'no date found', 'no statements found']);
    // Chinese and Japanese are written without spaces: a sentence is many words, not one.
    const zh = '诺凡尼亚与埃斯特拉维亚今天签署了关于奥尔姆湖的水资源协议。';
    expect(summaryWarnings({ body: zh, warnings: [], language: 'zh' }, 0)).not.toContainEqual(
      expect.stringContaining('very little text'),
    );
    expect(summaryWarnings({ body: '诺凡尼亚。', warnings: [], language: 'zh' }, 0)).toContain(
      'very little text (4 words)',
    );
    const w = summaryWarnings(
      {
        body: 'Οι συνομιλίες '.repeat(30),
        warnings: ['low-confidence charset: read as WINDOWS-1253 (also possible: ISO-8859-7)'],
        language: 'el',
      },
      0,
    );
    expect(w).toEqual([
      'low-confidence charset: read as WINDOWS-1253 (also possible: ISO-8859-7)',
      'language not supported by extraction yet (Greek): statements are found in English text only',
    ]);
  });
});
