#!/usr/bin/env node
// `npm run web`: builds the UI when it is missing or older than its sources,
// then starts browser mode (core/web/main.ts) in this process. Works right
// after `npm ci`, with no other build step.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const built = path.join(root, 'out', 'web', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

// Everything the UI bundle can be built from: the renderer and the pure core modules it imports
// (core/csp.ts, core/import/limits.ts, core/analysis/reasons.ts ...). All of core/ is watched, so a
// new import from the renderer can never leave a stale UI behind.
const UI_INPUTS = ['renderer', 'core', 'package-lock.json'];

function uiIsStale() {
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return UI_INPUTS.some((input) => {
    const full = path.join(root, input);
    const stat = fs.statSync(full);
    return (stat.isDirectory() ? newestMtime(full) : stat.mtimeMs) > builtAt;
  });
}

if (uiIsStale()) {
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

require('tsx/cjs');
require(path.join(root, 'core', 'web', 'main.ts'));
