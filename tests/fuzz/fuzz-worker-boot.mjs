// Fuzz worker entry: a child process started by run-fuzz.ts, which registers tsx to run the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./fuzz-worker.ts');
