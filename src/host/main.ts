import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LibraryLockedError } from '../node/library-lock';
import { isNewLibrary } from '../node/demo-library';
import { defaultDataDir, projectRoot } from '../node/paths';
import { startHost, type RunningHost } from './start-host';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'read-only': { type: 'boolean' },
    // `npm start` passes it: a library folder that has never been opened starts with the demo articles.
    'demo-if-new': { type: 'boolean' },
  },
});

const dataDir = values['data-dir'] ?? defaultDataDir();
const rendererDir = path.join(projectRoot(), 'out', 'renderer');
if (!existsSync(path.join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run build` first (npm run serve does this for you).');
  process.exit(1);
}
const port = values.port === undefined ? 5178 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number (0–65535), not "${values.port}".`);
  process.exit(1);
}
const fillWithDemo = values['demo-if-new'] === true && isNewLibrary(dataDir);
let host: RunningHost;
try {
  // The usual port keeps the address familiar; if another program holds it, any free port will do.
  host = await startHost({
    dataDir,
    port,
    fallbackToFreePort: values.port === undefined,
    access: values['read-only'] ? 'read' : 'write',
    // The address is printed as soon as the server listens: a large library then shows its progress in the page.
    onListening: (server, readOnly) =>
      console.log(
        `Soundbite (browser mode) is running. Open this address, which carries this run's access key:\n\n  ${server.appUrl}\n\nlibrary: ${dataDir}${readOnly ? ' (read-only)' : ''}`,
      ),
  });
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'EADDRINUSE'
      ? `port ${port} is already in use (leave out --port to take any free one)`
      : (err as Error).message;
  console.error(`Soundbite could not start: ${reason}`);
  if (err instanceof LibraryLockedError) {
    console.error(
      'To look at the library without changing it: npm run serve -- --read-only (or --data-dir another library)',
    );
    process.exit(3);
  }
  process.exit(1);
}
if (fillWithDemo && !host.workbench.readOnly) {
  console.log('A new library: adding the demo articles (fictional) so there is something to look at…');
  const demo = await host.workbench.loadDemoLibrary('demo');
  console.log(`${demo.imported} demo articles, ${demo.statements} statements.`);
}
const stop = async () => {
  await host.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
