/**
 * A careful ZIP reader: lists members from the central directory and inflates them with fflate's streaming
 * decoder while counting output bytes, so a member that expands beyond its limit is stopped mid-way whatever its
 * header claims (zip-bomb protection). A member too small to pass its limit even at deflate's largest ratio is
 * inflated in one call instead (`inflateSmall`), which is several times faster.
 */
import { Inflate, inflateSync } from 'fflate';
import { IngestError } from './decode-text';

export interface ZipMember {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
  encrypted: boolean;
  isDirectory: boolean;
}

export class ZipLimitError extends IngestError {}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('latin1').decode(raw);
  }
}

/** List the members of a ZIP archive. Throws IngestError for damaged or unsupported archives. */
export function listZip(bytes: Uint8Array, maxEntries: number): ZipMember[] {
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new IngestError('not a ZIP archive: file is damaged (truncated)');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    throw new IngestError('ZIP64 archives are not supported');
  if (count > maxEntries) throw new ZipLimitError(`archive has too many files (${count}, limit ${maxEntries})`);
  if (cdOffset + cdSize > bytes.length) throw new IngestError('not a ZIP archive: file is damaged (truncated)');
  const members: ZipMember[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50)
      throw new IngestError('not a ZIP archive: file is damaged');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const declaredSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    members.push({
      name,
      method,
      compressedSize,
      declaredSize,
      localOffset,
      encrypted: (flags & 1) !== 0,
      isDirectory: name.endsWith('/'),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return members;
}

/** Inflate one member, stopping as soon as the output passes `limit` bytes. */
export function extractMember(bytes: Uint8Array, m: ZipMember, limit: number): Uint8Array {
  if (m.encrypted) throw new IngestError('file in archive is encrypted');
  const lo = m.localOffset;
  if (lo + 30 > bytes.length || u32(bytes, lo) !== 0x04034b50) throw new IngestError('file in archive is damaged');
  const start = lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
  const end = start + m.compressedSize;
  if (end > bytes.length) throw new IngestError('file in archive is damaged (truncated)');
  const data = bytes.subarray(start, end);
  if (m.method === 0) {
    if (data.length > limit) throw new ZipLimitError('too large');
    return data.slice();
  }
  if (m.method !== 8) throw new IngestError(`unsupported compression method ${m.method}`);
  const whole = inflateSmall(data, m.declaredSize, limit);
  if (whole) return whole;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new ZipLimitError('too large');
    chunks.push(chunk);
    if (final) finished = true;
  });
  const STEP = 16384;
  try {
    for (let i = 0; i < data.length; i += STEP)
      inflater.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ZipLimitError) throw e;
    throw new IngestError('file in archive is damaged');
  }
  if (!finished && data.length > 0) throw new IngestError('file in archive is damaged (truncated)');
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Deflate never expands more than 1032 times (a 258-byte match per 2 bits). */
const MAX_DEFLATE_RATIO = 1032;

/**
 * Inflate a member whose worst case cannot pass `limit` into one buffer of its declared size (plus a byte, so a
 * header that understates is noticed). Null when the member is too large for that, is damaged, or its output
 * does not fit: the streaming path then decides, with its own messages.
 */
function inflateSmall(data: Uint8Array, declaredSize: number, limit: number): Uint8Array | null {
  if (data.length === 0 || data.length * MAX_DEFLATE_RATIO > limit || declaredSize >= limit) return null;
  try {
    const out = inflateSync(data, { out: new Uint8Array(declaredSize + 1) });
    return out.length <= declaredSize ? out : null;
  } catch {
    return null;
  }
}

/** Members that are never documents: folders and operating-system litter. */
export function isJunkMember(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return (
    name.endsWith('/') ||
    name.startsWith('__MACOSX/') ||
    base.startsWith('._') ||
    base === '.DS_Store' ||
    base === 'Thumbs.db' ||
    base === 'desktop.ini'
  );
}
