/**
 * One writer per library folder.
 *
 *   acquireLibraryLock(dir, app)   takes `library.lock` or throws LibraryLockedError naming the holder
 *   readLockOwner(dir)             who holds it now (null when free or stale)
 *   LibraryLock.release()          gives it back (also done on process exit)
 *
 * The lock file is created with link(2) from a complete temp file, so no reader ever sees half an owner. A lock
 * whose process is gone (same host, pid not running) or whose heartbeat stopped (another host, e.g. a synced
 * folder) is stale and taken over; the holder refreshes the file's time every HEARTBEAT_MS.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'library.lock';
const HEARTBEAT_MS = 30_000;
/** A lock from another host is stale once its heartbeat is this old. */
const FOREIGN_STALE_MS = 3 * 60_000;

export interface LockOwner {
  pid: number;
  host: string;
  /** What holds it, as a person would name it: "Soundbite (desktop)", "Soundbite browser mode", "soundbite import". */
  app: string;
  startedAt: string;
  token: string;
}

export class LibraryLockedError extends Error {
  constructor(
    readonly owner: LockOwner,
    readonly dataDir: string,
  ) {
    super(`this library is open in ${describeOwner(owner)} — close it there, or open the library read-only`);
  }
}

export function describeOwner(owner: LockOwner): string {
  const since = new Date(owner.startedAt);
  const time = Number.isNaN(since.getTime())
    ? owner.startedAt
    : since.toDateString() === new Date().toDateString()
      ? since.toTimeString().slice(0, 5)
      : since.toISOString().slice(0, 16).replace('T', ' ');
  const where = owner.host === os.hostname() ? '' : ` on ${owner.host}`;
  return `${owner.app} (pid ${owner.pid}${where}) since ${time}`;
}

export interface LibraryLock {
  readonly owner: LockOwner;
  release(): Promise<void>;
}

function lockPath(dataDir: string) {
  return path.join(dataDir, LOCK_FILE);
}

function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwnerFile(file: string): Promise<{ owner: LockOwner | null; mtimeMs: number } | null> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    let owner: LockOwner | null = null;
    try {
      const parsed = JSON.parse(text) as Partial<LockOwner>;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') {
        owner = {
          pid: parsed.pid,
          host: parsed.host,
          app: typeof parsed.app === 'string' ? parsed.app : 'another program',
          startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : '?',
          token: parsed.token,
        };
      }
    } catch {
      owner = null;
    }
    return { owner, mtimeMs: info.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function isStale(found: { owner: LockOwner | null; mtimeMs: number }, now: number): boolean {
  if (!found.owner) return now - found.mtimeMs > FOREIGN_STALE_MS; // unreadable: only its age can tell
  if (found.owner.host === os.hostname()) return !processRunning(found.owner.pid);
  return now - found.mtimeMs > FOREIGN_STALE_MS;
}

/** The live holder of the lock, or null when nobody (or only a crashed process) holds it. */
export async function readLockOwner(dataDir: string): Promise<LockOwner | null> {
  const found = await readOwnerFile(lockPath(dataDir));
  if (!found || isStale(found, Date.now())) return null;
  return found.owner ?? { pid: 0, host: '?', app: 'another program', startedAt: '?', token: '' };
}

/**
 * Moves a stale lock out of the way. Renaming to a private name first means two processes recovering at once
 * cannot delete each other's fresh lock: whoever renamed a live lock by mistake puts it back.
 */
async function clearStaleLock(file: string, expectedToken: string | null): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  const moved = await readOwnerFile(aside);
  const sameOne = (moved?.owner?.token ?? null) === expectedToken;
  if (sameOne || (moved && isStale(moved, Date.now()))) {
    await unlink(aside).catch(() => undefined);
  } else {
    await link(aside, file).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
  }
}

export async function acquireLibraryLock(dataDir: string, app: string): Promise<LibraryLock> {
  const file = lockPath(dataDir);
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    app,
    startedAt: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
  const temp = `${file}.${owner.token}.tmp`;
  await writeFile(temp, JSON.stringify(owner, null, 2));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(temp, file);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const found = await readOwnerFile(file);
      if (found && !isStale(found, Date.now())) {
        throw new LibraryLockedError(
          found.owner ?? { pid: 0, host: '?', app: 'another program', startedAt: '?', token: '' },
          dataDir,
        );
      }
      if (attempt >= 3) throw new Error(`could not take the library lock ${file}`);
      if (found) await clearStaleLock(file, found.owner?.token ?? null);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }

  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  const releaseSync = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    try {
      if ((JSON.parse(readFileSync(file, 'utf8')) as { token?: string }).token === owner.token) unlinkSync(file);
    } catch {
      // already gone, or not ours any more
    }
  };
  process.once('exit', releaseSync);
  return {
    owner,
    async release() {
      if (released) return;
      process.off('exit', releaseSync);
      clearInterval(heartbeat);
      released = true;
      const current = await readOwnerFile(file);
      if (current?.owner?.token === owner.token) await unlink(file).catch(() => undefined);
    },
  };
}
