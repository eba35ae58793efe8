import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { LibraryStore, OpenedLibrary, Registry, Shard } from '../core/library/store-port';

const compact = { parse: JSON.parse, stringify: (data: unknown) => JSON.stringify(data) };
const pretty = { parse: JSON.parse, stringify: (data: unknown) => JSON.stringify(data, null, 2) };

/**
 * Library on disk as lowdb JSON files:
 *   registry.json          actors, topics, schema version (pretty-printed, small)
 *   shards/NN.json         article metadata + statements of one shard
 *   bodies/<id>.json       one immutable article body each
 * lowdb's steno writer makes every write atomic (temp file + rename) and serialises writes per file.
 */
export class LowdbLibraryStore implements LibraryStore {
  private readonly files = new Map<string, Low<unknown>>();

  constructor(readonly dataDir: string) {}

  async open(): Promise<OpenedLibrary> {
    await mkdir(path.join(this.dataDir, 'shards'), { recursive: true });
    await mkdir(path.join(this.dataDir, 'bodies'), { recursive: true });
    const warnings: string[] = [];
    const registry = await this.readJson<Registry>(this.registryPath(), warnings);
    const shards = new Map<number, Shard>();
    for (const name of await readdir(path.join(this.dataDir, 'shards'))) {
      const m = /^(\d+)\.json$/.exec(name);
      if (!m) continue;
      const shard = await this.readJson<Shard>(path.join(this.dataDir, 'shards', name), warnings);
      if (shard && Array.isArray(shard.articles) && Array.isArray(shard.statements)) shards.set(Number(m[1]), shard);
    }
    return { registry, shards, warnings };
  }

  writeRegistry(registry: Registry): Promise<void> {
    return this.write(this.registryPath(), registry, pretty);
  }

  writeShard(index: number, shard: Shard): Promise<void> {
    return this.write(this.shardPath(index), shard, compact);
  }

  async readBody(articleId: string): Promise<string | null> {
    const data = await this.readJson<{ body: string }>(this.bodyPath(articleId), []);
    return typeof data?.body === 'string' ? data.body : null;
  }

  writeBody(articleId: string, body: string): Promise<void> {
    return this.write(this.bodyPath(articleId), { body }, compact);
  }

  async deleteBody(articleId: string): Promise<void> {
    this.files.delete(this.bodyPath(articleId));
    await rm(this.bodyPath(articleId), { force: true });
  }

  async listBodyIds(): Promise<string[]> {
    const names = await readdir(path.join(this.dataDir, 'bodies')).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
  }

  private registryPath() {
    return path.join(this.dataDir, 'registry.json');
  }
  private shardPath(index: number) {
    return path.join(this.dataDir, 'shards', `${String(index).padStart(2, '0')}.json`);
  }
  private bodyPath(articleId: string) {
    if (!/^[A-Za-z0-9_-]+$/.test(articleId)) throw new Error(`invalid article id: ${articleId}`);
    return path.join(this.dataDir, 'bodies', `${articleId}.json`);
  }

  private db(file: string, format: typeof compact): Low<unknown> {
    let db = this.files.get(file);
    if (!db) {
      db = new Low<unknown>(new DataFile<unknown>(file, format), null);
      this.files.set(file, db);
    }
    return db;
  }

  private async write(file: string, data: unknown, format: typeof compact): Promise<void> {
    const db = this.db(file, format);
    db.data = data;
    await db.write();
  }

  /** Reads one JSON file; a damaged file is renamed aside (kept for recovery) and reported, never overwritten. */
  private async readJson<T>(file: string, warnings: string[]): Promise<T | null> {
    try {
      await stat(file);
    } catch {
      return null;
    }
    const db = this.db(file, compact);
    try {
      await db.read();
      return db.data as T;
    } catch (err) {
      const aside = `${file}.damaged-${Date.now()}`;
      await rename(file, aside).catch(() => undefined);
      this.files.delete(file);
      warnings.push(`${path.basename(file)} could not be read (${(err as Error).message}); kept as ${path.basename(aside)}`);
      return null;
    }
  }
}
