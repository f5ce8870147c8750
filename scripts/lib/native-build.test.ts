import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildForElectron, checkBuiltFor, cleanBuildEnv, electronTarget, missingBuildTools, readBuildInfo, staleReason } from './native-build';
import {
  betterSqlite3Version,
  binaryHeader,
  closedPort,
  electronAbi,
  electronVersion,
  fakeNativeModule,
  prebuildTarball,
  REPO_ROOT,
  servePrebuild,
  tempDir,
  writeBuildInfo,
} from './test-support';

const NODE_BUILD = path.join(REPO_ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

let folder: string;
beforeEach(() => {
  folder = tempDir('native-build');
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

function target(overrides: Partial<ReturnType<typeof electronTarget>> = {}) {
  return { electron: electronVersion(), abi: electronAbi(), betterSqlite3: betterSqlite3Version(), platform: process.platform, arch: process.arch, ...overrides };
}

describe('electronTarget', () => {
  it('takes the architecture from the Electron binary, not from Node (Rosetta: x64 Node, arm64 Electron)', () => {
    const binary = path.join(folder, 'Electron');
    fs.writeFileSync(binary, binaryHeader('darwin', 'arm64'));
    expect(electronTarget({ repoRoot: REPO_ROOT, electronBinary: binary, fallbackArch: 'x64', platform: 'darwin' })).toEqual({
      electron: electronVersion(),
      abi: electronAbi(),
      betterSqlite3: betterSqlite3Version(),
      platform: 'darwin',
      arch: 'arm64',
    });
  });

  it("falls back to the installer's choice when the binary cannot be read", () => {
    expect(electronTarget({ repoRoot: REPO_ROOT, electronBinary: path.join(folder, 'missing'), fallbackArch: 'arm64' }).arch).toBe('arm64');
    expect(electronTarget({ repoRoot: REPO_ROOT, electronBinary: null, fallbackArch: 'ia32' }).arch).toBe('ia32');
  });
});

describe('staleReason (build-info.json decides whether to build again)', () => {
  it('is null for a build made for this Electron, better-sqlite3, platform and architecture', () => {
    fakeNativeModule(path.join(folder, 'better_sqlite3.node'), { abi: electronAbi() });
    writeBuildInfo(folder);
    expect(staleReason(folder, target())).toBeNull();
  });

  it('names what changed since the build', () => {
    fakeNativeModule(path.join(folder, 'better_sqlite3.node'), { abi: electronAbi() });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ electron: '44.0.0' }, new RegExp(`built for Electron 44\\.0\\.0, this is Electron ${electronVersion().replace(/\./g, '\\.')}`)],
      [{ nodeModuleVersion: 140 }, /NODE_MODULE_VERSION 140/],
      [{ betterSqlite3: '11.0.0' }, /better-sqlite3 11\.0\.0/],
      [{ arch: process.arch === 'arm64' ? 'x64' : 'arm64' }, /Electron here is/],
      [{ platform: 'plan9' }, /built for plan9/],
    ];
    for (const [overrides, reason] of cases) {
      writeBuildInfo(folder, overrides);
      expect(staleReason(folder, target())).toMatch(reason);
    }
  });

  it('rebuilds when the module or its build-info.json is missing', () => {
    expect(staleReason(folder, target())).toBe('not built yet');
    fakeNativeModule(path.join(folder, 'better_sqlite3.node'), { abi: electronAbi() });
    expect(staleReason(folder, target())).toMatch(/build-info\.json is missing/);
  });
});

describe('checkBuiltFor', () => {
  it('accepts a module for Electron’s ABI, platform and architecture', () => {
    const module = path.join(folder, 'ok.node');
    fakeNativeModule(module, { abi: electronAbi() });
    expect(() => checkBuiltFor(module, target())).not.toThrow();
  });

  it('refuses the Node build (the nodedir trap), another ABI and another architecture', () => {
    expect(() => checkBuiltFor(NODE_BUILD, target())).toThrow(/loads in Node .*built for Node, not Electron/);
    const oldAbi = path.join(folder, 'old.node');
    fakeNativeModule(oldAbi, { abi: '140' });
    expect(() => checkBuiltFor(oldAbi, target())).toThrow(/NODE_MODULE_VERSION 140, but Electron .* needs/);
    const otherArch = path.join(folder, 'arch.node');
    fakeNativeModule(otherArch, { abi: electronAbi(), arch: process.arch === 'arm64' ? 'x64' : 'arm64' });
    expect(() => checkBuiltFor(otherArch, target())).toThrow(/but Electron here is/);
  });
});

