#!/usr/bin/env node
// `npm run rebuild:electron [-- --force]`: better-sqlite3 for Electron's runtime
// into native/electron/ (a ready build first, compiled as a last resort; see
// scripts/lib/native-build.js). node_modules/better-sqlite3 is never touched:
// tests, the CLI and browser mode keep the Node build. `npm start` does the
// same by itself when the build is missing or stale.
'use strict';

const path = require('node:path');
const { installerTarget, locateElectron } = require('./lib/electron-install');
const { buildForElectron, electronTarget, NativeBuildError, staleReason } = require('./lib/native-build');

const repoRoot = path.resolve(__dirname, '..');
const nativeDir = path.join(repoRoot, 'native', 'electron');

async function main() {
  const electron = locateElectron(repoRoot);
  const target = electronTarget({ repoRoot, electronBinary: electron.installed ? electron.binary : null, fallbackArch: installerTarget().arch });
  const stale = staleReason(nativeDir, target);
  if (stale === null && !process.argv.includes('--force')) {
    console.log(`rebuild:electron: ${path.relative(repoRoot, nativeDir)} is already built for Electron ${target.electron} (${target.platform}-${target.arch}); --force builds it again.`);
    return 0;
  }
  const built = await buildForElectron({ repoRoot, nativeDir, target, say: (line) => console.log(line) });
  if (!built.ok) {
    console.error(`rebuild:electron: ${built.reason}. Nothing was installed; node_modules was not touched. Details: ${built.log}`);
    return 1;
  }
  console.log(`rebuild:electron: installed ${path.relative(repoRoot, nativeDir)}/better_sqlite3.node for Electron ${target.electron} (NODE_MODULE_VERSION ${target.abi}, ${target.platform}-${target.arch}, ${built.source}).`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (!(err instanceof NativeBuildError)) throw err;
    console.error(`rebuild:electron: ${err.message}`);
    process.exitCode = 1;
  },
);
