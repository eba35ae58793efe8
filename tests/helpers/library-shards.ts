/**
 * Where a library's shards are on disk, for tests that read or damage them by hand: the folder the registry names
 * (`shards-<count>`, or `shards` in a schema-1 library) and its shard files.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The shard folder the library's registry names, relative to the library folder. */
export async function shardFolder(dataDir: string): Promise<string> {
  const registry = JSON.parse(await readFile(path.join(dataDir, 'registry.json'), 'utf8')) as { shardFolder?: string };
  return registry.shardFolder ?? 'shards';
}

/** The shard files of the library, as paths inside the library folder ("shards-16/03.json"), in index order. */
export async function shardFiles(dataDir: string): Promise<string[]> {
  const folder = await shardFolder(dataDir);
  const names = (await readdir(path.join(dataDir, folder))).filter((n) => /^\d+\.json$/.test(n));
  return names.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10)).map((n) => `${folder}/${n}`);
}
