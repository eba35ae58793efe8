/**
 * Text encoders for the encodings the text readers sniff, so every text fixture can also be fed as UTF-16 (with
 * and without a byte-order mark), Windows-1252 and UTF-8 with a BOM.
 */
import { concat, utf8 } from './bytes';

export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16le' | 'utf16be-bom' | 'utf16be' | 'cp1252';
export const TEXT_ENCODINGS: readonly TextEncoding[] = [
  'utf8',
  'utf8-bom',
  'utf16le-bom',
  'utf16le',
  'utf16be-bom',
  'utf16be',
  'cp1252',
];

// Windows-1252 bytes 0x80..0x9f and the characters they stand for (the rest of 0xa0..0xff is Latin-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return out;
}

/** Characters Windows-1252 cannot hold become '?', as a lossy "Save as ANSI" does. */
function cp1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(ch);
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out.push(cp);
    else if (high >= 0) out.push(0x80 + high);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return utf8(text);
    case 'utf8-bom':
      return concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text));
    case 'utf16le-bom':
      return concat(Uint8Array.of(0xff, 0xfe), utf16(text, true));
    case 'utf16le':
      return utf16(text, true);
    case 'utf16be-bom':
      return concat(Uint8Array.of(0xfe, 0xff), utf16(text, false));
    case 'utf16be':
      return utf16(text, false);
    case 'cp1252':
      return cp1252(text);
  }
}
