#!/usr/bin/env node
// `npm start`: build and launch the desktop app.
//
// Never require('electron') here: from plain Node that module downloads the
// Electron binary on first use. We only look for the binary it would use.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..');
const electronBindingPath = path.join(repoRoot, 'native', 'electron', 'better_sqlite3.node');

const NOT_INSTALLED =
  'Claimdesk: the Electron binary is not installed here (it downloads on first use and this machine cannot reach it). Use browser mode instead: npm run web';

/** Path of the Electron executable, or null when the binary was never downloaded. */
function findElectronBinary() {
  let electronDir;
  try {
    electronDir = path.dirname(require.resolve('electron/package.json', { paths: [repoRoot] }));
  } catch {
    return null;
  }
  let relative = '';
  try {
    relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: the binary was never downloaded
  }
  // Same override electron's own index.js honours.
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || (relative ? path.join(electronDir, 'dist') : '');
  if (!distDir) return null;
  const binary = path.join(distDir, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  return fs.existsSync(binary) ? binary : null;
}

/** Runs a Node script to completion; exits with its status when it fails. */
function runNodeScript(script, args, what) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) {
    console.error(`Claimdesk: could not ${what}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`Claimdesk: could not ${what} (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function main() {
  const electronBinary = findElectronBinary();
  if (electronBinary === null) {
    process.stderr.write(`${NOT_INSTALLED}\n`);
    process.exit(1);
  }

  if (!fs.existsSync(electronBindingPath)) {
    console.log('Claimdesk: building better-sqlite3 for Electron (first run only)…');
    runNodeScript(path.join(__dirname, 'build-electron-native.js'), [], 'build better-sqlite3 for Electron');
  }

  const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json', { paths: [repoRoot] })), 'bin', 'electron-vite.js');
  runNodeScript(electronVite, ['build'], 'build the desktop app');

  // ELECTRON_RUN_AS_NODE would turn the binary into plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;

  // Everything after `npm start --` goes to the app, e.g. `npm start -- --db /tmp/x.sqlite`.
  const child = spawn(electronBinary, [repoRoot, ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit', env });
  child.on('error', (err) => {
    console.error(`Claimdesk: could not start Electron (${electronBinary}): ${err.message}`);
    process.exit(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main();
