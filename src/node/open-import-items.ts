/**
 * What an import reads: the UI's items become sources (paths walked into files, uploads decoded), each refused up
 * front when it cannot be read (missing, not a file, over the size limit, stated exactly) or read lazily.
 *   openImportItems(items)  → sources for the import
 *   readFileForImport(path) → one file's bytes under the same rules (the CLI's extract)
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportItem } from '../shared/api';
import { base64ToBytes } from '../shared/base64';
import { tooLargeMessage } from '../core/ingest/sizes';
import type { SourceFile } from '../core/ingest/types';
import type { ImportSource } from '../core/library/import-source';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_FILES = 100_000;

function tooLarge(bytes: number): string {
  return tooLargeMessage(bytes, MAX_FILE_BYTES);
}

function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read file: permission denied';
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read file: ${(err as Error).message}`;
}

/** Paths become lazily read files (folders recursively, hidden files skipped); bytes are decoded in memory. */
export async function openImportItems(items: ImportItem[], options: { allowPaths: boolean }): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for (const item of items) {
    if (item.kind === 'bytes') {
      const approxBytes = Math.max(item.size ?? 0, Math.floor((item.base64.length * 3) / 4));
      if (approxBytes > MAX_FILE_BYTES) {
        out.push({ name: item.name, error: tooLarge(approxBytes) });
        continue;
      }
      out.push({
        name: item.name,
        load: async () => ({
          name: item.name,
          bytes: base64ToBytes(item.base64),
          ...(item.lastModified ? { lastModified: item.lastModified } : {}),
        }),
      });
      continue;
    }
    if (!options.allowPaths) {
      out.push({ name: path.basename(item.path), error: 'this host accepts file contents, not paths' });
      continue;
    }
    await collectPath(path.resolve(item.path), out);
  }
  return out.slice(0, MAX_FILES);
}

async function collectPath(file: string, out: ImportSource[], depth = 0): Promise<void> {
  const name = path.basename(file);
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    out.push({ name, error: readError(err) });
    return;
  }
  if (info.isDirectory()) {
    if (depth > 20) {
      out.push({ name, error: 'folder nested too deeply' });
      return;
    }
    let entries: string[];
    try {
      entries = (await readdir(file)).sort();
    } catch (err) {
      out.push({ name, error: readError(err) });
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      await collectPath(path.join(file, entry), out, depth + 1);
    }
    return;
  }
  if (!info.isFile()) {
    out.push({ name, error: 'not a regular file' });
    return;
  }
  if (info.size > MAX_FILE_BYTES) {
    out.push({ name, error: tooLarge(info.size) });
    return;
  }
  out.push({ name, load: () => loadFile(file, name, info.mtimeMs) });
}

async function loadFile(file: string, name: string, lastModified: number): Promise<SourceFile> {
  try {
    return { name, bytes: new Uint8Array(await readFile(file)), lastModified };
  } catch (err) {
    throw new Error(readError(err), { cause: err });
  }
}

/** One file read under the import's rules; a file that cannot be read throws "<name>: <reason>". */
export async function readFileForImport(file: string): Promise<SourceFile> {
  const resolved = path.resolve(file);
  const name = path.basename(resolved);
  const refuse = (why: string, cause?: unknown): Error => new Error(`${name}: ${why}`, { cause });
  let info;
  try {
    info = await stat(resolved);
  } catch (err) {
    throw refuse(readError(err), err);
  }
  if (info.isDirectory()) throw refuse('is a folder');
  if (!info.isFile()) throw refuse('not a regular file');
  if (info.size > MAX_FILE_BYTES) throw refuse(tooLarge(info.size));
  try {
    return await loadFile(resolved, name, info.mtimeMs);
  } catch (err) {
    throw refuse((err as Error).message, err);
  }
}
