// A writer that opens a library (converting or re-sharding it at open if it needs to) and closes it; killed (-9)
// part-way by tests/unit/library/shard-layout-crash.test.ts. Prints "opened" once the open has finished.
import { writeSync } from 'node:fs';
import path from 'node:path';
import { composeWorkbench } from '../../src/node/compose-workbench';

const [dataDir] = process.argv.slice(2);
const wb = await composeWorkbench({
  dataDir: dataDir!,
  resourcesDir: path.resolve('resources'),
  allowPaths: true,
  workers: false,
  app: 'shard layout crash test',
});
writeSync(1, 'opened\n');
await wb.close();
