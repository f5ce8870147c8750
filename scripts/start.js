#!/usr/bin/env node
// `npm start`: the desktop app where it can run, browser mode where it cannot.
//
// 1. The Electron binary: used when present; else downloaded the way Electron
//    does (first run only, with progress). ELECTRON_SKIP_BINARY_DOWNLOAD is honoured.
// 2. A window: a Linux desktop needs a display, and Chromium's sandbox needs
//    user namespaces or Electron's setuid helper (Ubuntu 24.04+): the remedy is
//    printed rather than a Chromium abort, and the sandbox is never turned off.
// 3. better-sqlite3 for Electron in native/electron/: a ready build first,
//    compiled only as a last resort, rebuilt when build-info.json says it was
//    made for another Electron, better-sqlite3 or architecture.
// 4. electron-vite build (under a second), then Electron on this checkout.
// Whenever 1-3 fail, one line says why and browser mode starts instead, with
// the same arguments (`npm start -- --db PATH`), and opens the system browser.
//
// Never require('electron') here: from plain Node that downloads silently.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');
const { displayProblem, sandboxProblem } = require('./lib/desktop-checks');
const { downloadElectron, installerTarget, locateElectron } = require('./lib/electron-install');
const { buildForElectron, electronTarget, NativeBuildError, staleReason } = require('./lib/native-build');

const REPO_ROOT = path.resolve(__dirname, '..');

function say(line) {
  process.stderr.write(`${line}\n`);
}

/** Runs a child to its end, passing Ctrl+C and friends on; resolves to the exit code to use. */
function runToEnd(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('error', (err) => {
      say(`Claimdesk: could not start ${command}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const name of signals) process.off(name, forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Browser mode, same arguments, opening the system browser (BROWSER honoured; BROWSER=none opens nothing). */
function startBrowserMode(reason, { repoRoot, argv }) {
  say(`Claimdesk: ${reason}; starting browser mode instead.`);
  return runToEnd(process.execPath, [path.join(repoRoot, 'scripts', 'web.js'), '--open', ...argv], { cwd: repoRoot });
}

/**
 * The whole start, as a function so tests can run it with a stand-in Electron
 * (ELECTRON_OVERRIDE_DIST_PATH), their own native/electron folder and their
 * own stand-in for `/` (where /proc/sys/kernel and /etc/apparmor.d are read).
 * Resolves to the exit code.
 */
async function start({ argv = process.argv.slice(2), repoRoot = REPO_ROOT, nativeDir = path.join(repoRoot, 'native', 'electron'), systemRoot = '/' } = {}) {
  let electron = locateElectron(repoRoot);
  if (!electron.installed) {
    const downloaded = await downloadElectron({ repoRoot });
    if (!downloaded.ok) return startBrowserMode(`could not download Electron (${downloaded.reason})`, { repoRoot, argv });
    electron = locateElectron(repoRoot);
    if (!electron.installed) return startBrowserMode(`Electron's installer finished but ${electron.binary} is missing`, { repoRoot, argv });
  }

  const noDisplay = displayProblem();
  if (noDisplay !== null) return startBrowserMode(`cannot show a desktop window: ${noDisplay}`, { repoRoot, argv });

  const sandbox = sandboxProblem({ binary: electron.binary, distDir: electron.distDir, root: systemRoot });
  if (sandbox !== null) {
    say(`Claimdesk: ${sandbox}`);
    return startBrowserMode('the desktop app needs the sandbox set up first', { repoRoot, argv });
  }

  try {
    const target = electronTarget({ repoRoot, electronBinary: electron.binary, fallbackArch: installerTarget().arch });
    const stale = staleReason(nativeDir, target);
    if (stale !== null) {
      say(`Claimdesk: better-sqlite3 needs a build for Electron ${target.electron} (${stale}).`);
      const built = await buildForElectron({ repoRoot, nativeDir, target, say });
      if (!built.ok) return startBrowserMode(`could not get better-sqlite3 for Electron: ${built.reason} (details: ${built.log})`, { repoRoot, argv });
      say(`Claimdesk: better-sqlite3 for Electron is ready (${built.source === 'prebuilt' ? 'a ready build' : 'compiled here'}).`);
    }
  } catch (err) {
    if (!(err instanceof NativeBuildError)) throw err;
    return startBrowserMode(`could not get better-sqlite3 for Electron: ${err.message}`, { repoRoot, argv });
  }

  const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json', { paths: [repoRoot] })), 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) {
    say(`Claimdesk: building the desktop app failed (exit code ${build.status ?? build.signal}; see above).`);
    return 1;
  }

  // ELECTRON_RUN_AS_NODE would turn the binary into plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return runToEnd(electron.binary, [repoRoot, ...argv], { cwd: repoRoot, env });
}

if (require.main === module) {
  start().then(
    (code) => process.exit(code),
    (err) => {
      say(`Claimdesk: npm start failed: ${err && err.stack ? err.stack : err}`);
      process.exit(1);
    },
  );
}

module.exports = { start };
