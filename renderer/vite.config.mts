import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyMeta } from './csp-meta';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The renderer is one static bundle served by browser mode (core/web) and
 * loaded from disk by Electron, so it uses relative asset paths and emits no
 * inline scripts or styles (the Content-Security-Policy forbids them).
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: path.resolve(here, '../out/web'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
