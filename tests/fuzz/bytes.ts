/**
 * Byte helpers shared by the mutators.
 *   concat(...parts)        one Uint8Array from several
 *   latin1 / fromLatin1     bytes <-> a string with one char per byte (lossless, for regex work on binary formats)
 *   utf8 / fromUtf8         text <-> UTF-8 (invalid UTF-8 decodes to U+FFFD)
 *   spliceBytes             replace a range with other bytes
 */

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function latin1(bytes: Uint8Array): string {
  let s = '';
  // Chunked: String.fromCharCode with a whole multi-megabyte array would overflow the argument stack.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

export function fromLatin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export function spliceBytes(bytes: Uint8Array, start: number, deleteCount: number, insert: Uint8Array): Uint8Array {
  return concat(bytes.subarray(0, start), insert, bytes.subarray(Math.min(bytes.length, start + deleteCount)));
}

/** A mutation's output and a short note of what it did (for the input's recipe). */
export interface Mutated {
  bytes: Uint8Array;
  note: string;
}
