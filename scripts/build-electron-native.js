#!/usr/bin/env node
// `npm run rebuild:electron`: compile better-sqlite3 against Electron's headers
// into native/electron/better_sqlite3.node.
//
// node_modules/better-sqlite3/build is never touched: tests, the CLI and
// browser mode keep using the Node build, and the desktop app loads this one
// through better-sqlite3's `nativeBinding` option.
//
// Traps handled here:
// - an npm setting `nodedir=/usr` reaches node-gyp as npm_config_nodedir and
//   silently makes it compile against Node's headers again (it even overrides
//   command-line flags), so every npm_config_* option that picks the headers
//   is removed from node-gyp's environment;
// - the result is checked: a module that loads in this Node, or that names an
//   ABI other than Electron's, is refused rather than installed.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..');
const outputDir = path.join(repoRoot, 'native', 'electron');
const outputPath = path.join(outputDir, 'better_sqlite3.node');
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** A failure explained to the user; thrown so that `finally` blocks still clean up. */
class BuildError extends Error {}

function fail(message) {
  throw new BuildError(message);
}

function packageDir(name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`, { paths: [repoRoot] }));
  } catch {
    return fail(`${name} is not installed; run npm ci first.`);
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Electron's version and NODE_MODULE_VERSION, read from files: require('electron') would download it. */
function electronTarget() {
  const dir = packageDir('electron');
  const version = readJson(path.join(dir, 'package.json')).version;
  let abi;
  try {
    abi = fs.readFileSync(path.join(dir, 'abi_version'), 'utf8').trim();
  } catch {
    return fail(`cannot read ${path.join(dir, 'abi_version')}; is the electron package complete?`);
  }
  if (!/^\d+$/.test(abi)) fail(`unexpected ABI version ${JSON.stringify(abi)} in electron/abi_version.`);
  if (abi === process.versions.modules) {
    fail(`Electron ${version} reports NODE_MODULE_VERSION ${abi}, the same as this Node ${process.version}; cannot tell the builds apart.`);
  }
  return { version, abi };
}

/** node-gyp: the one npm runs scripts with, a local install, or the copy bundled with npm. */
function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js', { paths: [repoRoot] }));
  } catch {
    // not installed locally
  }
  if (process.env.npm_execpath) {
    candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  const prefix = path.dirname(path.dirname(process.execPath));
  candidates.push(path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const found = candidates.find((file) => file.endsWith('.js') && fs.existsSync(file));
  return found ?? fail('node-gyp not found (it ships with npm). Install it with `npm i -g node-gyp` and retry.');
}

/**
 * The environment for node-gyp: npm_config_* values override its command-line
 * flags, so drop every one that decides which headers it compiles against.
 */
function nodeGypEnv() {
  const picksHeaders = /^(npm_config_|npm_package_config_node_gyp_)(nodedir|target|runtime|disturl|dist_url|dist-url|devdir|tarball|build_from_source|build-from-source)$/i;
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !picksHeaders.test(key)) env[key] = value;
  }
  return env;
}

/** A private copy of the better-sqlite3 sources (no build/, no node_modules/). */
function copySources(sourceDir) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-electron-sqlite-'));
  const skip = new Set(['build', 'node_modules', 'prebuilds']);
  fs.cpSync(sourceDir, workDir, {
    recursive: true,
    filter: (source) => source === sourceDir || !skip.has(path.relative(sourceDir, source).split(path.sep)[0]),
  });
  return workDir;
}

/** ABIs named by the `node_register_module_v<ABI>` symbol every Node-API-less addon exports. */
function exportedModuleVersions(modulePath) {
  const text = fs.readFileSync(modulePath).toString('latin1');
  return [...new Set([...text.matchAll(/node_register_module_v(\d+)/g)].map((match) => match[1]))];
}

/**
 * Refuses anything that is not an Electron build, two ways:
 * 1. it is loaded in a child plain-Node process, where an Electron build must
 *    FAIL ("…compiled against … NODE_MODULE_VERSION <electron abi>…");
 * 2. its exported `node_register_module_v<ABI>` symbol must name Electron's ABI.
 */
function checkBuiltFor(modulePath, target) {
  const nodeAbi = process.versions.modules;
  const probe = spawnSync(process.execPath, ['-e', 'require(process.argv[1])', modulePath], { encoding: 'utf8' });
  if (probe.status === 0) {
    fail(
      `the module built at ${modulePath} loads in Node ${process.version} (NODE_MODULE_VERSION ${nodeAbi}): ` +
        'node-gyp compiled it for Node, not Electron. Check for a `nodedir` or `target` npm setting (npm config get nodedir) and retry. Nothing was installed.',
    );
  }
  const loadError = `${probe.stderr}\n${probe.stdout}`;
  // Node's message names the module's version first, then its own.
  const fromLoadError = /NODE_MODULE_VERSION\s+(\d+)/.exec(loadError)?.[1];
  const fromSymbols = exportedModuleVersions(modulePath);
  const named = [...new Set([...(fromLoadError ? [fromLoadError] : []), ...fromSymbols])];

  if (named.includes(nodeAbi)) {
    fail(`the module built at ${modulePath} is marked NODE_MODULE_VERSION ${nodeAbi}, this Node's, not Electron's ${target.abi}. Nothing was installed.`);
  }
  if (named.length === 0) {
    fail(`could not tell which runtime ${modulePath} was built for. Loading it in Node said:\n${loadError.trim()}\nNothing was installed.`);
  }
  const wrong = named.filter((abi) => abi !== target.abi);
  if (wrong.length > 0) {
    fail(`the module was built for NODE_MODULE_VERSION ${wrong.join(', ')}, but Electron ${target.version} needs ${target.abi}. Nothing was installed.`);
  }
}

function install(builtPath, target, sqliteVersion) {
  fs.mkdirSync(outputDir, { recursive: true });
  const temporary = `${outputPath}.${process.pid}.tmp`;
  fs.copyFileSync(builtPath, temporary);
  fs.renameSync(temporary, outputPath);
  const info = {
    electron: target.version,
    nodeModuleVersion: Number(target.abi),
    betterSqlite3: sqliteVersion,
    platform: process.platform,
    arch: process.arch,
    builtAt: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(outputDir, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
}

function main() {
  const target = electronTarget();
  const sqliteDir = packageDir('better-sqlite3');
  const sqliteVersion = readJson(path.join(sqliteDir, 'package.json')).version;
  const nodeGyp = findNodeGyp();
  const devDir = path.join(os.homedir(), '.electron-gyp');

  console.log(`rebuild:electron: better-sqlite3 ${sqliteVersion} for Electron ${target.version} (NODE_MODULE_VERSION ${target.abi}) → ${path.relative(repoRoot, outputPath)}`);
  const workDir = copySources(sqliteDir);
  try {
    const args = [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${target.version}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      // Electron's headers in their own folder, never mixed with Node's.
      `--devdir=${devDir}`,
      `--arch=${process.env.npm_config_arch || process.arch}`,
    ];
    const build = spawnSync(process.execPath, args, { cwd: workDir, stdio: 'inherit', env: nodeGypEnv() });
    if (build.error) fail(`could not run node-gyp: ${build.error.message}`);
    if (build.status !== 0) {
      fail(
        `node-gyp failed (exit code ${build.status ?? build.signal}). It needs Electron ${target.version}'s headers ` +
          `from ${ELECTRON_HEADERS_URL} (cached in ${devDir}) — without internet they cannot be fetched — ` +
          'plus Python 3 and a C++ toolchain. Nothing was installed; node_modules was not touched.',
      );
    }
    const builtPath = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(builtPath)) fail(`node-gyp reported success but ${builtPath} does not exist. Nothing was installed.`);
    checkBuiltFor(builtPath, target);
    install(builtPath, target, sqliteVersion);
    console.log(`rebuild:electron: installed ${path.relative(repoRoot, outputPath)} (Electron ${target.version}, NODE_MODULE_VERSION ${target.abi}).`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  if (!(err instanceof BuildError)) throw err;
  console.error(`rebuild:electron: ${err.message}`);
  process.exitCode = 1;
}
