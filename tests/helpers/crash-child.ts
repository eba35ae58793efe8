// A writer that is killed (-9) by tests/unit/library/crash.test.ts at a random moment. It prints one line per
// acknowledged operation, written synchronously so every line on stdout is an operation that had finished.
import { writeSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { composeWorkbench } from '../../src/node/compose-workbench';

const [dataDir, mode, inbox, seedText] = process.argv.slice(2);
let seed = Number(seedText ?? 1);
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const ack = (line: string) => writeSync(1, `${line}\n`);

const wb = await composeWorkbench({
  dataDir: dataDir!,
  resourcesDir: path.resolve('resources'),
  allowPaths: true,
  workers: false,
  app: 'crash test writer',
});
ack('ready');
if (mode === 'import') {
  for (const name of (await readdir(inbox!)).sort(() => random() - 0.5)) {
    const summary = await wb.importFiles({ jobId: name, items: [{ kind: 'path', path: path.join(inbox!, name) }] });
    for (const f of summary.files) if (f.status === 'imported') ack(`import ${f.articleId}`);
  }
} else {
  const statements = (await wb.queryTimeline({}, { limit: 5000 })).rows.map((r) => r.statement.id);
  for (let n = 0; ; n++) {
    const roll = random();
    if (roll < 0.7) {
      const id = statements[Math.floor(random() * statements.length)]!;
      await wb.updateStatement(id, { status: 'accepted', note: `note ${n}` });
      ack(`note ${id} note ${n}`);
    } else if (roll < 0.85) {
      await wb.saveTopic({ name: `Topic ${seedText}-${n}`, query: `word${n}` });
      ack(`topic Topic ${seedText}-${n}`);
    } else {
      const actors = (await wb.listActors()).filter((a) => a.statementCount > 0);
      const [a, b] = [actors[Math.floor(random() * actors.length)], actors[Math.floor(random() * actors.length)]];
      if (a && b && a.id !== b.id) {
        await wb.mergeActors([a.id, b.id], a.id);
        ack(`merge ${b.id} into ${a.id}`);
      }
    }
  }
}
ack('done');
await wb.close();
