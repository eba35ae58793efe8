// `npm start`: the desktop app where an Electron binary exists, otherwise browser mode on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from '../src/node/electron-binary';

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = findElectronBinary();
if (!binary)
  console.log('No Electron binary is installed on this machine, so Soundbite starts in browser mode instead.');
// Browser mode prints the address to open rather than launching a browser with it: on a command line, its access
// key would be visible to every local user.
const child = binary
  ? spawn(binary, ['.'], { stdio: 'inherit' })
  : spawn('npx', ['tsx', 'src/host/main.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
