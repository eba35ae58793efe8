/**
 * Format-aware mutations for ZIP archives and .docx (a ZIP of XML): unpack, change, pack again, and sometimes
 * patch the packed headers so they lie.
 *   member       one member changed by the mutator for its own format (XML members by the markup mutator)
 *   remove       a member dropped (docx: the main document, content types or relationships)
 *   hugeXml      (docx) the document's paragraphs repeated to megabytes
 *   coreProps    (docx) title and dates in docProps/core.xml replaced by junk
 *   nest         the archive wrapped in more archives, deeper than the readers allow
 *   names        members renamed: ../ traversal, absolute, empty, enormous, control characters
 *   many         thousands of tiny members, around the member-count limit
 *   bomb         a member of zeros that inflates to tens of megabytes
 *   headers      local and central headers patched: sizes, method, encryption flag, offsets, entry count
 *   litter       __MACOSX/, .DS_Store and Thumbs.db members
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { fromUtf8, utf8 } from './bytes';
import { mutateMarkup } from './markup-mutations';
import type { Rng } from './prng';

export type MemberMutator = (name: string, bytes: Uint8Array, rng: Rng) => { bytes: Uint8Array; note: string };

const HOSTILE_NAMES = [
  '../../evil.txt',
  '/etc/passwd.txt',
  'C:\\Windows\\x.txt',
  '',
  '.',
  'a\u0000b.txt',
  `${'d/'.repeat(300)}x.txt`,
  `${'n'.repeat(60_000)}.txt`,
  'ü\u202e.txt',
  'CON.txt',
  'x.txt/',
];

type ArchiveOp =
  'member' | 'remove' | 'hugeXml' | 'coreProps' | 'nest' | 'names' | 'many' | 'bomb' | 'headers' | 'litter';
const DOCX_OPS = {
  member: 30,
  remove: 8,
  hugeXml: 2,
  coreProps: 8,
  names: 8,
  many: 5,
  headers: 16,
  nest: 6,
  bomb: 1.5,
} satisfies Partial<Record<ArchiveOp, number>>;
const ZIP_OPS = {
  member: 30,
  remove: 8,
  nest: 10,
  names: 8,
  many: 5,
  bomb: 2.5,
  headers: 16,
  litter: 6,
} satisfies Partial<Record<ArchiveOp, number>>;

function pack(files: Record<string, Uint8Array>, rng: Rng): Uint8Array {
  const level = rng.pick([0, 1, 6, 9] as const);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level }];
  return zipSync(zippable);
}

function tryUnzip(bytes: Uint8Array): Record<string, Uint8Array> | null {
  try {
    return unzipSync(bytes);
  } catch {
    return null;
  }
}

function findAll(bytes: Uint8Array, sig: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++)
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === ((sig >> 16) & 0xff) &&
      bytes[i + 3] === sig >>> 24
    )
      out.push(i);
  return out;
}

/** Overwrites header fields of a packed archive with values that do not match its content. */
function lieInHeaders(bytes: Uint8Array, rng: Rng): { bytes: Uint8Array; note: string } {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const local = findAll(out, 0x04034b50);
  const central = findAll(out, 0x02014b50);
  const eocd = findAll(out, 0x06054b50);
  const field = rng.pick(['size', 'compressed', 'method', 'encrypted', 'offset', 'count', 'nameLength', 'cdOffset']);
  const value32 = () => rng.pick([0, 1, 0x7fffffff, 0xffffffff, 0xfffffffe, rng.below(0x100000)]);
  const put16 = (at: number, v: number) => at + 2 <= out.length && view.setUint16(at, v & 0xffff, true);
  const put32 = (at: number, v: number) => at + 4 <= out.length && view.setUint32(at, v >>> 0, true);
  const some = (xs: number[]) => xs.filter(() => rng.chance(0.5));
  switch (field) {
    case 'size':
      for (const at of some(local)) put32(at + 22, value32());
      for (const at of some(central)) put32(at + 24, value32());
      break;
    case 'compressed':
      for (const at of some(local)) put32(at + 18, value32());
      for (const at of some(central)) put32(at + 20, value32());
      break;
    case 'method': {
      const method = rng.pick([1, 6, 9, 12, 14, 93, 95, 98, 99, 0xffff]);
      for (const at of some(local)) put16(at + 8, method);
      for (const at of some(central)) put16(at + 10, method);
      break;
    }
    case 'encrypted':
      for (const at of some(local)) put16(at + 6, view.getUint16(at + 6, true) | 1);
      for (const at of some(central)) put16(at + 8, view.getUint16(at + 8, true) | 1);
      break;
    case 'offset':
      for (const at of some(central)) put32(at + 42, value32());
      break;
    case 'nameLength':
      for (const at of some(central)) put16(at + 28, rng.pick([0, 1, 0xffff, rng.below(400)]));
      break;
    case 'count':
      for (const at of eocd) {
        const n = rng.pick([0, 1, 0xffff, 2001, rng.below(50)]);
        put16(at + 8, n);
        put16(at + 10, n);
      }
      break;
    default:
      for (const at of eocd) put32(at + 16, value32());
  }
  return { bytes: out, note: `headers: ${field}` };
}

