/**
 * Runs fuzz inputs through readDocument in worker processes and watches them from outside, so a reader that hangs
 * (even in a synchronous loop) or kills its process is caught and reported instead of stopping the suite.
 *   runFuzz(options) -> FuzzReport: inputs per reader, failures (uncaught, malformed, hang) with their recipes,
 *                       the slowest input
 * A worker that sends nothing for `hangMs` while an input runs is killed, the input recorded as a hang, and a
 * fresh worker takes the rest of its batch. Failing inputs are also written to `failureDir` to replay by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork, type ChildProcess } from 'node:child_process';
import { buildCase, type FuzzCase } from './cases';
import { loadCorpus, type Corpus } from './corpus';
import type { Batch, FailureKind, WorkerConfig, WorkerMessage } from './protocol';

export interface FuzzOptions extends WorkerConfig {
  indexes: number[];
  workers: number;
  hangMs: number;
  /** How long a worker may take to load the corpus and pdf.js before the run gives up. */
  startupMs: number;
  failureDir?: string;
  onProgress?: (done: number) => void;
}

export interface Failure {
  index: number;
  format: string;
  kind: FailureKind | 'hang';
  message: string;
  recipe: string;
}

export interface FuzzReport {
  inputs: number;
  /** Inputs the reader stopped at its own time limit (one error line each, as an import would show). */
  timedOut: { index: number; format: string }[];
  perFormat: Record<string, number>;
  failures: Failure[];
  slowest: { ms: number; format: string; index: number };
  /** Reading time per reader, summed over its inputs (for balancing the mix). */
  msPerFormat: Record<string, number>;
  /** The ten slowest inputs, slowest first, with their recipes. */
  slowestCases: { ms: number; recipe: string }[];
  elapsedMs: number;
}

const BATCH = 16;
const BOOT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fuzz-worker-boot.mjs');

interface Slot {
  worker: ChildProcess;
  ready: boolean;
  spawnedAt: number;
  lastActivity: number;
  current: number | null;
  pending: number[];
  retired: boolean;
  stderrTail: string;
}

