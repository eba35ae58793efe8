// The desktop main process imports only paths the analyst dropped or chose: a compromised page cannot name others.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeWorkbench } from '../../../src/node/compose-workbench';
import { NOT_GRANTED, PathGrants } from '../../../src/node/path-grants';
import { pathItems, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => removeDir(dir));

describe('path grants', () => {
  it('imports a granted path once, and refuses paths never granted or granted too long ago', async () => {
    let clock = 0;
    const grants = new PathGrants(60_000, () => clock);
    const wb = await composeWorkbench({
      dataDir: dir,
      resourcesDir: path.join(ROOT, 'resources'),
      allowPaths: true,
      workers: false,
      pathGrants: grants,
    });
    const passwd = await wb.importFiles(pathItems('/etc/passwd'));
    expect(passwd.imported).toBe(0);
    expect(passwd.files[0]).toMatchObject({ name: 'passwd', status: 'failed', message: NOT_GRANTED });

    grants.grant(SEED);
    const seed = await wb.importFiles(pathItems(SEED));
    expect(seed.imported).toBe(1);
    // A grant is good for one import only.
    expect((await wb.importFiles(pathItems(SEED))).files[0]?.message).toBe(NOT_GRANTED);

    grants.grant(SEED);
    clock += 61_000;
    expect((await wb.importFiles(pathItems(SEED))).files[0]?.message).toBe(NOT_GRANTED);
    await wb.close();
  });
});
