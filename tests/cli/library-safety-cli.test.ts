// The concurrency scenario from the field (browser mode open, a CLI import into the same library), and the health
// line and `check` command of the CLI, on a real library folder with real processes.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../src/host/start-host';
import { runCli } from '../helpers/run-cli';
import { shardFiles } from '../helpers/library-shards';
import { removeDir, ROOT, SEED, tempDir } from '../helpers/temp-library';

const cli = (args: string[]) => runCli([...args, '--data-dir', dir]);

let dir: string;
let host: RunningHost | null = null;
beforeAll(async () => {
  dir = await tempDir('soundbite-cli-safety-');
});
afterAll(async () => {
  await host?.stop();
  await removeDir(dir);
});

const bodyCount = async () => (await readdir(path.join(dir, 'bodies'))).length;

describe('one writer per library, seen from the command line', () => {
  it('refuses an import while browser mode has the library open, and loses nothing', async () => {
    host = await startHost({ dataDir: dir, rendererDir: path.join(ROOT, 'resources') });
    const demo = await host.workbench.loadDemoLibrary('demo');
    expect(demo.imported).toBe(14);
    const before = await host.workbench.getLibraryInfo();
    const bodies = await bodyCount();

    const refused = await cli(['import', SEED]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(
      /this library is open in Soundbite browser mode \(pid \d+\) since \d\d:\d\d — close it there, or open the library read-only/,
    );

    // A read-only command beside the writer works and moves nothing.
    const listed = await cli(['list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n')).toHaveLength(14);
    expect(await bodyCount()).toBe(bodies);

    const after = await host.workbench.getLibraryInfo();
    expect(after.articles).toBe(before.articles);
    expect(after.statements).toBe(before.statements);
    await host.stop();
    host = null;

    const imported = await cli(['import', SEED]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/1 imported/);
  }, 240_000);

  it('keeps saying the library is damaged until the analyst handles it, and check offers the repairs', async () => {
    const [shard] = await shardFiles(dir);
    await writeFile(path.join(dir, shard!), '{"articles": [ {"id": "cut off');
    for (let run = 0; run < 2; run++) {
      const listed = await cli(['list']);
      expect(listed.stderr).toMatch(/library health: 1 damaged part \(recovery mode\) — run `soundbite check`/);
    }
    const checked = await cli(['check']);
    expect(checked.code).toBe(2);
    expect(checked.stdout).toMatch(/mode: recovery/);
    const id = /\[damage\] (damaged:shards-\d+\/\S+)/.exec(checked.stdout)?.[1];
    expect(id).toBeTruthy();
    expect(checked.stdout).toContain(`soundbite check --repair '${id}' --with trash`);

    const repaired = await cli(['check', '--repair', id!, '--with', 'trash']);
    expect(repaired.stdout).toMatch(/repaired: /);
    expect(repaired.stdout).toMatch(/trash: 1 file/);
    expect(repaired.stdout).not.toMatch(/\[damage\]/);
    const listed = await cli(['list']);
    expect(listed.stderr).not.toMatch(/damaged part/);
  }, 240_000);
});
