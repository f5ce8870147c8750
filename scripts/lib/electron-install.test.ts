import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadFailureReason, installerTarget, locateElectron } from './electron-install';
import { closedPort, REPO_ROOT, tempDir } from './test-support';

describe('installerTarget (the download Electron picks, by install.js rules)', () => {
  it('gives an x64 Node under Rosetta on a Mac the arm64 Electron', () => {
    expect(installerTarget({ env: {}, platform: 'darwin', arch: 'x64', underRosetta: () => true })).toEqual({ platform: 'darwin', arch: 'arm64' });
  });

  it('keeps x64 on an Intel Mac, and whatever npm_config_arch asks for', () => {
    expect(installerTarget({ env: {}, platform: 'darwin', arch: 'x64', underRosetta: () => false })).toEqual({ platform: 'darwin', arch: 'x64' });
    expect(installerTarget({ env: { npm_config_arch: 'x64' }, platform: 'darwin', arch: 'x64', underRosetta: () => true })).toEqual({ platform: 'darwin', arch: 'x64' });
    expect(installerTarget({ env: { ELECTRON_INSTALL_ARCH: 'arm64' }, platform: 'linux', arch: 'x64', underRosetta: () => true })).toEqual({ platform: 'linux', arch: 'arm64' });
  });

  it('never asks about Rosetta elsewhere', () => {
    let asked = false;
    const ask = () => {
      asked = true;
      return true;
    };
    expect(installerTarget({ env: {}, platform: 'win32', arch: 'x64', underRosetta: ask })).toEqual({ platform: 'win32', arch: 'x64' });
    expect(asked).toBe(false);
  });
});

describe('locateElectron', () => {
  let dist: string | undefined;
  afterEach(() => {
    if (dist) fs.rmSync(dist, { recursive: true, force: true });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH and says whether the binary is there', () => {
    dist = tempDir('dist');
    expect(locateElectron(REPO_ROOT, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toMatchObject({ distDir: dist, binary: path.join(dist, 'electron'), installed: false });
    fs.writeFileSync(path.join(dist, 'electron'), '');
    expect(locateElectron(REPO_ROOT, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux').installed).toBe(true);
  });
});

describe('downloadFailureReason', () => {
  it('names a refused connection from a real fetch error', async () => {
    const port = await closedPort();
    const err = await fetch(`http://127.0.0.1:${port}/electron.zip`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(downloadFailureReason(err)).toBe(`the connection to 127.0.0.1:${port} was refused`);
  });

  it('names offline, HTTP and stalled downloads', () => {
    const offline = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND', hostname: 'github.com' }) });
    expect(downloadFailureReason(offline)).toBe('cannot look up github.com: this machine looks offline');
    const notFound = Object.assign(new Error('Response code 404'), { name: 'HTTPError', response: { status: 404, url: 'https://mirror.example/v45/electron.zip' } });
    expect(downloadFailureReason(notFound)).toBe('the server answered 404 for https://mirror.example/v45/electron.zip');
    const stalled = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
    expect(downloadFailureReason(stalled)).toBe('nothing arrived for 60 s');
  });
});

describe('downloadElectron', () => {
  it('goes through the proxy in HTTPS_PROXY, as Electron does with ELECTRON_GET_USE_PROXY', async () => {
    const { spawn } = await import('node:child_process');
    const http = await import('node:http');
    const tunnels: string[] = [];
    const proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, socket) => {
      tunnels.push(req.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const cache = tempDir('electron-cache');
    try {
      const port = (proxy.address() as { port: number }).port;
      const driver = `require(${JSON.stringify(path.join(__dirname, 'electron-install.js'))}).downloadElectron({ repoRoot: ${JSON.stringify(REPO_ROOT)}, stderr: { write() {}, isTTY: false } }).then((r) => console.log(JSON.stringify(r)))`;
      const env: NodeJS.ProcessEnv = { ...process.env, HTTPS_PROXY: `http://127.0.0.1:${port}`, electron_config_cache: cache };
      for (const name of ['ELECTRON_MIRROR', 'ELECTRON_GET_USE_PROXY', 'NO_PROXY', 'no_proxy', 'ELECTRON_SKIP_BINARY_DOWNLOAD']) delete env[name];
      const child = spawn(process.execPath, ['-e', driver], { env });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      await new Promise((resolve) => child.on('exit', resolve));
      expect(JSON.parse(out)).toMatchObject({ ok: false });
      // The download was asked of the proxy, for Electron's own host, and went nowhere else.
      expect(tunnels).toEqual(['github.com:443']);
    } finally {
      proxy.close();
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
