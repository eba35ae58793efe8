// PDF thread entry when Soundbite runs from source under tsx (see import-worker-boot.mjs for why the loader is taken
// off again before pdf.js loads).
import { register } from 'tsx/esm/api';

const unregister = register();
const worker = await import('./pdf-text-worker.ts');
await unregister();
process.setSourceMapsEnabled(false);
await worker.start();
