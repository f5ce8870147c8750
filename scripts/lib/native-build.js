// better-sqlite3 for Electron's runtime, kept in native/electron/ apart from
// the Node build in node_modules that tests, the CLI and browser mode load.
//
// 1. A ready build first: better-sqlite3's own prebuild-install fetches the
//    one published for Electron's ABI, platform and the Electron binary's real
//    architecture. No compiler needed.
// 2. Only if that fails, node-gyp compiles it against Electron's headers; the
//    tools it needs are looked for first and named when missing.
// 3. Whatever was built is checked (checkBuiltFor) before it is installed,
//    and build-info.json records what it is for, so a later Electron,
//    better-sqlite3 or architecture triggers a new build.
//
// Trap: an npm setting `nodedir` (or target/runtime/disturl) reaches node-gyp
// and prebuild-install as npm_config_* and silently makes them build for Node
// again, so those variables are removed from their environment.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { binaryTarget, formatFor } = require('./binary-target');

const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
const MODULE_FILE = 'better_sqlite3.node';
const INFO_FILE = 'build-info.json';
const LOG_FILE = 'build.log';

/** A failure explained to the user in one sentence. */
class NativeBuildError extends Error {}

/** @returns {never} */
function fail(message) {
  throw new NativeBuildError(message);
}

