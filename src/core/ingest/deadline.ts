/**
 * Time limits for reading. Only asynchronous waits can be cut here (a parser stuck in synchronous work holds the
 * thread): hosts read in a worker thread and terminate it at the same limit (src/node/import-pool.ts).
 */
import { IngestError } from './decode-text';
import { seconds } from './sizes';

/** Longest one file (with everything inside it) may take to read. */
export const READ_TIME_LIMIT_MS = 60_000;

/** The one-line message for a file that ran out of time, in every entry point. */
export function tookTooLongMessage(name: string, ms: number): string {
  return `could not read ${name}: took longer than ${seconds(ms)}`;
}

export class DeadlineError extends IngestError {
  constructor(readonly limitMs: number) {
    super(`took longer than ${seconds(limitMs)}`);
    this.name = 'DeadlineError';
  }
}

/** Settles like `work`, or rejects with DeadlineError after `ms` (calling `onTimeout` to release resources). */
export async function withDeadline<T>(
  work: Promise<T> | T,
  ms: number,
  limitMs: number = ms,
  onTimeout?: () => void,
): Promise<T> {
  if (!(work instanceof Promise)) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        onTimeout?.();
        reject(new DeadlineError(limitMs));
      },
      Math.max(0, ms),
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
