/**
 * Format-aware mutations for MIME messages (.eml e-mails and .mhtml web archives).
 *   boundaries        part separators dropped, the closing one missing, the declared boundary changed or emptied
 *   transferEncoding  Content-Transfer-Encoding swapped (base64 ↔ quoted-printable ↔ junk)
 *   encodedNoise      base64 with foreign characters and early padding, quoted-printable with broken escapes
 *   charsetNoise      charset labels that are unknown, empty or multi-byte
 *   nesting           the body wrapped in hundreds of multipart levels
 *   attach            another fixture (itself possibly mutated) attached as base64, or hundreds of tiny attachments
 *   headerNoise       broken encoded words, impossible dates, an endless folded header, no header/body separator
 * Works on the message as a Latin-1 string, so every byte survives.
 */
import { fromLatin1, latin1 } from './bytes';
import type { Rng } from './prng';

export interface Attachment {
  name: string;
  bytes: Uint8Array;
}

const ENCODINGS = ['base64', 'quoted-printable', '7bit', '8bit', 'binary', 'x-uuencode', 'bogus', ''];
const CHARSETS = [
  'utf-8',
  'utf-16',
  'utf-7',
  'x-unknown',
  '',
  'iso-2022-jp',
  'gb18030',
  'windows-1252',
  '"',
  'utf-8"; charset="latin1',
];
const HEADER_NOISE = [
  'Subject: =?utf-8?B?%%%%?=',
  'Subject: =?x-unknown?Q?=FF=FE=00?=',
  'Subject: =?utf-8?Q?unterminated',
  'Date: Mon, 99 Foo 99999 25:61:61 +9999',
  'Date: ',
  'From: "unterminated <a@b',
  'Content-Type: multipart/mixed',
  'Content-Type: multipart/alternative; boundary=""',
  'Content-Type: text/html; charset=utf-16',
  "Content-Disposition: attachment; filename*=utf-8''%FF%FE.pdf",
];

function splitHead(text: string): { head: string; body: string; sep: string } {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { head: text, body: '', sep: '\n\n' };
  return { head: text.slice(0, m.index), body: text.slice(m.index + m[0].length), sep: m[0] };
}

function boundaryOf(text: string): string | null {
  const m = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(text);
  return m ? m[1]! : null;
}

function base64(bytes: Uint8Array): string {
  const b64 = btoa(latin1(bytes));
  return b64.replace(/.{1,76}/g, '$&\r\n');
}

