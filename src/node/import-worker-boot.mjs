// Worker entry when Soundbite runs from source under tsx: workers do not inherit tsx's loader, so register it here,
// load the worker's TypeScript, then take the loader off again before pdf.js loads: going through tsx (and Node's
// source-map cache it turns on) cost pdf.js over 300 MB in every worker, against about 60 MB loaded as it is.
import { register } from 'tsx/esm/api';

const unregister = register();
const worker = await import('./import-worker.ts');
await unregister();
process.setSourceMapsEnabled(false);
worker.warmUp();
