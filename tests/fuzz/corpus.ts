/**
 * The fuzz suite's starting points: every file under tests/fixtures/import, grouped by the reader it is meant
 * for, plus each UTF-8 text, Markdown and HTML fixture re-encoded (UTF-16 with and without BOM, Windows-1252,
 * UTF-8 with BOM) so the encoding sniffing is fuzzed from every side.
 *   loadCorpus(dir)   { byFormat: seeds per reader, all: every seed }
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { encodeText, TEXT_ENCODINGS } from './encodings';

export const FUZZ_FORMATS = ['txt', 'md', 'html', 'mhtml', 'pdf', 'docx', 'eml', 'json', 'jsonl', 'zip'] as const;
export type FuzzFormat = (typeof FUZZ_FORMATS)[number];

export interface Seed {
  /** Path under tests/fixtures/import, with the encoding when re-encoded: "md/front-matter.md (utf16be)". */
  name: string;
  format: FuzzFormat;
  bytes: Uint8Array;
}

export interface Corpus {
  byFormat: Record<FuzzFormat, Seed[]>;
  all: Seed[];
}

const REENCODED: readonly FuzzFormat[] = ['txt', 'md', 'html'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** The reader a fixture is for: its folder, or for the deliberately broken ones in bad/ its extension. */
function formatOf(relative: string): FuzzFormat | null {
  const [folder] = relative.split('/');
  if ((FUZZ_FORMATS as readonly string[]).includes(folder!)) return folder as FuzzFormat;
  const ext = path.extname(relative).slice(1).toLowerCase();
  return (FUZZ_FORMATS as readonly string[]).includes(ext) ? (ext as FuzzFormat) : null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function loadCorpus(dir: string): Corpus {
  const byFormat = Object.fromEntries(FUZZ_FORMATS.map((f) => [f, [] as Seed[]])) as Record<FuzzFormat, Seed[]>;
  for (const file of filesUnder(dir).sort()) {
    const name = path.relative(dir, file).split(path.sep).join('/');
    if (name === 'expected.json') continue;
    const format = formatOf(name);
    if (!format) continue;
    const bytes = new Uint8Array(readFileSync(file));
    byFormat[format].push({ name, format, bytes });
    const text = REENCODED.includes(format) ? strictUtf8(bytes.subarray(bytes[0] === 0xef ? 3 : 0)) : null;
    if (text === null || text.trim() === '') continue;
    for (const enc of TEXT_ENCODINGS)
      if (enc !== 'utf8') byFormat[format].push({ name: `${name} (${enc})`, format, bytes: encodeText(text, enc) });
  }
  for (const f of FUZZ_FORMATS) if (byFormat[f].length === 0) throw new Error(`no fixtures for ${f} in ${dir}`);
  return { byFormat, all: FUZZ_FORMATS.flatMap((f) => byFormat[f]) };
}
