// One writer per library: the lock file, stale-lock recovery, read-only opens, and the refusal's wording.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeWorkbench } from '../../../src/node/compose-workbench';
import { acquireLibraryLock, LibraryLockedError, LOCK_FILE, readLockOwner } from '../../../src/node/library-lock';
import { pathItems, removeDir, ROOT, SEED, tempDir, writeCrashedLock } from '../../helpers/temp-library';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => removeDir(dir));

const open = (access: 'write' | 'read' | 'write-or-read', app = 'test writer') =>
  composeWorkbench({
    dataDir: dir,
    resourcesDir: path.join(ROOT, 'resources'),
    allowPaths: true,
    workers: false,
    access,
    app,
  });

describe('the library lock', () => {
  it('refuses a second writer, naming who holds the library and since when', async () => {
    const lock = await acquireLibraryLock(dir, 'Soundbite browser mode');
    const err = await acquireLibraryLock(dir, 'soundbite import').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryLockedError);
    expect((err as Error).message).toMatch(
      new RegExp(
        `this library is open in Soundbite browser mode \\(pid ${process.pid}\\) since \\d\\d:\\d\\d — close it there, or open the library read-only`,
      ),
    );
    expect((await readLockOwner(dir))?.app).toBe('Soundbite browser mode');
    await lock.release();
    expect(await readLockOwner(dir)).toBeNull();
    const again = await acquireLibraryLock(dir, 'soundbite import');
    await again.release();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    await writeCrashedLock(dir, 'old');
    expect(await readLockOwner(dir)).toBeNull();
    const lock = await acquireLibraryLock(dir, 'after the crash');
    expect(JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8')).app).toBe('after the crash');
    await lock.release();
  });

  it('a lock from another computer (a synced folder) holds while its heartbeat is fresh', async () => {
    await writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({
        pid: 1,
        host: 'laptop-elsewhere',
        app: 'Soundbite (desktop)',
        startedAt: new Date().toISOString(),
        token: 't',
      }),
    );
    await expect(acquireLibraryLock(dir, 'here')).rejects.toThrow(
      /Soundbite \(desktop\) \(pid 1 on laptop-elsewhere\)/,
    );
  });

  it('a writer refuses, a reader opens read-only beside it, and write-or-read falls back to reading', async () => {
    const writer = await open('write', 'Soundbite browser mode');
    await writer.importFiles(pathItems(SEED));
    await expect(open('write', 'soundbite import')).rejects.toThrow(/open in Soundbite browser mode/);

    const reader = await open('read');
    expect(reader.readOnly).toBe(true);
    expect((await reader.listArticles()).length).toBe(1);
    const info = await reader.getLibraryInfo();
    expect(info.health.mode).toBe('read-only');
    expect(info.health.readOnlyReason).toMatch(/open in Soundbite browser mode \(pid \d+\)/);
    await expect(reader.importFiles(pathItems(SEED))).rejects.toThrow(
      /read-only: this library is open in Soundbite browser mode/,
    );
    await reader.close();

    const either = await open('write-or-read');
    expect(either.readOnly).toBe(true);
    await either.close();
    // Closing a reader leaves the writer's lock alone.
    expect((await readLockOwner(dir))?.app).toBe('Soundbite browser mode');
    await writer.close();
    expect(await readLockOwner(dir)).toBeNull();
    const next = await open('write-or-read');
    expect(next.readOnly).toBe(false);
    await next.close();
  });
});
