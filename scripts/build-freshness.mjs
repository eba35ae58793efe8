// Whether out/ holds a build at least as new as the sources it was built from.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** The newest modification time among the files under a folder. */
function newestUnder(dir, newest = 0) {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    newest = item.isDirectory() ? newestUnder(full, newest) : Math.max(newest, mtime(full));
  }
  return newest;
}

/** Path of a built main-process entry (cli, host, start, index, import-worker). */
export function builtEntry(name) {
  return path.join(projectRoot, 'out', 'main', `${name}.js`);
}

/** True when the built entry exists and nothing it is built from changed after it was written. */
export function isBuildFresh(name) {
  const built = mtime(builtEntry(name));
  return (
    built >= 0 &&
    newestUnder(path.join(projectRoot, 'src')) <= built &&
    mtime(path.join(projectRoot, 'electron.vite.config.ts')) <= built &&
    mtime(path.join(projectRoot, 'package.json')) <= built
  );
}
