// The lowdb store lets go of a file's writer and document once the file is written (an import writes a body file
// per article): writes to one file still land in the order they were made, whether they overlap or follow each
// other, in real files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LowdbLibraryStore } from '../../../src/node/lowdb-store';
import { removeDir, tempDir } from '../../helpers/temp-library';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('soundbite-writes-');
});
afterEach(async () => removeDir(dir));

const bodyOnDisk = async (store: LowdbLibraryStore, id: string) =>
  (JSON.parse(await readFile(path.join(dir, store.bodyFile(id)), 'utf8')) as { body: string }).body;

it('overlapping writes to one file end with the last one written', async () => {
  const store = new LowdbLibraryStore(dir);
  await store.open();
  const versions = Array.from({ length: 50 }, (_, i) => `version ${i} `.repeat(2000));
  await Promise.all(versions.map((v) => store.writeBody('a1', v)));
  expect(await bodyOnDisk(store, 'a1')).toBe(versions.at(-1));
  expect(await store.readBody('a1')).toBe(versions.at(-1));
});

it('writes after earlier ones finished, and writes mixed with finished ones, keep their order', async () => {
  const store = new LowdbLibraryStore(dir);
  await store.open();
  await store.writeBody('a2', 'first');
  await store.writeBody('a2', 'second');
  expect(await store.readBody('a2')).toBe('second');
  const overlapping = store.writeBody('a2', 'third');
  const last = store.writeBody('a2', 'fourth');
  await overlapping;
  const afterOne = store.writeBody('a2', 'fifth');
  await Promise.all([last, afterOne]);
  expect(await bodyOnDisk(store, 'a2')).toBe('fifth');
  const many = await Promise.all(Array.from({ length: 200 }, (_, i) => store.writeBody(`b${i}`, `body ${i}`)));
  expect(many).toHaveLength(200);
  for (const i of [0, 99, 199]) expect(await store.readBody(`b${i}`)).toBe(`body ${i}`);
});
