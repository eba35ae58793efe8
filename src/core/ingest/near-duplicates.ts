/**
 * Duplicate detection for article bodies.
 *  - normaliseForHash: the canonical text whose hash identifies an exact duplicate (same words, whatever the
 *    spacing, quote style, dashes or case).
 *  - fingerprint / similarity: MinHash over word shingles, estimating the Jaccard resemblance of two bodies.
 *  - groupNearDuplicates: LSH banding to find candidate pairs fast, then a similarity check and union-find.
 * Tuned so a wire story republished with another headline or a few edited paragraphs groups together, while
 * two different stories on the same topic do not.
 */

let lastForHash: { body: string; canonical: string } | null = null;

/** Canonical form for exact-duplicate identity: NFKC, lower case, unified quotes and dashes, single spaces. */
export function normaliseForHash(body: string): string {
  // An import hashes a body and then fingerprints it: the second call for the same body costs nothing.
  if (lastForHash?.body === body) return lastForHash.canonical;
  const canonical = canonicalForm(body);
  lastForHash = { body, canonical };
  return canonical;
}

function canonicalForm(body: string): string {
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Bump when the fingerprint scheme changes (size, shingles, hashing): stored fingerprints must then be rebuilt. */
export const FINGERPRINT_VERSION = 1;

/** Number of MinHash components. 128 gives a standard error of about 0.045 on the similarity estimate. */
export const FINGERPRINT_SIZE = 128;
/** Words per shingle. */
export const SHINGLE_WORDS = 4;
/** Default threshold for "the same story". */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

function words(body: string): string[] {
  return normaliseForHash(body)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a (32 bits) of `s` continuing from `h`: hashing words one after another equals hashing them joined. */
function fnv(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

function hashString(s: string): number {
  return fnv(s) >>> 0;
}

/** hashString(words.slice(from, from + size).join(' ')), without building the string. */
function hashWords(words: string[], from: number, size: number): number {
  let h = fnv(words[from]!);
  for (let k = from + 1; k < from + size; k++) h = fnv(words[k]!, fnv(' ', h));
  return h >>> 0;
}

function mix(x: number, seed: number): number {
  // A murmur3-style finaliser keyed by the component's seed: one cheap independent-looking hash per component.
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: FINGERPRINT_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The distinct shingle hashes of a body (a short body is one shingle of all its words). */
export function shingles(body: string, size = SHINGLE_WORDS): Set<number> {
  const w = words(body);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length <= size) {
    out.add(hashString(w.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= w.length; i++) out.add(hashWords(w, i, size));
  return out;
}

/** MinHash signature of a body: FINGERPRINT_SIZE unsigned 32-bit integers (plain numbers, JSON-safe). */
export function fingerprint(body: string): number[] {
  const xs = Uint32Array.from(shingles(body));
  const sig: number[] = new Array<number>(FINGERPRINT_SIZE);
  // Component by component, the minimum kept in a local: about twice as fast as updating all 128 per shingle.
  for (let i = 0; i < FINGERPRINT_SIZE; i++) {
    const seed = SEEDS[i]!;
    let min = 0xffffffff;
    for (let j = 0; j < xs.length; j++) {
      const v = mix(xs[j]!, seed);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity (0..1) of the bodies behind two fingerprints. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  let emptyA = true;
  let emptyB = true;
  for (let i = 0; i < n; i++) {
    if (a[i] !== 0xffffffff) emptyA = false;
    if (b[i] !== 0xffffffff) emptyB = false;
    if (a[i] === b[i]) same++;
  }
  if (emptyA || emptyB) return 0; // an empty body resembles nothing
  return same / n;
}

export interface FingerprintedItem {
  id: string;
  fingerprint: readonly number[];
}

export interface NearDuplicatePair {
  a: string;
  b: string;
  similarity: number;
}

export interface NearDuplicateGroup {
  /** Ids in input order; the first is the earliest item given. */
  ids: string[];
  /** Pairs found similar enough (the evidence for the group). */
  pairs: NearDuplicatePair[];
}

/**
 * Group items whose bodies are near duplicates. Candidate pairs come from LSH banding (32 bands of 4 rows: a
 * pair with similarity 0.5 becomes a candidate with probability ~0.88, one at 0.3 with ~0.23), then each pair is
 * kept only if its estimated similarity reaches the threshold. Groups are connected components.
 */
export function groupNearDuplicates(
  items: readonly FingerprintedItem[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicateGroup[] {
  const ROWS = 4;
  const bands = Math.floor(FINGERPRINT_SIZE / ROWS);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const pairs: { i: number; j: number; s: number }[] = [];
  const tested = new Set<string>();
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    items.forEach((it, idx) => {
      if (it.fingerprint.length < FINGERPRINT_SIZE || it.fingerprint.every((v) => v === 0xffffffff)) return;
      const key = it.fingerprint.slice(band * ROWS, band * ROWS + ROWS).join(',');
      const list = buckets.get(key);
      if (list) list.push(idx);
      else buckets.set(key, [idx]);
    });
    for (const list of buckets.values()) {
      if (list.length < 2) continue;
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x]!;
          const j = list[y]!;
          const k = `${i}:${j}`;
          if (tested.has(k)) continue;
          tested.add(k);
          const s = similarity(items[i]!.fingerprint, items[j]!.fingerprint);
          if (s >= threshold) {
            pairs.push({ i, j, s });
            parent[find(j)] = find(i);
          }
        }
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const out: NearDuplicateGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const set = new Set(members);
    out.push({
      ids: members.sort((p, q) => p - q).map((i) => items[i]!.id),
      pairs: pairs.filter((p) => set.has(p.i)).map((p) => ({ a: items[p.i]!.id, b: items[p.j]!.id, similarity: p.s })),
    });
  }
  return out.sort((a, b) => items.findIndex((x) => x.id === a.ids[0]) - items.findIndex((x) => x.id === b.ids[0]));
}

/** Convenience: the best match of `fp` among `candidates` at or above the threshold, or null. */
export function findNearDuplicate(
  fp: readonly number[],
  candidates: readonly FingerprintedItem[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): { id: string; similarity: number } | null {
  let best: { id: string; similarity: number } | null = null;
  for (const c of candidates) {
    const s = similarity(fp, c.fingerprint);
    if (s >= threshold && (!best || s > best.similarity)) best = { id: c.id, similarity: s };
  }
  return best;
}
