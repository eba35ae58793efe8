import { normaliseForHash } from '../ingest/near-duplicates';
import { sha256Hex } from './sha256';

/** Identity of an article's text: sha-256 over the body with case, spacing, quote marks and dashes folded. */
export async function contentHash(body: string): Promise<string> {
  return Promise.resolve(sha256Hex(new TextEncoder().encode(normaliseForHash(body))));
}
