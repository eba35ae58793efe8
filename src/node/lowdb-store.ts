/**
 * The library on disk as lowdb JSON files:
 *   registry.json            actors, topics, schema version (pretty-printed, small)
 *   shards/NN.json           article metadata + statements of one shard
 *   bodies/<id>.json         one immutable article body each
 *   backups/registry.*.json  the registry as it was before the last write, and the first of each day (7 kept)
 *   trash/                   files moved out of the library, with trash/manifest.json saying why
 *   library.lock             who writes (src/node/library-lock.ts)
 *   index/                   the search index (binary segments + manifests); derived, rebuilt when missing
 * lowdb's steno writer makes every write atomic (temp file + rename) and serialises writes per file. A file that
 * cannot be read, or has the wrong shape, is renamed `*.damaged-<time>` and reported: never overwritten, never
 * deleted. A read-only store (another process writes) leaves everything where it is.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { registryProblem, shardProblem } from '../core/library/document-shapes';
import type {
  DamagedFile,
  LibraryStore,
  OpenedLibrary,
  Registry,
  Shard,
  StrayFile,
  TrashEntry,
} from '../core/library/store-port';
import { LOCK_FILE } from './library-lock';

const compact = { parse: JSON.parse, stringify: (data: unknown) => JSON.stringify(data) };
const pretty = { parse: JSON.parse, stringify: (data: unknown) => JSON.stringify(data, null, 2) };
const DAILY_BACKUPS = 7;
const MIRROR_MS = 5000;
const SET_ASIDE = /\.damaged-\d+$/;
const STENO_TEMP = /^\..+\.tmp$/;
const LOCK_LEFTOVER = new RegExp(`^${LOCK_FILE.replace('.', '\\.')}\\.(?:stale-.+|[0-9a-f]+\\.tmp)$`);
/** Names sync clients give to conflicting copies (Dropbox, OneDrive, Google Drive, Syncthing, iCloud, Nextcloud). */
const CONFLICT = /conflicted copy|\.sync-conflict-| \(\d+\)\.json$| \d+\.json$/i;
const KNOWN_ROOT = new Set(['registry.json', LOCK_FILE, 'shards', 'bodies', 'backups', 'trash']);

type ReadResult<T> =
  { ok: true; value: T } | { ok: false; missing: true } | { ok: false; missing: false; reason: string };

const SHARDS_READ_AT_ONCE = 8;

export class LowdbLibraryStore implements LibraryStore {
  private readonly files = new Map<string, Low<unknown>>();
  /** The registry file on disk is one this process read cleanly or wrote, so it may be copied as a backup. */
  private registryKnownGood = false;
  private mirrorTimer: NodeJS.Timeout | null = null;
  private lastMirror = 0;
  readonly writable: boolean;

  constructor(
    readonly dataDir: string,
    options: { readOnly?: boolean } = {},
  ) {
    this.writable = !options.readOnly;
  }

  async open(): Promise<OpenedLibrary> {
    if (this.writable) {
      await mkdir(path.join(this.dataDir, 'shards'), { recursive: true });
      await mkdir(path.join(this.dataDir, 'bodies'), { recursive: true });
    }
    const damaged: DamagedFile[] = [];
    const reg = await this.readChecked<Registry>('registry.json', pretty, registryProblem, damaged);
    const shards = new Map<number, Shard>();
    const names = (await readdir(path.join(this.dataDir, 'shards')).catch(() => [] as string[])).filter((n) =>
      /^\d+\.json$/.test(n),
    );
    names.sort();
    // A few shards are read at once (one at a time, opening waits on the disk more than it parses); they are kept in
    // name order all the same, so the library's contents come in the same order at every open.
    for (let i = 0; i < names.length; i += SHARDS_READ_AT_ONCE) {
      const batch = names.slice(i, i + SHARDS_READ_AT_ONCE);
      const read = await Promise.all(
        batch.map((name) => this.readChecked<Shard>(`shards/${name}`, compact, shardProblem, damaged)),
      );
      read.forEach((shard, k) => shard.ok && shards.set(Number.parseInt(batch[k]!, 10), shard.value));
    }
    damaged.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    this.registryKnownGood = reg.ok;
    return {
      registry: reg.ok ? reg.value : null,
      registryState: reg.ok ? 'ok' : reg.missing ? 'missing' : 'damaged',
      shards,
      damaged,
    };
  }

  async writeRegistry(registry: Registry): Promise<void> {
    this.assertWritable();
    if (this.registryKnownGood) await this.backUpRegistry();
    await this.write('registry.json', registry, pretty);
    this.registryKnownGood = true;
    this.scheduleMirror();
  }

  /** Writes what is pending (the registry mirror). */
  async close(): Promise<void> {
    if (this.mirrorTimer) {
      clearTimeout(this.mirrorTimer);
      this.mirrorTimer = null;
      await this.mirrorRegistry();
    }
  }

