/**
 * Stable GUIDs for the REFI-QDA export: the same statement, article, actor or topic gets the same GUID in every
 * export, so a QDA program can recognise what it imported before. A 128-bit hash of a name, shaped as a UUID
 * (version 8, "custom", RFC 9562). Not cryptographic: it only has to keep a project's few million names apart.
 */
export function guidFor(name: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  let h3 = 0x85ebca6b;
  let h4 = 0xc2b2ae35;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h3 = Math.imul(h3 ^ c, 0x27d4eb2f);
    h4 = Math.imul(h4 ^ c, 0x165667b1);
  }
  // Mix the lanes into each other so every output bit depends on all of them.
  h1 = fmix(h1 ^ h4 ^ name.length);
  h2 = fmix(h2 ^ h1);
  h3 = fmix(h3 ^ h2);
  h4 = fmix(h4 ^ h3);
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** MurmurHash3's finaliser. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
