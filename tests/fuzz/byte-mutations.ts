/**
 * Format-blind mutations of raw bytes.
 *   bitFlips      1–64 single bits flipped
 *   insertBytes   random, printable or "interesting" bytes (delimiters, BOMs, signatures) inserted
 *   deleteBytes   a few ranges cut out
 *   truncate      the file cut at a random point
 *   splice        the front of one file joined to the back of another
 *   repeatSlice   a slice repeated up to a few megabytes, inside the file
 *   behindMagic   random bytes behind the format's signature
 */
import { concat, spliceBytes, utf8, type Mutated } from './bytes';
import type { Rng } from './prng';

const INTERESTING = [
  '\u0000',
  '\u00ff',
  '\r',
  '\n',
  '\r\n\r\n',
  '<',
  '>',
  '</',
  '"',
  "'",
  '&',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '--',
  '=?',
  '?=',
  '=',
  '%',
  'PK\u0003\u0004',
  '%PDF-',
  'obj',
  'endobj',
  'stream',
  '\u001b',
].map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0)));
const INTERESTING_UTF8 = ['\ufeff', '\ufffd', '\u2028', '\u202e', '\ud7ff', '€'].map(utf8);
const BOMS = [
  Uint8Array.of(0xef, 0xbb, 0xbf),
  Uint8Array.of(0xff, 0xfe),
  Uint8Array.of(0xfe, 0xff),
  Uint8Array.of(0xd8, 0x00),
];

export function bitFlips(bytes: Uint8Array, rng: Rng): Mutated {
  if (bytes.length === 0) return { bytes, note: 'bit flips (empty)' };
  const out = bytes.slice();
  const n = rng.logInt(1, 64);
  for (let i = 0; i < n; i++) out[rng.below(out.length)]! ^= 1 << rng.below(8);
  return { bytes: out, note: `${n} bit flips` };
}

export function insertBytes(bytes: Uint8Array, rng: Rng): Mutated {
  let out = bytes;
  const n = rng.int(1, 8);
  for (let i = 0; i < n; i++) {
    const kind = rng.below(4);
    const piece =
      kind === 0
        ? rng.bytes(rng.logInt(1, 64))
        : kind === 1
          ? rng.bytes(rng.logInt(1, 64), true)
          : kind === 2
            ? rng.pick(INTERESTING)
            : rng.pick([...INTERESTING_UTF8, ...BOMS]);
    out = spliceBytes(out, rng.below(out.length + 1), 0, piece);
  }
  return { bytes: out, note: `${n} insertions` };
}

export function deleteBytes(bytes: Uint8Array, rng: Rng): Mutated {
  let out = bytes;
  const n = rng.int(1, 5);
  for (let i = 0; i < n && out.length > 0; i++)
    out = spliceBytes(out, rng.below(out.length), rng.logInt(1, 512), new Uint8Array(0));
  return { bytes: out, note: `${n} deletions` };
}

export function truncate(bytes: Uint8Array, rng: Rng): Mutated {
  const at = rng.below(bytes.length + 1);
  return { bytes: bytes.slice(0, at), note: `truncated at ${at} of ${bytes.length}` };
}

export function splice(a: Uint8Array, b: Uint8Array, bName: string, rng: Rng): Mutated {
  const i = rng.below(a.length + 1);
  const j = rng.below(b.length + 1);
  return { bytes: concat(a.subarray(0, i), b.subarray(j)), note: `first ${i} bytes + ${bName} from ${j}` };
}

/** A slice repeated until the file is about `target` bytes (never more than `maxBytes`). */
export function repeatSlice(bytes: Uint8Array, rng: Rng, maxBytes: number): Mutated {
  if (bytes.length === 0) return { bytes, note: 'repeat (empty)' };
  const len = Math.min(bytes.length, rng.logInt(1, 4096));
  const from = rng.below(bytes.length - len + 1);
  const target = rng.logInt(256 * 1024, maxBytes);
  const times = Math.max(1, Math.floor((target - bytes.length) / len));
  const slice = bytes.subarray(from, from + len);
  const block = new Uint8Array(len * times);
  for (let k = 0; k < times; k++) block.set(slice, k * len);
  const at = rng.below(bytes.length + 1);
  return { bytes: spliceBytes(bytes, at, 0, block), note: `${len}-byte slice from ${from} x${times} at ${at}` };
}

export function behindMagic(magic: string, rng: Rng): Mutated {
  const printable = rng.chance(0.5);
  const len = rng.logInt(1, 16_384);
  return {
    bytes: concat(
      Uint8Array.from(magic, (c) => c.charCodeAt(0)),
      rng.bytes(len, printable),
    ),
    note: `${len} ${printable ? 'printable' : 'random'} bytes behind ${JSON.stringify(magic.slice(0, 12))}`,
  };
}