  /**
   * A copy of the current registry in backups/, at most MIRROR_MS behind it: registry.previous.json alone would
   * lose the last change if registry.json were damaged from outside (a sync client, a disk error).
   */
  private scheduleMirror() {
    if (this.mirrorTimer) return;
    const wait = Math.max(0, this.lastMirror + MIRROR_MS - Date.now());
    this.mirrorTimer = setTimeout(() => {
      this.mirrorTimer = null;
      void this.mirrorRegistry().catch(() => undefined);
    }, wait);
    this.mirrorTimer.unref();
  }

  private async mirrorRegistry() {
    this.lastMirror = Date.now();
    await this.copyToBackups('registry.latest.json');
  }

  writeShard(index: number, shard: Shard): Promise<void> {
    this.assertWritable();
    return this.write(`shards/${String(index).padStart(2, '0')}.json`, shard, compact);
  }

  async readBody(articleId: string): Promise<string | null> {
    try {
      const data = JSON.parse(await readFile(this.abs(this.bodyFile(articleId)), 'utf8')) as { body?: unknown };
      return typeof data?.body === 'string' ? data.body : null;
    } catch {
      return null;
    }
  }

  writeBody(articleId: string, body: string): Promise<void> {
    this.assertWritable();
    return this.write(this.bodyFile(articleId), { body }, compact);
  }

