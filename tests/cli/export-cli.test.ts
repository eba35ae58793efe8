import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { removeDir, tempDir } from '../helpers/temp-library';
import { TRICKY_QUOTE, writeExportFixture } from '../unit/export/export-fixture';

const run = (args: string[]) => runCli(args);

let dir: string;
let library: string;
beforeAll(async () => {
  dir = await tempDir('soundbite-export-cli-');
  library = path.join(dir, 'library');
  await writeExportFixture(library);
});
afterAll(async () => removeDir(dir));

describe('soundbite export', () => {
  it('writes the filtered statements as CSV with the report filter flags', async () => {
    const out = path.join(dir, 'mirela.csv');
    const result = await run(['export', '--csv', out, '--actor', 'm. dascu', '--data-dir', library]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 statement written to .*mirela\.csv \([\d,]+ bytes\)\n$/);
    const rows = parse(await readFile(out), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r['Statement id'], r.Quote])).toEqual([['s1', TRICKY_QUOTE]]);
  });

  it('says in one line why a file cannot be written, and leaves nothing behind', async () => {
    const out = path.join(dir, 'missing', 'all.xlsx');
    const result = await run(['export', '--xlsx', out, '--data-dir', library]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`soundbite: cannot write ${out}: the folder ${path.dirname(out)} does not exist\n`);
    const none = await run(['export', '--data-dir', library]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^export needs exactly one of --csv, --xlsx, --json or --qdpx/);
    expect((await readdir(dir)).sort()).toEqual(['library', 'mirela.csv']);
  });
});
