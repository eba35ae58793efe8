/**
 * Format-aware mutations for PDF, on the file as a Latin-1 string so binary streams survive.
 *   numbers         numeric tokens replaced by 0, -1, huge, fractional or overflowing values
 *   structure       obj/endobj/stream/endstream/xref/trailer keywords dropped or doubled
 *   lengths         /Length values that lie, are negative or point to missing objects
 *   filters         /FlateDecode swapped for other (or unknown) filters
 *   cycles          page-tree /Kids and /Parent pointing back at themselves, a trailer /Prev loop
 *   xref            cross-reference offsets and startxref scrambled
 *   content         a content stream inflated, hostile text and graphics operators inserted, deflated again
 *   extras          /Encrypt in the trailer, huge /Count and /MediaBox, incremental updates of junk
 */
import { deflateSync, inflateSync } from 'fflate';
import { fromLatin1, latin1 } from './bytes';
import type { Rng } from './prng';

const NUMBERS = [
  '0',
  '-1',
  '1',
  '2147483647',
  '-2147483648',
  '4294967296',
  '99999999999999999999',
  '1e308',
  '0.0000001',
  '-0',
  '3.4e38',
  '.',
  '-.',
  '1.2.3',
];
const KEYWORDS = [
  'endobj',
  'endstream',
  'stream',
  'obj',
  'xref',
  'trailer',
  'startxref',
  '%%EOF',
  '>>',
  '<<',
  ']',
  '[',
];
const FILTERS = [
  '/LZWDecode',
  '/ASCII85Decode',
  '/ASCIIHexDecode',
  '/RunLengthDecode',
  '/DCTDecode',
  '/JBIG2Decode',
  '/JPXDecode',
  '/CCITTFaxDecode',
  '/Crypt',
  '/Bogus',
  '[/FlateDecode /FlateDecode]',
  '',
];
const OPERATORS = [
  'BT /F1 1e30 Tf 1 0 0 1 0 0 Tm (big) Tj ET',
  'BT /F99 12 Tf (missing font) Tj ET',
  'BT 0 Tz 0 0 Td (zero scale) Tj ET',
  'BT -1e10 TL T* T* T* (leading) Tj ET',
  'BT [(a) -99999999 (b) 1e300 (c)] TJ ET',
  'BT (unterminated Tj ET',
  'BT <FEFF00480069> Tj <zz> Tj ET',
  'q '.repeat(5000),
  'Q '.repeat(5000),
  '1 0 0 1 0 0 cm '.repeat(2000),
  'BT ' + 'T* '.repeat(20000) + 'ET',
  '/Missing Do',
  'BI /W 100000 /H 100000 /BPC 8 /CS /RGB ID \u0000\u0001 EI',
  'NaN NaN NaN NaN NaN NaN cm',
  'BT 1 0 0 1 1e38 -1e38 Tm (far away) Tj ET',
];

type Op = 'numbers' | 'structure' | 'lengths' | 'filters' | 'cycles' | 'xref' | 'content' | 'extras';

function replaceSome(
  text: string,
  re: RegExp,
  rng: Rng,
  share: number,
  make: (m: string) => string,
): { text: string; n: number } {
  let n = 0;
  const out = text.replace(re, (m) => (rng.next() < share ? (n++, make(m)) : m));
  return { text: out, n };
}

/** Streams of the file: where their data starts and ends. */
function streams(text: string): { dictStart: number; dataStart: number; dataEnd: number }[] {
  const out: { dictStart: number; dataStart: number; dataEnd: number }[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (text.slice(m.index - 3, m.index) === 'end') continue;
    const end = text.indexOf('endstream', m.index + m[0].length);
    if (end < 0) break;
    const dictStart = text.lastIndexOf('obj', m.index);
    out.push({ dictStart: Math.max(0, dictStart), dataStart: m.index + m[0].length, dataEnd: end });
    re.lastIndex = end;
  }
  return out;
}

function mutateContent(text: string, rng: Rng): { text: string; note: string } {
  const candidates = streams(text).filter((s) => /FlateDecode/.test(text.slice(s.dictStart, s.dataStart)));
  for (let tries = 0; tries < 4 && candidates.length > 0; tries++) {
    const s = rng.pick(candidates);
    let plain: Uint8Array;
    try {
      plain = inflateSync(fromLatin1(text.slice(s.dataStart, s.dataEnd).replace(/\r?\n$/, '')));
    } catch {
      continue;
    }
    let content = latin1(plain);
    if (!/\b(?:Tj|TJ|BT)\b/.test(content)) continue;
    const n = rng.int(1, 5);
    const added: string[] = [];
    for (let i = 0; i < n; i++) {
      const op = rng.pick(OPERATORS);
      added.push(op.slice(0, 20));
      const at = content.indexOf('\n', rng.below(content.length + 1));
      const pos = at < 0 ? content.length : at + 1;
      content = `${content.slice(0, pos)}${op}\n${content.slice(pos)}`;
    }
    const packed = latin1(deflateSync(fromLatin1(content)));
    const dict = text
      .slice(s.dictStart, s.dataStart)
      .replace(/\/Length\s+\d+(?:\s+0\s+R)?/, `/Length ${packed.length}`);
    return {
      text: text.slice(0, s.dictStart) + dict + packed + '\n' + text.slice(s.dataEnd),
      note: `content stream + ${added.join(' | ')}`,
    };
  }
  return { text: text.replace(/BT/, 'BT BT'), note: 'no inflatable text stream: doubled BT' };
}

