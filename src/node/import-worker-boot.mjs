// Worker entry when Soundbite runs from source under tsx: workers do not inherit tsx's loader, so register it here.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
