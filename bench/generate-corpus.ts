// A reproducible mixed corpus of invented news articles (~4 KB of text each) in every format Soundbite reads.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';

const PEOPLE = [
  ['Alena Varga', 'Energy Minister', 'she'],
  ['Jonas Ellery', 'Prime Minister', 'he'],
  ['Tomas Brenner', 'Foreign Minister', 'he'],
  ['Priya Lindqvist', 'Greenline spokesperson', 'she'],
  ['Ivo Maric', 'Halden Pact Secretary-General', 'he'],
  ['Mirela Dascu', 'President', 'she'],
] as const;
const OUTLETS = ['The Meridian Ledger', 'Northwind Wire', 'Veltrin Daily Courier', 'Kestria Broadcast Service'];
const SUBJECTS = [
  'the pipeline',
  'the tariff on steel',
  'the emissions treaty',
  'the grain quota',
  'the border exercise',
  'the port strike',
];
const FILLER = (
  'officials in the capital expect a decision before the summer while regional leaders ask for more time to study ' +
  'the costs and the likely effect on households businesses and public finances over the next several years'
).split(' ');

export type Format = 'txt' | 'md' | 'html' | 'json' | 'eml' | 'docx' | 'pdf' | 'zip';
export const FORMATS: Format[] = ['txt', 'md', 'html', 'json', 'eml', 'docx', 'pdf', 'zip'];

function rng(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

interface Story {
  title: string;
  date: string;
  outlet: string;
  paragraphs: string[];
}

export function story(i: number): Story {
  const rand = rng(i + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const filler = (n: number) => Array.from({ length: n }, () => pick(FILLER)).join(' ');
  const subject = pick(SUBJECTS);
  const paragraphs: string[] = [];
  while (paragraphs.join('\n\n').length < 3900) {
    const [name, role, pronoun] = pick(PEOPLE);
    const surname = name.split(' ')[1]!;
    switch (Math.floor(rand() * 4)) {
      case 0:
        paragraphs.push(
          `${role} ${name} said on ${pick(['Monday', 'Tuesday', 'Friday'])} that ${subject} ${filler(14)}.`,
        );
        break;
      case 1:
        paragraphs.push(
          `“We will not accept ${subject} in its present form, and ${filler(10)},” ${surname} said. “${filler(8)}.”`,
        );
        break;
      case 2:
        paragraphs.push(
          `According to ${name}, ${subject} ${filler(16)}. ${pronoun === 'she' ? 'She' : 'He'} added that ${filler(9)}.`,
        );
        break;
      default:
        paragraphs.push(`${filler(22)} (story ${i}, paragraph ${paragraphs.length}).`);
    }
  }
  return {
    title: `Story ${i}: ${subject} under debate`,
    date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    outlet: pick(OUTLETS),
    paragraphs,
  };
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A minimal valid PDF: one Helvetica text stream per page, with a title and date in the document properties. */
export function pdfOf(s: Story): Uint8Array {
  const lines = s.paragraphs.flatMap((p) => [...wrap(p, 90), '']);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += 48) pages.push(lines.slice(i, i + 48));
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const text = page.map((l, k) => `BT /F1 10 Tf 50 ${790 - k * 15} Td (${pdfString(l)}) Tj ET`).join('\n');
    const content = add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(
    `<< /Title (${pdfString(s.title)}) /Author (${pdfString(s.outlet)}) /CreationDate (D:${s.date.replace(/-/g, '')}120000Z) >>`,
  );
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

function pdfString(t: string): string {
  return t
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

export async function fileFor(i: number, format: Format): Promise<{ name: string; data: Uint8Array | string }> {
  const s = story(i);
  const body = s.paragraphs.join('\n\n');
  switch (format) {
    case 'txt':
      return { name: `${i}.txt`, data: `date ${s.date} ${s.outlet} - ${s.title}\n\n${body}\n` };
    case 'md':
      return {
        name: `${i}.md`,
        data: `---\ntitle: ${s.title}\ndate: ${s.date}\nsource: ${s.outlet}\n---\n\n# ${s.title}\n\n${body}\n`,
      };
    case 'html':
      return {
        name: `${i}.html`,
        data: `<!doctype html><html lang="en"><head><meta property="og:title" content="${esc(s.title)}"><meta property="og:site_name" content="${esc(s.outlet)}"><meta property="article:published_time" content="${s.date}T08:00:00Z"><title>${esc(s.title)}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${esc(s.title)}</h1>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article><footer>© ${esc(s.outlet)}</footer></body></html>`,
      };
    case 'json':
      return {
        name: `${i}.json`,
        data: JSON.stringify({
          title: s.title,
          text: body,
          date: s.date,
          source: s.outlet,
          url: `https://example.org/${i}`,
        }),
      };
    case 'eml':
      return {
        name: `${i}.eml`,
        data: `From: ${s.outlet} <news@example.org>\r\nTo: analyst@example.org\r\nSubject: ${s.title}\r\nDate: ${new Date(`${s.date}T09:00:00Z`).toUTCString()}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`,
      };
    case 'docx': {
      const doc = new Document({
        title: s.title,
        creator: s.outlet,
        sections: [
          {
            children: [
              new Paragraph({ children: [new TextRun({ text: s.title, bold: true })] }),
              ...s.paragraphs.map((p) => new Paragraph(p)),
            ],
          },
        ],
      });
      return { name: `${i}.docx`, data: new Uint8Array(await Packer.toBuffer(doc)) };
    }
    case 'pdf':
      return { name: `${i}.pdf`, data: pdfOf(s) };
    case 'zip':
      return {
        name: `${i}.zip`,
        data: zipSync({ [`${i}-inner.txt`]: strToU8(`date ${s.date} ${s.outlet} - ${s.title}\n\n${body}\n`) }),
      };
  }
}

/** Writes `count` files, the formats in turn, into dir. */
export async function writeCorpus(dir: string, count: number, firstIndex = 0): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = firstIndex; i < firstIndex + count; i++) {
    const f = await fileFor(i, FORMATS[i % FORMATS.length]!);
    await writeFile(path.join(dir, f.name), f.data);
  }
}
