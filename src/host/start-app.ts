/**
 * `npm start`: the desktop app where an Electron binary exists, otherwise browser mode on 127.0.0.1 in this process.
 * Browser mode prints the address to open rather than launching a browser with it: on a command line, its access key
 * would be visible to every local user.
 */
import { spawn } from 'node:child_process';
import { findElectronBinary } from '../node/electron-binary';
import { projectRoot } from '../node/paths';

const binary = findElectronBinary();
if (binary) {
  const child = spawn(binary, [projectRoot()], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
} else {
  console.log('No Electron binary is installed on this machine, so Soundbite starts in browser mode instead.');
  process.argv.splice(2, 0, '--demo-if-new');
  await import('./main');
}
