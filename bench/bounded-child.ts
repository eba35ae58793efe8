// Runs one bench phase as a child process (TypeScript through tsx) with a time bound, so that a phase that runs
// out of memory or never ends is reported — "did not finish in N min", with the last progress it printed — and
// the bench still finishes. The child's lines are echoed as they come; lines starting with "progress:" are kept
// (the newest one) to be quoted if the phase does not finish; lines "table:<row>\t<figure>" are not echoed but
// collected, for the summary table the parent prints.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildOutcome {
  finished: boolean;
  /** Why it did not finish: the time bound, a signal, an exit code, the last error line. */
  reason: string | null;
  lastProgress: string | null;
  table: Map<string, string>;
}

export async function runBoundedChild(
  script: string,
  args: string[],
  options: { minutes: number; env?: NodeJS.ProcessEnv; indent?: string },
): Promise<ChildOutcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let lastProgress: string | null = null;
  const table = new Map<string, string>();
  const errorTail: string[] = [];
  const indent = options.indent ?? '';
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('table:')) {
      const [row, figure] = line.slice('table:'.length).split('\t');
      table.set(row!, figure ?? '');
    } else if (line.startsWith('progress:')) {
      lastProgress = line.slice('progress:'.length).trim();
      console.log(`${indent}  … ${lastProgress}`);
    } else console.log(`${indent}${line}`);
  });
  createInterface({ input: child.stderr }).on('line', (line) => {
    process.stderr.write(`${indent}${line}\n`);
    if (line.trim()) errorTail.push(line.trim());
    if (errorTail.length > 20) errorTail.shift();
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.minutes * 60_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (c, s) => resolve({ code: c, signal: s })),
  );
  clearTimeout(timer);
  if (timedOut) return { finished: false, reason: `did not finish in ${options.minutes} min`, lastProgress, table };
  if (code === 0) return { finished: true, reason: null, lastProgress, table };
  const oom = errorTail.find((l) => /heap out of memory|Allocation failed/i.test(l));
  const lastError = oom ?? errorTail.filter((l) => !l.startsWith('at ')).pop() ?? '';
  return {
    finished: false,
    reason: `process died (${signal ?? `exit code ${code}`})${lastError ? `: ${lastError}` : ''}`,
    lastProgress,
    table,
  };
}
