// Worker entry when Soundbite runs from source under tsx (tests, and a stale build): workers do not inherit tsx's
// loader, so register it here. The loader stays on, because the readers load lazily (on the first file of their
// format) from TypeScript; pdf.js read through it costs about 340 MB of memory against 150 MB in the built app,
// which is what users run (out/main/import-worker.js).
import { register } from 'tsx/esm/api';

register();
process.setSourceMapsEnabled(false);
await import('./import-worker.ts');
