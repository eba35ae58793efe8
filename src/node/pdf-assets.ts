/**
 * Where pdf.js finds its packed character maps (cmaps/) and standard fonts (standard_fonts/): in the pdfjs-dist
 * package itself, resolved like any import from this module, so the same lookup works from source, from the built
 * app in out/ (pdfjs-dist stays an external package there) and from a fresh clone after `npm ci`.
 *   installPdfAssets() → the folder used, or null when pdfjs-dist cannot be found (CJK text in CID fonts is then lost)
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pdfAssets } from '../core/ingest/pdf-text';

let installed: string | null | undefined;

/** The pdfjs-dist folder (holding cmaps/ and standard_fonts/), or null. */
export function pdfjsDistDir(): string | null {
  try {
    // The package's main entry is build/pdf.mjs: two levels below its folder.
    const main = createRequire(import.meta.url).resolve('pdfjs-dist');
    const dir = path.dirname(path.dirname(main));
    return existsSync(path.join(dir, 'cmaps')) ? dir : null;
  } catch {
    return null;
  }
}

export function installPdfAssets(): string | null {
  if (installed !== undefined) return installed;
  const dir = pdfjsDistDir();
  installed = dir;
  if (!dir) return null;
  pdfAssets(async (kind, file) => {
    // Names come from pdf.js's own tables ("UniGB-UCS2-H.bcmap", "FoxitSans.pfb"); nothing else is read.
    if (!/^[\w.+-]+$/.test(file) || file.startsWith('.')) throw new Error(`not a pdf.js data file: ${file}`);
    const bytes = await readFile(path.join(dir, kind === 'cmap' ? 'cmaps' : 'standard_fonts', file));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
  return dir;
}
