import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSections, reportRequest, reportTarget, writeFileAtomically } from '../../../src/cli/report-options';
import type { ReportPreset } from '../../../src/shared/api';
import { removeDir, tempDir } from '../../helpers/temp-library';

const preset: ReportPreset = {
  name: 'Weekly Brief',
  options: { title: 'Weekly', sections: ['statements'], paper: 'letter', locale: 'de-DE' },
  filter: { actorIds: ['a1'], statuses: ['accepted'] },
  savedAt: '2025-05-01T00:00:00.000Z',
};
const library = { listReportPresets: async () => [preset] };

let dir: string;
beforeEach(async () => {
  dir = await tempDir('soundbite-report-cli-');
});
afterEach(async () => removeDir(dir));

describe('report flags', () => {
  it('start from a preset (by name, any case) and let each flag override it', async () => {
    const { filter, options } = await reportRequest(
      library,
      { preset: 'weekly brief', title: 'Special', 'group-by': 'topic', sections: 'key-figures,statements' },
      { from: '2025-01-01' },
    );
    expect(filter).toEqual({ actorIds: ['a1'], statuses: ['accepted'], from: '2025-01-01' });
    expect(options).toEqual({
      title: 'Special',
      sections: ['key-figures', 'statements'],
      paper: 'letter',
      locale: 'de-DE',
      groupBy: 'topic',
    });
  });

  it('say what is wrong in one line', async () => {
    await expect(reportRequest(library, { preset: 'Monthly' }, {})).rejects.toThrow(
      'no report preset named "Monthly" (presets: "Weekly Brief")',
    );
    await expect(reportRequest(library, { paper: 'A3' }, {})).rejects.toThrow('--paper must be one of a4, letter');
    expect(() => parseSections('charts,pictures')).toThrow('--sections must be one of key-figures, charts');
    expect(() => parseSections('charts,charts')).toThrow('names a section twice');
  });
});

describe('report file', () => {
  it('goes into a folder under the report’s own name, or to the named file', async () => {
    expect(await reportTarget(`${dir}/`, 'brief-2025-05.pdf')).toBe(path.join(dir, 'brief-2025-05.pdf'));
    expect(await reportTarget(dir, 'brief-2025-05.pdf')).toBe(path.join(dir, 'brief-2025-05.pdf'));
    expect(await reportTarget(path.join(dir, 'mine.pdf'), 'brief-2025-05.pdf')).toBe(path.join(dir, 'mine.pdf'));
  });

  it('is refused before printing when its folder cannot be written, and never left half-written', async () => {
    await expect(reportTarget(path.join(dir, 'missing', 'x.pdf'), 'x.pdf')).rejects.toThrow(
      /^cannot write .*x\.pdf: ENOENT .*missing is not a writable folder$/,
    );
    const target = path.join(dir, 'out.pdf');
    await writeFileAtomically(target, new TextEncoder().encode('%PDF-1.4 whole'));
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.4 whole');
    // A target that is a folder cannot be replaced: the error is one line and no temp file stays behind.
    await mkdir(path.join(dir, 'taken.pdf'));
    await expect(writeFileAtomically(path.join(dir, 'taken.pdf'), new Uint8Array([1]))).rejects.toThrow(
      /^cannot write .*taken\.pdf: /,
    );
    expect((await readdir(dir)).sort()).toEqual(['out.pdf', 'taken.pdf']);
  });
});
