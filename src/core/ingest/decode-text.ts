/**
 * Turning raw bytes into text, in this order: a byte-order mark (UTF-8, UTF-16, UTF-32), BOM-less UTF-16/UTF-32 by
 * their zero or constant-high-byte pattern, strict UTF-8, then detection (chardet) and decoding (iconv-lite) of
 * legacy charsets: ISO-8859-x, Windows-125x, KOI8-R, Shift_JIS, EUC-JP/KR, GB18030, Big5… A detection that a
 * close runner-up would decode differently is reported as low confidence (a warning the import summary shows).
 * Also: a guard against binary data, and decoding with a charset the user or the document names.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { CP1252_HIGH } from './normalise';

/** A WHATWG / iconv-lite charset name, lower case ("utf-8", "windows-1252", "koi8-r", "shift_jis"…). */
export type TextEncodingName = string;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
  /** certain: a BOM or valid UTF-8; detected: a clear detection; low: a guess that a runner-up disputes. */
  confidence: 'certain' | 'detected' | 'low';
  /** Other charsets the detector considered plausible (for "re-read with encoding …"). */
  alternatives: TextEncodingName[];
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

const LATIN1_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'x-cp1252',
]);

/** The name a charset label stands for ("latin1" → "windows-1252", "SJIS" → "shift_jis"), or null if unknown. */
export function canonicalCharset(label: string): TextEncodingName | null {
  const l = label.trim().toLowerCase();
  if (LATIN1_LABELS.has(l)) return 'windows-1252';
  if (l === 'utf8') return 'utf-8';
  if (l === 'sjis' || l === 'shift-jis' || l === 'x-sjis' || l === 'ms_kanji') return 'shift_jis';
  if (l === 'gb2312' || l === 'gbk' || l === 'x-gbk') return 'gb18030'; // a superset, as browsers do
  return iconv.encodingExists(l) ? l : null;
}

/** Decode with a charset label; null when the label is unknown. */
export function decodeWithLabel(bytes: Uint8Array, label: string): string | null {
  const cs = canonicalCharset(label);
  if (!cs) return null;
  if (cs === 'windows-1252') return decodeWindows1252(bytes);
  return iconv.decode(bytes as unknown as Parameters<typeof iconv.decode>[0], cs).replace(/^\uFEFF/, '');
}

/**
 * BOM-less UTF-16: in nearly every code unit one byte is zero (Latin text) or one constant value (the block of a
 * Cyrillic, Greek, Hebrew… text), while the other byte varies.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  const pairs = n / 2;
  const share = (parity: 0 | 1): { zero: number; steady: number } => {
    const counts = new Map<number, number>();
    let zero = 0;
    for (let i = parity; i < n; i += 2) {
      const b = bytes[i] ?? 0;
      if (b === 0) zero++;
      else counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    const top = Math.max(0, ...counts.values());
    return { zero: zero / pairs, steady: (zero + top) / pairs };
  };
  const even = share(0);
  const odd = share(1);
  // ASCII-heavy UTF-16 has a zero in one half of nearly every code unit and almost none in the other.
  if (odd.zero > 0.6 && even.zero < 0.05) return 'utf-16le';
  if (even.zero > 0.6 && odd.zero < 0.05) return 'utf-16be';
  // Another alphabet: the high byte is one block (plus zeros for spaces and digits), never a NUL on the other side.
  if (odd.steady > 0.95 && odd.zero > 0.02 && even.zero === 0 && even.steady < 0.5) return 'utf-16le';
  if (even.steady > 0.95 && even.zero > 0.02 && odd.zero === 0 && odd.steady < 0.5) return 'utf-16be';
  return null;
}

/** BOM-less UTF-32: two or three zero bytes in every four, in a fixed place. */
function guessUtf32WithoutBom(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  const n = Math.min(bytes.length - (bytes.length % 4), 4096);
  if (n < 16) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 4) {
    if (bytes[i + 3] === 0 && bytes[i + 2] === 0 && bytes[i] !== 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 3] !== 0) be++;
  }
  const units = n / 4;
  if (le / units > 0.95) return 'utf-32le';
  if (be / units > 0.95) return 'utf-32be';
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

