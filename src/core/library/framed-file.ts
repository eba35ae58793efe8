/**
 * The frame of the binary files saved in index/ beside the documents: a version line, a JSON header, then typed
 * arrays, each starting on an 8-byte boundary, then a closing mark. A file cut off, of another version or of another
 * length than its header says decodes to null, and its reader rebuilds it from the documents.
 */

const ALIGN = 8;
const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
const end = (magic: string) => `\nEND ${magic}`;

interface Frame<H> {
  header: H;
  sectionBytes: number[];
}

export function encodeFramed(magic: string, header: unknown, sections: readonly ArrayBufferView[]): Uint8Array {
  const encoder = new TextEncoder();
  const head = encoder.encode(JSON.stringify({ header, sectionBytes: sections.map((s) => s.byteLength) }));
  const trailer = encoder.encode(end(magic));
  const starts = sectionStarts(
    magic.length + 4 + head.length,
    sections.map((s) => s.byteLength),
  );
  const out = new Uint8Array(starts.total + trailer.length);
  out.set(encoder.encode(magic), 0);
  new DataView(out.buffer).setUint32(magic.length, head.length, true);
  out.set(head, magic.length + 4);
  sections.forEach((s, i) => out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), starts.at[i]!));
  out.set(trailer, starts.total);
  return out;
}

/** The header and each section (copied out, so typed arrays can view them whatever the offset of the bytes read). */
export function decodeFramed<H>(bytes: Uint8Array, magic: string): { header: H; sections: ArrayBuffer[] } | null {
  const decoder = new TextDecoder();
  const trailer = end(magic);
  if (bytes.length < magic.length + 4 + trailer.length) return null;
  if (decoder.decode(bytes.subarray(0, magic.length)) !== magic) return null;
  if (decoder.decode(bytes.subarray(bytes.length - trailer.length)) !== trailer) return null;
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(magic.length, true);
  let frame: Frame<H>;
  try {
    frame = JSON.parse(decoder.decode(bytes.subarray(magic.length + 4, magic.length + 4 + headLength))) as Frame<H>;
  } catch {
    return null;
  }
  const lengths = frame?.sectionBytes;
  if (!Array.isArray(lengths) || !lengths.every((n) => Number.isInteger(n) && n >= 0)) return null;
  const starts = sectionStarts(magic.length + 4 + headLength, lengths);
  if (starts.total + trailer.length !== bytes.length) return null;
  const sections = lengths.map((n, i) => bytes.slice(starts.at[i]!, starts.at[i]! + n).buffer);
  return { header: frame.header, sections };
}

function sectionStarts(headEnd: number, lengths: readonly number[]): { at: number[]; total: number } {
  const at: number[] = [];
  let offset = align(headEnd);
  for (const n of lengths) {
    at.push(offset);
    offset = align(offset + n);
  }
  return { at, total: offset };
}
