import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths';

/**
 * The installed Electron executable, or null when the package came without its binary (as where the binary
 * cannot be downloaded). Unlike require('electron'), this never tries to download anything.
 */
export function findElectronBinary(): string | null {
  const pkg = path.join(projectRoot(), 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkg, 'dist');
  if (!relative && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const candidate = path.join(dist, relative || 'electron');
  return existsSync(candidate) ? candidate : null;
}
