// Windowed hosts open the library behind the window: the lock is taken first, the API answers at once (each call
// waits for the open), and `libraryOpening` events say how far the open is — on a real library of 15,000
// statements in lowdb files.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryInfo, LibraryOpening, WorkbenchApi } from '../../../src/shared/api';
import { startHostServer } from '../../../src/host/http-server';
import { startHost } from '../../../src/host/start-host';
import { composeWorkbenchBehind } from '../../../src/node/compose-workbench';
import { LOCK_FILE } from '../../../src/node/library-lock';
import { removeDir, tempDir } from '../../helpers/temp-library';
import { writeSyntheticLibrary } from '../../helpers/synthetic-library';

const ROOT = path.resolve(__dirname, '../../..');
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await writeSyntheticLibrary(dir, 3000, 5);
}, 120_000);
afterAll(async () => {
  await removeDir(dir);
});

/** Opens a library behind a (missing) window, keeping the opening events it sends. */
async function openBehind(dataDir: string) {
  const events: LibraryOpening[] = [];
  const behind = await composeWorkbenchBehind({
    dataDir,
    resourcesDir: path.join(ROOT, 'resources'),
    allowPaths: false,
    workers: false,
    emit: (event, payload) => event === 'libraryOpening' && events.push(payload as LibraryOpening),
  });
  return { events, behind };
}

describe('opening behind the window', () => {
  it('answers a call made before the library is open, and reports the open step by step', async () => {
    const { events, behind } = await openBehind(dir);
    const early = behind.api.getLibraryInfo();
    const wb = await behind.ready;
    expect((await early).statements).toBe(15_000);
    const reading = events.filter((e) => !e.done);
    // The shard files are ~7 MB together: at least one report between turns, and one when all are read.
    expect(reading.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < reading.length; i++) expect(reading[i]!.read).toBeGreaterThan(reading[i - 1]!.read);
    expect(reading.at(-1)!.read).toBe(reading.at(-1)!.of);
    expect(events.at(-1)).toEqual({ read: 0, of: 0, done: true });
    await wb.close();
  }, 120_000);

  it('says why a library cannot be opened, to the waiting calls and in an event, and lets the lock go', async () => {
    const newer = await tempDir();
    try {
      await writeFile(
        path.join(newer, 'registry.json'),
        JSON.stringify({ schemaVersion: 99, shardCount: 64, actors: [], topics: [] }),
      );
      const { events, behind } = await openBehind(newer);
      await expect(behind.api.listActors()).rejects.toThrow(/newer Soundbite/);
      await expect(behind.ready).rejects.toThrow(/newer Soundbite/);
      expect(events.at(-1)?.error).toMatch(/schema 99/);
      expect(existsSync(path.join(newer, LOCK_FILE))).toBe(false);
    } finally {
      await removeDir(newer);
    }
  });

  it('browser mode listens before the library is open, and answers the page once it is', async () => {
    const renderer = await tempDir('soundbite-renderer-');
    await mkdir(renderer, { recursive: true });
    await writeFile(path.join(renderer, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
    let early: Promise<Response> | null = null;
    const host = await startHost({
      dataDir: dir,
      rendererDir: renderer,
      onListening: (server, readOnly) => {
        expect(readOnly).toBe(false);
        early = fetch(`${server.url}/api/getLibraryInfo`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-soundbite-token': server.token },
          body: '[]',
        });
      },
    });
    try {
      expect(early).not.toBeNull();
      const answer = (await (await early!).json()) as { ok: boolean; value: LibraryInfo };
      expect(answer.ok).toBe(true);
      expect(answer.value.articles).toBe(3000);
    } finally {
      await host.stop();
      await removeDir(renderer);
    }
  }, 120_000);

  it("a page that connects late gets the open's latest state at once, and no past step of an import", async () => {
    const renderer = await tempDir('soundbite-renderer-');
    const server = await startHostServer({ api: () => ({}) as WorkbenchApi, rendererDir: renderer });
    const reader = new AbortController();
    try {
      server.broadcast('libraryOpening', { read: 10, of: 40, done: false });
      server.broadcast('libraryOpening', { read: 40, of: 40, done: false });
      server.broadcast('importProgress', {
        jobId: 'j',
        total: 2,
        done: 1,
        imported: 1,
        failed: 0,
        duplicates: 0,
        current: 'a.txt',
      });
      const res = await fetch(`${server.url}/api/events?token=${server.token}`, { signal: reader.signal });
      const stream = res.body!.getReader();
      let text = '';
      while (!text.includes('"read":40')) text += new TextDecoder().decode((await stream.read()).value);
      expect(text).not.toContain('"read":10');
      expect(text).not.toContain('importProgress');
      server.broadcast('libraryOpening', { read: 0, of: 0, done: true });
      while (!text.includes('"done":true')) text += new TextDecoder().decode((await stream.read()).value);
    } finally {
      reader.abort();
      await server.close();
      await removeDir(renderer);
    }
  }, 60_000);
});
