import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './temp-library';

import { builtEntry, isBuildFresh } from '../../scripts/build-freshness.mjs';

/**
 * The built CLI when out/ is up to date (as after `npm run build`, and in `npm test`), else the sources under tsx:
 * a stale build would test old code, and building here could race other test files doing the same.
 */
const [PROGRAM, ENTRY] = isBuildFresh('cli')
  ? [process.execPath, builtEntry('cli')]
  : [path.join(ROOT, 'node_modules', '.bin', 'tsx'), path.join(ROOT, 'src', 'cli', 'main.ts')];

/** Runs the real CLI in its own process (never with the user's SOUNDBITE_DATA_DIR) and collects what it printed. */
export function runCli(
  args: string[],
  input = '',
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PROGRAM, [ENTRY, ...args], {
      cwd: ROOT,
      env: { ...process.env, SOUNDBITE_DATA_DIR: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}
