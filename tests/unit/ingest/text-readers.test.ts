import { describe, expect, it } from 'vitest';
import { readDocument, detectFormat, SUPPORTED_EXTENSIONS } from '../../../src/core/ingest/index';
import { decodeText, looksBinary } from '../../../src/core/ingest/decode-text';
import { findDateline, parseDateValue } from '../../../src/core/ingest/dates';
import { firstSentence } from '../../../src/core/ingest/article';
import { detectLanguage } from '../../../src/core/ingest/detect-language';
import { summaryWarnings } from '../../../src/core/ingest/import-warnings';
import { countWords } from '../../../src/core/ingest/word-count';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function one(name: string, text: string | Uint8Array) {
  const entries = await readDocument({ name, bytes: typeof text === 'string' ? enc(text) : text });
  expect(entries).toHaveLength(1);
  const e = entries[0]!;
  expect(e.error).toBeUndefined();
  return e.articles[0]!;
}

describe('plain text', () => {
  it('reads the monitoring-export header line (date, outlet, body)', async () => {
    const a = await one(
      'seed.txt',
      'date 2024-05-16 Islam Times - The region should stay free of military blocs, the president stressed.\n\nHe spoke in the capital on Thursday, "and we mean it," he said.',
    );
    expect(a.date).toBe('2024-05-16');
    expect(a.source).toBe('Islam Times');
    expect(a.origins).toMatchObject({ date: 'text header', source: 'text header', title: 'first sentence' });
    expect(a.title).toBe('The region should stay free of military blocs, the president stressed.');
    expect(a.body.startsWith('The region should stay')).toBe(true);
    expect(a.warnings).toEqual([]);
  });

  it('takes a headline that follows the outlet on its own line as the title', async () => {
    const a = await one(
      'ledger.txt',
      'date 2025-03-04 The Meridian Ledger - Ebbing port reopens\n\nThe port of Ebbing reopened on Tuesday, officials said.\n\n"Trade is flowing again," harbour master Edda Strand said.',
    );
    expect(a).toMatchObject({ title: 'Ebbing port reopens', date: '2025-03-04', source: 'The Meridian Ledger' });
    expect(a.origins.title).toBe('text title line');
    expect(a.body.startsWith('The port of Ebbing reopened')).toBe(true);
  });

  it('falls back to the file name for a title when there is no sentence', async () => {
    const a = await one('Weekly_notes-2024.txt', '... 12 / 14 / 2024 ...\n');
    expect(a.title).toBe('Weekly notes - 2024');
    expect(a.origins.title).toBe('file name');
    expect(a.date).toBeNull();
    expect(a.warnings).toContain('no publication date found');
  });

  it('never uses lastModified as a date', async () => {
    const entries = await readDocument({
      name: 'x.txt',
      bytes: enc('A short note without any date at all, said nobody.'),
      lastModified: Date.UTC(2024, 0, 2),
    });
    expect(entries[0]!.articles[0]!.date).toBeNull();
  });

  it('treats one-paragraph-per-line text as paragraphs', async () => {
    const a = await one('lines.txt', 'Title here\n\nFirst paragraph line.\nSecond paragraph line.\nThird one.');
    expect(a.body).toBe('First paragraph line.\n\nSecond paragraph line.\n\nThird one.');
  });

  it('normalises to NFC and strips zero-width characters', async () => {
    const a = await one('nfc.txt', 'Cafe\u0301 owners protest.\u200b Minister Varga said "no".');
    expect(a.body).toBe('Café owners protest. Minister Varga said "no".');
  });
});

describe('encodings and binary detection', () => {
  it('decodes UTF-8 BOM, UTF-16 LE/BE BOM and falls back to Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text).toBe('A');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toMatchObject({
      text: 'Aé',
      encoding: 'utf-16le',
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toMatchObject({ text: 'A', encoding: 'utf-16be' });
    expect(decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]))).toMatchObject({
      text: '“Hi” é',
      encoding: 'windows-1252',
    });
  });
  it('recognises BOM-less UTF-16 by its zero bytes', () => {
    const s = 'Plain ASCII words in UTF-16 without a byte order mark.';
    const b = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) b[i * 2] = s.charCodeAt(i);
    expect(decodeText(b)).toMatchObject({ text: s, encoding: 'utf-16le' });
  });
  it('flags NULs and control characters as binary', () => {
    expect(looksBinary('abc\u0000def')).toBe(true);
    expect(looksBinary('ordinary text\twith tabs\nand lines')).toBe(false);
    expect(looksBinary('x\u0001\u0002\u0003\u0004y')).toBe(true);
  });
});

