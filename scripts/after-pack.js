// electron-builder afterPack hook: the package must carry a better-sqlite3
// built for its own Electron (ABI, platform and architecture), or the app
// installs fine and then cannot open its database. Fails the build otherwise.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { checkBuiltFor } = require('./lib/native-build');

// electron-builder's Arch enum (builder-util): ia32, x64, armv7l, arm64, universal.
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'arm', 3: 'arm64', 4: 'universal' };
const repoRoot = path.resolve(__dirname, '..');

function resourcesDir(context) {
  const platform = context.electronPlatformName;
  if (platform === 'darwin' || platform === 'mas') {
    return path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources');
  }
  return path.join(context.appOutDir, 'resources');
}

function electronInfo() {
  const dir = path.dirname(require.resolve('electron/package.json', { paths: [repoRoot] }));
  return {
    electron: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version,
    abi: fs.readFileSync(path.join(dir, 'abi_version'), 'utf8').trim(),
  };
}

async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const modulePath = path.join(resourcesDir(context), 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(modulePath)) throw new Error(`afterPack: ${modulePath} is missing: the package could not open its database.`);
  const { electron, abi } = electronInfo();
  const configured = context.packager && context.packager.config && context.packager.config.electronVersion;
  if (configured && configured !== electron) throw new Error(`afterPack: packaging Electron ${configured}, but node_modules holds Electron ${electron}; run npm ci.`);
  // A universal macOS app needs both slices; checkBuiltFor looks for one arch at a time.
  for (const each of arch === 'universal' ? ['x64', 'arm64'] : [arch]) {
    try {
      checkBuiltFor(modulePath, { electron, abi, platform, arch: each });
    } catch (err) {
      throw new Error(`afterPack: the packaged better-sqlite3 cannot be loaded by Electron ${electron} on ${platform}-${each}: ${err.message}`);
    }
  }
  console.log(`afterPack: better-sqlite3 in the ${platform}-${arch} package is built for Electron ${electron} (NODE_MODULE_VERSION ${abi}).`);
}

module.exports = afterPack;
module.exports.default = afterPack;
