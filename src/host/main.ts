import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, projectRoot } from '../node/paths';
import { startHost } from './start-host';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
  },
});

const dataDir = values['data-dir'] ?? defaultDataDir();
const rendererDir = path.join(projectRoot(), 'out', 'renderer');
if (!existsSync(path.join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run build` first (npm run serve does this for you).');
  process.exit(1);
}
// A stable address is easier to bookmark; if another program holds it, any free port will do.
const host = await startHost({ dataDir, port: values.port ? Number(values.port) : 5178, fallbackToFreePort: !values.port });
console.log(`Soundbite (browser mode) is running at ${host.server.url}  library: ${dataDir}`);
const stop = async () => {
  await host.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
