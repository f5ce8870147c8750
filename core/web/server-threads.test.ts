/**
 * Browser mode as it runs (npm run web): the web server over the backend
 * threads, with two clients at once — one importing a long article, the other
 * reading the table and setting a verdict meanwhile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-workspace';
import { backendWorkerBundle } from '../api/testing/worker-bundle';
import { startWorkerBackend, type WorkerBackend } from '../api/worker-backend';
import { startWebServer, type RunningWebServer } from './server';

const tempDir = useTempDir();
let workerScript: string;
const running: { server: RunningWebServer; backend: WorkerBackend }[] = [];

beforeAll(async () => {
  workerScript = await backendWorkerBundle();
});

afterEach(async () => {
  for (const { server, backend } of running.splice(0)) {
    await server.close();
    await backend.close();
  }
});

async function serve() {
  const backend = await startWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') }, { workerScript });
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Claimdesk</title>');
  const server = await startWebServer({ backend, staticDir, port: 0 });
  running.push({ server, backend });
  expect(await backend.readerReady).toBe(true);
  /** One client: its own connection for each call, as a browser tab's fetch. */
  const call = async (op: string, input: unknown) => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/${op}`, {
      method: 'POST',
      headers: { 'x-claimdesk-token': server.token, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
  };
  return { call };
}

describe('browser mode on the backend threads', () => {
  it('answers one client reading and setting verdicts while another client’s long import runs', async () => {
    const { call } = await serve();
    expect(await call('setPreferences', { reviewerName: 'Tess Tester' })).toMatchObject({ ok: true });
    expect(await call('loadSample', {})).toMatchObject({ ok: true });
    const listed = (await call('listClaims', { limit: 3 })) as { ok: true; value: { rows: { id: number }[] } };
    const [first, second] = listed.value.rows;

    const long = Array.from({ length: 600 }, (_, i) => `The council of district ${i} spent ${i * 7} million on roads in ${1900 + (i % 120)}, its treasurer said.`).join('\n\n');
    const order: string[] = [];
    const importing = call('importArticle', { text: long, title: 'Long' }).then((r) => (order.push('import'), r));
    // The other client, meanwhile: a read (answered by the reader thread at once) and a verdict (queued on the writer).
    const reading = call('listClaims', { limit: 5 }).then((r) => (order.push('read'), r));
    const verdict = call('setStatus', { claimId: first!.id, status: 'disputed' });
    const [imported, read, set] = await Promise.all([importing, reading, verdict]);
    expect(imported).toMatchObject({ ok: true });
    expect(read).toMatchObject({ ok: true, value: { total: 18 } });
    expect(set).toMatchObject({ ok: true });
    expect(order[0]).toBe('read');
    expect(await call('setStatus', { claimId: second!.id, status: 'verified' })).toMatchObject({ ok: true });
    expect(await call('getClaim', { claimId: first!.id })).toMatchObject({ ok: true, value: { claim: { status: 'disputed' } } });
    expect((await call('listArticles', {})).value).toHaveLength(2);
  });
});