describe('dates', () => {
  it('parses metadata date forms', () => {
    expect(parseDateValue('2024-05-16T23:30:00-05:00')).toBe('2024-05-16');
    expect(parseDateValue('Thu, 16 May 2024 10:00:00 +0000')).toBe('2024-05-16');
    expect(parseDateValue('D:20240516120000Z')).toBe('2024-05-16');
    expect(parseDateValue('May 16, 2024')).toBe('2024-05-16');
    expect(parseDateValue('16.05.2024')).toBe('2024-05-16');
    expect(parseDateValue('2024/5/16')).toBe('2024-05-16');
    expect(parseDateValue('5 mars 2025')).toBe('2025-03-05');
    expect(parseDateValue('2024-02-30')).toBeNull();
    expect(parseDateValue('yesterday')).toBeNull();
  });
  it('finds datelines near the top only', () => {
    expect(findDateline('BEIJING, May 16, 2024 (Reuters) - Leaders met.')).toMatchObject({
      date: '2024-05-16',
      source: 'Reuters',
    });
    expect(findDateline('BEIJING, May 16 (Reuters) - Leaders met.')).toMatchObject({
      date: null,
      source: 'Reuters',
      note: 'dateline has no year',
    });
    expect(findDateline('Published 16 May 2024\n\nText.')).toMatchObject({ date: '2024-05-16' });
    expect(findDateline('Updated: May 16, 2024 10:32 GMT\n\nText.')).toMatchObject({ date: '2024-05-16' });
    expect(findDateline('x'.repeat(700) + '\nPublished 16 May 2024')).toBeNull();
    expect(findDateline('The talks in 2019 failed, he said on May 16, 2024 in a long interview.')).toBeNull();
  });
});

describe('first sentence', () => {
  it('skips abbreviations and initials', () => {
    expect(firstSentence('Mr. Dane met Dr. A. Varga in the U.S. capital. Then he left.')).toBe(
      'Mr. Dane met Dr. A. Varga in the U.S. capital.',
    );
    expect(firstSentence('"We will not stand by," Varga said. Dane disagreed.')).toBe(
      '"We will not stand by," Varga said.',
    );
  });
});

describe('language detection', () => {
  it('guesses the eight languages and refuses to guess on too little text', () => {
    expect(
      detectLanguage(
        'The minister said that the tariffs would hurt the families of the country and that it was not fair.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'La ministre a déclaré que les droits de douane vont frapper toutes les familles du pays et que le gouvernement est prêt.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Die Ministerin sagte, dass die Zölle den Familien im Land schaden und dass die Regierung nicht untätig bleibt.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'La ministra dijo que los aranceles van a afectar a las familias del país y que el gobierno no se quedará de brazos cruzados.',
      ),
    ).toBe('es');
    expect(
      detectLanguage(
        'La ministra ha detto che i dazi colpiranno le famiglie del paese e che il governo non resterà a guardare.',
      ),
    ).toBe('it');
    expect(
      detectLanguage(
        'A ministra disse que as tarifas vão prejudicar as famílias do país e que o governo não vai ficar parado.',
      ),
    ).toBe('pt');
    expect(
      detectLanguage(
        'De minister zei dat de heffingen de gezinnen in het land zullen raken en dat de regering niet stil zal zitten.',
      ),
    ).toBe('nl');
    expect(
      detectLanguage(
        'Министр заявил, что пошлины ударят по семьям, и что правительство не будет сидеть сложа руки, как и раньше.',
      ),
    ).toBe('ru');
    expect(detectLanguage('Varga Dane Karsk')).toBeNull();
  });

  it('names texts in a script of their own by the script, and a stray letter of one does not decide it', () => {
    expect(detectLanguage('Ο υπουργός δήλωσε ότι οι δασμοί θα πλήξουν τις οικογένειες της χώρας.')).toBe('el');
    expect(detectLanguage('大臣は、関税が国の家族に打撃を与えると述べ、政府は対応すると語った。')).toBe('ja');
    expect(detectLanguage('部长表示，关税将打击全国的家庭，政府不会坐视不管，并将在一周内作出回应。')).toBe('zh');
    expect(
      detectLanguage('장관은 관세가 전국의 가정에 타격을 줄 것이라고 말했으며 정부가 대응할 것이라고 밝혔다.'),
    ).toBe('ko');
    expect(detectLanguage('قال الوزير إن الرسوم الجمركية ستضر بالعائلات في البلاد وإن الحكومة سترد خلال أسبوع.')).toBe(
      'ar',
    );
    expect(
      detectLanguage(
        'The minister said that the α-test of the Widget™ would hurt the families of the country and that it was not fair.',
      ),
    ).toBe('en');
  });
});

