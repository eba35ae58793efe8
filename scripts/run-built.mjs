// Runs a built entry (out/main/<name>.js: cli, host, start) as plain JavaScript, building first only when the
// sources are newer than the build. Plain JavaScript starts in a tenth of the time tsx needs to compile the sources.
// Usage: node scripts/run-built.mjs <cli|host|start> [args…]
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { builtEntry, isBuildFresh, projectRoot } from './build-freshness.mjs';

const [name] = process.argv.splice(2, 1);
if (!['cli', 'host', 'start'].includes(name)) {
  process.stderr.write('usage: node scripts/run-built.mjs <cli|host|start> [args…]\n');
  process.exit(2);
}
if (!isBuildFresh(name)) {
  // stdout stays the command's own (`cli extract --jsonl` writes data there): the build reports on stderr.
  process.stderr.write('Soundbite: building the app (a first start, or the sources changed since the last build)…\n');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['electron-vite', 'build'], { cwd: projectRoot, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(builtEntry(name)).href);
