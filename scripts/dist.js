#!/usr/bin/env node
// `npm run dist [-- electron-builder options]`: the desktop packages.
//
// - electron-builder rebuilds better-sqlite3 for Electron in place. npm hands
//   its settings to scripts as npm_config_*, and a `nodedir` among them makes
//   node-gyp compile against Node's headers while reporting success, so the
//   package would ship a module its Electron cannot load. electron-builder runs
//   here with those settings removed (scripts/lib/native-build.js cleanBuildEnv),
//   and scripts/after-pack.js refuses a package whose module is not Electron's.
// - Afterwards, even when packaging failed, node_modules gets its Node build
//   back (`npm rebuild better-sqlite3`), which tests, the CLI and browser mode load.
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { cleanBuildEnv } = require('./lib/native-build');

const repoRoot = path.resolve(__dirname, '..');

function resolveBin(pkg, relative) {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [repoRoot] })), relative);
}

function step(title, command, args, env) {
  console.log(`dist: ${title}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.error) throw new Error(`${title}: ${result.error.message}`);
  return result.status ?? 1;
}

/** Runs the packaging; resolves to the exit code. Tests pass a stand-in builder and skip the restore. */
function dist({ args = process.argv.slice(2), env = process.env, builderCli = resolveBin('electron-builder', 'cli.js'), restoreNodeBuild = true } = {}) {
  const buildEnv = cleanBuildEnv(env);
  let code = step('building the app (electron-vite build)', process.execPath, [resolveBin('electron-vite', 'bin/electron-vite.js'), 'build', '--logLevel', 'warn'], env);
  if (code !== 0) return code;
  try {
    code = step('packaging (electron-builder)', process.execPath, [builderCli, '--config', path.join(repoRoot, 'electron-builder.yml'), ...args], buildEnv);
  } finally {
    if (restoreNodeBuild) {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const restored = spawnSync(npm, ['rebuild', 'better-sqlite3'], { cwd: repoRoot, stdio: 'inherit', env, shell: process.platform === 'win32' });
      if (restored.status !== 0) console.error('dist: could not give node_modules its Node build of better-sqlite3 back; run `npm rebuild better-sqlite3` before npm test.');
    }
  }
  if (code !== 0) console.error(`dist: electron-builder failed (exit code ${code}).`);
  return code;
}

if (require.main === module) process.exitCode = dist();

module.exports = { dist };
