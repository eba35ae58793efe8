import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { openWorkbench, pathItems, removeDir, ROOT, tempDir } from '../helpers/temp-library';

let dir: string;
let out: string;
beforeAll(async () => {
  dir = await tempDir('soundbite-report-cli-');
  out = await tempDir('soundbite-report-out-');
  const wb = await openWorkbench(dir);
  await wb.importFiles(pathItems(path.join(ROOT, 'resources', 'demo', 'articles')));
  const dascu = (await wb.listActors()).find((a) => a.name === 'Mirela Dascu')!;
  await wb.saveReportPreset({
    name: 'Dascu weekly',
    options: { title: 'Dascu weekly', sections: ['key-figures', 'statements'], locale: 'de-DE', paper: 'letter' },
    filter: { actorIds: [dascu.id] },
  });
  await wb.close();
}, 120_000);
afterAll(async () => {
  await removeDir(dir);
  await removeDir(out);
});

// Each command is its own process with its own Chromium: generous limits for a loaded machine.
describe('soundbite report', () => {
  it('prints a preset into a folder under the name made from its title and month, with flags on top', async () => {
    const listed = await runCli(['report', '--list-presets', '--data-dir', dir]);
    expect(listed.stdout).toContain('Dascu weekly');
    const r = await runCli([
      'report',
      '--preset',
      'dascu WEEKLY',
      '--subtitle',
      'Spring',
      '--pdf',
      `${out}/`,
      '--data-dir',
      dir,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [file] = await readdir(out);
    expect(file).toMatch(/^dascu-weekly-2025-\d{2}\.pdf$/);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(await readFile(path.join(out, file!))) }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
    }
    text = text.replace(/\s+/g, ' ');
    expect(text).toContain('Dascu weekly');
    expect(text).toContain('Spring');
    expect(text).toMatch(/\d{1,2}\. (Januar|Februar|März|April|Mai) 2025/);
    expect(text).toContain('Mirela Dascu said');
    expect(text).not.toContain('Jonas Ellery said');
    const { width } = (await doc.getPage(1)).getViewport({ scale: 1 });
    expect(Math.round(width)).toBe(612);
    await doc.destroy();
  }, 240_000);

  it('fails in one line, leaving no file, when the PDF cannot be written or the preset does not exist', async () => {
    const target = path.join(out, 'no-such-folder', 'x.pdf');
    const r = await runCli(['report', '--pdf', target, '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^soundbite: cannot write .*x\.pdf: ENOENT .*no-such-folder is not a writable folder$/,
    );
    const missing = await runCli(['report', '--preset', 'Monthly', '--pdf', `${out}/`, '--data-dir', dir]);
    expect(missing.stderr.trim()).toBe('soundbite: no report preset named "Monthly" (presets: "Dascu weekly")');
    expect((await readdir(out)).filter((f) => !f.startsWith('dascu-weekly'))).toEqual([]);
  }, 240_000);
});
