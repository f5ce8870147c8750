import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotDatabase, useTempDir, useTempWorkspace } from '../../db/testing/temp-workspace';
import { startWebServer, type RunningWebServer } from './server';
import { inProcessBackend } from '../api/in-process-backend';

const newWorkspace = useTempWorkspace();
const tempDir = useTempDir();
const servers: RunningWebServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function serve() {
  const ws = newWorkspace();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Claimdesk</title>');
  fs.writeFileSync(path.join(path.dirname(staticDir), `${path.basename(staticDir)}-secret.txt`), 'outside the static folder');
  const server = await startWebServer({ backend: inProcessBackend(ws), staticDir, port: 0 });
  servers.push(server);
  return { ws, server };
}

/** A raw request, so the Host header and body are exactly what a test says. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints an address with a long random token', async () => {
    const { server } = await serve();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const other = await serve();
    expect(other.server.token).not.toBe(server.token);
  });

  it('answers an API call that carries the token', async () => {
    const { server } = await serve();
    const res = await request(server.port, {
      method: 'POST',
      path: '/api/listArticles',
      headers: { host: `127.0.0.1:${server.port}`, 'x-claimdesk-token': server.token, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses API calls without the token, or with a wrong one, with 401 and changes nothing', async () => {
    const { ws, server } = await serve();
    const before = snapshotDatabase(ws);
    for (const token of [undefined, 'wrong', `${server.token}x`]) {
      const res = await request(server.port, {
        method: 'POST',
        path: '/api/loadSample',
        headers: { host: `127.0.0.1:${server.port}`, ...(token ? { 'x-claimdesk-token': token } : {}) },
        body: '{}',
      });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(snapshotDatabase(ws)).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const { server } = await serve();
    const rebinding = await request(server.port, { path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(rebinding.status).toBe(403);
    const crossOrigin = await request(server.port, {
      method: 'POST',
      path: '/api/listArticles',
      headers: { host: `127.0.0.1:${server.port}`, origin: 'http://evil.example', 'x-claimdesk-token': server.token },
      body: '{}',
    });
    expect(crossOrigin.status).toBe(403);
  });

  it('returns bad JSON and bad input as errors, never a crash', async () => {
    const { server } = await serve();
    const headers = { host: `127.0.0.1:${server.port}`, 'x-claimdesk-token': server.token };
    const badJson = await request(server.port, { method: 'POST', path: '/api/listClaims', headers, body: '{"filter":' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await request(server.port, { method: 'POST', path: '/api/nope', headers, body: '{}' });
    expect(unknown.status).toBe(404);
    const get = await request(server.port, { method: 'GET', path: '/api/listArticles', headers });
    expect(get.status).toBe(405);
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const { ws, server } = await serve();
    const before = snapshotDatabase(ws);
    const declared = await request(server.port, {
      method: 'POST',
      path: '/api/importArticle',
      headers: { host: `127.0.0.1:${server.port}`, 'x-claimdesk-token': server.token, 'content-length': String(200 * 1024 * 1024) },
    });
    expect(declared.status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/importArticle',
          agent: false,
          headers: { host: `127.0.0.1:${server.port}`, 'x-claimdesk-token': server.token },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 40) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
      setTimeout(() => reject(new Error('no answer')), 20_000);
    });
    expect(streamed).toBe(413);
    expect(snapshotDatabase(ws)).toEqual(before);
  });

  it('serves the UI, but nothing outside its folder', async () => {
    const { server } = await serve();
    const host = { host: `127.0.0.1:${server.port}` };
    const index = await request(server.port, { path: '/', headers: host });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Claimdesk</title>');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request(server.port, { path: p, headers: host });
      expect(res.status).toBe(404);
    }
  });
});