function attachPart(boundary: string, file: Attachment): string {
  return [
    `--${boundary}`,
    `Content-Type: application/octet-stream; name="${file.name}"`,
    `Content-Disposition: attachment; filename="${file.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64(file.bytes),
  ].join('\r\n');
}

export function mutateMime(
  bytes: Uint8Array,
  rng: Rng,
  attachment: () => Attachment,
): { bytes: Uint8Array; note: string } {
  const text = latin1(bytes);
  const boundary = boundaryOf(text);
  const op = rng.pick([
    'boundaries',
    'transferEncoding',
    'encodedNoise',
    'charsetNoise',
    'nesting',
    'attach',
    'attach',
    'headerNoise',
  ]);
  const done = (out: string, note: string) => ({ bytes: fromLatin1(out), note });
  switch (op) {
    case 'boundaries': {
      if (!boundary) return done(text.replace(/\r?\n\r?\n/, '\n'), 'no boundary: header separator removed');
      const kind = rng.below(4);
      const marker = `--${boundary}`;
      if (kind === 0) return done(text.split(`${marker}--`).join(''), 'closing boundary removed');
      if (kind === 1)
        return done(
          text
            .split(marker)
            .filter(() => rng.chance(0.6))
            .join(marker),
          'parts merged',
        );
      const replacement = kind === 2 ? '' : rng.pick(['x'.repeat(rng.logInt(1, 5000)), '(.*)+', '--', '\u00ff\u0000']);
      return done(
        text.replace(/boundary\s*=\s*"?[^";\r\n]+"?/i, `boundary="${replacement}"`),
        `boundary set to ${JSON.stringify(replacement.slice(0, 12))}`,
      );
    }
    case 'transferEncoding': {
      let n = 0;
      const out = text.replace(
        /(Content-Transfer-Encoding:\s*)([^\r\n]*)/gi,
        (_m, k: string) => (n++, k + rng.pick(ENCODINGS)),
      );
      if (n === 0) {
        const { head, body, sep } = splitHead(text);
        return done(
          `${head}\r\nContent-Transfer-Encoding: ${rng.pick(ENCODINGS)}${sep}${body}`,
          'transfer encoding added',
        );
      }
      return done(out, `${n} transfer encodings swapped`);
    }
    case 'encodedNoise': {
      const chars = rng.pick(['!', '=', '==', '*', '\u0000', '=ZZ', '=\r\n', '=\n=', '=3', '\u00ff']);
      let out = text;
      const n = rng.int(1, 60);
      for (let i = 0; i < n; i++) {
        const at = rng.below(out.length + 1);
        out = out.slice(0, at) + chars + out.slice(at);
      }
      return done(rng.chance(0.3) ? `${out}=` : out, `${n}x ${JSON.stringify(chars)} in encoded text`);
    }
    case 'charsetNoise': {
      const cs = rng.pick(CHARSETS);
      const out = /charset=/i.test(text)
        ? text.replace(/charset\s*=\s*"?[^";\r\n]*"?/gi, `charset="${cs}"`)
        : text.replace(/(Content-Type:[^\r\n]*)/i, `$1; charset="${cs}"`);
      return done(out, `charset "${cs}"`);
    }
    case 'nesting': {
      const depth = rng.logInt(2, 2000);
      const { head, body } = splitHead(text);
      const innerType = /^Content-Type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/im.exec(head)?.[0] ?? 'Content-Type: text/plain';
      let inner = `${innerType}\r\n\r\n${body}`;
      for (let i = 0; i < depth; i++)
        inner = `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n${inner}\r\n--n${i}--\r\n`;
      const outer = head.replace(/^Content-Type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n?/im, '');
      return done(`${outer}\r\n${inner}`, `${depth} nested multiparts`);
    }
    case 'attach': {
      const { head, body } = splitHead(text);
      const b = 'fuzzattach';
      const many = rng.chance(0.15);
      const files = many
        ? Array.from({ length: rng.logInt(10, 600) }, (_, i) => ({
            name: `note-${i}.txt`,
            bytes: fromLatin1(`Note ${i}. The minister said so.`),
          }))
        : Array.from({ length: rng.int(1, 3) }, attachment);
      const headers = head.replace(/^Content-(?:Type|Transfer-Encoding):[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n?/gim, '');
      const parts = [
        `--${b}\r\n${/^Content-Type:[^\r\n]*/im.exec(head)?.[0] ?? 'Content-Type: text/plain'}\r\n\r\n${body}`,
        ...files.map((f) => attachPart(b, f)),
      ];
      const out = `${headers}\r\nContent-Type: multipart/mixed; boundary="${b}"\r\n\r\n${parts.join('\r\n')}\r\n--${b}--\r\n`;
      return done(out, many ? `${files.length} small attachments` : `attached ${files.map((f) => f.name).join(', ')}`);
    }
    default: {
      const kind = rng.below(3);
      const { head, body, sep } = splitHead(text);
      if (kind === 0) return done(`${rng.pick(HEADER_NOISE)}\r\n${head}${sep}${body}`, 'header noise');
      if (kind === 1) {
        const len = rng.logInt(100, 300_000);
        return done(
          `X-Long: ${'folded value\r\n '.repeat(Math.ceil(len / 15))}\r\n${head}${sep}${body}`,
          `folded header of ${len} chars`,
        );
      }
      return done(head + '\r\n' + body, 'header/body separator removed');
    }
  }
}
