/**
 * Fuzz suite for every reader behind readDocument: inputs made from the import fixtures by seeded mutations
 * (tests/fuzz/cases.ts), read in worker processes that are killed when an input hangs or dies
 * (tests/fuzz/run-fuzz.ts). readDocument must return well-formed entries for every input: never throw, never hang.
 *
 *   SOUNDBITE_FUZZ_INPUTS   how many inputs (default 10,000; `npm run test:long` runs 100,000)
 *   SOUNDBITE_FUZZ_CASES    only these input numbers, e.g. "1234,5678" (replays a failure; the seed must match)
 *   SOUNDBITE_FUZZ_SEED     run seed (default 0x5eed)
 *   SOUNDBITE_FUZZ_WORKERS  worker processes (default 2)
 *   SOUNDBITE_FUZZ_HANG_MS  time one input may take before it counts as a hang (default 60,000: the import pool's own
 *                           limit, so a hang here is an input the app would abandon). readDocument itself gets half
 *                           of it: an input it stops at that limit (one error line, as an import shows) is counted
 *                           and printed, not failed; one it cannot stop is a hang.
 *   SOUNDBITE_FUZZ_VERBOSE  also print reading time per reader and the ten slowest inputs
 * Failing inputs are written to <tmp>/soundbite-fuzz/ (not test-results/, which Playwright empties) and printed
 * with the recipe that rebuilds them.
 */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUZZ_FORMATS } from '../../fuzz/corpus';
import { runFuzz, type Failure, type FuzzReport } from '../../fuzz/run-fuzz';

const ROOT = path.resolve(__dirname, '../../..');
const env = (name: string, fallback: number) => {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, got ${JSON.stringify(raw)}`);
  return n;
};

const FAILURE_DIR = path.join(os.tmpdir(), 'soundbite-fuzz');
const INPUTS = Math.floor(env('SOUNDBITE_FUZZ_INPUTS', 10_000));
const SEED = env('SOUNDBITE_FUZZ_SEED', 0x5eed);
const WORKERS = Math.max(1, Math.floor(env('SOUNDBITE_FUZZ_WORKERS', 2)));
const HANG_MS = env('SOUNDBITE_FUZZ_HANG_MS', 60_000);
const ONLY = (process.env['SOUNDBITE_FUZZ_CASES'] ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .map(Number);
const READ_TIMEOUT_MS = Math.floor(HANG_MS / 2);
const INDEXES = ONLY.length > 0 ? ONLY : Array.from({ length: INPUTS }, (_, i) => i);
// Never expected to trigger: only the per-input hang limit judges time. It is there so a broken runner cannot
// keep CI waiting forever.
const SUITE_TIMEOUT_MS = Math.max(30 * 60_000, INDEXES.length * 300);

function summary(r: FuzzReport): string {
  const per = FUZZ_FORMATS.map((f) => `${f} ${r.perFormat[f] ?? 0}`).join(', ');
  const n = (kind: Failure['kind']) => r.failures.filter((f) => f.kind === kind).length;
  return (
    `fuzz suite: ${r.inputs} inputs (${per}), ${n('uncaught')} uncaught, ${n('hang')} hangs, ` +
    `${n('malformed')} malformed, ${r.timedOut.length} stopped at the ${READ_TIMEOUT_MS / 1000} s read limit, ${n('harness') ? `${n('harness')} inputs the suite failed to build, ` : ''}slowest ${Math.round(r.slowest.ms)} ms (${r.slowest.format} #${r.slowest.index}), ` +
    `${(r.elapsedMs / 1000).toFixed(0)} s with ${WORKERS} workers, seed ${SEED}`
  );
}

describe('fuzz: readDocument on mutated fixtures', () => {
  it(
    `returns entries for every input, never throws or hangs (${INDEXES.length} inputs)`,
    async () => {
      const step = Math.max(10_000, Math.ceil(INDEXES.length / 10));
      const report = await runFuzz({
        fixturesDir: path.join(ROOT, 'tests/fixtures/import'),
        runSeed: SEED,
        maxRepeatBytes: 3 * 1024 * 1024,
        indexes: INDEXES,
        workers: WORKERS,
        hangMs: HANG_MS,
        readTimeoutMs: READ_TIMEOUT_MS,
        startupMs: 180_000,
        failureDir: FAILURE_DIR,
        onProgress: (done) => {
          if (INDEXES.length > step && done % step === 0) console.log(`fuzz: ${done} / ${INDEXES.length} inputs`);
        },
      });
      console.log(summary(report));
      if (process.env['SOUNDBITE_FUZZ_VERBOSE']) {
        const ms = FUZZ_FORMATS.map((f) => `${f} ${Math.round(report.msPerFormat[f] ?? 0)}`).join(', ');
        console.log(`fuzz reading time per reader (ms): ${ms}`);
        for (const s of report.slowestCases) console.log(`  ${Math.round(s.ms)} ms  ${s.recipe}`);
      }
      for (const f of report.failures) console.log(`  ${f.kind}: ${f.message}\n    ${f.recipe}`);
      if (report.failures.length > 0) console.log(`  failing inputs written to ${FAILURE_DIR}`);
      for (const t of report.timedOut) console.log(`  stopped at the read limit: ${t.format} #${t.index}`);
      const open = report.failures;
      expect(report.inputs).toBe(INDEXES.length);
      expect(open.filter((f) => f.kind === 'uncaught')).toEqual([]);
      expect(open.filter((f) => f.kind === 'hang')).toEqual([]);
      expect(open.filter((f) => f.kind === 'malformed')).toEqual([]);
      expect(open.filter((f) => f.kind === 'harness')).toEqual([]);
    },
    SUITE_TIMEOUT_MS,
  );
});
