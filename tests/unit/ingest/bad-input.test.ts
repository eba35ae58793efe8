import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDocument, type IngestEntry } from '../../../src/core/ingest/index';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const story =
  'Minister Alena Varga said on Tuesday that the tariffs "will hurt every family". Opposition leader Piotr Dane said she was exaggerating.\n';

function only(entries: IngestEntry[]): IngestEntry {
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

/** Find a member's central-directory record and overwrite its declared uncompressed size. */
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  for (let i = out.length - 22; i >= 0; i--) {
    if (out[i] === 0x50 && out[i + 1] === 0x4b && out[i + 2] === 0x01 && out[i + 3] === 0x02) {
      new DataView(out.buffer).setUint32(i + 24, size, true);
      // The local header carries a copy too.
      const local = new DataView(out.buffer).getUint32(i + 42, true);
      new DataView(out.buffer).setUint32(local + 22, size, true);
      return out;
    }
  }
  throw new Error('no central directory');
}

describe('limits', () => {
  it('refuses files over maxBytes with sizes in the message', async () => {
    const e = only(
      await readDocument(
        { name: 'big.txt', bytes: new Uint8Array(3 * 1024 * 1024).fill(65) },
        { maxBytes: 1024 * 1024 },
      ),
    );
    expect(e.error).toBe('file too large: 3 MB (3,145,728 bytes), limit 1 MB (1,048,576 bytes)');
  });

  it('states sizes just over the limit exactly', async () => {
    const e = only(await readDocument({ name: 'edge.txt', bytes: new Uint8Array(52_740_112).fill(65) }));
    expect(e.error).toBe('file too large: 50.3 MB (52,740,112 bytes), limit 50 MB (52,428,800 bytes)');
  });

  it('refuses a zip member whose declared size is over the limit', async () => {
    const zip = zipSync({ 'zeros.txt': new Uint8Array(3 * 1024 * 1024) });
    expect(zip.length).toBeLessThan(20000);
    const e = only(await readDocument({ name: 'bomb.zip', bytes: zip }, { maxBytes: 1024 * 1024 }));
    expect(e.name).toBe('bomb.zip/zeros.txt');
    expect(e.error).toBe('file too large: 3 MB (3,145,728 bytes), limit 1 MB (1,048,576 bytes)');
  });

  it('stops inflating a member that lies about its size (zip bomb)', async () => {
    const zip = lieAboutSize(zipSync({ 'zeros.txt': new Uint8Array(8 * 1024 * 1024) }), 100);
    const e = only(await readDocument({ name: 'liar.zip', bytes: zip }, { maxBytes: 1024 * 1024 }));
    expect(e.error).toBe('file expands beyond the limit when unpacked (over 1 MB; zip bomb?)');
  });

  it.each([
    ['understates', 100],
    ['overstates', 200_000],
  ])('reads a small member whole when its header %s its size', async (_, declared) => {
    const text = story.repeat(60) + 'Dane added that the vote would come on Friday.\n';
    const zip = lieAboutSize(zipSync({ 'story.txt': strToU8(text) }), declared);
    const e = only(await readDocument({ name: 'small.zip', bytes: zip }, { maxBytes: 1024 * 1024 }));
    expect(e.error).toBeUndefined();
    const article = e.articles[0]!;
    expect(article.body.trimEnd().endsWith('Dane added that the vote would come on Friday.')).toBe(true);
    expect(article.body.split('every family').length - 1).toBe(60);
  });

  it('caps the total unpacked size of an archive', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 7; i++) files[`part${i}.txt`] = strToU8(story.repeat(8000).slice(0, 900 * 1024));
    const entries = await readDocument({ name: 'many.zip', bytes: zipSync(files) }, { maxBytes: 1024 * 1024 });
    // Four files read, and one line for the three the archive's limit refused.
    expect(entries).toHaveLength(5);
    expect(entries.filter((x) => !x.error)).toHaveLength(4);
    expect(entries[4]).toEqual({
      name: 'many.zip',
      articles: [],
      error: '3 files in the archive not read (beyond 4 MB unpacked in all; zip bomb?)',
    });
  });

  it('gives one line for an archive nothing could be read from, however nested', async () => {
    const inner = zipSync({ 'a.txt': new Uint8Array(2 * 1024 * 1024), 'b.txt': new Uint8Array(2 * 1024 * 1024) });
    const outer = zipSync({ 'one.zip': inner, 'two.zip': inner, 'notes.xyz': strToU8('x') });
    const e = only(await readDocument({ name: 'nest.zip', bytes: outer }, { maxBytes: 1024 * 1024 }));
    expect(e).toEqual({
      name: 'nest.zip',
      articles: [],
      error:
        'none of its 5 files could be read (4 larger than 1 MB unpacked, 1 unsupported file type (.xyz); zip bomb?)',
    });
  });

  it('reports encrypted and damaged members one by one', async () => {
    const zip = zipSync({ 'secret.txt': strToU8(story), 'open.txt': strToU8(story) }, { level: 0 });
    // Set the "encrypted" flag of the first member in the central directory.
    for (let i = zip.length - 22; i >= 0; i--) {
      if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02) {
        const name = new TextDecoder().decode(zip.subarray(i + 46, i + 46 + zip[i + 28]!));
        if (name === 'secret.txt') zip[i + 8] = zip[i + 8]! | 1;
      }
    }
    const entries = await readDocument({ name: 'mixed.zip', bytes: zip });
    expect(entries.map((e) => [e.name, e.error ?? 'ok'])).toEqual([
      ['mixed.zip/secret.txt', 'file in archive is encrypted'],
      ['mixed.zip/open.txt', 'ok'],
    ]);
  });

  it('caps the number of archive members', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2100; i++) files[`n${i}.txt`] = strToU8('x');
    const e = only(await readDocument({ name: 'crowd.zip', bytes: zipSync(files, { level: 0 }) }));
    expect(e.error).toBe('archive has too many files (2100, limit 2000)');
  });

  it('honours maxDepth', async () => {
    const inner = zipSync({ 'a.txt': strToU8(story) });
    const outer = zipSync({ 'inner.zip': inner });
    expect(only(await readDocument({ name: 'o.zip', bytes: outer }, { maxDepth: 0 })).error).toBe(
      'archive nested too deeply',
    );
    expect(only(await readDocument({ name: 'o.zip', bytes: outer }, { maxDepth: 1 })).error).toBeUndefined();
  });
});

