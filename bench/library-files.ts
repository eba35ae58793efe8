// What a library folder holds, file by file (size and modification time), so a bench can say which files one
// operation wrote and how many bytes: compare a snapshot taken before with one taken after.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export type FileSnapshot = Map<string, { size: number; mtimeMs: number }>;

const STAT_AT_ONCE = 64;

/** Every file under `dir` (relative paths with '/'), with its size and mtime. */
export async function snapshotFiles(dir: string): Promise<FileSnapshot> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const out: FileSnapshot = new Map();
  for (let i = 0; i < files.length; i += STAT_AT_ONCE) {
    const batch = files.slice(i, i + STAT_AT_ONCE);
    const infos = await Promise.all(batch.map((f) => stat(path.join(dir, f)).catch(() => null)));
    infos.forEach((info, k) => info && out.set(batch[k]!, { size: info.size, mtimeMs: info.mtimeMs }));
  }
  return out;
}

export interface WrittenFiles {
  files: string[];
  bytes: number;
}

/**
 * Files new or changed between two snapshots, grouped by the top-level folder they sit in ('index', 'backups') or
 * 'documents' for the rest (registry, shards, bodies and whatever the layout calls them).
 */
export function writtenBetween(before: FileSnapshot, after: FileSnapshot): Record<string, WrittenFiles> {
  const groups: Record<string, WrittenFiles> = {};
  for (const [file, now] of after) {
    const was = before.get(file);
    if (was && was.mtimeMs === now.mtimeMs && was.size === now.size) continue;
    const top = file.split('/')[0]!;
    const group = top === 'index' || top === 'backups' || top === 'trash' ? top : 'documents';
    const g = (groups[group] ??= { files: [], bytes: 0 });
    g.files.push(file);
    g.bytes += now.size;
  }
  return groups;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Total bytes of the files under `dir` whose path starts with `prefix` ('' for all). */
export function bytesUnder(snapshot: FileSnapshot, prefix: string): number {
  let total = 0;
  for (const [file, info] of snapshot) if (file.startsWith(prefix)) total += info.size;
  return total;
}
