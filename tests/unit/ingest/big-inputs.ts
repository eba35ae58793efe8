/**
 * Generators for the big and hostile inputs that the big-file tests and bench/big-files-bench.ts read. Everything is
 * built at run time (never committed) and deterministic (a seeded generator), so runs compare.
 *   newsText(bytes)          news prose: headline, paragraphs with quotes and reported speech, section headings
 *   deepHtml(levels)         an article whose text sits inside `levels` nested <div>s
 *   singleLineJson(records)  one line of JSON: an array of { title, text, date, source } records
 *   manySpeakersJson(records) the same, with a different speaker in every record
 *   strayTagsHtml(tags)      a small page with `tags` start tags never closed (each one nests the rest deeper)
 *   longPdf(pages)           a hand-built PDF with a headline, body text and page numbers on every page
 *   nestedZipBomb(fanOut)    zips of zips of highly compressible text, fanOut wide at each of three levels
 */
import { zipSync } from 'fflate';

const PEOPLE = [
  ['Minister', 'Alena Varga'],
  ['Opposition leader', 'Piotr Dane'],
  ['Mayor', 'Ines Koval'],
  ['Central bank governor', 'Tomas Reuter'],
  ['Union chief', 'Mirela Dascu'],
  ['Senator', 'Hugo Lindqvist'],
  ['Economist', 'Sara Okafor'],
  ['Prosecutor', 'Daniel Brandt'],
];
const TOPICS = [
  'steel tariffs',
  'the power grid',
  'rail freight',
  'grain exports',
  'housing costs',
  'the pension fund',
];
const CLAIMS = [
  'will cost the region {n} jobs',
  'is the best deal on offer',
  'must be reviewed before {n} March',
  'has already saved {n} million euros',
  'was agreed without any consultation',
  'would raise prices by {n} percent',
];

/** A small seeded generator (mulberry32), so every run writes the same bytes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/**
 * Paragraphs of news prose: about half quote someone (direct or reported speech), the rest give background, for
 * about one statement per 300 characters as in real news text.
 */
function paragraphMaker(seed: number): () => string {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const num = (): number => 2 + Math.floor(rnd() * 900);
  const claim = (): string => pick(CLAIMS).replace('{n}', String(num()));
  return () => {
    const [role, name] = pick(PEOPLE);
    const [, other] = pick(PEOPLE);
    const topic = pick(TOPICS);
    if (rnd() < 0.6)
      return `The budget for ${topic} stands at ${num()} million euros for next year, up from ${num()} million in the previous plan. Negotiations began in ${pick(MONTHS)} and have been delayed twice by disputes over ${pick(TOPICS)}. Regional figures published last month showed ${num()} new contracts for ${pick(TOPICS)}.`;
    switch (Math.floor(rnd() * 3)) {
      case 0:
        return `“The plan for ${topic} ${claim()},” ${role} ${name} said on Tuesday. ${other} said the figures were wrong and that the government ${claim()}.`;
      case 1:
        return `${role} ${name} said the policy on ${topic} ${claim()}. “We will not sign it in this form,” ${other} told reporters. The talks resume next week.`;
      default:
        return `According to ${name}, the budget for ${topic} ${claim()}. Officials did not comment on the figures, and the ministry said the review ${claim()}.`;
    }
  };
}

/** News prose of about `bytes` UTF-8 bytes: a headline, then paragraphs, with a section heading every 40. */
export function newsText(bytes: number, seed = 7): string {
  const next = paragraphMaker(seed);
  const parts: string[] = ['Talks on the regional budget\n\n'];
  let size = parts[0]!.length;
  for (let i = 1; size < bytes; i++) {
    const p = i % 40 === 0 ? `Section ${i / 40}: the next round\n\n` : `${next()}\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

/** An article whose paragraphs sit inside `levels` nested <div>s (and `levels` closing tags). */
export function deepHtml(levels: number): string {
  const next = paragraphMaker(11);
  const paras = Array.from({ length: 12 }, () => `<p>${next()}</p>`).join('\n');
  return [
    '<!DOCTYPE html><html lang="en"><head><title>Deeply nested budget story</title></head><body>',
    '<div>'.repeat(levels),
    paras,
    '</div>'.repeat(levels),
    '</body></html>',
  ].join('');
}

/** One line of JSON: `records` news records with title, text, date and source. */
export function singleLineJson(records: number): string {
  const next = paragraphMaker(13);
  const out = Array.from({ length: records }, (_, i) => ({
    title: `Budget talks, report ${i + 1}`,
    text: next(),
    date: `2025-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    source: 'Northgate Wire',
  }));
  return JSON.stringify(out);
}

