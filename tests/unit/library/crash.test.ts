// Crash suite: a real writer process is killed with SIGKILL at random moments during imports and during bursts of
// edits. After each kill the library must reopen whole, with every acknowledged operation in it, no statement
// naming a missing actor, nothing damaged, and the dead writer's lock and unfinished writes taken care of.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFirstScreen, FIRST_SCREEN_FILE } from '../../../src/core/library/first-screen';
import { pathItems, openWorkbench, removeDir, ROOT, SEED, tempDir } from '../../helpers/temp-library';

const TRIALS = Number(process.env.SOUNDBITE_CRASH_TRIALS ?? 20);
const CHILD = path.join(ROOT, 'tests', 'helpers', 'crash-child.ts');
const DEMO = path.join(ROOT, 'resources', 'demo', 'articles');

let dir: string;
let inbox: string;
beforeAll(async () => {
  dir = await tempDir('soundbite-crash-');
  inbox = await tempDir('soundbite-crash-inbox-');
  // Many distinct articles: the demo texts, each with a different closing line.
  const names = (await readdir(DEMO)).filter((n) => n.endsWith('.txt'));
  for (let i = 0; i < 20; i++) {
    for (const n of names) {
      const text = await readFile(path.join(DEMO, n), 'utf8');
      await writeFile(path.join(inbox, `${i}-${n}`), `${text}\n\nFiled as copy ${i} of ${n}.`);
    }
  }
  const wb = await openWorkbench(dir);
  await wb.importFiles(pathItems(DEMO, SEED));
  await wb.close();
});
afterAll(async () => {
  await removeDir(dir);
  await removeDir(inbox);
});

/** Runs the writer until it has acknowledged `after` operations (or finished), then kills it with SIGKILL. */
function runAndKill(mode: 'import' | 'edit', after: number, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, mode, inbox, String(seed)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') continue;
        acks.push(line);
        if (acks.length >= after) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`writer failed (${code}): ${stderr}`));
      else resolve(acks.filter((a) => a !== 'done'));
    });
  });
}

const totals = {
  trials: 0,
  imports: 0,
  edits: 0,
  acknowledged: 0,
  tempFilesCleaned: 0,
  firstScreensLeft: 0,
  failures: 0,
};

describe(`crash suite (${TRIALS} kills)`, () => {
  it('every kill leaves a library that opens with every acknowledged operation', async () => {
    let seed = 7;
    for (let trial = 0; trial < TRIALS; trial++) {
      const mode = trial % 2 === 0 ? 'import' : 'edit';
      seed = (seed * 48271) % 2147483647;
      const acks = await runAndKill(mode, 1 + (seed % (mode === 'import' ? 12 : 40)), seed);
      const trashBefore = await readdir(path.join(dir, 'trash')).catch(() => [] as string[]);

      const wb = await openWorkbench(dir);
      // A saved first screen left by the killed writer must describe the library as it reopened (or be gone).
      const screenFile = path.join(dir, 'index', FIRST_SCREEN_FILE);
      const screen = existsSync(screenFile) ? decodeFirstScreen(new Uint8Array(await readFile(screenFile))) : null;
      const stale: string[] = [];
      if (screen) {
        totals.firstScreensLeft++;
        const everything = { limit: 1_000_000 };
        if (!isDeepStrictEqual(screen.queryArticles(everything), await wb.queryArticles(everything)))
          stale.push('the saved first screen lists other articles than the library');
      }
      const health = await wb.checkLibrary();
      const problems = health.problems.filter((p) => p.severity === 'damage' || p.kind === 'missing-speakers');
      const trashAfter = await readdir(path.join(dir, 'trash')).catch(() => [] as string[]);
      totals.tempFilesCleaned += trashAfter.filter((n) => !trashBefore.includes(n) && /\.tmp$/.test(n)).length;

      const lastNote = new Map<string, string>();
      const merged = new Map<string, string>();
      for (const a of acks) {
        const note = /^note (\S+) (note \d+)$/.exec(a);
        if (note) lastNote.set(note[1]!, note[2]!);
        const m = /^merge (\S+) into (\S+)$/.exec(a);
        if (m) merged.set(m[1]!, m[2]!);
      }
      const missing: string[] = [...stale];
      const topics = new Set((await wb.listTopics()).map((t) => t.name));
      const actorIds = new Set((await wb.listActors()).map((a) => a.id));
      for (const a of acks) {
        const imported = /^import (\S+)$/.exec(a);
        if (imported) await wb.getArticle(imported[1]!).catch(() => missing.push(a));
        const topic = /^topic (.+)$/.exec(a);
        if (topic && !topics.has(topic[1]!)) missing.push(a);
        const m = /^merge (\S+) into (\S+)$/.exec(a);
        // The merged actor is gone; the one it went into stays, unless a later merge took it too.
        if (m && (actorIds.has(m[1]!) || !(actorIds.has(m[2]!) || merged.has(m[2]!)))) missing.push(a);
      }
      const timeline = await wb.queryTimeline({}, { limit: 5000 });
      const byId = new Map(timeline.rows.map((r) => [r.statement.id, r.statement]));
      for (const [id, note] of lastNote) {
        const s = byId.get(id);
        if (s?.note !== note || s.status !== 'accepted') missing.push(`note ${id}: ${s?.note} ≠ ${note}`);
      }
      await wb.close();

      totals.trials++;
      totals[mode === 'import' ? 'imports' : 'edits']++;
      totals.acknowledged += acks.length;
      if (missing.length || problems.length) totals.failures++;
      expect({ trial, mode, missing, problems: problems.map((p) => p.message) }).toEqual({
        trial,
        mode,
        missing: [],
        problems: [],
      });
    }
    console.log(
      `crash suite: ${totals.trials} trials (${totals.imports} during imports, ${totals.edits} during edit bursts), ` +
        `${totals.acknowledged} acknowledged operations checked, ${totals.tempFilesCleaned} unfinished writes moved to the trash, ` +
        `${totals.firstScreensLeft} saved first screens left (each matched the library), ` +
        `${totals.failures} failures`,
    );
  }, 900_000);
});
