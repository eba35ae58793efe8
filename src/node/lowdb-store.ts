/**
 * The library on disk as lowdb JSON files:
 *   registry.json            actors, topics, schema version, the shard folder in use (pretty-printed, small)
 *   shards-<count>/N.json    article metadata + statements of one shard; shards-<count>/layout.json marks the
 *                            folder as a whole layout (the one in use, or a complete copy a re-shard left behind)
 *   shards/NN.json           the 64 shards of a schema-1 library, read until the library is converted
 *   bodies/<id>.json         one immutable article body each
 *   backups/registry.*.json  the registry as it was before the last write, and the first of each day (7 kept)
 *   trash/                   files moved out of the library, with trash/manifest.json saying why
 *   library.lock             who writes (src/node/library-lock.ts)
 *   index/                   derived data, rebuilt when missing: the search index (binary segments + manifests) and
 *                            the saved first screen (first-screen.bin)
 * lowdb's steno writer makes every write atomic (temp file + rename) and serialises writes per file. A file that
 * cannot be read, or has the wrong shape, is renamed `*.damaged-<time>` and reported: never overwritten, never
 * deleted. A read-only store (another process writes) leaves everything where it is.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync, type Dirent } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { registryProblem, shardProblem } from '../core/library/document-shapes';
import {
  LAYOUT_FOLDER,
  LEGACY_LAYOUT,
  layoutFolder,
  type DamagedFile,
  type LibraryStore,
  type OpenedLibrary,
  type Registry,
  type Shard,
  type ShardLayout,
  type StrayFile,
  type TrashEntry,
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
const KNOWN_ROOT = new Set(['registry.json', LOCK_FILE, 'bodies', 'backups', 'trash']);
/** In a bounded layout's folder: written when the folder becomes a layout, so a lost registry can find it. */
const LAYOUT_MARKER = 'layout.json';
const SHARD_FILE = /^\d+\.json$/;

type ReadResult<T> =
  { ok: true; value: T; bytes: number } | { ok: false; missing: true } | { ok: false; missing: false; reason: string };

/**
 * Shards are read synchronously, this many bytes at a time between turns of the event loop: a library of a million
 * statements is ~50,000 small files, and each asynchronous read costs four thread-pool round trips (open, stat,
 * read, close) — measured 3.9 s for them all against 0.43 s read in a plain loop. Yielding every few megabytes
 * keeps the process answering while it opens.
 */
const SHARD_BYTES_PER_TURN = 4 * 1024 * 1024;

/** Shard files written (or looked at) at once by a re-shard: file handles are finite. */
const SHARD_FILES_AT_ONCE = 16;

/** Runs `job` over `items` with at most `limit` in flight; the results come back in the items' order. */
async function inOrder<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

const layoutOf = (registry: Registry): ShardLayout =>
  registry.shardFolder
    ? { folder: registry.shardFolder, count: registry.shardCount }
    : { folder: LEGACY_LAYOUT.folder, count: registry.shardCount ?? LEGACY_LAYOUT.count };

export class LowdbLibraryStore implements LibraryStore {
  private readonly files = new Map<string, Low<unknown>>();
  private readonly writesInFlight = new Map<string, number>();
  /** The registry file on disk is one this process read cleanly or wrote, so it may be copied as a backup. */
  private registryKnownGood = false;
  private mirrorTimer: NodeJS.Timeout | null = null;
  private lastMirror = 0;
  /** The layout shards are written into: the one open read, then the one each registry write names. */
  private layout: ShardLayout | null = null;
  /** Layout folders this store made sure exist (with their marker) before writing a shard into them. */
  private readonly readyFolders = new Set<string>();
  readonly writable: boolean;
  private readonly onOpenProgress: ((read: number, of: number) => void) | undefined;

  constructor(
    readonly dataDir: string,
    options: {
      readOnly?: boolean;
      /** Told how many shard files open has read, between turns and once at the end (a large library's progress). */
      onOpenProgress?: (read: number, of: number) => void;
    } = {},
  ) {
    this.writable = !options.readOnly;
    this.onOpenProgress = options.onOpenProgress;
  }

  async open(): Promise<OpenedLibrary> {
    if (this.writable) await mkdir(path.join(this.dataDir, 'bodies'), { recursive: true });
    const damaged: DamagedFile[] = [];
    const reg = await this.readChecked<Registry>('registry.json', pretty, registryProblem, damaged);
    const named = reg.ok ? layoutOf(reg.value) : null;
    const found = await this.layoutOnDisk(named);
    const layout = found ?? named;
    this.layout = layout;
    const shards = new Map<number, Shard>();
    let shardBytes = 0;
    if (found) {
      const names = (await readdir(this.abs(found.folder)).catch(() => [] as string[]))
        .filter((n) => SHARD_FILE.test(n))
        .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
      // In index order, so the library's contents come in the same order at every open.
      let sinceTurn = 0;
      let read = 0;
      for (const name of names) {
        read++;
        const shard = await this.readChecked<Shard>(`${found.folder}/${name}`, compact, shardProblem, damaged, true);
        if (shard.ok) {
          shards.set(Number.parseInt(name, 10), shard.value);
          shardBytes += shard.bytes;
          sinceTurn += shard.bytes;
        }
        if (sinceTurn >= SHARD_BYTES_PER_TURN) {
          sinceTurn = 0;
          this.onOpenProgress?.(read, names.length);
          await nextTurn();
        }
      }
      this.onOpenProgress?.(read, names.length);
    }
    damaged.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    this.registryKnownGood = reg.ok;
    return {
      registry: reg.ok ? reg.value : null,
      registryState: reg.ok ? 'ok' : reg.missing ? 'missing' : 'damaged',
      layout,
      shards,
      shardBytes,
      damaged,
    };
  }

