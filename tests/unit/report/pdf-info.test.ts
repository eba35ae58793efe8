import { describe, expect, it } from 'vitest';
import { withPdfInfo } from '../../../src/core/report/pdf-info';
import { readPdfLayout } from '../../../src/core/report/pdf-layout';

/** A one-page PDF with a classic cross-reference table, like the ones Chromium writes, and a named destination. */
function minimalPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Dests << /sec-notes [3 0 R /XYZ 0 700 0] >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /Title (Old) /Producer (Skia/PDF) >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) text += `${String(o).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

async function info(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const meta = (await doc.getMetadata()).info as Record<string, unknown>;
  await doc.destroy();
  return meta;
}

describe('PDF document information', () => {
  it('sets title, author and dates by an incremental update that keeps the original bytes', async () => {
    const original = minimalPdf();
    const updated = withPdfInfo(original, {
      title: 'Dascu (and the pipeline) \\ spring',
      author: 'R. Analyst',
      date: new Date('2025-05-07T10:11:12Z'),
    });
    expect(updated.subarray(0, original.length)).toEqual(original);
    expect(await info(updated)).toMatchObject({
      Title: 'Dascu (and the pipeline) \\ spring',
      Author: 'R. Analyst',
      Creator: 'Soundbite',
      CreationDate: 'D:20250507101112Z',
    });
    // The document still opens with its page and destinations.
    expect(await readPdfLayout(updated)).toEqual({ pages: 1, pageOf: { 'sec-notes': 1 } });
  });

  it('writes titles outside ASCII as UTF-16', async () => {
    const updated = withPdfInfo(minimalPdf(), { title: 'Énergie — Kestria’s “tariff”', author: 'Zoë Ångström' });
    expect(await info(updated)).toMatchObject({ Title: 'Énergie — Kestria’s “tariff”', Author: 'Zoë Ångström' });
  });

  it('refuses a file without a cross-reference table instead of corrupting it', () => {
    expect(() => withPdfInfo(new TextEncoder().encode('%PDF-1.7\nnot really'), { title: 'x' })).toThrow(
      /cross-reference/,
    );
  });
});