export function mutatePdf(bytes: Uint8Array, rng: Rng): { bytes: Uint8Array; note: string } {
  const text = latin1(bytes);
  const op = rng.pick<Op>([
    'numbers',
    'structure',
    'lengths',
    'filters',
    'cycles',
    'xref',
    'content',
    'content',
    'extras',
  ]);
  const done = (out: string, note: string) => ({ bytes: fromLatin1(out), note: `${op}: ${note}` });
  switch (op) {
    case 'numbers': {
      const r = replaceSome(text, /(?<=[\s[<(/])-?\d+(?:\.\d+)?(?=[\s\]>)/])/g, rng, rng.next() * 0.05, () =>
        rng.pick(NUMBERS),
      );
      return done(r.text, `${r.n} numbers replaced`);
    }
    case 'structure': {
      const kw = rng.pick(KEYWORDS);
      const drop = rng.chance(0.6);
      const re = new RegExp(kw.replace(/[[\]%<>]/g, '\\$&'), 'g');
      const r = replaceSome(text, re, rng, rng.next(), (m) => (drop ? '' : m + ' ' + m));
      return done(r.text, `${r.n}x ${kw} ${drop ? 'dropped' : 'doubled'}`);
    }
    case 'lengths': {
      const r = replaceSome(
        text,
        /\/Length\s+\d+(?:\s+0\s+R)?/g,
        rng,
        0.5,
        () => `/Length ${rng.pick(['0', '-5', '999999999', '99 0 R', '1 0 R', String(rng.below(5000))])}`,
      );
      return done(r.text, `${r.n} lengths`);
    }
    case 'filters': {
      const r = replaceSome(text, /\/FlateDecode/g, rng, 0.5, () => rng.pick(FILTERS));
      return done(r.text, `${r.n} filters`);
    }
    case 'cycles': {
      const pages = /(\d+) 0 obj\s*<<\s*\/Type\s*\/Pages/.exec(text);
      const self = pages ? `${pages[1]} 0 R` : '1 0 R';
      const kind = rng.below(3);
      if (kind === 0) return done(text.replace(/\/Kids\s*\[/g, `/Kids [${self} `), `Kids include ${self}`);
      if (kind === 1)
        return done(
          text.replace(/\/Parent\s+\d+\s+0\s+R/g, () => `/Parent ${rng.int(1, 12)} 0 R`),
          'Parents scrambled',
        );
      const at = /startxref\s+(\d+)/.exec(text)?.[1] ?? '0';
      return done(text.replace(/trailer\s*<</, `trailer\n<</Prev ${at} `), `trailer /Prev ${at} (loop)`);
    }
    case 'xref': {
      const kind = rng.below(2);
      if (kind === 0) {
        const r = replaceSome(
          text,
          /\b\d{10} \d{5} [nf]\b/g,
          rng,
          rng.next(),
          () => `${String(rng.below(1e10)).padStart(10, '0')} 00000 n`,
        );
        return done(r.text, `${r.n} xref entries`);
      }
      return done(
        text.replace(
          /startxref\s+\d+/,
          `startxref\n${rng.pick(['0', '-1', '99999999', String(rng.below(text.length))])}`,
        ),
        'startxref',
      );
    }
    case 'content': {
      const r = mutateContent(text, rng);
      return done(r.text, r.note);
    }
    default: {
      const kind = rng.below(4);
      if (kind === 0)
        return done(
          text.replace(/trailer\s*<</, 'trailer\n<</Encrypt 99 0 R '),
          'trailer /Encrypt to a missing object',
        );
      if (kind === 1)
        return done(text.replace(/\/Count\s+\d+/g, `/Count ${rng.pick(['999999999', '-1', '0'])}`), 'page count');
      if (kind === 2) return done(text.replace(/\/MediaBox\s*\[[^\]]*\]/g, '/MediaBox [0 0 1e30 -1e30]'), 'media box');
      return done(
        `${text}\n${'99 0 obj\n<< /Type /Page /Parent 99 0 R >>\nendobj\n'.repeat(rng.int(1, 50))}%%EOF\n`,
        'incremental junk',
      );
    }
  }
}
