import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // The import worker is its own entry so worker_threads can start it beside the main bundle. The CLI and the
      // browser-mode host are built here too, so they start as plain JavaScript instead of compiling TypeScript.
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'import-worker': resolve('src/node/import-worker.ts'),
          // pdf.js runs in a thread of each import worker, so a stuck document can be stopped (pdf-text-thread.ts).
          'pdf-text-worker': resolve('src/node/pdf-text-worker.ts'),
          cli: resolve('src/cli/main.ts'),
          host: resolve('src/host/main.ts'),
          start: resolve('src/host/start-app.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // Sandboxed preloads cannot be ES modules: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
      chunkSizeWarningLimit: 2000,
    },
  },
});