  /** The layout the registry names if its folder exists, else the one found by findLayout. */
  private async layoutOnDisk(named: ShardLayout | null): Promise<ShardLayout | null> {
    return named && (await this.isDir(named.folder)) ? named : this.findLayout();
  }

  /** The layout in use, for a store that has not opened the library (nothing is set aside here). */
  private async layoutInUse(): Promise<ShardLayout | null> {
    if (this.layout) return this.layout;
    let named: ShardLayout | null = null;
    try {
      const value: unknown = JSON.parse(await readFile(this.abs('registry.json'), 'utf8'));
      if (registryProblem(value) === null) named = layoutOf(value as Registry);
    } catch {
      named = null;
    }
    return (await this.layoutOnDisk(named)) ?? named;
  }

  /**
   * The layout to read when the registry does not name one that exists (it was lost or damaged): the layout folder
   * written last — a bounded one with its marker, or the legacy shards/ — or null when there is none.
   */
  private async findLayout(): Promise<ShardLayout | null> {
    const found: Array<{ layout: ShardLayout; modified: number }> = [];
    for (const entry of await this.layoutFolders()) {
      const layout = entry.name === LEGACY_LAYOUT.folder ? LEGACY_LAYOUT : await this.markedLayout(entry.name);
      const info = layout ? await stat(this.abs(entry.name)).catch(() => null) : null;
      if (layout && info) found.push({ layout, modified: info.mtimeMs });
    }
    found.sort((a, b) => b.modified - a.modified);
    return found[0]?.layout ?? null;
  }

  /** Folders of the library root that look like shard layouts (shards, shards-<count>). */
  private async layoutFolders(): Promise<Dirent[]> {
    const entries = await readdir(this.dataDir, { withFileTypes: true }).catch(() => [] as Dirent[]);
    return entries.filter((e) => e.isDirectory() && LAYOUT_FOLDER.test(e.name));
  }

  /** The layout a bounded folder's marker describes, or null when it has none (a re-shard that did not finish). */
  private async markedLayout(folder: string): Promise<ShardLayout | null> {
    try {
      const marker = JSON.parse(await readFile(this.abs(`${folder}/${LAYOUT_MARKER}`), 'utf8')) as { count?: unknown };
      const count = marker.count;
      return typeof count === 'number' && layoutFolder(count) === folder ? { folder, count } : null;
    } catch {
      return null;
    }
  }

  private async isDir(file: string): Promise<boolean> {
    return (await stat(this.abs(file)).catch(() => null))?.isDirectory() ?? false;
  }

  /** A shard's file: its index padded to the width of the layout's last index (legacy: "shards/07.json"). */
  private shardFile(layout: ShardLayout, index: number): string {
    return `${layout.folder}/${String(index).padStart(String(Math.max(1, layout.count - 1)).length, '0')}.json`;
  }