describe('cleanBuildEnv', () => {
  it('drops the npm settings that make node-gyp build for Node, and keeps the rest', () => {
    const env = cleanBuildEnv({ npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_runtime: 'node', npm_config_disturl: 'x', npm_config_cache: '/c', HTTPS_PROXY: 'http://proxy:3128', PATH: '/bin' });
    expect(env).toEqual({ npm_config_cache: '/c', HTTPS_PROXY: 'http://proxy:3128', PATH: '/bin' });
  });
});

describe('buildForElectron', () => {
  it('installs a ready build fetched by prebuild-install, checked, with build-info.json', async () => {
    const module = path.join(folder, 'prebuilt.node');
    fakeNativeModule(module, { abi: electronAbi() });
    const host = await servePrebuild(prebuildTarball(module));
    try {
      const nativeDir = path.join(folder, 'native');
      const said: string[] = [];
      const env = { ...process.env, npm_config_nodedir: '/usr', npm_config_better_sqlite3_binary_host: host.url, npm_config_cache: path.join(folder, 'npm-cache') };
      const built = await buildForElectron({ repoRoot: REPO_ROOT, nativeDir, target: target(), env, say: (line: string) => said.push(line) });
      expect(built).toMatchObject({ ok: true, source: 'prebuilt' });
      expect(host.requests).toEqual([`/v${betterSqlite3Version()}/better-sqlite3-v${betterSqlite3Version()}-electron-v${electronAbi()}-${process.platform}-${process.arch}.tar.gz`]);
      expect(fs.readFileSync(path.join(nativeDir, 'better_sqlite3.node'))).toEqual(fs.readFileSync(module));
      expect(readBuildInfo(nativeDir)).toMatchObject({ electron: electronVersion(), nodeModuleVersion: Number(electronAbi()), arch: process.arch, source: 'prebuilt' });
      expect(staleReason(nativeDir, target())).toBeNull();
      expect(said[0]).toMatch(/fetching a ready better-sqlite3/);
    } finally {
      await host.close();
    }
  });

  it('refuses a ready build made for Node and, with no compiler, names what is missing and installs nothing', async () => {
    const host = await servePrebuild(prebuildTarball(NODE_BUILD));
    try {
      const nativeDir = path.join(folder, 'native');
      fakeNativeModule(path.join(nativeDir, 'better_sqlite3.node'), { abi: '140' });
      const before = fs.readFileSync(path.join(nativeDir, 'better_sqlite3.node'));
      // No PATH: no python, no compiler, no make.
      const env = { HOME: folder, PATH: path.join(folder, 'empty-bin'), npm_config_better_sqlite3_binary_host: host.url, npm_config_cache: path.join(folder, 'npm-cache') };
      const built = await buildForElectron({ repoRoot: REPO_ROOT, nativeDir, target: target(), env, say: () => undefined });
      expect(built.ok).toBe(false);
      expect(built.reason).toMatch(/the ready build was refused: .*built for Node/);
      if (process.platform === 'linux') expect(built.reason).toMatch(/compiling one needs Python 3 and a C\+\+ compiler \(build-essential\) and make, not found here/);
      expect(fs.readFileSync(path.join(nativeDir, 'better_sqlite3.node'))).toEqual(before);
      expect(fs.existsSync(path.join(nativeDir, 'build-info.json'))).toBe(false);
      expect(fs.readFileSync(built.log, 'utf8')).toMatch(/prebuild-install --runtime electron/);
    } finally {
      await host.close();
    }
  });

  it('says why when no ready build can be downloaded', async () => {
    const port = await closedPort();
    const env = { HOME: folder, PATH: path.join(folder, 'empty-bin'), npm_config_better_sqlite3_binary_host: `http://127.0.0.1:${port}`, npm_config_cache: path.join(folder, 'npm-cache') };
    const built = await buildForElectron({ repoRoot: REPO_ROOT, nativeDir: path.join(folder, 'native'), target: target(), env, say: () => undefined });
    expect(built.ok).toBe(false);
    expect(built.reason).toMatch(/^no ready build \(.*ECONNREFUSED.*\)/);
  });
});

describe('missingBuildTools', () => {
  it('names every tool a Linux build needs when none is on PATH, and nothing when all are', () => {
    expect(missingBuildTools({ PATH: '/nonexistent' }, 'linux')).toEqual(['Python 3', 'a C++ compiler (build-essential)', 'make']);
    // This machine compiles better-sqlite3 at npm install.
    if (process.platform === 'linux') expect(missingBuildTools(process.env, 'linux')).toEqual([]);
  });
});