/** A detection: the charset, how sure, and the plausible others. */
interface Detection {
  encoding: TextEncodingName;
  skip: number;
  hadBom: boolean;
  confidence: DecodedText['confidence'];
  alternatives: TextEncodingName[];
}

/** Fewer bytes above 0x7F than this say too little for statistics: such a text is read as Windows-1252. */
const MIN_HIGH_BYTES = 16;
const SAMPLE_BYTES = 64 * 1024;

const WINDOWS_OF: Record<string, string> = {
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
  'iso-8859-6': 'windows-1256',
  'iso-8859-7': 'windows-1253',
  'iso-8859-8': 'windows-1255',
  'iso-8859-9': 'windows-1254',
  'iso-8859-13': 'windows-1257',
};

/**
 * An ISO-8859 guess whose bytes say it is the Windows sibling: C1 controls (0x80–0x9F) never occur in real ISO
 * text, and in Greek 0xA2 followed by a letter is Windows-1253's "Ά", not ISO-8859-7's apostrophe.
 */
function windowsSibling(name: string, sample: Uint8Array): string {
  const sibling = WINDOWS_OF[name];
  if (!sibling) return name;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b >= 0x80 && b <= 0x9f) return sibling;
    if (name === 'iso-8859-7' && b === 0xa2 && (sample[i + 1] ?? 0) >= 0xc1) return sibling;
  }
  return name;
}

/** Detect a legacy charset from a sample: chardet's ranking, checked by decoding the close runners-up. */
function detectLegacyCharset(bytes: Uint8Array): Omit<Detection, 'skip' | 'hadBom'> {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let high = 0;
  for (let i = 0; i < sample.length && high < MIN_HIGH_BYTES; i++) if ((sample[i] ?? 0) >= 0x80) high++;
  if (high < MIN_HIGH_BYTES) return { encoding: 'windows-1252', confidence: 'detected', alternatives: [] };
  const ranked = analyse(sample)
    .map((c) => ({ name: canonicalCharset(c.name), confidence: c.confidence }))
    .filter((c): c is { name: string; confidence: number } => !!c.name && !/^utf-/.test(c.name));
  const top = ranked[0];
  if (!top) return { encoding: 'windows-1252', confidence: 'low', alternatives: [] };
  // Latin-1 is chardet's generic answer: a more specific charset with the same score wins the tie.
  const tied = ranked.find((c) => c.confidence === top.confidence && c.name !== 'windows-1252');
  const best = { ...(top.name === 'windows-1252' && tied ? tied : top) };
  best.name = windowsSibling(best.name, sample);
  const probe = sample.subarray(0, 8192);
  const bestText = decodeWithLabel(probe, best.name);
  const rivals = ranked.filter(
    (c) => c.name !== best.name && c.confidence >= best.confidence * 0.8 && decodeWithLabel(probe, c.name) !== bestText,
  );
  const alternatives = [...new Set(ranked.filter((c) => c.name !== best.name).map((c) => c.name))].slice(0, 4);
  const low = best.confidence < 20 || rivals.length > 0;
  return { encoding: best.name, confidence: low ? 'low' : 'detected', alternatives };
}

function detect(bytes: Uint8Array): Detection {
  const bom = (encoding: string, skip: number): Detection => ({
    encoding,
    skip,
    hadBom: true,
    confidence: 'certain',
    alternatives: [],
  });
  const b = (i: number) => bytes[i];
  if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf) return bom('utf-8', 3);
  if (b(0) === 0xff && b(1) === 0xfe && b(2) === 0 && b(3) === 0 && bytes.length >= 4) return bom('utf-32le', 4);
  if (b(0) === 0 && b(1) === 0 && b(2) === 0xfe && b(3) === 0xff) return bom('utf-32be', 4);
  if (b(0) === 0xff && b(1) === 0xfe) return bom('utf-16le', 2);
  if (b(0) === 0xfe && b(1) === 0xff) return bom('utf-16be', 2);
  const plain = (encoding: string, confidence: DecodedText['confidence']): Detection => ({
    encoding,
    skip: 0,
    hadBom: false,
    confidence,
    alternatives: [],
  });
  const utf32 = guessUtf32WithoutBom(bytes);
  if (utf32) return plain(utf32, 'detected');
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return plain(utf16, 'detected');
  if (isValidUtf8(bytes)) return plain('utf-8', 'certain');
  return { skip: 0, hadBom: false, ...detectLegacyCharset(bytes) };
}