  async writeRegistry(registry: Registry): Promise<void> {
    this.assertWritable();
    if (this.registryKnownGood) await this.backUpRegistry();
    await this.write('registry.json', registry, pretty);
    this.registryKnownGood = true;
    this.layout = layoutOf(registry);
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

  async writeShard(index: number, shard: Shard): Promise<void> {
    this.assertWritable();
    const layout = this.layout ?? LEGACY_LAYOUT;
    if (!this.readyFolders.has(layout.folder)) {
      await mkdir(this.abs(layout.folder), { recursive: true });
      if (layout.folder !== LEGACY_LAYOUT.folder && !(await this.markedLayout(layout.folder)))
        await this.writeMarker(layout);
      this.readyFolders.add(layout.folder);
    }
    return this.write(this.shardFile(layout, index), shard, compact);
  }

  async writeLayout(layout: ShardLayout, shardAt: (index: number) => Shard | null): Promise<void> {
    this.assertWritable();
    if (layoutFolder(layout.count) !== layout.folder) throw new Error(`not a layout folder: ${layout.folder}`);
    if (layout.folder === this.layout?.folder) throw new Error(`${layout.folder} is the layout in use`);
    if (await this.isDir(layout.folder)) {
      await this.moveToTrash(layout.folder, 'shards of a re-shard that did not finish (the library never used them)');
    }
    await mkdir(this.abs(layout.folder), { recursive: true });
    const indexes = Array.from({ length: layout.count }, (_, i) => i);
    // Plain writes: nothing reads this folder before its marker exists, and a cut-off folder goes to the trash.
    await inOrder(indexes, SHARD_FILES_AT_ONCE, async (index) => {
      const shard = shardAt(index);
      if (shard && shard.articles.length > 0)
        await writeFile(this.abs(this.shardFile(layout, index)), JSON.stringify(shard));
    });
    await this.writeMarker(layout);
    this.readyFolders.add(layout.folder);
  }

  /** The marker that makes a folder a layout: written whole (temp file + rename), last. */
  private async writeMarker(layout: ShardLayout) {
    const file = this.abs(`${layout.folder}/${LAYOUT_MARKER}`);
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify({ count: layout.count, written: new Date().toISOString() }));
    await rename(temp, file);
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

  /**
   * One shard of a layout as it is on disk, or null when it is missing or not a shard: for reading before the
   * library is opened (saved-views.ts), so nothing is set aside or reported.
   */
  async peekShard(layout: ShardLayout, index: number): Promise<Shard | null> {
    if (!LAYOUT_FOLDER.test(layout.folder) || !Number.isInteger(index) || index < 0 || index >= layout.count)
      return null;
    try {
      const value: unknown = compact.parse(await readFile(this.abs(this.shardFile(layout, index)), 'utf8'));
      return shardProblem(value) === null ? (value as Shard) : null;
    } catch {
      return null;
    }
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
    const active = (await this.layoutInUse())?.folder;
    if (active) {
      await visit(active, (name) =>
        SHARD_FILE.test(name) || name === LAYOUT_MARKER ? null : (common(name) ?? 'conflict-copy'),
      );
    }
    // Layout folders the registry does not name: the layout before a re-shard (complete, a backup) or one a re-shard
    // had not finished writing.
    for (const entry of await this.layoutFolders()) {
      if (entry.name === active) continue;
      const complete = entry.name === LEGACY_LAYOUT.folder || (await this.markedLayout(entry.name)) !== null;
      const { bytes, modified } = await this.folderSize(entry.name);
      out.push({ file: entry.name, kind: complete ? 'old-layout' : 'temp', bytes, modified });
    }
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
    const bytes = info.isDirectory() ? (await this.folderSize(file)).bytes : info.size;
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 6)}-${path.basename(file)}`;
    await rename(this.abs(file), path.join(trash, name));
    this.files.delete(file);
    if (info.isDirectory()) {
      for (const key of [...this.files.keys()]) if (key.startsWith(`${file}/`)) this.files.delete(key);
      this.readyFolders.delete(file);
    }
    const manifest = this.db('trash/manifest.json', pretty);
    await manifest.read().catch(() => undefined);
    const entries = Array.isArray(manifest.data) ? (manifest.data as TrashEntry[]) : [];
    entries.push({ name, from: file, reason, movedAt: new Date().toISOString(), bytes });
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

  /** Total bytes of the files in a folder of the library (one level: layout folders hold no subfolders). */
  private async folderSize(folder: string): Promise<{ bytes: number; modified: string }> {
    const names = await readdir(this.abs(folder)).catch(() => [] as string[]);
    const infos = await inOrder(names, SHARD_FILES_AT_ONCE, (n) => stat(this.abs(`${folder}/${n}`)).catch(() => null));
    const own = await stat(this.abs(folder)).catch(() => null);
    return {
      bytes: infos.reduce((sum, info) => sum + (info?.isFile() ? info.size : 0), 0),
      modified: (own?.mtime ?? new Date(0)).toISOString(),
    };
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

  /**
   * Writes go through one lowdb instance per file while any is in flight (its writer keeps them in order); the
   * instance, and the document, are let go once the file is written: an import writes a body file per article, and
   * holding them all kept every imported text in memory (≈ 150 MB after 10,000 files).
   */
  private async write(file: string, data: unknown, format: typeof compact): Promise<void> {
    const db = this.db(file, format);
    db.data = data;
    const writing = db.write(); // serialises the document before it returns
    db.data = null;
    this.writesInFlight.set(file, (this.writesInFlight.get(file) ?? 0) + 1);
    try {
      await writing;
    } finally {
      const left = (this.writesInFlight.get(file) ?? 1) - 1;
      if (left > 0) this.writesInFlight.set(file, left);
      else {
        this.writesInFlight.delete(file);
        if (this.files.get(file) === db) this.files.delete(file);
      }
    }
  }

  /** Reads one document; a damaged or wrong-shaped one is set aside (writable) or left (read-only) and reported. */
  private async readChecked<T>(
    file: string,
    format: typeof compact,
    problem: (value: unknown) => string | null,
    damaged: DamagedFile[],
    /** Read in a blocking call: for many small files (see SHARD_BYTES_PER_TURN). */
    blocking = false,
  ): Promise<ReadResult<T>> {
    // Read whole and parsed here rather than through lowdb: one system call fewer per file, which counts when a
    // library opens thousands of small shards; lowdb writes them.
    let reason: string;
    try {
      const text = blocking ? readFileSync(this.abs(file), 'utf8') : await readFile(this.abs(file), 'utf8');
      if (text.length === 0) reason = 'the file is empty';
      else {
        const value: unknown = format.parse(text);
        const p = problem(value);
        if (p === null) return { ok: true, value: value as T, bytes: text.length };
        reason = p;
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, missing: true };
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
