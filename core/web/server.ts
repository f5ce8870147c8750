import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { MAX_ARTICLE_BYTES } from '../import';
import { encodeResult, type ApiResult } from '../api/result';
import type { Backend } from '../api/worker-backend';
import { CSV_DOWNLOAD_PATH } from './download-path';
import { streamCsvReport } from './report-download';

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

// An import arrives as base64 inside JSON: allow the article limit plus that overhead.
const MAX_BODY_BYTES = Math.ceil(MAX_ARTICLE_BYTES / 3) * 4 + 64 * 1024;

export interface WebServerOptions {
  /** The backend that answers the API: on its own threads (startWorkerBackend), or on this one (inProcessBackend). */
  backend: Backend;
  /** Built renderer (index.html and assets). */
  staticDir: string;
  port: number;
  /** Defaults to a fresh random token per launch. */
  token?: string;
}

export interface RunningWebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the same UI and the same API as the desktop app, served on
 * 127.0.0.1 only. Every API request must carry the per-launch token, and the
 * Host header must name this loopback address (a DNS-rebinding page cannot).
 */
export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const staticRoot = path.resolve(options.staticDir);
  const { backend } = options;
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('claimdesk web: request failed:', err);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error' } });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Wrong Host header: browser mode answers only on its loopback address.' } });
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Method not allowed' } });
    }
    return serveStatic(res, url.pathname, req.method === 'HEAD');
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, op: string): Promise<void> {
    if (!hasToken(req.headers['x-claimdesk-token'])) {
      req.resume();
      return sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token: open the address printed by npm run web.' } });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      req.resume();
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Cross-origin requests are refused.' } });
    }
    if (req.method !== 'POST') {
      req.resume();
      return sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'API requests must be POST.' } });
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too_large') {
      return sendJson(res, 413, { ok: false, error: { code: 'too_large', message: `Request over the ${Math.round(MAX_BODY_BYTES / 1024 / 1024)} MiB limit.` } });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: `${op}: the request body is not valid JSON.` } });
    }
    if (op === CSV_DOWNLOAD_PATH) {
      const refused = await streamCsvReport(backend, input, res, SECURITY_HEADERS);
      return refused ? sendJson(res, 200, refused) : undefined;
    }
    const { json, errorCode } = backend.callEncoded ? await backend.callEncoded(op, input) : encodeResult(await backend.call(op, input));
    sendBody(res, errorCode === 'unknown_operation' ? 404 : errorCode === 'internal' ? 500 : 200, json);
  }

  function hasToken(header: string | string[] | undefined): boolean {
    if (typeof header !== 'string') return false;
    const given = Buffer.from(header);
    return given.length === tokenBytes.length && crypto.timingSafeEqual(given, tokenBytes);
  }

  function serveStatic(res: http.ServerResponse, pathname: string, headOnly: boolean): void {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      return sendText(res, 400, 'Bad path');
    }
    if (relative === '/' || relative === '') relative = '/index.html';
    const file = path.resolve(staticRoot, `.${relative}`);
    if (!file.startsWith(staticRoot + path.sep)) return sendText(res, 404, 'Not found');
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      return sendText(res, 404, 'Not found');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': data.length,
      'Cache-Control': 'no-cache',
    });
    res.end(headOnly ? undefined : data);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        // A browser keeps idle keep-alive connections open: drop them, or close() waits forever.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function sendJson(res: http.ServerResponse, status: number, result: ApiResult<unknown>): void {
  sendBody(res, status, JSON.stringify(result));
}

/** An ApiResult already written as JSON. */
function sendBody(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return resolve('too_large');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (!over) {
        // Past the limit the rest is read and dropped, never buffered. The answer waits for
        // the end of the body: a client still sending when the socket closes never sees it.
        over = true;
        chunks.length = 0;
      }
    });
    req.on('end', () => resolve(over ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