function nest(bytes: Uint8Array, name: string, rng: Rng): { bytes: Uint8Array; note: string } {
  const depth = rng.int(1, 6);
  let data = bytes;
  let inner = name;
  for (let i = 0; i < depth; i++) {
    data = zipSync({ [inner]: data });
    inner = `level-${i}.zip`;
  }
  return { bytes: data, note: `nested in ${depth} more archives` };
}

function xmlMembers(files: Record<string, Uint8Array>): string[] {
  return Object.keys(files).filter((n) => /\.(xml|rels)$/i.test(n));
}

export function mutateArchive(
  bytes: Uint8Array,
  rng: Rng,
  kind: 'zip' | 'docx',
  mutateMember: MemberMutator,
): { bytes: Uint8Array; note: string } {
  const files = tryUnzip(bytes);
  if (!files || Object.keys(files).length === 0) return lieInHeaders(bytes, rng);
  const names = Object.keys(files);
  // Weighted by what they find per second: bombs and huge documents are slow to build and to read.
  const op: ArchiveOp = kind === 'docx' ? rng.weighted(DOCX_OPS) : rng.weighted(ZIP_OPS);
  const done = (out: Uint8Array, note: string) => ({ bytes: out, note: `${op}: ${note}` });
  switch (op) {
    case 'member': {
      const xml = xmlMembers(files);
      const name =
        kind === 'docx' && xml.length > 0 && rng.chance(0.8)
          ? rng.chance(0.5) && files['word/document.xml']
            ? 'word/document.xml'
            : rng.pick(xml)
          : rng.pick(names);
      if (/\.(xml|rels)$/i.test(name) && rng.chance(0.7)) {
        const m = mutateMarkup(fromUtf8(files[name]!), rng, 'xml');
        files[name] = utf8(m.text);
        return done(pack(files, rng), `${name}: ${m.note}`);
      }
      const m = mutateMember(name, files[name]!, rng);
      files[name] = m.bytes;
      return done(pack(files, rng), `${name}: ${m.note}`);
    }
    case 'remove': {
      const preferred = [
        'word/document.xml',
        '[Content_Types].xml',
        'word/_rels/document.xml.rels',
        '_rels/.rels',
      ].filter((n) => files[n]);
      const name = kind === 'docx' && preferred.length > 0 ? rng.pick(preferred) : rng.pick(names);
      delete files[name];
      return done(pack(files, rng), name);
    }
    case 'hugeXml': {
      const doc = files['word/document.xml'];
      if (!doc) return lieInHeaders(bytes, rng);
      const xml = fromUtf8(doc);
      const para = /<w:p[ >][\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '<w:p><w:r><w:t>x</w:t></w:r></w:p>';
      const times = Math.ceil(rng.logInt(30_000, 600_000) / para.length);
      files['word/document.xml'] = utf8(xml.replace('</w:body>', `${para.repeat(times)}</w:body>`));
      return done(pack(files, rng), `first paragraph x${times}`);
    }
    case 'coreProps': {
      const junk = rng.pick(['', '2024-13-45T99:99:99Z', '-1', 'x'.repeat(100_000), '<![CDATA[', '&bogus;', '\u0000']);
      const core = files['docProps/core.xml']
        ? fromUtf8(files['docProps/core.xml'])
        : '<cp:coreProperties><dc:title></dc:title></cp:coreProperties>';
      files['docProps/core.xml'] = utf8(
        core.replace(/(<(dc:title|dcterms:created|dcterms:modified|dc:creator)[^>]*>)[^<]*/g, `$1${junk}`),
      );
      return done(pack(files, rng), JSON.stringify(junk.slice(0, 20)));
    }
    case 'nest':
      return nest(bytes, kind === 'docx' ? 'inner.docx' : 'inner.zip', rng);
    case 'names': {
      const renamed: Record<string, Uint8Array> = {};
      let n = 0;
      for (const [name, data] of Object.entries(files)) {
        // At most 40 renamed: some hostile names are 60,000 characters long.
        const hostile = n < 40 && rng.chance(0.4);
        if (hostile) n++;
        renamed[hostile ? `${rng.pick(HOSTILE_NAMES)}${n}` : name] = data;
      }
      return done(pack(renamed, rng), `${n} hostile names`);
    }
    case 'many': {
      const count = rng.pick([rng.int(100, 1990), rng.int(1995, 2005), rng.int(2000, 2600)]);
      const tiny = utf8('“Yes,” the mayor said.');
      for (let i = 0; i < count; i++) files[`many/${i}.txt`] = tiny;
      return done(pack(files, rng), `${count} more members`);
    }
    case 'bomb': {
      // Mostly under the 50 MB member limit (cheap); now and then over it, to hit the zip-bomb stop.
      const size = rng.chance(0.08) ? rng.logInt(51 << 20, 60 << 20) : rng.logInt(256 << 10, 8 << 20);
      files[`zeros.${kind === 'docx' ? 'xml' : 'txt'}`] = new Uint8Array(size).fill(rng.chance(0.5) ? 0x20 : 0);
      return done(zipSync(files, { level: 1 }), `${size} bytes of one value`);
    }
    case 'headers':
      return lieInHeaders(pack(files, rng), rng);
    default: {
      files['__MACOSX/._story.txt'] = rng.bytes(rng.int(0, 200));
      files['.DS_Store'] = rng.bytes(rng.int(0, 200));
      files['Thumbs.db'] = rng.bytes(rng.int(0, 200));
      return done(pack(files, rng), 'OS litter');
    }
  }
}
