import { readFileSync } from 'node:fs';
import { readDocument } from '../src/core/ingest/index';
for (const f of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(f));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await readDocument({ name: f.split('/').pop()!, bytes });
    times.push(performance.now() - t0);
  }
  console.log(f, bytes.length, times.map((t) => Math.round(t)).join(' '));
}
