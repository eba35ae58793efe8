/**
 * Format-aware mutations for plain text and Markdown: the things that trip encoding sniffing and header parsing.
 *   reencode        the text in another encoding, sometimes behind the wrong byte-order mark
 *   mixedEncodings  a UTF-8 half followed by a Windows-1252 or UTF-16 half
 *   brokenUtf16     odd byte counts, lone surrogates, NULs sprinkled into 8-bit text
 *   longLine        one line of tens of kilobytes with no break
 *   headerNoise     Key: value, export and front-matter headers that never end or hold junk
 *   markdownNoise   runs of headings, setext underlines, unterminated code fences and links
 */
import { concat, fromUtf8, type Mutated } from './bytes';
import { encodeText, TEXT_ENCODINGS } from './encodings';
import type { Rng } from './prng';

const BOMS = [Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xfe, 0xff)];
const JUNK_VALUES = ['', ' ', '\u0000', '2024-13-45', '99999-01-01', '—', '\uFFFD'.repeat(40), 'x'.repeat(5000), '---'];

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

/** Up to `count` lines, stopping at about 2 MB (some junk values are long). */
function lines(rng: Rng, count: number, make: (i: number) => string): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; i < count && size < 2_000_000; i++) {
    const line = make(i);
    out.push(line);
    size += line.length + 2;
  }
  return out.join(rng.chance(0.5) ? '\n' : '\r\n');
}

export function mutateText(bytes: Uint8Array, rng: Rng, markdown: boolean): Mutated {
  const text = fromUtf8(bytes);
  const op = rng.pick([
    'reencode',
    'mixedEncodings',
    'brokenUtf16',
    'longLine',
    'headerNoise',
    ...(markdown ? ['markdownNoise', 'markdownNoise'] : []),
  ]);
  switch (op) {
    case 'reencode': {
      const enc = rng.pick(TEXT_ENCODINGS);
      const body = encodeText(text, enc);
      const wrongBom = rng.chance(0.3) ? rng.pick(BOMS) : new Uint8Array(0);
      return { bytes: concat(wrongBom, body), note: `reencode ${enc}${wrongBom.length ? ' behind a wrong BOM' : ''}` };
    }
    case 'mixedEncodings': {
      const cut = rng.below(text.length + 1);
      const second = rng.pick(['cp1252', 'utf16le', 'utf16be'] as const);
      return {
        bytes: concat(encodeText(text.slice(0, cut), 'utf8'), encodeText(text.slice(cut), second)),
        note: `utf8 then ${second} from char ${cut}`,
      };
    }
    case 'brokenUtf16': {
      const units = encodeText(text, rng.pick(['utf16le-bom', 'utf16be', 'utf16le'] as const));
      const kind = rng.below(3);
      if (kind === 0) return { bytes: units.subarray(0, Math.max(1, units.length - 1)), note: 'utf16 odd byte count' };
      if (kind === 1) {
        const out = units.slice();
        for (let n = rng.int(1, 20); n > 0; n--) {
          const at = rng.below(out.length >> 1) * 2;
          out[at] = 0xd8 + rng.below(8);
          out[at + 1] = rng.below(256);
        }
        return { bytes: out, note: 'utf16 lone surrogates' };
      }
      const out: number[] = [];
      for (const b of bytes) out.push(b, ...(rng.chance(0.4) ? [0] : []));
      return { bytes: Uint8Array.from(out), note: 'NULs in 8-bit text' };
    }
    case 'longLine': {
      const len = rng.logInt(1000, 200_000);
      const word = rng.pick(['a', 'lorem ', '“quoted” ', 'ä', '\t', '.']);
      return {
        bytes: encodeText(
          insertAt(text, rng.below(text.length + 1), word.repeat(Math.ceil(len / word.length))),
          'utf8',
        ),
        note: `line of ${len} chars`,
      };
    }
    case 'headerNoise': {
      const kind = rng.below(4);
      let header: string;
      if (kind === 0)
        header =
          '---\n' +
          lines(rng, rng.int(1, 300), () => `${rng.pick(['title', 'date', 'source', 'x'])}: ${rng.pick(JUNK_VALUES)}`);
      else if (kind === 1)
        header = `date ${rng.pick(JUNK_VALUES)} ${rng.pick(JUNK_VALUES)} - ${rng.pick(JUNK_VALUES)}\n`;
      else if (kind === 2) header = lines(rng, rng.int(1, 2000), () => `Title: ${rng.pick(JUNK_VALUES)}`) + '\n';
      else header = `${rng.pick(JUNK_VALUES)}\n\nBy ${rng.pick(JUNK_VALUES)}\n`;
      return { bytes: encodeText(header + text, 'utf8'), note: `header noise ${kind}` };
    }
    default: {
      const kind = rng.below(4);
      const n = rng.logInt(1, 5000);
      const noise =
        kind === 0
          ? lines(rng, n, (i) => `${'#'.repeat(1 + (i % 7))} ${rng.pick(JUNK_VALUES)}`)
          : kind === 1
            ? lines(rng, n, (i) => (i % 2 ? '='.repeat(rng.int(1, 80)) : rng.pick(JUNK_VALUES)))
            : kind === 2
              ? '```' + lines(rng, n, () => rng.pick(['`', '~~~', '<div>', '*', '_'])) // never closed
              : '['.repeat(n) + '](' + '('.repeat(n);
      return {
        bytes: encodeText(insertAt(text, rng.below(text.length + 1), `\n${noise}\n`), 'utf8'),
        note: `markdown noise ${kind} x${n}`,
      };
    }
  }
}
