/**
 * Damaged PDFs that broke pdf.js, read the way the import workers read them (pdf.js in a thread of its own,
 * src/node/pdf-text-thread.ts), and CJK text that needs pdf.js's character maps:
 *   a /W width range over 2^31 glyphs (V8 aborted the whole process)       → clamped before pdf.js sees it
 *   a page tree whose walk fails while a prefetched kid is also broken       → pdf.js's stray rejection stays in
 *                                                                              its thread; the next PDF reads normally
 *   thousands of copies of one object header (quadratic xref rebuilding)   → stopped at the deadline; next PDF reads
 *   Chinese and Japanese text in non-embedded CID fonts (UniGB/UniJIS cmaps) → the text comes out
 * Every input is made here from the project's own fixtures or invented text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument, type IngestEntry } from '../../../src/core/ingest/index';
import { guardFontWidths, MAX_CID_RANGE } from '../../../src/core/ingest/pdf-font-guard';
import { installPdfAssets, pdfjsDistDir } from '../../../src/node/pdf-assets';
import { installPdfThread } from '../../../src/node/pdf-text-thread';

const PDF_DIR = path.resolve(__dirname, '../../fixtures/import/pdf');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(PDF_DIR, name)));
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A minimal PDF from object bodies (object n is objects[n-1]), with a correct xref table. */
function pdf(objects: string[]): Uint8Array {
  let s = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(s.length);
    s += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = s.length;
  s += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) s += `${String(o).padStart(10, '0')} 00000 n \n`;
  s += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return bytesOf(s);
}

/** The tariffs fixture with its first /W glyph range (`first last width`) stretched to `last` = 2^31 - 1. */
function hugeWidthRange(): Uint8Array {
  const s = latin1(fixture('tariffs-header-footer.pdf'));
  const w = s.indexOf('/W [');
  const range = /\] (\d+) (\d+) (\d+\.\d+)/g;
  range.lastIndex = w;
  const m = range.exec(s)!;
  const stretched = `] ${m[1]} 2147483647 ${m[3]}`;
  return bytesOf(s.slice(0, m.index) + stretched + s.slice(m.index + m[0].length));
}

/** Page tree: page, the tree itself (a cycle), and a kid whose generation is wrong, prefetched by pdf.js. */
const STRAY_REJECTION = pdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R 2 0 R 6 2147483647 R] /Count 3 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
  (() => {
    const c =
      'BT /F1 12 Tf 72 720 Td (The harbour council of Veldra met on Tuesday about the winter ferry timetable.) Tj ET';
    return `<< /Length ${c.length} >>\nstream\n${c}\nendstream`;
  })(),
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
]);

/** The tariffs fixture with 3,000 copies of a cut-off object header inside a stream: pdf.js re-parses each. */
function repeatedObjectHeaders(): Uint8Array {
  const s = latin1(fixture('tariffs-header-footer.pdf'));
  const at = s.indexOf('stream\n', s.indexOf('/FlateDecode')) + 200;
  const unit =
    'endstream\nendobj\n13 0 obj\n<</Type /FontDescriptor\n/FontName /AAAAAA+Harbour-Serif\n/Flags 6\n/Ascent 891.1\n';
  return bytesOf(s.slice(0, at) + unit.repeat(3000) + s.slice(at));
}

const strays: unknown[] = [];
const onStray = (e: unknown) => strays.push(e);

async function read(name: string, bytes: Uint8Array, timeoutMs = 120_000): Promise<IngestEntry[]> {
  return readDocument({ name, bytes }, { timeoutMs });
}

function article(entries: IngestEntry[]) {
  expect(entries).toHaveLength(1);
  expect(entries[0]!.error).toBeUndefined();
  return entries[0]!.articles[0]!;
}

describe('PDF font width guard', () => {
  it('rewrites an absurd /W range in place, keeping every byte offset', () => {
    const bad = hugeWidthRange();
    const { bytes, clamped } = guardFontWidths(bad);
    expect(clamped).toBe(1);
    expect(bytes).toHaveLength(bad.length);
    expect(latin1(bytes)).not.toContain('2147483647');
    expect(latin1(bytes)).toContain(` ${String(MAX_CID_RANGE).padStart(10, '0')} `);
    const good = fixture('tariffs-header-footer.pdf');
    expect(guardFontWidths(good)).toEqual({ bytes: good, clamped: 0 });
  });

  it('reads the same range negative or as the second array form without a crash', () => {
    const s = latin1(fixture('tariffs-header-footer.pdf')).replace('/W [', '/W [-2147483647 5 500 ');
    expect(guardFontWidths(bytesOf(s)).clamped).toBe(1);
  });
});

describe('PDFs read in their own thread', () => {
  beforeAll(() => {
    expect(installPdfAssets()).toBe(pdfjsDistDir());
    expect(installPdfThread()).toBe(true);
    process.on('unhandledRejection', onStray);
  });
  afterAll(() => {
    process.off('unhandledRejection', onStray);
  });

  it('reads a PDF whose font claims 2^31 glyph widths, with a warning', async () => {
    const a = article(await read('huge-widths.pdf', hugeWidthRange()));
    // the stretched range gives its width to glyphs past it too, so a space may be lost; the words are all there
    expect(a.title).toContain('Estravian tariffs will hit Norvanian households');
    expect(a.warnings).toContain('PDF font width table was damaged and has been repaired');
  }, 120_000);

  it('keeps pdf.js errors nobody awaited inside the PDF thread, and the next PDF reads normally', async () => {
    const a = article(await read('stray.pdf', STRAY_REJECTION));
    expect(a.body).toContain('harbour council of Veldra');
    const next = article(await read('treaty.pdf', fixture('treaty-hyphenated.pdf')));
    expect(next.title).toBe('Norvania and Estravia sign Lake Orme water-sharing treaty');
    await new Promise((resolve) => setImmediate(resolve));
    expect(strays).toEqual([]);
  }, 120_000);

  it('stops a PDF stuck rebuilding its cross-references at the deadline; the next PDF reads normally', async () => {
    const [entry] = await read('repeated-headers.pdf', repeatedObjectHeaders(), 4_000);
    expect(entry!.error).toBe('could not read repeated-headers.pdf: took longer than 4 s');
    const next = article(await read('treaty.pdf', fixture('treaty-hyphenated.pdf')));
    expect(next.title).toBe('Norvania and Estravia sign Lake Orme water-sharing treaty');
  }, 120_000);

  it('reads Chinese and Japanese text set in CID fonts through their character maps', async () => {
    const zh = article(await read('cjk-chinese-cidfont.pdf', fixture('cjk-chinese-cidfont.pdf')));
    expect(zh.title).toBe('诺凡尼亚与埃斯特拉维亚签署奥尔姆湖水资源协议');
    expect(zh.body).toContain('达斯库说：“这项协议将保护湖岸两侧农民的生计，也会让渔村重新热闹起来。”');
    expect(zh.body).toContain('委员会每季度公布一次水位数据');
    const ja = article(await read('cjk-japanese-cidfont.pdf', fixture('cjk-japanese-cidfont.pdf')));
    expect(ja.title).toBe('カルドラ市長、冬の洪水を受けて新しい防潮堤を約束');
    expect(ja.body).toContain('コール市長は「来年の冬までに防潮堤を完成させ、住民の安全を守る」と述べた。');
  }, 120_000);
});
