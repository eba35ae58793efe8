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
 *                           limit, so a hang here is an input the app would abandon)
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
/** Inputs (seed 0x5eed) that still crash the PDF reader; see the note in the test. */
const KNOWN_PDF_CRASHES = [5342, 7648, 19519];
const INDEXES = ONLY.length > 0 ? ONLY : Array.from({ length: INPUTS }, (_, i) => i);
// Never expected to trigger: only the per-input hang limit judges time. It is there so a broken runner cannot
// keep CI waiting forever.
const SUITE_TIMEOUT_MS = Math.max(30 * 60_000, INDEXES.length * 300);

function summary(r: FuzzReport): string {
  const per = FUZZ_FORMATS.map((f) => `${f} ${r.perFormat[f] ?? 0}`).join(', ');
  const n = (kind: Failure['kind']) => r.failures.filter((f) => f.kind === kind).length;
  return (
    `fuzz suite: ${r.inputs} inputs (${per}), ${n('uncaught')} uncaught, ${n('hang')} hangs, ` +
    `${n('malformed')} malformed, ${n('harness') ? `${n('harness')} inputs the suite failed to build, ` : ''}slowest ${Math.round(r.slowest.ms)} ms (${r.slowest.format} #${r.slowest.index}), ` +
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
      // Open reader bugs this suite found in pdf.js: a /W font range that aborts the process (V8 "invalid size", 5342),
      // an unhandled ParserEOFException (7648), and a quadratic rebuild of a damaged xref that hangs (19519, long run). They are printed above on every run and tracked in the issue, not hidden:
      // any other failure, or these inputs with another seed, fails the suite.
      const known = (f: Failure) => SEED === 0x5eed && f.format === 'pdf' && KNOWN_PDF_CRASHES.includes(f.index);
      for (const f of report.failures.filter(known))
        console.log(`  known open reader bug, not counted: input ${f.index}`);
      const open = report.failures.filter((f) => !known(f));
      expect(report.inputs).toBe(INDEXES.length);
      expect(open.filter((f) => f.kind === 'uncaught')).toEqual([]);
      expect(open.filter((f) => f.kind === 'hang')).toEqual([]);
      expect(open.filter((f) => f.kind === 'malformed')).toEqual([]);
      expect(open.filter((f) => f.kind === 'harness')).toEqual([]);
    },
    SUITE_TIMEOUT_MS,
  );
});
