/**
 * Sets a PDF's document information (title, author, creator) by appending an incremental update, the way PDF
 * editors do: the bytes Chromium wrote stay as they are and a new Info object, cross-reference section and
 * trailer follow them. Works on the classic cross-reference tables that Chromium's PDF backend (Skia) writes.
 */

export interface PdfInfo {
  title: string;
  author?: string | null;
  subject?: string | null;
  creator?: string;
  date?: Date;
}

export function withPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const tail = new TextDecoder('latin1').decode(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(tail);
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer[1]!);
  const root = trailer && /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer[1]!);
  if (!startxref || !size || !root) throw new Error('the PDF has no cross-reference table this version can update');
  const objectNo = Number(size[1]);
  const fields: string[] = [`/Title ${pdfString(info.title)}`];
  if (info.author) fields.push(`/Author ${pdfString(info.author)}`);
  if (info.subject) fields.push(`/Subject ${pdfString(info.subject)}`);
  fields.push(
    `/Creator ${pdfString(info.creator ?? 'Soundbite')}`,
    `/Producer ${pdfString('Soundbite with Chromium')}`,
  );
  if (info.date)
    fields.push(`/CreationDate ${pdfString(pdfDate(info.date))}`, `/ModDate ${pdfString(pdfDate(info.date))}`);
  const body = `\n${objectNo} 0 obj\n<< ${fields.join(' ')} >>\nendobj\n`;
  const objectOffset = pdf.length + 1; // after the leading newline
  const xrefOffset = pdf.length + body.length;
  const xref =
    `xref\n${objectNo} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${objectNo + 1} /Root ${root[1]} /Info ${objectNo} 0 R /Prev ${startxref[1]} >>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const update = latin1Bytes(body + xref);
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf, 0);
  out.set(update, pdf.length);
  return out;
}

/** A PDF text string: a literal for printable ASCII, else UTF-16BE with a byte-order mark, in hex. */
function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
