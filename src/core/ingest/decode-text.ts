/** Turning raw bytes into text: encoding detection and a guard against binary data. */
import { CP1252_HIGH } from './normalise';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
}

/** Thrown by readers for a clean one-line error; readDocument turns it into an entry error. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

/** Decode Windows-1252 (also what browsers use for "iso-8859-1", "latin1" and "us-ascii" labels). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? 0xfffd) : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/** Decode with a declared charset label; Windows-1252 family handled here, others by TextDecoder. */
export function decodeWithLabel(bytes: Uint8Array, label: string): string | null {
  const l = label.trim().toLowerCase();
  if (
    [
      'windows-1252',
      'cp1252',
      'iso-8859-1',
      'iso8859-1',
      'latin1',
      'latin-1',
      'l1',
      'us-ascii',
      'ascii',
      'x-cp1252',
    ].includes(l)
  )
    return decodeWindows1252(bytes);
  try {
    return new TextDecoder(l).decode(bytes);
  } catch {
    return null;
  }
}

function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // ASCII-heavy UTF-16 has a zero in one half of nearly every code unit and almost none in the other.
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

const PIECE_BYTES = 1 << 20;

function* byteChunks(bytes: Uint8Array, from: number): Generator<Uint8Array> {
  for (let i = from; i < bytes.length; i += PIECE_BYTES)
    yield bytes.subarray(i, Math.min(bytes.length, i + PIECE_BYTES));
}

function isValidUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (const chunk of byteChunks(bytes, 0)) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * decodeText's decision (and refusal of binary data), with the text given a megabyte at a time: a long file is
 * never one string. The pieces joined are decodeText(bytes).text.
 */
export function decodeTextInPieces(bytes: Uint8Array): { pieces: Iterable<string>; encoding: TextEncodingName } {
  let encoding: TextEncodingName;
  let skip = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, skip] = ['utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, skip] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, skip] = ['utf-16be', 2];
  else encoding = guessUtf16WithoutBom(bytes) ?? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
  const label = encoding;
  function* pieces(): Generator<string> {
    if (label === 'windows-1252') {
      for (const chunk of byteChunks(bytes, skip)) yield decodeWindows1252(chunk);
      return;
    }
    const decoder = new TextDecoder(label);
    for (const chunk of byteChunks(bytes, skip)) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  }
  const first = pieces().next().value ?? '';
  if (looksBinary(first)) throw new IngestError('binary data, not text');
  return { pieces: pieces(), encoding };
}

/** Decode bytes as text. Order: BOM, BOM-less UTF-16 by zero pattern, strict UTF-8, then Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', hadBom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  }
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, hadBom: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hadBom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hadBom: false };
  }
}

/**
 * True when decoded text looks like binary data: NUL characters, or too many control / replacement
 * characters. Tabs, line breaks and form feeds are ordinary text.
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) bad++;
    else if (c >= 0x80 && c <= 0x9f) bad++; // C1 controls never appear in real text
  }
  return bad / sample.length > 0.01 || (sample.length < 200 && bad > 2);
}

/** Decode and refuse binary junk with a clean error. */
export function decodeTextOrThrow(bytes: Uint8Array): DecodedText {
  const decoded = decodeText(bytes);
  if (looksBinary(decoded.text)) throw new IngestError('binary data, not text');
  return decoded;
}