/** A person's name that no other record uses (two syllables each, from the record's number). */
function uniqueName(i: number): string {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ran',
    'tesh',
    'vo',
    'dal',
    'ne',
    'bri',
    'sto',
    'gu',
    'fen',
    'ar',
    'zel',
    'po',
    'hin',
  ];
  const s = (k: number): string => syllables[(i >> (4 * k)) % 16]!;
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  return `${cap(s(0) + s(1))} ${cap(s(2) + s(3))}ova`;
}

/** One line of JSON: `records` records, each quoting someone no other record quotes. */
export function manySpeakersJson(records: number): string {
  const out = Array.from({ length: records }, (_, i) => {
    const name = uniqueName(i);
    const surname = name.split(' ')[1]!;
    return {
      title: `Budget talks, report ${i + 1}`,
      text: `“The budget is wrong,” Minister ${name} said on Tuesday. ${surname} said the plan would cost ${i + 2} jobs.`,
      date: '2025-03-04',
      source: 'Northgate Wire',
    };
  });
  return JSON.stringify(out);
}

/**
 * A small page (under Readability's size limits) whose one-sentence paragraphs each open a <font> that is never
 * closed: `tags` levels deep at the end.
 */
export function strayTagsHtml(tags: number): string {
  const body = Array.from(
    { length: tags },
    (_, i) => `<font color=red><p>Minister Alena Varga said plan ${i + 1} “will hurt every family,” Piotr Dane said.`,
  ).join('\n');
  return `<!DOCTYPE html><html><head><title>Stray tags</title></head><body><article>${body}</article></body></html>`;
}

/** A PDF string literal in WinAnsi bytes (curly quotes are 0x93 and 0x94 there). */
function pdfString(s: string): string {
  const mapped = s
    .replace(/“/g, '\x93')
    .replace(/”/g, '\x94')
    .replace(/[^\x20-\x7e\x93\x94]/g, '?');
  return `(${mapped.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(' ')) {
    if (cur && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * A `pages`-page PDF built by hand (uncompressed content streams, Helvetica): a 20 pt headline on page 1, 11 pt
 * paragraphs that flow from page to page, and a page number at the foot of every page.
 */
export function longPdf(pages: number, seed = 17): Uint8Array {
  const next = paragraphMaker(seed);
  const streams: string[] = [];
  let pending: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const ops: string[] = [];
    let y = 740;
    if (p === 1) {
      ops.push(`BT /F1 20 Tf 72 ${y} Td ${pdfString('Regional budget hearings: the full record')} Tj ET`);
      y -= 40;
    }
    while (y > 80) {
      if (pending.length === 0) {
        pending = wrap(next(), 88);
        y -= 8; // paragraph spacing
      }
      const line = pending.shift()!;
      ops.push(`BT /F1 11 Tf 72 ${y} Td ${pdfString(line)} Tj ET`);
      y -= 14;
    }
    ops.push(`BT /F1 9 Tf 300 40 Td ${pdfString(String(p))} Tj ET`);
    streams.push(ops.join('\n'));
  }
  const objects: string[] = [];
  const pageIds = streams.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  streams.forEach((s, i) => {
    const id = pageIds[i]!;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${id + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(s, 'latin1')} >>\nstream\n${s}\nendstream`;
  });
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = Buffer.byteLength(out, 'latin1');
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * Zips of zips: fanOut archives, each holding fanOut archives, each holding fanOut text files of `memberBytes`
 * spaces (fanOut³ files in all, each compressing to almost nothing). The default member is just over 50 MB.
 */
export function nestedZipBomb(fanOut = 10, memberBytes = 51 * 1024 * 1024): Uint8Array {
  const filler = new Uint8Array(memberBytes).fill(0x20);
  const inner: Record<string, Uint8Array> = {};
  for (let i = 0; i < fanOut; i++) inner[`part-${i}.txt`] = filler;
  const innerZip = zipSync(inner, { level: 1 });
  const middle: Record<string, Uint8Array> = {};
  for (let i = 0; i < fanOut; i++) middle[`inner-${i}.zip`] = innerZip;
  const middleZip = zipSync(middle, { level: 9 });
  const outer: Record<string, Uint8Array> = {};
  for (let i = 0; i < fanOut; i++) outer[`middle-${i}.zip`] = middleZip;
  return zipSync(outer, { level: 9 });
}
