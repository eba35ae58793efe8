import { readFileSync } from 'node:fs';
import { readDocument } from '../src/core/ingest/index';
for (const f of process.argv.slice(2)) {
  const r = await readDocument({ name: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) });
  for (const e of r) {
    if (e.error) console.log('##', e.name, 'ERROR', e.error);
    for (const a of e.articles) console.log('##', e.name, JSON.stringify({ ...a, body: undefined }), '\n' + (process.env.TAIL ? a.body.slice(-300) : a.body.slice(0, 400)).replace(/\n/g, '⏎') + ' …[' + a.body.length + ']');
  }
}
