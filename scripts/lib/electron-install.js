// Finding the Electron binary and fetching it the way Electron does.
//
// Electron 45 has no install step: node_modules/electron/install.js fetches
// the binary only when something runs it. We run the same download with
// @electron/get (Electron's own downloader: ELECTRON_MIRROR, electron_config_cache,
// the checksums shipped in the electron package) so that we can show progress
// and name the cause of a failure, then run Electron's install.js, which finds
// the zip in the shared cache and extracts it exactly as it always does.
'use strict';

const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

/** How long a download may go without receiving a byte before it is given up. */
const STALL_MS = 60_000;

function electronPackageDir(repoRoot) {
  try {
    return path.dirname(require.resolve('electron/package.json', { paths: [repoRoot] }));
  } catch {
    return null;
  }
}

/** The executable inside Electron's dist folder, as install.js names it. */
function platformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Where the Electron executable is (or would be after the download), and
 * whether it is there. Honours ELECTRON_OVERRIDE_DIST_PATH like electron's index.js.
 */
function locateElectron(repoRoot, env = process.env, platform = process.platform) {
  const electronDir = electronPackageDir(repoRoot);
  if (electronDir === null) return { electronDir: null, distDir: null, binary: null, installed: false };
  let relative = '';
  try {
    relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: the binary was never downloaded
  }
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = path.join(distDir, relative || platformPath(platform));
  return { electronDir, distDir, binary, installed: fs.existsSync(binary) };
}

/** True when this x64 process runs under Rosetta on an Apple-silicon Mac. */
function runsUnderRosetta() {
  try {
    return execFileSync('sysctl', ['-in', 'sysctl.proc_translated'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === '1';
  } catch {
    return false;
  }
}

/**
 * The platform and architecture Electron's install.js downloads for, by the
 * same rules: ELECTRON_INSTALL_* or npm_config_* first, and on a Mac an x64
 * Node under Rosetta gets arm64.
 */
function installerTarget({ env = process.env, platform = process.platform, arch = process.arch, underRosetta = runsUnderRosetta } = {}) {
  const targetPlatform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform;
  let targetArch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || arch;
  if (targetPlatform === 'darwin' && platform === 'darwin' && targetArch === 'x64' && env.npm_config_arch === undefined && underRosetta()) {
    targetArch = 'arm64';
  }
  return { platform: targetPlatform, arch: targetArch };
}

/** One short phrase for why a download failed, from the error's cause. */
function downloadFailureReason(err) {
  const cause = err && err.cause ? err.cause : err;
  const code = cause && (cause.code || (cause.errors && cause.errors[0] && cause.errors[0].code));
  const where = cause && cause.hostname ? cause.hostname : cause && cause.address ? `${cause.address}${cause.port ? `:${cause.port}` : ''}` : '';
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot look up ${where || 'the download server'}: this machine looks offline`;
    case 'ECONNREFUSED':
      return `the connection to ${where || 'the download server'} was refused`;
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `the connection to ${where || 'the download server'} timed out`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'the network is unreachable';
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `the server's certificate is not trusted (${code}; a proxy that inspects traffic? set NODE_EXTRA_CA_CERTS)`;
    default:
      break;
  }
  if (err && err.name === 'AbortError') return `nothing arrived for ${STALL_MS / 1000} s`;
  if (err && err.name === 'HTTPError' && err.response) return `the server answered ${err.response.status} for ${err.response.url}`;
  const message = err && err.message ? err.message.split('\n')[0] : String(err);
  return code ? `${message} (${code})` : message;
}

function formatMegabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Progress on one terminal line; nothing when stderr is not a terminal. */
function progressReporter(stream) {
  let last = -1;
  return {
    update({ transferred, total }) {
      if (!stream.isTTY) return;
      const percent = total ? Math.floor((transferred / total) * 100) : -1;
      if (percent === last) return;
      last = percent;
      const text = total ? `${percent}% of ${formatMegabytes(total)}` : formatMegabytes(transferred);
      stream.write(`\rClaimdesk: downloading Electron… ${text}   `);
    },
    done() {
      if (stream.isTTY && last !== -1) stream.write('\n');
    },
  };
}

/**
 * Fetches and extracts the Electron binary. Resolves to `{ ok: true }` or
 * `{ ok: false, reason }`; never throws. A proxy in HTTPS_PROXY/HTTP_PROXY is
 * used as Electron's downloader does with ELECTRON_GET_USE_PROXY.
 */
async function downloadElectron({ repoRoot, stderr = process.stderr }) {
  const env = process.env;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded' };
  }
  const electronDir = electronPackageDir(repoRoot);
  if (electronDir === null) return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const target = installerTarget({ env });

  // @electron/get reads its settings (mirror, proxy switch) from process.env itself.
  const proxyVariable = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].find((name) => env[name]);
  const hasProxy = proxyVariable !== undefined;
  if (hasProxy && !env.ELECTRON_GET_USE_PROXY) env.ELECTRON_GET_USE_PROXY = 'true';

  stderr.write(`Claimdesk: downloading Electron ${version} for ${target.platform}-${target.arch} (first run only)…\n`);
  const progress = progressReporter(stderr);
  const stall = new AbortController();
  let stallTimer = setTimeout(() => stall.abort(), STALL_MS);
  try {
    const getEntry = require.resolve('@electron/get', { paths: [electronDir] });
    const { downloadArtifact } = await import(pathToFileURL(getEntry).href);
    await downloadArtifact({
      version,
      artifactName: 'electron',
      platform: target.platform,
      arch: target.arch,
      cacheRoot: env.electron_config_cache,
      checksums:
        env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums
          ? undefined
          : JSON.parse(fs.readFileSync(path.join(electronDir, 'checksums.json'), 'utf8')),
      downloadOptions: {
        quiet: true,
        signal: stall.signal,
        getProgressCallback: (state) => {
          clearTimeout(stallTimer);
          stallTimer = setTimeout(() => stall.abort(), STALL_MS);
          progress.update(state);
        },
      },
    });
  } catch (err) {
    progress.done();
    const reason = downloadFailureReason(err);
    return { ok: false, reason: hasProxy ? `${reason}, through the proxy in ${proxyVariable}` : reason };
  } finally {
    clearTimeout(stallTimer);
  }
  progress.done();

  // Electron's own installer: finds the zip in the cache, extracts it and writes path.txt.
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { env, encoding: 'utf8' });
  if (install.status !== 0) {
    const firstLine = `${install.stderr || ''}${install.stdout || ''}`.trim().split('\n')[0] || `exit code ${install.status}`;
    return { ok: false, reason: `Electron's installer could not unpack it: ${firstLine}` };
  }
  return { ok: true };
}

module.exports = { locateElectron, installerTarget, runsUnderRosetta, downloadElectron, downloadFailureReason, platformPath };
