/**
 * Stand-ins for the parts of the desktop start that cannot run here: a native
 * module "built for Electron", an Electron executable, a prebuild server.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `claimdesk-${prefix}-`));
}

export function electronVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version as string;
}

export function electronAbi(): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
}

export function betterSqlite3Version(): string {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version as string;
}

const ELF_MACHINE: Record<string, number> = { ia32: 0x03, arm: 0x28, x64: 0x3e, arm64: 0xb7 };
const MACHO_CPU: Record<string, number> = { ia32: 0x7, x64: 0x01000007, arm: 0xc, arm64: 0x0100000c };
const PE_MACHINE: Record<string, number> = { ia32: 0x14c, arm: 0x1c4, x64: 0x8664, arm64: 0xaa64 };

/** The first bytes of an executable or library of the given platform and architecture. */
export function binaryHeader(platform: string, arch: string): Buffer {
  const head = Buffer.alloc(512);
  if (platform === 'darwin') {
    head.writeUInt32LE(0xfeedfacf, 0);
    head.writeUInt32LE(MACHO_CPU[arch]!, 4);
  } else if (platform === 'win32') {
    head.write('MZ', 0, 'latin1');
    head.writeUInt32LE(0x80, 0x3c);
    head.writeUInt32BE(0x50450000, 0x80);
    head.writeUInt16LE(PE_MACHINE[arch]!, 0x84);
  } else {
    head.writeUInt32BE(0x7f454c46, 0);
    head[4] = 2; // 64-bit
    head[5] = 1; // little-endian
    head[6] = 1;
    head.writeUInt16LE(3, 16); // a shared object
    head.writeUInt16LE(ELF_MACHINE[arch]!, 18);
  }
  return head;
}

/**
 * A file that passes for better-sqlite3 built for `abi`: the right header and
 * the `node_register_module_v<abi>` symbol name, but no loadable code, so
 * plain Node refuses it as it refuses a real Electron build.
 */
export function fakeNativeModule(file: string, options: { abi: string; platform?: string; arch?: string }): void {
  const header = binaryHeader(options.platform ?? process.platform, options.arch ?? process.arch);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([header, Buffer.from(`\0node_register_module_v${options.abi}\0`, 'latin1')]));
}

/** build-info.json as scripts/lib/native-build.js writes it, with fields overridden. */
export function writeBuildInfo(nativeDir: string, overrides: Record<string, unknown> = {}): void {
  const info = {
    electron: electronVersion(),
    nodeModuleVersion: Number(electronAbi()),
    betterSqlite3: betterSqlite3Version(),
    platform: process.platform,
    arch: process.arch,
    source: 'prebuilt',
    builtAt: new Date().toISOString(),
    ...overrides,
  };
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.writeFileSync(path.join(nativeDir, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
}

/**
 * A stand-in Electron executable: records its arguments, working folder and a
 * few environment variables as JSON in `record`, then exits with `exitCode`.
 */
export function fakeElectronDist(record: string, exitCode = 0): string {
  const dist = tempDir('fake-electron');
  const script = [
    `#!${process.execPath}`,
    `require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));`,
    `process.exit(${exitCode});`,
  ].join('\n');
  const binary = path.join(dist, 'electron');
  fs.writeFileSync(binary, script, { mode: 0o755 });
  return dist;
}

/** A tarball laid out as prebuild-install expects: build/Release/better_sqlite3.node. */
export function prebuildTarball(moduleFile: string): Buffer {
  const staging = tempDir('prebuild');
  try {
    fs.mkdirSync(path.join(staging, 'build', 'Release'), { recursive: true });
    fs.copyFileSync(moduleFile, path.join(staging, 'build', 'Release', 'better_sqlite3.node'));
    const tarball = path.join(staging, 'prebuild.tar.gz');
    const tar = spawnSync('tar', ['-czf', tarball, '-C', staging, 'build'], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    return fs.readFileSync(tarball);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export interface PrebuildHost {
  /** For npm_config_better_sqlite3_binary_host. */
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** A local download host serving `tarball` for every `.tar.gz` asked for, and recording the paths. */
export async function servePrebuild(tarball: Buffer): Promise<PrebuildHost> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url?.endsWith('.tar.gz')) {
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': tarball.length });
      res.end(tarball);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nothing listens on: a download pointed there is refused at once. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
