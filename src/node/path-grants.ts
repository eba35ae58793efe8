/**
 * Paths the desktop renderer may hand to the main process: only files and folders the analyst dropped or chose in
 * that window, each for a short while. The preload grants a path when it reads one from a real File (a page cannot
 * forge one: a File it builds itself has no path), so a compromised page cannot make main read arbitrary files.
 */
import path from 'node:path';

const GRANT_MS = 10 * 60_000;

export class PathGrants {
  private readonly expiry = new Map<string, number>();

  constructor(
    private readonly ttlMs = GRANT_MS,
    private readonly now: () => number = Date.now,
  ) {}

  grant(p: string): void {
    this.expiry.set(path.resolve(p), this.now() + this.ttlMs);
  }

  /** True while the grant lasts; each grant is good for one import. */
  take(p: string): boolean {
    const key = path.resolve(p);
    const until = this.expiry.get(key);
    this.expiry.delete(key);
    return until !== undefined && until >= this.now();
  }
}

export const NOT_GRANTED = 'not a file dropped on or chosen in this window; drop it again or use Import files…';