function packageDir(repoRoot, name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`, { paths: [repoRoot] }));
  } catch {
    return fail(`${name} is not installed; run npm install first`);
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * What the Electron build must match: Electron's version and NODE_MODULE_VERSION
 * (read from files: require('electron') would download the binary), the
 * better-sqlite3 version, the platform, and the architecture of the Electron
 * binary itself when it can be read, else the one Electron's installer picks.
 */
function electronTarget({ repoRoot, electronBinary, fallbackArch, platform = process.platform }) {
  const electronDir = packageDir(repoRoot, 'electron');
  const electron = readJson(path.join(electronDir, 'package.json')).version;
  let abi;
  try {
    abi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
  } catch {
    return fail(`cannot read ${path.join(electronDir, 'abi_version')}; is the electron package complete?`);
  }
  if (!/^\d+$/.test(abi)) fail(`unexpected ABI version ${JSON.stringify(abi)} in electron/abi_version`);
  const betterSqlite3 = readJson(path.join(packageDir(repoRoot, 'better-sqlite3'), 'package.json')).version;
  const read = electronBinary ? binaryTarget(electronBinary) : null;
  // A universal binary runs natively: build for this machine then.
  const arch = read && read.archs.length === 1 ? read.archs[0] : fallbackArch;
  return { electron, abi, betterSqlite3, platform, arch };
}

function readBuildInfo(nativeDir) {
  try {
    return readJson(path.join(nativeDir, INFO_FILE));
  } catch {
    return null;
  }
}

/** Why the build in nativeDir cannot be used for target, or null when it can. */
function staleReason(nativeDir, target) {
  if (!fs.existsSync(path.join(nativeDir, MODULE_FILE))) return 'not built yet';
  const info = readBuildInfo(nativeDir);
  if (info === null) return `${INFO_FILE} is missing or unreadable`;
  if (info.electron !== target.electron) return `built for Electron ${info.electron}, this is Electron ${target.electron}`;
  if (String(info.nodeModuleVersion) !== String(target.abi)) return `built for NODE_MODULE_VERSION ${info.nodeModuleVersion}, Electron needs ${target.abi}`;
  if (info.betterSqlite3 !== target.betterSqlite3) return `built from better-sqlite3 ${info.betterSqlite3}, this is ${target.betterSqlite3}`;
  if (info.platform !== target.platform) return `built for ${info.platform}, this is ${target.platform}`;
  if (info.arch !== target.arch) return `built for ${info.arch}, Electron here is ${target.arch}`;
  return null;
}

/** The environment without the npm settings that would make a build target Node's headers. */
function cleanBuildEnv(env = process.env) {
  const picksHeaders = /^(npm_config_|npm_package_config_node_gyp_)(nodedir|target|runtime|disturl|dist_url|dist-url|devdir|tarball|build_from_source|build-from-source)$/i;
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !picksHeaders.test(key)) clean[key] = value;
  }
  return clean;
}

/** ABIs named by the `node_register_module_v<ABI>` symbol every non-Node-API addon exports. */
function exportedModuleVersions(modulePath) {
  const text = fs.readFileSync(modulePath).toString('latin1');
  return [...new Set([...text.matchAll(/node_register_module_v(\d+)/g)].map((match) => match[1]))];
}

/**
 * Refuses a module that is not built for target:
 * - it must FAIL to load in plain Node (an Electron build does);
 * - its `node_register_module_v<ABI>` symbol must name Electron's ABI;
 * - its binary format and architecture must be the target's.
 */
function checkBuiltFor(modulePath, target) {
  const nodeAbi = process.versions.modules;
  const probe = spawnSync(process.execPath, ['-e', 'require(process.argv[1])', modulePath], { encoding: 'utf8' });
  if (probe.status === 0) {
    fail(`${modulePath} loads in Node ${process.version}: it was built for Node, not Electron (check for a nodedir or target npm setting: npm config get nodedir)`);
  }
  const loadError = `${probe.stderr}\n${probe.stdout}`;
  const fromLoadError = /NODE_MODULE_VERSION\s+(\d+)/.exec(loadError)?.[1];
  const named = [...new Set([...(fromLoadError ? [fromLoadError] : []), ...exportedModuleVersions(modulePath)])];
  if (named.length === 0) fail(`cannot tell which runtime ${modulePath} was built for`);
  const wrong = named.filter((abi) => abi !== String(target.abi));
  if (wrong.length > 0) fail(`${modulePath} is built for NODE_MODULE_VERSION ${wrong.join(', ')}, but Electron ${target.electron} needs ${target.abi}`);

  const binary = binaryTarget(modulePath);
  const format = formatFor(target.platform);
  if (binary === null || binary.format !== format) fail(`${modulePath} is not a ${format} library, which ${target.platform} needs`);
  if (!binary.archs.includes(target.arch)) fail(`${modulePath} is built for ${binary.archs.join(', ')}, but Electron here is ${target.arch}`);
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

function install(builtPath, nativeDir, target, source) {
  fs.mkdirSync(nativeDir, { recursive: true });
  const modulePath = path.join(nativeDir, MODULE_FILE);
  const temporary = `${modulePath}.${process.pid}.tmp`;
  fs.copyFileSync(builtPath, temporary);
  fs.renameSync(temporary, modulePath);
  const info = {
    electron: target.electron,
    nodeModuleVersion: Number(target.abi),
    betterSqlite3: target.betterSqlite3,
    platform: target.platform,
    arch: target.arch,
    source,
    builtAt: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(nativeDir, INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
}

function runs(command, args, env) {
  const result = spawnSync(command, args, { env, stdio: 'ignore', shell: false });
  return result.status === 0;
}

/** The tools node-gyp needs that this machine lacks (empty when all are there, or when it cannot tell). */
function missingBuildTools(env = process.env, platform = process.platform) {
  const missing = [];
  const python = env.PYTHON || env.npm_config_python;
  const pythons = python ? [[python, ['--version']]] : platform === 'win32' ? [['py', ['-3', '--version']], ['python', ['--version']]] : [['python3', ['--version']], ['python', ['--version']]];
  if (!pythons.some(([command, args]) => runs(command, args, env))) missing.push('Python 3');
  if (platform === 'darwin') {
    if (!runs('xcode-select', ['-p'], env)) missing.push('the Xcode command-line tools (xcode-select --install)');
  } else if (platform !== 'win32') {
    const compilers = env.CXX ? [env.CXX] : ['c++', 'g++', 'clang++'];
    if (!compilers.some((compiler) => runs(compiler, ['--version'], env))) missing.push('a C++ compiler (build-essential)');
    if (!runs('make', ['--version'], env)) missing.push('make');
  }
  return missing;
}

/** node-gyp: the one npm runs scripts with, a local install, or the copy bundled with npm. */
function findNodeGyp(repoRoot, env) {
  const candidates = [];
  if (env.npm_config_node_gyp) candidates.push(env.npm_config_node_gyp);
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js', { paths: [repoRoot] }));
  } catch {
    // not installed locally
  }
  if (env.npm_execpath) candidates.push(path.join(path.dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const prefix = path.dirname(path.dirname(process.execPath));
  candidates.push(path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((file) => file.endsWith('.js') && fs.existsSync(file)) ?? null;
}

/** A child process run to its end without blocking (a download host may live in this process). */
function run(command, args, options) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ status: null, signal: null, stdout, stderr, error }));
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** The last thing prebuild-install warned about: why no ready build was installed. */
function prebuildFailure(output) {
  const warnings = [...output.matchAll(/prebuild-install (?:warn|WARN|ERR!)\s+\S+\s+(.+)/g)].map((match) => match[1].trim());
  return warnings.at(-1) || output.trim().split('\n').at(-1) || 'no ready build';
}

/**
 * Builds better-sqlite3 for target into nativeDir. Resolves to
 * `{ ok: true, source: 'prebuilt' | 'compiled' }` or `{ ok: false, reason, log }`.
 * nativeDir is only written when a checked build is ready.
 * @param {{ repoRoot: string, nativeDir: string, target: { electron: string, abi: string, betterSqlite3: string, platform: string, arch: string }, env?: NodeJS.ProcessEnv, say?: (line: string) => void }} options
 * @returns {Promise<{ ok: boolean, source?: 'prebuilt' | 'compiled', reason?: string, log: string }>}
 */
async function buildForElectron({ repoRoot, nativeDir, target, env = process.env, say = (line) => process.stderr.write(`${line}\n`) }) {
  const sqliteDir = packageDir(repoRoot, 'better-sqlite3');
  const buildEnv = cleanBuildEnv(env);
  const logPath = path.join(nativeDir, LOG_FILE);
  fs.mkdirSync(nativeDir, { recursive: true });
  const log = [];
  const record = (title, result) => log.push(`$ ${title}\n${result.stdout || ''}${result.stderr || ''}${result.error ? `${result.error.message}\n` : ''}exit: ${result.status ?? result.signal}\n`);
  const finish = (outcome) => {
    fs.writeFileSync(logPath, log.join('\n'));
    return { ...outcome, log: logPath };
  };

  const workDir = copySources(sqliteDir);
  const builtPath = path.join(workDir, 'build', 'Release', MODULE_FILE);
  try {
    // 1. A ready build.
    say(`Claimdesk: fetching a ready better-sqlite3 ${target.betterSqlite3} for Electron ${target.electron} (${target.platform}-${target.arch})…`);
    const prebuildBin = require.resolve('prebuild-install/bin.js', { paths: [sqliteDir] });
    const prebuildArgs = [prebuildBin, '--runtime', 'electron', '--target', target.electron, '--arch', target.arch, '--platform', target.platform, '--verbose'];
    const prebuild = await run(process.execPath, prebuildArgs, { cwd: workDir, env: buildEnv });
    record(`prebuild-install ${prebuildArgs.slice(1).join(' ')}`, prebuild);
    let prebuildProblem = prebuild.status === 0 && fs.existsSync(builtPath) ? null : prebuildFailure(`${prebuild.stderr}${prebuild.stdout}`);
    if (prebuildProblem === null) {
      try {
        checkBuiltFor(builtPath, target);
        install(builtPath, nativeDir, target, 'prebuilt');
        return finish({ ok: true, source: 'prebuilt' });
      } catch (err) {
        if (!(err instanceof NativeBuildError)) throw err;
        prebuildProblem = `the ready build was refused: ${err.message}`;
      }
    }

    // 2. Compile, if this machine can.
    const missing = missingBuildTools(buildEnv);
    if (missing.length > 0) {
      return finish({ ok: false, reason: `no ready build (${prebuildProblem}), and compiling one needs ${missing.join(' and ')}, not found here` });
    }
    const nodeGyp = findNodeGyp(repoRoot, env);
    if (nodeGyp === null) return finish({ ok: false, reason: `no ready build (${prebuildProblem}), and node-gyp was not found to compile one` });
    say(`Claimdesk: no ready build (${prebuildProblem}); compiling better-sqlite3 for Electron ${target.electron} instead (a few minutes)…`);
    fs.rmSync(path.join(workDir, 'build'), { recursive: true, force: true });
    const devDir = path.join(os.homedir(), '.electron-gyp');
    const gypArgs = [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${target.electron}`, `--dist-url=${env.ELECTRON_HEADERS_MIRROR || ELECTRON_HEADERS_URL}`, `--devdir=${devDir}`, `--arch=${target.arch}`];
    const gyp = await run(process.execPath, gypArgs, { cwd: workDir, env: buildEnv });
    record(`node-gyp ${gypArgs.slice(1).join(' ')}`, gyp);
    if (gyp.status !== 0 || !fs.existsSync(builtPath)) {
      const headersUnreachable = /(getaddrinfo|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|unable to download|tarball)/i.test(`${gyp.stderr}${gyp.stdout}`);
      const why = headersUnreachable ? `Electron's headers could not be downloaded from ${env.ELECTRON_HEADERS_MIRROR || ELECTRON_HEADERS_URL}` : 'the compiler failed';
      return finish({ ok: false, reason: `no ready build (${prebuildProblem}), and compiling failed: ${why}` });
    }
    try {
      checkBuiltFor(builtPath, target);
    } catch (err) {
      if (!(err instanceof NativeBuildError)) throw err;
      return finish({ ok: false, reason: `the compiled module was refused: ${err.message}` });
    }
    install(builtPath, nativeDir, target, 'compiled');
    return finish({ ok: true, source: 'compiled' });
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

module.exports = {
  NativeBuildError,
  MODULE_FILE,
  INFO_FILE,
  electronTarget,
  readBuildInfo,
  staleReason,
  cleanBuildEnv,
  checkBuiltFor,
  exportedModuleVersions,
  missingBuildTools,
  buildForElectron,
};
