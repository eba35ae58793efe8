// A real writer converting a schema-1 library to bounded shards is killed with SIGKILL while it writes the new
// folder, as it writes the folder's marker, and as it switches the registry. Every kill must leave a library that
// opens with every article and statement, nothing damaged, and one shard folder after the next open.
import { spawn, type ChildProcess } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryContents, writeLegacyGenerated } from '../../helpers/legacy-library';
import { shardFolder } from '../../helpers/library-shards';
import { openWorkbench, removeDir, ROOT, tempDir } from '../../helpers/temp-library';

const CHILD = path.join(ROOT, 'tests', 'helpers', 'open-library-child.ts');
/** When to kill: after n events in the new shard folder, at its marker, or when the registry is rewritten. */
const KILL_AT: Array<number | 'marker' | 'registry'> = [1, 40, 400, 1500, 'marker', 'registry'];

let work: string;
let template: string;
let expected: string;
beforeAll(async () => {
  work = await tempDir('soundbite-layout-crash-');
  template = path.join(work, 'template');
  // ≈ 17 MB of shards: the conversion writes a few thousand files, long enough to be caught part-way.
  await writeLegacyGenerated(template, 3000, 5);
  expected = JSON.stringify(await libraryContents(template));
}, 120_000);
afterAll(async () => removeDir(work));

/** Opens the library in a child process and kills it at `at`; resolves with what the child got to. */
function openAndKill(dir: string, at: number | 'marker' | 'registry'): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const watchers: FSWatcher[] = [];
    let child: ChildProcess | null = null;
    let folderEvents = 0;
    let newFolder = false;
    const kill = () => child?.kill('SIGKILL');
    watchers.push(
      watch(dir, (_event, name) => {
        if (name && /^shards-\d+$/.test(name) && !newFolder) {
          newFolder = true;
          try {
            watchers.push(
              watch(path.join(dir, name), (_e, file) => {
                folderEvents++;
                if ((at === 'marker' && file === 'layout.json') || folderEvents === at) kill();
              }),
            );
          } catch {
            // the folder is already gone or complete: the kill lands later
          }
        }
        if (at === 'registry' && newFolder && name === 'registry.json') kill();
      }),
    );
    child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const w of watchers) w.close();
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`the writer failed (${code}): ${stderr}`));
    });
  });
}

describe('a conversion killed part-way', () => {
  it('leaves a library that opens whole, every time', async () => {
    const seen: string[] = [];
    for (const at of KILL_AT) {
      const dir = path.join(work, `trial-${at}`);
      await cp(template, dir, { recursive: true });
      const outcome = await openAndKill(dir, at);
      const folders = (await readdir(dir)).filter((n) => n.startsWith('shards')).sort();
      seen.push(`${at}: ${outcome}, left ${folders.join(' + ')}, the registry naming ${await shardFolder(dir)}`);

      const wb = await openWorkbench(dir);
      const health = await wb.checkLibrary();
      await wb.close();
      expect(health.problems.filter((p) => p.severity === 'damage')).toEqual([]);
      expect(JSON.stringify(await libraryContents(dir))).toBe(expected);
      const folder = await shardFolder(dir);
      expect(folder).toMatch(/^shards-\d+$/);
      expect((await readdir(dir)).filter((n) => n.startsWith('shards'))).toEqual([folder]);
    }
    console.log(`conversion kills:\n  ${seen.join('\n  ')}`);
  }, 600_000);
});
