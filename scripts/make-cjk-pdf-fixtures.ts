/**
 * Writes the CJK PDF fixtures: tests/fixtures/import/pdf/cjk-*.pdf. Each sets its text in a CID font that is not
 * embedded and is addressed through one of Adobe's predefined character maps (UniGB-UCS2-H, UniJIS-UCS2-H), the
 * way many Chinese and Japanese PDFs are made: pdf.js can read such text only with its packed cmaps. The PDF syntax
 * is written here by hand (no font files, no Chromium). Every text is invented: fictional places, people, outlets.
 *
 *   npx tsx scripts/make-cjk-pdf-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'tests/fixtures/import/pdf');

interface CjkFixture {
  file: string;
  /** Predefined CMap of the Type0 font, its CID font and character collection. */
  encoding: string;
  cidFont: string;
  ordering: string;
  supplement: number;
  headline: string;
  paragraphs: string[];
}

export const CJK_FIXTURES: CjkFixture[] = [
  {
    file: 'cjk-chinese-cidfont.pdf',
    encoding: 'UniGB-UCS2-H',
    cidFont: 'STSong-Light',
    ordering: 'GB1',
    supplement: 4,
    headline: '诺凡尼亚与埃斯特拉维亚签署奥尔姆湖水资源协议',
    paragraphs: [
      '北港通讯社报道，诺凡尼亚外交部长米雷拉·达斯库周三在边境小城签署了协议。',
      '达斯库说：“这项协议将保护湖岸两侧农民的生计，也会让渔村重新热闹起来。”',
      '埃斯特拉维亚环境部长托马斯·维尔表示，两国将在明年春季前成立联合委员会。',
      '委员会每季度公布一次水位数据，并邀请沿岸村庄的代表列席会议。',
    ],
  },
  {
    file: 'cjk-japanese-cidfont.pdf',
    encoding: 'UniJIS-UCS2-H',
    cidFont: 'KozMinPr6N-Regular',
    ordering: 'Japan1',
    supplement: 6,
    headline: 'カルドラ市長、冬の洪水を受けて新しい防潮堤を約束',
    paragraphs: [
      'ハーバー通信によると、カルドラ市のアナ・コール市長は木曜日に記者会見を開いた。',
      'コール市長は「来年の冬までに防潮堤を完成させ、住民の安全を守る」と述べた。',
      '市議会は来月、工事の予算案について住民説明会を開く予定だという。',
    ],
  },
];

/** UCS-2 big-endian hex of a string, as the UCS2 cmaps expect (all text here is in the Basic Multilingual Plane). */
function ucs2Hex(s: string): string {
  let hex = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code > 0xffff) throw new Error(`outside the BMP: ${ch}`);
    hex += code.toString(16).padStart(4, '0');
  }
  return `<${hex.toUpperCase()}>`;
}

export function buildCjkPdf(f: CjkFixture): Uint8Array {
  const ops: string[] = [];
  let y = 770;
  ops.push(`BT /F1 20 Tf 72 ${y} Td ${ucs2Hex(f.headline)} Tj ET`);
  y -= 44;
  for (const p of f.paragraphs) {
    ops.push(`BT /F1 11 Tf 72 ${y} Td ${ucs2Hex(p)} Tj ET`);
    y -= 26;
  }
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>',
    `<< /Type /Font /Subtype /Type0 /BaseFont /${f.cidFont}-${f.encoding} /Encoding /${f.encoding} /DescendantFonts [5 0 R] >>`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${f.cidFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (${f.ordering}) /Supplement ${f.supplement} >> /FontDescriptor 6 0 R /DW 1000 >>`,
    `<< /Type /FontDescriptor /FontName /${f.cidFont} /Flags 6 /FontBBox [-170 -331 1024 903] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Producer (Soundbite fixture script) /CreationDate (D:20250304090000Z) >>',
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 8 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character above is below U+0100 (the text is hex): one byte each.
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of CJK_FIXTURES) {
    writeFileSync(join(OUT, f.file), buildCjkPdf(f));
    console.log(`wrote ${join('tests/fixtures/import/pdf', f.file)}`);
  }
}
