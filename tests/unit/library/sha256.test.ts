import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/core/library/content-hash';
import { sha256Hex } from '../../../src/core/library/sha256';
import { normaliseForHash } from '../../../src/core/ingest/near-duplicates';
import { SEED } from '../../helpers/temp-library';
import { readFile } from 'node:fs/promises';

const webCrypto = async (bytes: Uint8Array): Promise<string> =>
  Buffer.from(await globalThis.crypto.subtle.digest('SHA-256', Uint8Array.from(bytes))).toString('hex');

describe('sha256Hex', () => {
  it('gives the standard digests of the empty string and "abc"', () => {
    const enc = new TextEncoder();
    expect(sha256Hex(enc.encode(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(enc.encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with WebCrypto at every length around the block and padding edges', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff);
    for (let n = 0; n <= 300; n++) expect(sha256Hex(bytes.subarray(0, n))).toBe(await webCrypto(bytes.subarray(0, n)));
  });

  it('gives the same content hash as WebCrypto over the folded text of a real article', async () => {
    const body = await readFile(SEED, 'utf8');
    const folded = new TextEncoder().encode(normaliseForHash(body));
    expect(await contentHash(body)).toBe(await webCrypto(folded));
    const other = '“Ça ne passera pas,” a déclaré la ministre — 東京, 2024.';
    expect(await contentHash(other)).toBe(await webCrypto(new TextEncoder().encode(normaliseForHash(other))));
  });
});
