#!/usr/bin/env node
// `npm run web`: builds the UI and the backend when either is missing or older
// than its sources, then starts browser mode (core/web/main.ts, bundled in
// out/backend/web.js) in this process. Works right after `npm ci`, with no
// other build step.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runBackend } = require('./lib/backend-build');
const { isStale } = require('./lib/fresh-build');

const root = path.join(__dirname, '..');

// Everything the UI bundle can be built from: the renderer and the pure core modules it imports
// (core/csp.ts, core/import/limits.ts, core/analysis/reasons.ts ...). All of core/ is watched, so a
// new import from the renderer can never leave a stale UI behind.
const UI_INPUTS = ['renderer', 'core', 'package-lock.json'];

if (isStale(root, [path.join('out', 'web', 'index.html')], UI_INPUTS)) {
  process.stderr.write('Building the Claimdesk UI…\n');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', path.join(root, 'renderer', 'vite.config.mts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // Vite 8 warns that a future default config loader will not read our .mts config as it is; the build is unaffected.
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...process.env },
  });
  if (result.status !== 0) {
    process.stderr.write('Claimdesk: building the UI failed (see above).\n');
    process.exit(1);
  }
}

runBackend('web');