function* decodePieces(bytes: Uint8Array, encoding: string, skip: number): Generator<string> {
  if (encoding === 'windows-1252') {
    for (const chunk of byteChunks(bytes, skip)) yield decodeWindows1252(chunk);
    return;
  }
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoder = new TextDecoder(encoding);
    for (const chunk of byteChunks(bytes, skip)) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
    return;
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  for (const chunk of byteChunks(bytes, skip))
    yield decoder.write(chunk as unknown as Parameters<typeof decoder.write>[0]);
  yield decoder.end() ?? '';
}

/**
 * decodeText's decision (and refusal of binary data), with the text given a megabyte at a time: a long file is
 * never one string. The pieces joined are decodeText(bytes).text.
 */
export function decodeTextInPieces(
  bytes: Uint8Array,
  forced?: TextEncodingName,
): { pieces: Iterable<string>; encoding: TextEncodingName; decoded: Omit<DecodedText, 'text'> } {
  const d = forced ? forcedDetection(forced) : detect(bytes);
  const first = decodePieces(bytes, d.encoding, d.skip).next().value ?? '';
  if (looksBinary(first)) throw new IngestError('binary data, not text');
  const { skip: _skip, ...decoded } = d;
  return { pieces: decodePieces(bytes, d.encoding, d.skip), encoding: d.encoding, decoded };
}

function forcedDetection(label: string): Detection {
  const cs = canonicalCharset(label);
  if (!cs) throw new IngestError(`unknown character encoding "${label.slice(0, 40)}"`);
  return { encoding: cs, skip: 0, hadBom: false, confidence: 'certain', alternatives: [] };
}

/**
 * Decode bytes as text. Order: BOM, BOM-less UTF-32/UTF-16 by byte pattern, strict UTF-8, then a detected legacy
 * charset. `forced` (a charset the user chose) skips the detection.
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  const d = forced ? forcedDetection(forced) : detect(bytes);
  const text = [...decodePieces(bytes, d.encoding, d.skip)].join('').replace(d.skip ? '' : /^\uFEFF/, '');
  const { skip: _skip, ...rest } = d;
  return { text, ...rest };
}

/** What the summary should say about how a text was decoded (nothing for UTF-8 and UTF-16/32). */
export function encodingWarnings(d: Pick<DecodedText, 'encoding' | 'confidence' | 'alternatives'>): string[] {
  if (/^utf-/.test(d.encoding)) return [];
  const name = d.encoding === 'windows-1252' ? 'Windows-1252' : d.encoding.toUpperCase();
  const out = [`not valid UTF-8: read as ${name}`];
  if (d.confidence === 'low')
    out.push(
      `low-confidence charset: read as ${name}` +
        (d.alternatives.length ? ` (also possible: ${d.alternatives.map((a) => a.toUpperCase()).join(', ')})` : ''),
    );
  return out;
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
export function decodeTextOrThrow(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  const decoded = decodeText(bytes, forced);
  if (looksBinary(decoded.text)) throw new IngestError('binary data, not text');
  return decoded;
}

/**
 * Text read in one legacy charset, read again as another: back to the bytes it was read from (every byte of a
 * legacy charset stands for one character, so this is exact for what the text kept), then decoded with `to`.
 */
export function recode(text: string, from: TextEncodingName, to: TextEncodingName): string {
  const source = canonicalCharset(from);
  const target = canonicalCharset(to);
  if (!source) throw new IngestError(`unknown character encoding "${from.slice(0, 40)}"`);
  if (!target) throw new IngestError(`unknown character encoding "${to.slice(0, 40)}"`);
  const bytes = new Uint8Array(iconv.encode(text, source));
  return decodeWithLabel(bytes, target) ?? text;
}
