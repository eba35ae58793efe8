import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { removeDir, ROOT, SEED, SHARED, tempDir } from '../helpers/temp-library';

const run = (args: string[], input?: string) => runCli(args, input);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('soundbite-cli-');
});
afterAll(async () => removeDir(dir));

// Each command is its own process (TypeScript compiled at start): on a loaded 2-core machine a test takes minutes.
describe('soundbite CLI', () => {
  it('extract --jsonl writes one JSON line per input line and nothing else', async () => {
    const dev = (await readFile(path.join(SHARED, 'bench', 'quotes-dev.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .slice(0, 3);
    const input = dev.map((l) => {
      const r = JSON.parse(l) as { id: string; text: string };
      return JSON.stringify({ id: r.id, text: r.text });
    });
    const seedText = await readFile(SEED, 'utf8');
    input.push(JSON.stringify({ id: 'seed', text: seedText }));
    const { code, stdout } = await run(['extract', '--jsonl'], input.join('\n') + '\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const parsed = lines.map(
      (l) =>
        JSON.parse(l) as {
          id: string;
          statements: Array<{ speaker: string; quote: string; start: number; end: number; kind: string; cue: string }>;
        },
    );
    expect(parsed.map((p) => p.id)).toEqual([...dev.map((l) => (JSON.parse(l) as { id: string }).id), 'seed']);
    const seed = parsed[3]!;
    for (const s of seed.statements) {
      expect(seedText.slice(s.start, s.end)).toBe(s.quote);
      expect(['direct', 'indirect']).toContain(s.kind);
    }
    const putin = seed.statements.filter((s) => s.speaker === 'Vladimir Putin').map((s) => s.quote);
    expect(putin.some((q) => q.includes('has no place for closed military and political alliances'))).toBe(true);
    expect(seed.statements.some((s) => /Thursday|Secretary-General/.test(s.speaker))).toBe(false);
  }, 240_000);

  it('imports files into a library folder, lists them, and prints a filtered PDF report', async () => {
    const imported = await run(['import', SEED, path.join(ROOT, 'resources', 'demo', 'articles'), '--data-dir', dir]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/15 imported, 0 duplicates, 0 failed/);
    const again = await run(['import', SEED, '--data-dir', dir]);
    expect(again.stdout).toMatch(/0 imported, 1 duplicates/);
    const listed = await run(['list', '--data-dir', dir]);
    expect(listed.stdout).toContain('Islam Times');
    const pdf = path.join(dir, 'putin.pdf');
    const report = await run([
      'report',
      '--pdf',
      pdf,
      '--actor',
      'Vladimir Putin',
      '--title',
      'Putin only',
      '--data-dir',
      dir,
    ]);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    const bytes = await readFile(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
    }
    text = text.replace(/\s+/g, ' ');
    expect(text).toContain('Putin only');
    expect(text).toContain('It is absolutely crucial that Russian-Chinese relations');
    expect(text).not.toContain('Mirela Dascu');
  }, 240_000);

  it('says clearly what is wrong with a bad command', async () => {
    const { code, stderr } = await run(['report', '--data-dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('report needs --pdf out.pdf');
    const unknownActor = await run([
      'report',
      '--pdf',
      path.join(dir, 'x.pdf'),
      '--actor',
      'Nobody Atall',
      '--data-dir',
      dir,
    ]);
    expect(unknownActor.stderr).toContain('no actor named "Nobody Atall"');
  }, 240_000);
});