describe('odd inputs never throw', () => {
  it('handles odd names', async () => {
    for (const name of [
      '',
      '.txt',
      'a/b\\c.txt',
      '../../etc/passwd.txt',
      'ünï cödé “x”.TXT',
      'x'.repeat(5000) + '.txt',
      'no-dot',
    ]) {
      const entries = await readDocument({ name, bytes: enc(story) });
      expect(entries).toHaveLength(1);
      expect(entries[0]!.name.length).toBeGreaterThan(0);
    }
    expect(only(await readDocument({ name: 'Clip.HTM', bytes: enc(`<p>${story}</p>`) })).articles[0]!.format).toBe(
      'html',
    );
  });

  it('handles missing or wrong bytes', async () => {
    expect(only(await readDocument({ name: 'x.txt', bytes: undefined as unknown as Uint8Array })).error).toBe(
      'no file content',
    );
    expect(only(await readDocument(null as unknown as { name: string; bytes: Uint8Array })).error).toBeTruthy();
  });

  it('explains encrypted Office files and old .doc', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(only(await readDocument({ name: 'secret.docx', bytes: ole })).error).toBe(
      'document is password-protected (encrypted Office file)',
    );
    expect(only(await readDocument({ name: 'old.doc', bytes: ole })).error).toBe(
      'old Office format (.doc) is not supported: save it as .docx',
    );
  });

  it('reads an e-mail without extension by its headers, and rejects one without text', async () => {
    const mail = `From: Desk <desk@example.invalid>\r\nSubject: Varga on tariffs\r\nDate: Tue, 4 Mar 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${story}`;
    const a = only(await readDocument({ name: 'message', bytes: enc(mail) })).articles[0]!;
    expect(a).toMatchObject({ format: 'eml', title: 'Varga on tariffs', date: '2025-03-04', source: 'Desk' });
    const empty = `From: a@example.invalid\r\nSubject: nothing\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n\r\n`;
    expect(only(await readDocument({ name: 'empty.eml', bytes: enc(empty) })).error).toBe('message has no text');
  });

  it('gives one-line errors only', async () => {
    const inputs: [string, Uint8Array][] = [
      ['a.pdf', enc('%PDF-1.7\n1 0 obj\n<<>>\n')],
      ['a.docx', enc('PK\u0003\u0004 not really')],
      ['a.json', enc('[1, 2, 3]')],
      ['a.jsonl', enc('{"title": "no text"}\n')],
      ['a.mhtml', enc('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x--\r\n')],
      ['a.zip', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])],
    ];
    for (const [name, bytes] of inputs) {
      const e = only(await readDocument({ name, bytes }));
      expect(e.error, name).toBeTruthy();
      expect(e.error).not.toContain('\n');
      expect(e.articles).toEqual([]);
    }
  });
});

describe('byte containers', () => {
  it('reads from a Node Buffer and from a view into a larger buffer', async () => {
    const docx = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/import/docx/strike-heading.docx')));
    const fromBuffer = await readDocument({ name: 'a.docx', bytes: Buffer.from(docx) });
    expect(fromBuffer[0]!.articles[0]!.title).toBe('Vesterholm nurses vote to strike over staffing');
    const big = new Uint8Array(docx.length + 100);
    big.set(docx, 50);
    const fromView = await readDocument({ name: 'b.docx', bytes: big.subarray(50, 50 + docx.length) });
    expect(fromView[0]!.articles[0]!.title).toBe('Vesterholm nurses vote to strike over staffing');
  });
});
