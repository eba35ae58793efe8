// Concurrency suite: writers racing for one library in real processes — on a free library and on a lock left by a
// crashed process — get exactly one winner; every loser is refused with the winner's name.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLockOwner } from '../../../src/node/library-lock';
import { removeDir, ROOT, tempDir, writeCrashedLock } from '../../helpers/temp-library';

const RACER = path.join(ROOT, 'tests', 'helpers', 'lock-racer.ts');
const TRIALS = 6;
const RACERS = 4;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('soundbite-race-');
});
afterAll(async () => removeDir(dir));

function race(): Promise<{ answers: string[]; children: ChildProcess[] }> {
  const children = Array.from({ length: RACERS }, (_, i) =>
    spawn(process.execPath, ['--import', 'tsx', RACER, dir, `racer ${i}`], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const answers = children.map(
    (child) =>
      new Promise<string>((resolve) => {
        let out = '';
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        child.on('close', () => resolve(out.trim()));
      }),
  );
  return Promise.all(answers).then((a) => ({ answers: a, children }));
}

const stop = (children: ChildProcess[]) =>
  Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null) return resolve();
          c.on('close', () => resolve());
          c.stdin!.end();
        }),
    ),
  );

describe(`concurrency suite (${TRIALS} races of ${RACERS} writer processes)`, () => {
  it('exactly one writer wins each race, also over a crashed writer’s lock', async () => {
    let refusals = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      if (trial % 2 === 1) await writeCrashedLock(dir, 'x');
      const { answers, children } = await race();
      const winners = answers.filter((a) => a === 'won');
      expect({ trial, winners: winners.length, answers }).toMatchObject({ trial, winners: 1 });
      const winner = `racer ${answers.indexOf('won')}`;
      for (const a of answers.filter((x) => x !== 'won')) expect(a).toBe(`refused ${winner}`);
      expect((await readLockOwner(dir))?.app).toBe(winner);
      refusals += answers.length - 1;
      await stop(children);
      expect(await readLockOwner(dir)).toBeNull();
    }
    console.log(
      `concurrency suite: ${TRIALS} races of ${RACERS} writer processes (${TRIALS / 2} over a crashed writer's lock), ` +
        `${TRIALS} winners, ${refusals} refusals naming the winner, 0 failures`,
    );
  }, 300_000);
});