/** The line that says why a process died (V8's fatal error, out of memory), else the end of its stderr. */
function stderrSummary(stderr: string): string {
  const fatal = [...stderr.matchAll(/^#?\s*(.*(?:Fatal|FATAL ERROR|out of memory).*)$/gm)].map((m) => m[1]!.trim());
  const text = fatal.length > 0 ? [...new Set(fatal)].join('; ') : stderr.trim();
  return text ? ` (${text.slice(-300)})` : '';
}

export function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const corpus: Corpus = loadCorpus(options.fixturesDir);
  const queue = [...options.indexes];
  const report: FuzzReport = {
    inputs: 0,
    timedOut: [],
    perFormat: {},
    failures: [],
    slowest: { ms: 0, format: '', index: -1 },
    msPerFormat: {},
    slowestCases: [],
    elapsedMs: 0,
  };
  const slowest: { ms: number; index: number }[] = [];
  const slots = new Set<Slot>();
  const config: WorkerConfig = {
    fixturesDir: options.fixturesDir,
    runSeed: options.runSeed,
    maxRepeatBytes: options.maxRepeatBytes,
    readTimeoutMs: options.readTimeoutMs,
  };

  return new Promise<FuzzReport>((resolve, reject) => {
    let finished = false;

    const rebuild = (index: number): FuzzCase =>
      buildCase(corpus, options.runSeed, index, { maxRepeatBytes: options.maxRepeatBytes });
    /** The input's format and recipe, for a report; never throws (building it may be what failed). */
    const describe = (index: number): { format: string; recipe: string } => {
      try {
        return rebuild(index);
      } catch (e) {
        return { format: 'unknown', recipe: `#${index} (cannot be rebuilt: ${e instanceof Error ? e.message : e})` };
      }
    };

    const count = (format: string) => {
      report.inputs++;
      report.perFormat[format] = (report.perFormat[format] ?? 0) + 1;
      options.onProgress?.(report.inputs);
    };

    const fail = (
      index: number,
      kind: Failure['kind'],
      message: string,
      known?: { format: string; recipe: string },
    ) => {
      const c = known ?? describe(index);
      report.failures.push({ index, format: c.format, kind, message, recipe: c.recipe });
      if (options.failureDir && kind !== 'harness') {
        const input = rebuild(index);
        mkdirSync(options.failureDir, { recursive: true });
        writeFileSync(path.join(options.failureDir, `case-${index}-${input.name}`), input.bytes);
      }
    };

    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      for (const s of slots) s.worker.kill('SIGKILL');
      report.slowestCases = slowest.map((s) => ({ ms: s.ms, recipe: describe(s.index).recipe }));
      report.elapsedMs = performance.now() - started;
      resolve(report);
    };

    const abort = (err: Error) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      for (const s of slots) s.worker.kill('SIGKILL');
      reject(err);
    };

    const feed = (slot: Slot) => {
      if (slot.pending.length > 0) return;
      if (queue.length === 0) {
        if ([...slots].every((s) => s.pending.length === 0)) finish();
        return;
      }
      slot.pending = queue.splice(0, BATCH);
      slot.lastActivity = performance.now();
      slot.worker.send({ indexes: slot.pending } satisfies Batch);
    };

    /** Ends a worker that hung or died: its running input is a failure, the rest of its batch goes to a new one. */
    const replace = (slot: Slot, kind: Failure['kind'], message: string) => {
      if (slot.retired) return;
      slot.retired = true;
      slots.delete(slot);
      slot.worker.kill('SIGKILL');
      const index = slot.current ?? slot.pending[0];
      if (index !== undefined) {
        const c = describe(index);
        count(c.format);
        fail(index, kind, message, c);
      }
      queue.unshift(...slot.pending.filter((i) => i !== index));
      if (!finished) spawn();
    };

    const onMessage = (slot: Slot, m: WorkerMessage) => {
      slot.lastActivity = performance.now();
      if (m.type === 'ready') {
        slot.ready = true;
        feed(slot);
      } else if (m.type === 'start') slot.current = m.index;
      else if (m.type === 'stray') {
        if (m.index >= 0) fail(m.index, 'uncaught', m.message);
      } else {
        count(m.format);
        if (m.timedOut) report.timedOut.push({ index: m.index, format: m.format });
        if (m.ms > report.slowest.ms) report.slowest = { ms: m.ms, format: m.format, index: m.index };
        report.msPerFormat[m.format] = (report.msPerFormat[m.format] ?? 0) + m.ms;
        if (slowest.length < 10 || m.ms > slowest[slowest.length - 1]!.ms) {
          slowest.push({ ms: m.ms, index: m.index });
          slowest.sort((a, b) => b.ms - a.ms).splice(10);
        }
        if (m.kind) fail(m.index, m.kind, m.message ?? '', { format: m.format, recipe: m.recipe ?? '' });
        slot.current = null;
        slot.pending = slot.pending.filter((i) => i !== m.index);
        feed(slot);
      }
    };

    const spawn = () => {
      const worker = fork(BOOT, [JSON.stringify(config)], {
        // Not the test runner's loader flags: the boot file registers tsx itself. A reader that allocates without
        // bound stops at 2 GB instead of taking the machine's memory.
        execArgv: ['--max-old-space-size=2048'],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      const slot: Slot = {
        worker,
        ready: false,
        spawnedAt: performance.now(),
        lastActivity: performance.now(),
        current: null,
        pending: [],
        retired: false,
        stderrTail: '',
      };
      slots.add(slot);
      // Keep only the end of stderr, to explain a worker that died (V8 prints its fatal errors there).
      worker.stderr?.on(
        'data',
        (chunk: Buffer) => (slot.stderrTail = (slot.stderrTail + chunk.toString()).slice(-8000)),
      );
      worker.on('message', (m: WorkerMessage) => {
        try {
          onMessage(slot, m);
        } catch (e) {
          abort(e instanceof Error ? e : new Error(String(e)));
        }
      });
      const died = (why: string) => {
        if (slot.retired || finished) return;
        if (!slot.ready) return abort(new Error(`a fuzz worker failed to start: ${why}\n${slot.stderrTail}`));
        replace(slot, 'uncaught', `worker process died while reading: ${why}${stderrSummary(slot.stderrTail)}`);
      };
      worker.on('error', (e) => died(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
      // 'close' rather than 'exit': by then stderr has been read to the end.
      worker.on('close', (code, signal) => died(signal ? `killed by ${signal}` : `exit code ${code}`));
    };

    const watchdog = setInterval(() => {
      const now = performance.now();
      for (const slot of [...slots]) {
        if (!slot.ready && now - slot.spawnedAt > options.startupMs)
          abort(new Error(`a fuzz worker did not start within ${options.startupMs} ms`));
        else if (slot.ready && slot.pending.length > 0 && now - slot.lastActivity > options.hangMs)
          replace(slot, 'hang', `no answer for ${Math.round((now - slot.lastActivity) / 1000)} s: killed`);
      }
    }, 250);

    if (queue.length === 0) return finish();
    for (let i = 0; i < Math.max(1, options.workers); i++) spawn();
  });
}
