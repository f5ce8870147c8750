/**
 * `npm start`, `npm run dist` and the built main process, run for real with
 * stand-ins for what cannot run here: a fake Electron executable
 * (ELECTRON_OVERRIDE_DIST_PATH), a refused download (ELECTRON_MIRROR at a
 * closed loopback port), a local prebuild host, a fake electron-builder, and a
 * stand-in `electron` module under the built out/main/index.js.
 *
 * One file on purpose: starting the app runs electron-vite build into out/,
 * which the built-main tests read; vitest runs the tests of one file in order.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../core/api/operation-names';
import { DESKTOP_CHANNELS } from '../electron/channels';
import afterPack from './after-pack';
import { dist } from './dist';
import {
  closedPort,
  electronAbi,
  electronVersion,
  fakeElectronDist,
  fakeNativeModule,
  prebuildTarball,
  REPO_ROOT,
  servePrebuild,
  tempDir,
  writeBuildInfo,
} from './lib/test-support';

const START = path.join(REPO_ROOT, 'scripts', 'start.js');
const NODE_BUILD = path.join(REPO_ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const SAMPLE = path.join(REPO_ROOT, 'core', 'sample', '000_271fd31029f7693a.txt');

let work: string;
let refusedUrl: string;
let browserRecord: string;
let fakeBrowser: string;

beforeAll(async () => {
  work = tempDir('desktop-start');
  refusedUrl = `http://127.0.0.1:${await closedPort()}`;
  // BROWSER stand-in: writes the address it was asked to open.
  browserRecord = path.join(work, 'browser-opened.txt');
  fakeBrowser = path.join(work, 'fake-browser');
  fs.writeFileSync(fakeBrowser, `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(browserRecord)}, process.argv[2]);\n`, { mode: 0o755 });
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

interface StartRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Runs scripts/start.js's start() in its own process, with a test's native folder and stand-in for `/`. */
function runStart(options: { env: NodeJS.ProcessEnv; argv: string[]; nativeDir: string; systemRoot?: string }): StartRun {
  const systemRoot = options.systemRoot ?? tempDir('system-root');
  const driver = `require(${JSON.stringify(START)}).start(${JSON.stringify({ argv: options.argv, nativeDir: options.nativeDir, systemRoot })}).then((code) => process.exit(code))`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Nothing may reach a real network: every download goes to a closed port unless a test serves it.
    ELECTRON_MIRROR: `${refusedUrl}/`,
    ELECTRON_HEADERS_MIRROR: refusedUrl,
    npm_config_better_sqlite3_binary_host: refusedUrl,
    electron_config_cache: path.join(work, 'electron-cache'),
    npm_config_cache: path.join(work, 'npm-cache'),
    BROWSER: fakeBrowser,
    DISPLAY: undefined,
    WAYLAND_DISPLAY: undefined,
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn(process.execPath, ['-e', driver], { cwd: REPO_ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

async function waitFor<T>(what: string, probe: () => T | null | undefined | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The browser-mode address printed on stdout, then a real API request with and without its token. */
async function expectBrowserModeAnswers(run: StartRun): Promise<string> {
  const address = await waitFor('browser mode', () => /Claimdesk running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(run.stdout())?.[1]);
  const url = new URL(address);
  const token = url.searchParams.get('token')!;
  const answer = await fetch(new URL('/api/getStats', url), { method: 'POST', headers: { 'x-claimdesk-token': token, 'content-type': 'application/json' }, body: '{}' });
  expect(answer.status).toBe(200);
  expect(await answer.json()).toMatchObject({ ok: true });
  const refused = await fetch(new URL('/api/getStats', url), { method: 'POST', body: '{}' });
  expect(refused.status).toBe(401);
  return address;
}

async function stop(run: StartRun): Promise<number | null> {
  run.child.kill('SIGTERM');
  return run.exit;
}

function freshNativeDir(): string {
  const nativeDir = tempDir('native');
  fakeNativeModule(path.join(nativeDir, 'better_sqlite3.node'), { abi: electronAbi() });
  writeBuildInfo(nativeDir);
  return nativeDir;
}

describe('npm start with the desktop app available', { timeout: 120_000 }, () => {
  it('builds the app and launches Electron on this checkout with the arguments given', async () => {
    const record = path.join(work, 'launch-1.json');
    const dbPath = path.join(work, 'desktop.sqlite');
    const run = runStart({
      env: { ELECTRON_OVERRIDE_DIST_PATH: fakeElectronDist(record, 3), DISPLAY: ':99', ELECTRON_RUN_AS_NODE: '1' },
      argv: ['--db', dbPath],
      nativeDir: freshNativeDir(),
    });
    expect(await run.exit).toBe(3); // Electron's exit code is npm start's
    const launched = JSON.parse(fs.readFileSync(record, 'utf8'));
    expect(launched).toEqual({ argv: [REPO_ROOT, '--db', dbPath], cwd: REPO_ROOT, runAsNode: null });
    expect(run.stderr()).not.toMatch(/browser mode|downloading/);
    for (const built of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) expect(fs.existsSync(path.join(REPO_ROOT, built))).toBe(true);
  });

  it('rebuilds better-sqlite3 when build-info.json names another Electron, from a ready build, then launches', async () => {
    const readyModule = path.join(work, 'ready.node');
    fakeNativeModule(readyModule, { abi: electronAbi() });
    const host = await servePrebuild(prebuildTarball(readyModule));
    try {
      const nativeDir = tempDir('native-stale');
      fakeNativeModule(path.join(nativeDir, 'better_sqlite3.node'), { abi: '140' });
      writeBuildInfo(nativeDir, { electron: '44.0.0', nodeModuleVersion: 140 });
      const record = path.join(work, 'launch-2.json');
      const run = runStart({
        env: { ELECTRON_OVERRIDE_DIST_PATH: fakeElectronDist(record), DISPLAY: ':99', npm_config_better_sqlite3_binary_host: host.url, npm_config_nodedir: '/usr' },
        argv: [],
        nativeDir,
      });
      expect(await run.exit).toBe(0);
      expect(run.stderr()).toContain(`better-sqlite3 needs a build for Electron ${electronVersion()} (built for Electron 44.0.0, this is Electron ${electronVersion()})`);
      expect(run.stderr()).toContain('better-sqlite3 for Electron is ready (a ready build)');
      expect(host.requests).toHaveLength(1);
      expect(JSON.parse(fs.readFileSync(path.join(nativeDir, 'build-info.json'), 'utf8'))).toMatchObject({ electron: electronVersion(), nodeModuleVersion: Number(electronAbi()), source: 'prebuilt' });
      expect(fs.readFileSync(path.join(nativeDir, 'better_sqlite3.node'))).toEqual(fs.readFileSync(readyModule));
      expect(JSON.parse(fs.readFileSync(record, 'utf8')).argv).toEqual([REPO_ROOT]);
    } finally {
      await host.close();
    }
  });
});

/** Runs npm start where it must fall back, checks browser mode answers, runs `check`, then stops it (cleanly). */
async function inBrowserMode(options: Parameters<typeof runStart>[0], check: (run: StartRun, address: string) => Promise<void> | void): Promise<void> {
  const run = runStart(options);
  try {
    await check(run, await expectBrowserModeAnswers(run));
  } finally {
    expect(await stop(run)).toBe(0);
  }
}

describe('npm start falls back to browser mode, saying why in one line', { timeout: 120_000 }, () => {
  it('when the Electron download is refused: browser mode answers with its token and the system browser is opened', async () => {
    const emptyDist = tempDir('no-electron');
    const dbPath = path.join(work, 'fallback.sqlite');
    await inBrowserMode({ env: { ELECTRON_OVERRIDE_DIST_PATH: emptyDist, DISPLAY: ':99' }, argv: ['--db', dbPath], nativeDir: freshNativeDir() }, async (run, address) => {
      const lines = run.stderr().split('\n').filter((line) => line.startsWith('Claimdesk:'));
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^Claimdesk: downloading Electron ${electronVersion().replace(/\./g, '\\.')} for ${process.platform}-\\S+ \\(first run only\\)…$`)),
        `Claimdesk: could not download Electron (the connection to ${new URL(refusedUrl).host} was refused); starting browser mode instead.`,
      ]);
      expect(await waitFor('the browser stand-in', () => fs.existsSync(browserRecord) && fs.readFileSync(browserRecord, 'utf8'))).toBe(address);
      expect(fs.existsSync(dbPath)).toBe(true); // --db reached browser mode
      expect(fs.readdirSync(emptyDist)).toEqual([]);
    });
  });

  it('when ELECTRON_SKIP_BINARY_DOWNLOAD is set: no download at all', async () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: tempDir('no-electron'), DISPLAY: ':99', ELECTRON_SKIP_BINARY_DOWNLOAD: '1', BROWSER: 'none' };
    await inBrowserMode({ env, argv: ['--db', path.join(work, 'skip.sqlite')], nativeDir: freshNativeDir() }, (run) => {
      expect(run.stderr()).toContain('Claimdesk: could not download Electron (ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded); starting browser mode instead.');
      expect(run.stderr()).not.toContain('downloading Electron');
    });
  });

  it('when there is no display: Electron is not launched', async () => {
    const record = path.join(work, 'launch-no-display.json');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: fakeElectronDist(record), BROWSER: 'none' };
    await inBrowserMode({ env, argv: ['--db', path.join(work, 'headless.sqlite')], nativeDir: freshNativeDir() }, (run) => {
      expect(run.stderr()).toContain('Claimdesk: cannot show a desktop window: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set); starting browser mode instead.');
      expect(fs.existsSync(record)).toBe(false);
    });
  });

  it('when the kernel restricts user namespaces (Ubuntu 24.04+): the remedy, never --no-sandbox', async () => {
    const record = path.join(work, 'launch-apparmor.json');
    const systemRoot = tempDir('ubuntu-root');
    fs.mkdirSync(path.join(systemRoot, 'proc', 'sys', 'kernel'), { recursive: true });
    fs.writeFileSync(path.join(systemRoot, 'proc', 'sys', 'kernel', 'apparmor_restrict_unprivileged_userns'), '1\n');
    const distDir = fakeElectronDist(record);
    const env = { ELECTRON_OVERRIDE_DIST_PATH: distDir, DISPLAY: ':99', BROWSER: 'none' };
    await inBrowserMode({ env, argv: ['--db', path.join(work, 'ubuntu.sqlite')], nativeDir: freshNativeDir(), systemRoot }, (run) => {
      expect(run.stderr()).toContain(`sudo chmod 4755 "${path.join(distDir, 'chrome-sandbox')}"`);
      expect(run.stderr()).toContain('Claimdesk: the desktop app needs the sandbox set up first; starting browser mode instead.');
      expect(fs.existsSync(record)).toBe(false);
    });
  });

  it('when no better-sqlite3 for Electron can be had: the reason and where the details are', async () => {
    const record = path.join(work, 'launch-no-native.json');
    const nativeDir = tempDir('native-none');
    // PATH without compilers: the download is refused and nothing can be compiled.
    const env = { ELECTRON_OVERRIDE_DIST_PATH: fakeElectronDist(record), DISPLAY: ':99', BROWSER: 'none', PATH: path.join(work, 'no-tools') };
    await inBrowserMode({ env, argv: ['--db', path.join(work, 'no-native.sqlite')], nativeDir }, (run) => {
      expect(run.stderr()).toMatch(/Claimdesk: could not get better-sqlite3 for Electron: no ready build \(.*\), and compiling one needs Python 3.* \(details: .*build\.log\); starting browser mode instead\./);
      expect(fs.existsSync(record)).toBe(false);
      expect(fs.existsSync(path.join(nativeDir, 'better_sqlite3.node'))).toBe(false);
    });
  });
});

describe('the built main process under Node, with a stand-in electron module', { timeout: 120_000 }, () => {
  beforeAll(() => {
    const electronVite = path.join(REPO_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    expect(spawnSync(process.execPath, [electronVite, 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'ignore' }).status).toBe(0);
  });

  function runBuiltMain(options: { args?: string[]; withNativeBuild?: boolean; brokenNativeBuild?: boolean } = {}) {
    const appPath = tempDir('app-path');
    if (options.withNativeBuild ?? true) {
      // Under Node the Node build is the one that loads: it stands in for the Electron build.
      fs.mkdirSync(path.join(appPath, 'native', 'electron'), { recursive: true });
      const built = path.join(appPath, 'native', 'electron', 'better_sqlite3.node');
      if (options.brokenNativeBuild) fs.writeFileSync(built, 'not a shared library');
      else fs.copyFileSync(NODE_BUILD, built);
    }
    fs.mkdirSync(path.join(appPath, 'core', 'sample'), { recursive: true });
    fs.copyFileSync(SAMPLE, path.join(appPath, 'core', 'sample', path.basename(SAMPLE)));
    const report = path.join(appPath, 'report.json');
    const dbPath = path.join(appPath, 'workspace.sqlite');
    const result = spawnSync(process.execPath, ['-r', path.join(REPO_ROOT, 'scripts', 'lib', 'electron-stand-in.cjs'), path.join(REPO_ROOT, 'out', 'main', 'index.js'), '--db', dbPath, ...(options.args ?? [])], {
      env: { ...process.env, CLAIMDESK_STAND_IN_REPORT: report, CLAIMDESK_STAND_IN_APP_PATH: appPath },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const parsed = JSON.parse(fs.readFileSync(report, 'utf8'));
    return { status: result.status, stderr: result.stderr, report: parsed, dbPath };
  }

  it('opens the workspace, locks the window down, registers every operation and loads the sample', () => {
    const { status, report, dbPath } = runBuiltMain();
    expect(status).toBe(0);
    expect(report.name).toBe('Claimdesk');
    expect(report.sandboxEnabled).toBe(true);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0].webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, spellcheck: false });
    expect(report.loadedFile).toBe(path.join(REPO_ROOT, 'out', 'renderer', 'index.html'));
    // Every operation, and every desktop channel the preload invokes (cancelCsvExport once had no handler).
    expect([...report.channels].sort()).toEqual([...OPERATION_NAMES.map((name) => `claimdesk:${name}`), ...Object.values(DESKTOP_CHANNELS)].sort());
    expect(report.calls.listArticles).toEqual({ ok: true, value: [] });
    expect(report.calls.loadSample).toMatchObject({ ok: true });
    expect(report.calls.listClaims.ok).toBe(true);
    expect(report.calls.listClaims.value.rows.length).toBeGreaterThan(0);
    expect(report.calls.fromStranger).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.dialogs).toEqual([]);
    expect(fs.existsSync(dbPath)).toBe(true);
  });

  it('keeps the database off the built main process: only the backend thread it starts requires better-sqlite3', () => {
    const requiresOf = (file: string): string[] => {
      const code = fs.readFileSync(path.join(REPO_ROOT, 'out', 'main', file), 'utf8');
      const direct = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
      // A chunk shared by both entries counts as loaded by each.
      return direct.flatMap((name) => (name.startsWith('./') ? [name, ...requiresOf(name)] : [name]));
    };
    const main = requiresOf('index.js');
    expect(main).toContain('node:worker_threads');
    expect(main).not.toContain('better-sqlite3');
    expect(requiresOf('backend-worker.js')).toContain('better-sqlite3');
  });

  it('loads native/electron/ on the backend thread: a broken build there is the error every call answers with, the window still opens', () => {
    const { status, report } = runBuiltMain({ brokenNativeBuild: true });
    expect(status).toBe(0);
    expect(report.windows).toHaveLength(1);
    expect(report.calls.listArticles).toMatchObject({ ok: false, error: { code: 'database_unavailable', message: expect.stringContaining('Cannot open the workspace') } });
    expect(report.calls.loadSample).toMatchObject({ ok: false, error: { code: 'database_unavailable' } });
    expect(report.dialogs).toEqual([expect.objectContaining({ kind: 'error', title: 'Claimdesk cannot open the workspace' })]);
  });

  it('says so in a warning when something started it with --no-sandbox', () => {
    const { report, stderr } = runBuiltMain({ args: ['--no-sandbox'] });
    expect(report.dialogs).toEqual([expect.objectContaining({ kind: 'message', type: 'warning', message: 'Claimdesk is running without its sandbox' })]);
    expect(stderr).toContain("running without Chromium's sandbox");
  });

  it('refuses to start without an Electron build of better-sqlite3, saying how to make one', () => {
    const { status, report } = runBuiltMain({ withNativeBuild: false });
    expect(status).toBe(1);
    expect(report.dialogs).toEqual([expect.objectContaining({ kind: 'error', message: expect.stringContaining('npm run rebuild:electron') })]);
    expect(report.channels).toEqual([]);
  });
});

describe('npm run dist', { timeout: 120_000 }, () => {
  it('runs electron-builder without the npm settings that would build for Node', () => {
    const record = path.join(work, 'builder-env.json');
    const builder = path.join(work, 'fake-electron-builder.js');
    fs.writeFileSync(builder, `require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ argv: process.argv.slice(2), env: process.env }));\n`);
    const code = dist({ args: ['--linux', 'deb'], env: { ...process.env, npm_config_nodedir: '/usr', npm_config_target: '20.20.2', npm_config_cache: '/keep/me' }, builderCli: builder, restoreNodeBuild: false });
    expect(code).toBe(0);
    const seen = JSON.parse(fs.readFileSync(record, 'utf8'));
    expect(seen.argv).toEqual(['--config', path.join(REPO_ROOT, 'electron-builder.yml'), '--linux', 'deb']);
    expect(seen.env.npm_config_nodedir).toBeUndefined();
    expect(seen.env.npm_config_target).toBeUndefined();
    expect(seen.env.npm_config_cache).toBe('/keep/me');
  });

  it("afterPack accepts a package whose better-sqlite3 is Electron's and fails one built for Node", async () => {
    const appOutDir = tempDir('linux-unpacked');
    const modulePath = path.join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const archCode = { ia32: 0, x64: 1, arm: 2, arm64: 3 }[process.arch as 'x64'] ?? 1;
    const context = { appOutDir, electronPlatformName: process.platform, arch: archCode, packager: { appInfo: { productFilename: 'Claimdesk' }, config: {} } };
    if (process.platform === 'darwin') {
      console.log('afterPack test: macOS packages keep resources inside Claimdesk.app; this case is laid out for Linux and Windows');
      return;
    }
    await expect(afterPack(context)).rejects.toThrow(/is missing/);
    fakeNativeModule(modulePath, { abi: electronAbi() });
    await expect(afterPack(context)).resolves.toBeUndefined();
    fs.copyFileSync(NODE_BUILD, modulePath);
    await expect(afterPack(context)).rejects.toThrow(/cannot be loaded by Electron .*built for Node/);
    await expect(afterPack({ ...context, packager: { ...context.packager, config: { electronVersion: '44.0.0' } } })).rejects.toThrow(/packaging Electron 44\.0\.0/);
  });

  it('keeps build tools out of the package: tsx and esbuild are development dependencies only', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const buildTools = Object.entries(lock.packages).filter(([name]) => /node_modules\/(tsx|esbuild|@esbuild\/[^/]+|vite|electron-vite)$/.test(name));
    expect(buildTools.length).toBeGreaterThan(2);
    for (const [name, entry] of buildTools) expect({ name, dev: entry.dev }).toEqual({ name, dev: true });
  });
});