describe('word counts', () => {
  const text = 'Minister Alena Varga said 2024 would be hard. 東京では雨 — and more words follow here.';
  it('counts runs of letters and digits, and each Chinese or Japanese character', () => {
    expect(countWords(text)).toBe(18);
  });
  it('stops at a limit and gives the limit, or the whole count when there are fewer', () => {
    expect(countWords(text, 5)).toBe(5);
    expect(countWords(text, 100)).toBe(18);
    expect(countWords('', 3)).toBe(0);
  });
  it('says how little text an article has, whatever its length past the threshold', () => {
    const warnings = (body: string) => summaryWarnings({ body, warnings: [], language: 'en' }, 1);
    expect(warnings('Varga said no.')).toEqual(['very little text (3 words)']);
    expect(warnings('word '.repeat(19))).toEqual(['very little text (19 words)']);
    expect(warnings('word '.repeat(5000))).toEqual([]);
  });
});

describe('detectFormat', () => {
  it('prefers content signatures over extensions', () => {
    expect(detectFormat('report.txt', enc('%PDF-1.7\n'))).toBe('pdf');
    expect(detectFormat('page.dat', enc('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(detectFormat('notes.md', enc('# Hi'))).toBe('md');
    expect(detectFormat('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(SUPPORTED_EXTENSIONS).toContain('txt');
  });
});

describe('html', () => {
  it('falls back to body text when there is no article structure', async () => {
    const a = await one('short.html', '<p>Minister Varga said "no" to the plan.</p>');
    expect(a.body).toBe('Minister Varga said "no" to the plan.');
    expect(a.format).toBe('html');
  });
  it('drops pull quotes and "Read more" links so no quote is counted twice', async () => {
    const p = (t: string): string => `<p>${t}</p>`;
    const html = `<html><body><article><h1>Varga on tariffs</h1>${p(
      'Minister Alena Varga said on Tuesday that the tariffs "will hurt every family" and that the government would respond within a week.',
    )}<aside class="pullquote"><p>"The tariffs will hurt every family"</p></aside>${p('Read more: Estravia raises levies on timber')}${p(
      'Opposition leader Piotr Dane said the minister was exaggerating and that the measures were modest and temporary, adding that industry had warned for months.',
    )}<blockquote class="article-pull-quote">"Modest and temporary"</blockquote>${p(
      'Talks resume in Karsk on Friday, officials in both capitals confirmed to reporters on Tuesday evening after the meeting.',
    )}</article></body></html>`;
    const a = await one('pq.html', html);
    expect(a.body.split('\n\n')).toHaveLength(3);
    expect(a.body).not.toContain('Read more');
    expect(a.body).not.toContain('"Modest and temporary"');
  });

  it('keeps no script, style, handler or comment text', async () => {
    const a = await one(
      'x.html',
      '<html><head><style>p{}</style></head><body onload="EVIL()"><!-- hidden --><p onclick="EVIL()">Visible text, said Varga.</p><script>EVIL()</script></body></html>',
    );
    expect(a.body).toBe('Visible text, said Varga.');
  });
});

describe('glued sentences in plain text', () => {
  it('adds the missing space after a sentence end, not inside abbreviations or names', async () => {
    const a = await one(
      'glued.txt',
      'date 2024-05-16 Test Outlet - The talks went well, RT reported.The leaders shook hands.“We agree,” he said.The U.S.A. team and Node.JS stayed.',
    );
    expect(a.body).toBe(
      'The talks went well, RT reported. The leaders shook hands. “We agree,” he said. The U.S.A. team and Node.JS stayed.',
    );
    expect(a.warnings).toContain('added 3 missing space(s) between sentences');
  });
});

describe('plain-text newsletter', () => {
  it('splits clearly separated stories into several articles', async () => {
    const story = (t: string, who: string): string =>
      `${t}\n\n${who} said on Monday that the plan "will go ahead as agreed". Officials in Karsk confirmed the timetable and the budget for the year.\n\nA second paragraph gives more detail about the plan and the reactions to it.`;
    const mail = [
      'From: Briefing <b@example.invalid>',
      'Subject: Morning briefing',
      'Date: Mon, 10 Feb 2025 06:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Good morning, here is the news.',
      '',
      '* * *',
      '',
      story('Harbour works start in Karsk', 'Harbour master Niels Aaberg'),
      '',
      '-----',
      '',
      story('Ferry rota agreed', 'Union secretary Pia Lund'),
      '',
      '-----',
      '',
      'To unsubscribe, reply STOP.',
    ].join('\r\n');
    const entries = await readDocument({ name: 'brief.eml', bytes: enc(mail) });
    const arts = entries[0]!.articles;
    expect(arts.map((x) => x.title)).toEqual(['Harbour works start in Karsk', 'Ferry rota agreed']);
    expect(arts[1]!.body.startsWith('Union secretary Pia Lund said')).toBe(true);
    expect(arts.every((x) => x.date === '2025-02-10' && x.source === 'Briefing')).toBe(true);
  });
});

describe('DOMMatrix shim for pdfjs', () => {
  it('does 2D affine maths', async () => {
    const { ensureDomMatrix } = await import('../../../src/core/ingest/dom-matrix-shim');
    ensureDomMatrix();
    const M = (
      globalThis as unknown as {
        DOMMatrix: new (init?: number[]) => {
          a: number;
          b: number;
          c: number;
          d: number;
          e: number;
          f: number;
          scaleSelf(x: number, y?: number): unknown;
          translateSelf(x: number, y: number): unknown;
          invertSelf(): unknown;
          multiplySelf(m: unknown): unknown;
        };
      }
    ).DOMMatrix;
    const m = new M();
    m.scaleSelf(2, 3);
    m.translateSelf(1, 1);
    expect([m.a, m.b, m.c, m.d, m.e, m.f]).toEqual([2, 0, 0, 3, 2, 3]);
    const inv = new M([2, 0, 0, 3, 2, 3]);
    inv.invertSelf();
    inv.multiplySelf(new M([2, 0, 0, 3, 2, 3]));
    expect([inv.a, inv.b, inv.c, inv.d, inv.e, inv.f].map((x) => Math.round(x * 1e9) / 1e9)).toEqual([
      1, 0, 0, 1, 0, 0,
    ]);
  });
});

describe('docx details', () => {
  it('drops footnote markers and back-links but keeps the notes', async () => {
    const { Document, Packer, Paragraph, TextRun, FootnoteReferenceRun } = await import('docx');
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Figures from the Norvanian Institute for Trade.')] } },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Minister Alena Varga said the tariffs would cost 0.4 percent of output'),
                new FootnoteReferenceRun(1),
                new TextRun('.'),
              ],
            }),
            new Paragraph(
              'Opposition leader Piotr Dane said the estimate was far too high and that the cabinet was exaggerating.',
            ),
          ],
        },
      ],
    });
    const a = await one('fn.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(a.body).toBe(
      'Minister Alena Varga said the tariffs would cost 0.4 percent of output.\n\nOpposition leader Piotr Dane said the estimate was far too high and that the cabinet was exaggerating.\n\nFigures from the Norvanian Institute for Trade.',
    );
  });
});
