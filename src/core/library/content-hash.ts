import { normaliseForHash } from '../ingest/near-duplicates';

/** Identity of an article's text: sha-256 over the body with case, spacing, quote marks and dashes folded. */
export async function contentHash(body: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(normaliseForHash(body)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
