import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // The store worker is its own entry (out/main/store-worker.js): a worker thread starts from a file.
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          'store-worker': resolve(root, 'electron/main/store/store-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
      // A sandboxed preload can only be CommonJS and cannot require npm packages: the bundler inlines its imports.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
