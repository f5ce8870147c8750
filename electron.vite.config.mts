/**
 * Desktop build (`electron-vite build`): out/main (the main process, index.js,
 * and the backend thread it starts, backend-worker.js), out/preload, out/renderer.
 * Browser mode builds the renderer with renderer/vite.config.mts instead;
 * keep plugins and aliases of the two renderer builds in step.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { contentSecurityPolicyMeta } from './renderer/csp-meta';

/** Paths relative to this file (the repository root), whatever the working directory. */
const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      // Production dependencies (better-sqlite3, zod, …) stay require()s resolved
      // from node_modules; better-sqlite3 is native and must never be bundled.
      externalizeDeps: true,
      rolldownOptions: {
        // The backend thread is an entry of its own: the main process starts it by path
        // (electron/app-paths.ts BACKEND_WORKER_PATH) and never imports it, so no
        // database code is in index.js (electron/module-graph.test.ts).
        input: { index: fromRoot('electron/main.ts'), 'backend-worker': fromRoot('core/api/backend-worker.ts') },
        external: ['better-sqlite3'],
        output: { entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      // A sandboxed preload can only require('electron'): bundle everything else.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload.ts') },
        // CommonJS: sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: fromRoot('out/renderer'),
      emptyOutDir: true,
      // No data: URLs for fonts and the like: the CSP allows them for images only.
      assetsInlineLimit: 0,
      sourcemap: false,
      rolldownOptions: {
        input: fromRoot('renderer/index.html'),
      },
    },
  },
});
