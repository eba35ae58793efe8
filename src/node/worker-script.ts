import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a worker thread's script is: `<name>-boot.mjs` (which registers tsx) when Soundbite runs from source, else
 * the built entry `<name>.js` beside the bundle (this module may sit in a chunk one folder below it). Null when
 * neither exists (a bundle without it): callers then do the work in their own thread.
 */
export function workerScript(name: string): string | null {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  const candidates = here.endsWith('.ts')
    ? [path.join(dir, `${name}-boot.mjs`)]
    : [path.join(dir, `${name}.js`), path.join(dir, '..', `${name}.js`)];
  return candidates.find((c) => existsSync(c)) ?? null;
}
