/**
 * The CSV report, byte for byte: testdata/ holds what the export wrote for the
 * fixture workspace before it was streamed (generated once with that code).
 * Every way out — the API's string, the CLI's file and standard output, the
 * browser-mode download — must give exactly those bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir, useTempWorkspace } from '../../db/testing/temp-workspace';
import { runCli } from '../cli/run';
import { CSV_DOWNLOAD_PATH } from '../web/download-path';
import { startWebServer, type RunningWebServer } from '../web/server';
import { callOrThrow } from '../api/dispatch';
import { buildReportFixture, GOLDEN_REPORTS } from './report-fixture';
import { inProcessBackend } from '../api/in-process-backend';

const newWorkspace = useTempWorkspace();
const tempDir = useTempDir();

const golden = (name: string) => fs.readFileSync(path.join(__dirname, 'testdata', name));

describe('the CSV report keeps its bytes', () => {
  it.each(GOLDEN_REPORTS)('exportCsv gives $file', ({ file, input }) => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    expect(Buffer.from(callOrThrow(ws, 'exportCsv', input).csv, 'utf8').equals(golden(file))).toBe(true);
  });
});

describe('the CLI streams the same bytes', () => {
  it('to a file (--out) and to standard output', () => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    const out = path.join(tempDir(), 'report.csv');
    const err: string[] = [];
    const io = (stdout: Buffer[]) => ({ out: { write: (text: string) => stdout.push(Buffer.from(text, 'utf8')) }, err: { write: (text: string) => err.push(text) }, env: {} });
    expect(runCli(['--db', ws.dbPath, 'export', '--format', 'csv', '--all', '--out', out], io([]))).toBe(0);
    expect(fs.readFileSync(out).equals(golden('report-all.csv'))).toBe(true);
    const claims = (ws.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
    expect(err).toEqual([`Wrote ${claims} claims to ${out}\n`]);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['report.csv']);
    const stdout: Buffer[] = [];
    expect(runCli(['--db', ws.dbPath, 'export', '--format', 'csv', '--status', 'disputed'], io(stdout))).toBe(0);
    expect(Buffer.concat(stdout).equals(callOrThrowCsv(ws, { filter: { status: 'disputed' } }))).toBe(true);
  });
});

function callOrThrowCsv(ws: Parameters<typeof callOrThrow>[0], input: Parameters<typeof callOrThrow<'exportCsv'>>[2]): Buffer {
  return Buffer.from(callOrThrow(ws, 'exportCsv', input).csv, 'utf8');
}

describe('the browser download streams the same bytes', () => {
  const servers: RunningWebServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  async function serve(ws: Parameters<typeof buildReportFixture>[0]) {
    const server = await startWebServer({ backend: inProcessBackend(ws), staticDir: tempDir(), port: 0 });
    servers.push(server);
    const post = (op: string, body: unknown) =>
      fetch(`http://127.0.0.1:${server.port}/api/${op}`, { method: 'POST', headers: { 'x-claimdesk-token': server.token }, body: JSON.stringify(body) });
    return { server, post };
  }

  it.each(GOLDEN_REPORTS)('for $file, with its name and row count in the headers', async ({ file, input }) => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    const { post } = await serve(ws);
    const res = await post(CSV_DOWNLOAD_PATH, input);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('x-claimdesk-filename')).toMatch(/^claimdesk-.*\.csv$/);
    expect(res.headers.get('x-claimdesk-row-count')).toBe(String(callOrThrow(ws, 'exportCsv', input).rowCount));
    expect(Buffer.from(await res.arrayBuffer()).equals(golden(file))).toBe(true);
  });

  it('answers a bad input as an API error, before sending anything', async () => {
    const ws = newWorkspace();
    const { post } = await serve(ws);
    const res = await post(CSV_DOWNLOAD_PATH, { filter: { status: 'maybe' } });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^exportCsv: filter\.status/) } });
  });

  it('keeps answering other calls while a download waits for a slow client', async () => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    // Enough rows that the report cannot sit whole in the socket's buffers.
    const grow = ws.db.prepare(`INSERT INTO claims (article_id, position, text, span_start, span_end, prefix, suffix, kind, hidden, status)
      SELECT article_id, position + 1000 * ?, text, span_start, span_end, prefix, suffix, kind, hidden, status FROM claims WHERE position < 1000`);
    for (let copy = 1; copy <= 300; copy++) grow.run(copy);
    const { server, post } = await serve(ws);
    const claimId = (ws.db.prepare('SELECT min(id) AS id FROM claims').get() as { id: number }).id;

    const download = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: `/api/${CSV_DOWNLOAD_PATH}`, headers: { 'x-claimdesk-token': server.token } }, resolve);
      req.on('error', reject);
      req.end(JSON.stringify({ filter: { includeHidden: true } }));
    });
    download.pause();
    const expectedRows = Number(download.headers['x-claimdesk-row-count']);
    expect(expectedRows).toBeGreaterThan(10_000);
    // The download is not read: the server waits on it, and still answers a verdict.
    expect(await (await post('setStatus', { claimId, status: 'verified' })).json()).toMatchObject({ ok: true });

    const chunks: Buffer[] = [];
    download.on('data', (chunk: Buffer) => chunks.push(chunk));
    download.resume();
    await new Promise((resolve) => download.on('end', resolve));
    const csv = Buffer.concat(chunks).toString('utf8');
    // One snapshot, read to its end: exactly the rows the headers promised.
    const records = csv.slice(1).split(/\r\n(?=\d+,)/);
    expect(records).toHaveLength(expectedRows + 1);
    expect(records[0]!.startsWith('Claim ID,')).toBe(true);
  }, 30_000);
});
