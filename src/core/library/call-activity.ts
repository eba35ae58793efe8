/**
 * When the workbench is busy serving calls, and when it has gone quiet: background work that blocks the event loop
 * for a while (the warm-up's index builds) waits for the first screen's calls to be answered, so a window that
 * opens a large library paints before those builds run.
 *
 *   track(api)        the same API, each method counted while in flight and stamped when it ends
 *   quiet()           resolves after the first calls have been answered and none ran for QUIET_MS — or, when no
 *                     call ever comes (a host without a window), after NO_CALLER_MS
 */
const QUIET_MS = 300;
const NO_CALLER_MS = 3000;

export class CallActivity {
  private inFlight = 0;
  private answered = 0;
  private lastEnd = 0;
  private readonly startedAt = Date.now();

  track<T extends object>(api: T): T {
    const out = {} as Record<string, unknown>;
    for (const [name, value] of Object.entries(api)) {
      out[name] =
        typeof value === 'function'
          ? (...args: unknown[]) => this.around(() => (value as (...a: unknown[]) => unknown).apply(api, args))
          : value;
    }
    return out as T;
  }

  private around(call: () => unknown): unknown {
    this.inFlight++;
    const done = () => {
      this.inFlight--;
      this.answered++;
      this.lastEnd = Date.now();
    };
    try {
      const result = call();
      if (result instanceof Promise) return result.finally(done);
      done();
      return result;
    } catch (err) {
      done();
      throw err;
    }
  }

  async quiet(): Promise<void> {
    for (;;) {
      const now = Date.now();
      const idle = this.inFlight === 0 && this.answered > 0 && now - this.lastEnd >= QUIET_MS;
      const nobody = this.answered === 0 && this.inFlight === 0 && now - this.startedAt >= NO_CALLER_MS;
      if (idle || nobody) return;
      const wait =
        this.inFlight > 0
          ? QUIET_MS
          : this.answered > 0
            ? QUIET_MS - (now - this.lastEnd)
            : NO_CALLER_MS - (now - this.startedAt);
      await new Promise((resolve) => setTimeout(resolve, Math.max(20, wait)));
    }
  }
}