  async readIndexFile(name: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.indexPath(name)));
    } catch {
      return null;
    }
  }

  async writeIndexFile(name: string, bytes: Uint8Array): Promise<void> {
    this.assertWritable();
    const file = this.indexPath(name);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, file);
  }

  async removeIndexFile(name: string): Promise<void> {
    this.assertWritable();
    await rm(this.indexPath(name), { force: true });
  }

  private indexPath(name: string): string {
    if (!/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('.')) throw new Error(`invalid index file name: ${name}`);
    return path.join(this.dataDir, 'index', name);
  }

  bodyFile(articleId: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(articleId)) throw new Error(`invalid article id: ${articleId}`);
    return `bodies/${articleId}.json`;
  }

  async listBodyIds(): Promise<string[]> {
    const names = await readdir(path.join(this.dataDir, 'bodies')).catch(() => [] as string[]);
    return names.filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n)).map((n) => n.slice(0, -'.json'.length));
  }

  async readRegistryBackup(): Promise<{ registry: Registry; savedAt: string } | null> {
    const dir = path.join(this.dataDir, 'backups');
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^registry\..+\.json$/.test(n));
    const dated = await Promise.all(
      names.map(async (n) => ({ n, mtime: (await stat(path.join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })),
    );
    for (const { n, mtime } of dated.sort((a, b) => b.mtime - a.mtime)) {
      try {
        const value: unknown = JSON.parse(await readFile(path.join(dir, n), 'utf8'));
        if (registryProblem(value) === null)
          return { registry: value as Registry, savedAt: new Date(mtime).toISOString() };
      } catch {
        // a damaged backup: try the next one
      }
    }
    return null;
  }

  async listStrayFiles(): Promise<StrayFile[]> {
    const out: StrayFile[] = [];
    const visit = async (dir: string, isStray: (name: string) => StrayFile['kind'] | null) => {
      const names = await readdir(path.join(this.dataDir, dir)).catch(() => [] as string[]);
      for (const name of names) {
        const kind = isStray(name);
        if (!kind) continue;
        const file = dir ? `${dir}/${name}` : name;
        const info = await stat(this.abs(file)).catch(() => null);
        if (info?.isFile()) out.push({ file, kind, bytes: info.size, modified: info.mtime.toISOString() });
      }
    };
    const common = (name: string): StrayFile['kind'] | null =>
      SET_ASIDE.test(name)
        ? 'set-aside'
        : STENO_TEMP.test(name)
          ? 'temp'
          : CONFLICT.test(name)
            ? 'conflict-copy'
            : null;
    await visit('', (name) =>
      LOCK_LEFTOVER.test(name)
        ? 'temp'
        : KNOWN_ROOT.has(name)
          ? null
          : (common(name) ?? (/^registry.*\.json$/i.test(name) ? 'conflict-copy' : null)),
    );
    await visit('shards', (name) => (/^\d+\.json$/.test(name) ? null : (common(name) ?? 'conflict-copy')));
    await visit('bodies', common);
    // A search index file cut off by a crash while it was written (the index itself only ever names whole files).
    await visit('index', (name) => (/\.\d+\.tmp$/.test(name) ? 'temp' : null));
    return out;
  }

  readLibraryFile(file: string): Promise<string> {
    return readFile(this.abs(file), 'utf8');
  }

  async moveToTrash(file: string, reason: string): Promise<void> {
    this.assertWritable();
    const trash = path.join(this.dataDir, 'trash');
    await mkdir(trash, { recursive: true });
    const info = await stat(this.abs(file));
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 6)}-${path.basename(file)}`;
    await rename(this.abs(file), path.join(trash, name));
    this.files.delete(file);
    const manifest = this.db('trash/manifest.json', pretty);
    await manifest.read().catch(() => undefined);
    const entries = Array.isArray(manifest.data) ? (manifest.data as TrashEntry[]) : [];
    entries.push({ name, from: file, reason, movedAt: new Date().toISOString(), bytes: info.size });
    manifest.data = entries;
    await manifest.write();
  }

  async listTrash(): Promise<TrashEntry[]> {
    const dir = path.join(this.dataDir, 'trash');
    const names = (await readdir(dir).catch(() => [] as string[])).filter(
      (n) => n !== 'manifest.json' && !STENO_TEMP.test(n),
    );
    let listed: TrashEntry[] = [];
    try {
      const parsed: unknown = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
      if (Array.isArray(parsed)) listed = parsed as TrashEntry[];
    } catch {
      listed = [];
    }
    const byName = new Map(listed.map((e) => [e.name, e]));
    return Promise.all(
      names.map(async (name) => {
        const known = byName.get(name);
        if (known) return known;
        const info = await stat(path.join(dir, name)).catch(() => null);
        return { name, from: '?', reason: 'unknown', movedAt: info?.mtime.toISOString() ?? '', bytes: info?.size ?? 0 };
      }),
    );
  }

  async emptyTrash(): Promise<number> {
    this.assertWritable();
    const count = (await this.listTrash()).length;
    this.files.delete('trash/manifest.json');
    await rm(path.join(this.dataDir, 'trash'), { recursive: true, force: true });
    return count;
  }

  private assertWritable() {
    if (!this.writable) throw new Error('this library is open read-only: another Soundbite process is writing to it');
  }

  private abs(file: string) {
    const resolved = path.resolve(this.dataDir, file);
    if (!resolved.startsWith(path.resolve(this.dataDir) + path.sep)) throw new Error(`not a library file: ${file}`);
    return resolved;
  }

  /** Copies registry.json into backups/ under a temp name and renames it, so a backup is never half a file. */
  private async copyToBackups(name: string) {
    const dir = path.join(this.dataDir, 'backups');
    await mkdir(dir, { recursive: true });
    const temp = path.join(dir, `.${name}.tmp`);
    await copyFile(this.abs('registry.json'), temp);
    await rename(temp, path.join(dir, name));
  }

  private async backUpRegistry() {
    const dir = path.join(this.dataDir, 'backups');
    const copy = (name: string) => this.copyToBackups(name);
    try {
      await copy('registry.previous.json');
      const today = `registry.${new Date().toISOString().slice(0, 10)}.json`;
      const names = await readdir(dir);
      if (!names.includes(today)) {
        await copy(today);
        const daily = names.filter((n) => /^registry\.\d{4}-\d{2}-\d{2}\.json$/.test(n)).sort();
        for (const old of daily.slice(0, Math.max(0, daily.length + 1 - DAILY_BACKUPS))) {
          await rm(path.join(dir, old), { force: true });
        }
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }

  private db(file: string, format: typeof compact): Low<unknown> {
    let db = this.files.get(file);
    if (!db) {
      db = new Low<unknown>(new DataFile<unknown>(this.abs(file), format), null);
      this.files.set(file, db);
    }
    return db;
  }

  private async write(file: string, data: unknown, format: typeof compact): Promise<void> {
    const db = this.db(file, format);
    db.data = data;
    await db.write();
  }

  /** Reads one document; a damaged or wrong-shaped one is set aside (writable) or left (read-only) and reported. */
  private async readChecked<T>(
    file: string,
    format: typeof compact,
    problem: (value: unknown) => string | null,
    damaged: DamagedFile[],
  ): Promise<ReadResult<T>> {
    const db = this.db(file, format);
    let reason: string;
    try {
      const info = await stat(this.abs(file)).catch(() => null);
      if (!info) return { ok: false, missing: true };
      if (info.size === 0) reason = 'the file is empty';
      else {
        await db.read();
        const p = problem(db.data);
        if (p === null) return { ok: true, value: db.data as T };
        reason = p;
      }
    } catch (err) {
      reason = (err as Error).message;
    }
    this.files.delete(file);
    let setAsideAs: string | null = null;
    if (this.writable) {
      setAsideAs = `${file}.damaged-${Date.now()}`;
      await rename(this.abs(file), this.abs(setAsideAs));
    }
    damaged.push({ file, reason, setAsideAs });
    return { ok: false, missing: false, reason };
  }
}
