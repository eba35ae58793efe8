/**
 * Hostile inputs for the XSS suite: one file per format Soundbite reads, each carrying script, event-handler,
 * javascript: URL and remote-resource payloads in its title, outlet, byline, URL, quotes and body, and the same
 * payloads for every field an analyst types. Every payload calls window.__xss(id) or loads from REMOTE, so an
 * execution or an outbound request is seen by the spec.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import type { DroppedFile } from './host-fixture';

export const REMOTE = 'http://xss-probe.invalid';

/** A payload for field `id`, in markup that runs script or fetches REMOTE if it is ever parsed as HTML. */
export function payload(id: string): string {
  return (
    `<script>__xss('${id}:script')</script><img src="${REMOTE}/${id}.png" onerror="__xss('${id}:img')">` +
    `<svg onload="__xss('${id}:svg')"></svg>"><iframe srcdoc="<script>parent.__xss('${id}:iframe')</script>"></iframe>` +
    `<a href="javascript:__xss('${id}:href')">x</a><style>@import '${REMOTE}/${id}.css';</style>`
  );
}

function story(format: string) {
  const title = `Hostile ${format} ${payload(`${format}-title`)}`;
  const quote = `${payload(`${format}-quote`)} is our policy on the river dam`;
  const paragraphs = [
    `Minister Alena Varga said on Tuesday that "${quote}," adding that the plan stands.`,
    `"${payload(`${format}-quote2`)} will not change," Varga told reporters in the capital of Norvania.`,
    `Opposition leader Tomas Brenner said the dam ${payload(`${format}-reported`)} would flood three villages.`,
  ];
  return {
    title,
    paragraphs,
    outlet: `Wire ${payload(`${format}-outlet`)}`,
    byline: `By ${payload(`${format}-byline`)}`,
  };
}

function textOf(format: string) {
  const s = story(format);
  return `${s.title}\n${s.byline}\n${s.outlet}, 3 March 2025\n\n${s.paragraphs.join('\n\n')}\n`;
}

function htmlOf(format: string) {
  const s = story(format);
  const ld = JSON.stringify({
    '@type': 'NewsArticle',
    headline: s.title,
    datePublished: '2025-03-03',
    publisher: { name: s.outlet },
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${s.title}</title>
<meta property="og:title" content="${s.title.replace(/"/g, '&quot;')}">
<meta property="og:url" content="javascript:__xss('${format}-ogurl')">
<meta name="author" content="${s.byline.replace(/"/g, '&quot;')}">
<script>__xss('${format}-page-script')</script><script type="application/ld+json">${ld}</script>
<link rel="stylesheet" href="${REMOTE}/${format}.css"></head>
<body onload="__xss('${format}-body')"><article><h1>${s.title}</h1>
${s.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<img src="${REMOTE}/${format}-img.png"><object data="${REMOTE}/x.swf"></object><form action="${REMOTE}"><button>x</button></form>
</article></body></html>`;
}

async function docxOf(format: string): Promise<Uint8Array> {
  const s = story(format);
  const doc = new Document({
    creator: s.byline,
    title: s.title,
    sections: [{ children: [s.title, ...s.paragraphs].map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function pdfOf(format: string): Uint8Array {
  const s = story(format);
  const esc = (t: string) => t.replace(/[\\()]/g, (c) => `\\${c}`);
  const lines = [s.title, s.byline, ...s.paragraphs].flatMap((l) => l.match(/.{1,90}/g) ?? []);
  const text = lines.map((l, k) => `BT /F1 9 Tf 40 ${800 - k * 13} Td (${esc(l)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    `<< /Title (${esc(s.title)}) /Author (${esc(s.byline)}) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

function emlOf(format: string) {
  const s = story(format);
  const html = htmlOf(`${format}-html`);
  return [
    `From: "${payload(`${format}-from`)}" <desk@example.org>`,
    `Subject: ${s.title.replace(/\n/g, ' ')}`,
    'Date: Mon, 03 Mar 2025 09:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    s.paragraphs.join('\n\n'),
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
    '--b1--',
    '',
  ].join('\r\n');
}

function mhtmlOf(format: string) {
  return [
    'From: <Saved by Blink>',
    `Subject: hostile ${format}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="m1"',
    '',
    '--m1',
    'Content-Type: text/html; charset=utf-8',
    'Content-Location: https://news.example.org/dam',
    '',
    htmlOf(format),
    '--m1--',
    '',
  ].join('\r\n');
}

function jsonOf(format: string) {
  const s = story(format);
  return JSON.stringify({
    title: s.title,
    date: '2025-03-03',
    source: s.outlet,
    author: s.byline,
    url: `javascript:__xss('${format}-url')`,
    text: s.paragraphs.join('\n\n'),
  });
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export async function hostileFiles(): Promise<DroppedFile[]> {
  const docx = await docxOf('docx');
  const zip = zipSync({
    'inner.txt': strToU8(textOf('zip-txt')),
    'inner.html': strToU8(htmlOf('zip-html')),
    [`${payload('zip-name')}.md`.replace(/[\\/]/g, '_')]: strToU8(textOf('zip-md')),
  });
  return [
    { name: 'hostile.txt', content: textOf('txt') },
    { name: 'hostile.md', content: `# ${textOf('md')}` },
    { name: 'hostile.html', content: htmlOf('html'), type: 'text/html' },
    { name: 'hostile.mhtml', content: mhtmlOf('mhtml') },
    { name: 'hostile.eml', content: emlOf('eml') },
    { name: 'hostile.json', content: jsonOf('json'), type: 'application/json' },
    { name: 'hostile.jsonl', content: `${jsonOf('jsonl1')}\n${jsonOf('jsonl2')}\n` },
    { name: 'hostile.docx', content: b64(docx), binary: true },
    { name: 'hostile.pdf', content: b64(pdfOf('pdf')), binary: true },
    { name: 'hostile.zip', content: b64(zip), binary: true },
  ];
}
