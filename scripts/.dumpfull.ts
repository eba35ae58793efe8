import { readFileSync } from 'node:fs';
import { readDocument } from '../src/core/ingest/index';
const f = process.argv[2]!;
const t0 = performance.now();
const r = await readDocument({ name: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) });
console.log('ms', Math.round(performance.now() - t0));
console.log(JSON.stringify(r, null, 1));
