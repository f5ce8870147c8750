import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../db/testing/temp-workspace';
import { backendWorkerBundle } from './testing/worker-bundle';
import { BACKEND_STOPPED, createWorkerBackend, startWorkerBackend, type WorkerBackend, type WorkerBackendOptions } from './worker-backend';

/** A few hundred kilobytes of article: its analysis and its writing keep the writer busy for a good while. */
const LONG_ARTICLE = Array.from({ length: 600 }, (_, i) => `The council of district ${i} spent ${i * 7} million on roads in ${1900 + (i % 120)}, its treasurer said.`).join('\n\n');

let workerScript: string;
beforeAll(async () => {
  workerScript = await backendWorkerBundle();
});

/** The backend's threads as they start, so a test can kill one. */
function threadLog() {
  const threads: { role: 'writer' | 'reader'; worker: Worker }[] = [];
  const options: WorkerBackendOptions = { workerScript, observeThreads: (role, worker) => threads.push({ role, worker }) };
  const latest = (role: 'writer' | 'reader') => threads.filter((t) => t.role === role).at(-1)!.worker;
  const count = (role: 'writer' | 'reader') => threads.filter((t) => t.role === role).length;
  return { options, latest, count };
}

const titlesOf = async (backend: WorkerBackend) => {
  const listed = await backend.call('listArticles', {});
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.value as { title: string }[]).map((a) => a.title).sort();
};

const waitFor = async (what: string, check: () => boolean) => {
  for (let i = 0; i < 3000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!check()) throw new Error(`gave up waiting for ${what}`);
};

describe('the backend on its own threads', () => {
  const tempDir = useTempDir();

  it('answers reads while a long import holds the writer, and a read after a write sees it', async () => {
    const backend = await startWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') }, { workerScript });
    try {
      expect(await backend.call('loadSample', {})).toMatchObject({ ok: true });
      expect(await backend.readerReady).toBe(true);
      const order: string[] = [];
      const importing = backend.call('importArticle', { text: LONG_ARTICLE, title: 'Long' }).then((r) => (order.push('import'), r));
      const reading = backend.call('listClaims', { limit: 5 }).then((r) => (order.push('read'), r));
      const [imported, read] = await Promise.all([importing, reading]);
      expect(imported).toMatchObject({ ok: true });
      expect(read).toMatchObject({ ok: true, value: { total: 18 } });
      expect(order).toEqual(['read', 'import']);
      // Once the import has answered, reads see it.
      const after = await backend.call('listArticles', {});
      expect(after).toMatchObject({ ok: true });
      expect((after as { ok: true; value: unknown[] }).value).toHaveLength(2);
      // Errors cross the thread as data.
      expect(await backend.call('getClaim', { claimId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found_claim' } });
      expect(await backend.call('noSuchOperation', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    } finally {
      await backend.close();
    }
  });

  it('a task cancelled before it is sent (Cancel during the save dialog) answers cancelled and writes nothing, every time', async () => {
    const backend = await startWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') }, { workerScript });
    try {
      expect(await backend.call('loadSample', {})).toMatchObject({ ok: true });
      const folder = tempDir();
      // The sample's 18 rows are written in one chunk. When the cancel was a message of its own after the task, the
      // thread could start the task before it received the cancel (whether it did depended on how the two messages
      // were delivered: a clean-clone CI run once wrote the file); said with the task, it cannot.
      for (let i = 0; i < 5; i++) {
        const controller = new AbortController();
        controller.abort();
        const target = path.join(folder, `r${i}.csv`);
        const answer = await backend.task('writeCsvReport', { path: target, request: {} }, { signal: controller.signal });
        expect(answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
        expect(fs.existsSync(target)).toBe(false);
      }
      expect(fs.readdirSync(folder)).toEqual([]);
      // And the next one, not cancelled, is written.
      expect(await backend.task('writeCsvReport', { path: path.join(folder, 'kept.csv'), request: {} }, {})).toMatchObject({ ok: true, value: { rowCount: 18 } });
    } finally {
      await backend.close();
    }
  });

  it('answers as JSON written on its thread (browser mode) exactly what call() answers, errors and a stopped thread included', async () => {
    const threads = threadLog();
    const backend = await startWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') }, threads.options);
    try {
      expect(await backend.call('loadSample', {})).toMatchObject({ ok: true });
      expect(await backend.readerReady).toBe(true);
      const page = { filter: {}, sort: { column: 'checkWorthiness', direction: 'desc' }, offset: 2, limit: 5 };
      const encoded = await backend.callEncoded!('listClaims', page);
      expect(encoded.errorCode).toBeNull();
      expect(JSON.parse(encoded.json)).toEqual(await backend.call('listClaims', page));
      expect(JSON.parse(encoded.json)).toMatchObject({ ok: true, value: { total: 18, offset: 2, rows: expect.any(Array) } });
      const missing = await backend.callEncoded!('getClaim', { claimId: 999_999 });
      expect(missing.errorCode).toBe('not_found_claim');
      expect(JSON.parse(missing.json)).toEqual(await backend.call('getClaim', { claimId: 999_999 }));
      expect((await backend.callEncoded!('noSuchOperation', {})).errorCode).toBe('unknown_operation');
      expect((await backend.callEncoded!('listClaims', { limit: 0 })).errorCode).toBe('invalid_input');
      // A thread that dies holding the call: told as backend_stopped, encoded all the same.
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const held = backend.callEncoded!('importArticle', { text: LONG_ARTICLE, title: 'Long' });
      await threads.latest('writer').terminate();
      expect(await held).toEqual({ json: JSON.stringify({ ok: false, error: BACKEND_STOPPED }), errorCode: 'backend_stopped' });
    } finally {
      await backend.close();
      vi.restoreAllMocks();
    }
  });

  it('refuses a file that is not a workspace with the workspace error, and leaves it as it was', async () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my notes, not a database '.repeat(40));
    const before = fs.readFileSync(file);
    await expect(startWorkerBackend({ dbPath: file }, { workerScript })).rejects.toMatchObject({ name: 'ClaimdeskError', message: expect.stringMatching(/not a readable Claimdesk database/) });
    expect(fs.readFileSync(file)).toEqual(before);
  });
});

describe('a backend that is still opening, or could not open', () => {
  const tempDir = useTempDir();

  it('answers calls made before the workspace is open once it is', async () => {
    const backend = createWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') }, { workerScript });
    try {
      // Sent at once, before the writer thread has even started: they wait for the workspace.
      const [stats, sample] = await Promise.all([backend.call('getStats', {}), backend.call('loadSample', {})]);
      expect(stats).toMatchObject({ ok: true });
      expect(sample).toMatchObject({ ok: true });
      await expect(backend.opened).resolves.toBeUndefined();
    } finally {
      await backend.close();
    }
  });

  it('answers every call with the named error, and tries again on the next call', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const folder = path.join(tempDir(), 'ws.sqlite');
    fs.mkdirSync(folder); // the workspace path is a folder: it cannot be opened
    const backend = createWorkerBackend({ dbPath: folder }, { workerScript });
    try {
      const refused = await backend.call('getStats', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'database_unavailable', message: expect.stringMatching(/folder, not a file/) } });
      await expect(backend.opened).rejects.toMatchObject({ code: 'database_unavailable' });
      await expect(backend.started).rejects.toMatchObject({ code: 'database_unavailable' });
      expect(await backend.task('writeCsvReport', { path: path.join(tempDir(), 'r.csv'), request: {} })).toEqual(refused);
      // The user moves the folder away: the next call opens a new workspace there.
      fs.renameSync(folder, `${folder}.moved`);
      expect(await backend.call('getStats', {})).toMatchObject({ ok: true });
    } finally {
      await backend.close();
      vi.restoreAllMocks();
    }
  });

  it('on a file that is not a workspace: the recovery calls are answered, every other call with the damage, and nothing is changed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my notes, not a database '.repeat(40));
    const before = fs.readFileSync(file);
    const backend = createWorkerBackend({ dbPath: file }, { workerScript });
    try {
      const damage = await backend.started;
      expect(damage).toMatchObject({ code: 'database_corrupt', message: expect.stringMatching(/not a readable Claimdesk database/) });
      expect(backend.damage).toEqual(damage);
      expect(await backend.call('getStats', {})).toEqual({ ok: false, error: damage });
      expect(await backend.task('writeCsvReport', { path: path.join(tempDir(), 'r.csv'), request: {} })).toEqual({ ok: false, error: damage });
      expect(await backend.call('getRecoveryState', {})).toEqual({ ok: true, value: { damaged: true, dbPath: file, problem: damage!.message, newestBackup: null } });
      expect(await backend.call('restoreNewestBackup', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(fs.existsSync(path.join(tempDir(), 'r.csv'))).toBe(false);
    } finally {
      await backend.close();
      vi.restoreAllMocks();
    }
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('closed while the workspace is damaged (the app quitting from the recovery screen): said as closed, not as a crash', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my notes, not a database '.repeat(40));
    const backend = createWorkerBackend({ dbPath: file }, { workerScript });
    try {
      expect(await backend.started).toMatchObject({ code: 'database_corrupt' });
      await backend.close();
      await expect(backend.opened).rejects.toMatchObject({ code: 'database_unavailable' });
      expect(console.error).not.toHaveBeenCalledWith(expect.stringMatching(/stopped \(exit code/));
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('answers with database_unavailable once closed', async () => {
    const backend = await startWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') }, { workerScript });
    await backend.close();
    expect(await backend.call('getStats', {})).toMatchObject({ ok: false, error: { code: 'database_unavailable' } });
  });
});

describe('a backend thread that dies', () => {
  const tempDir = useTempDir();

  it('killed in the middle of an import: the caller is told, the next call starts it again, and what was committed is all there', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dbPath = path.join(tempDir(), 'ws.sqlite');
    const threads = threadLog();
    const backend = await startWorkerBackend({ dbPath }, threads.options);
    // Another connection, as a second Claimdesk would have: it sees when the writer holds the write lock.
    const probe = new Database(dbPath, { timeout: 0 });
    try {
      expect(await backend.call('setPreferences', { reviewerName: 'Tess Tester' })).toMatchObject({ ok: true });
      expect(await backend.call('loadSample', {})).toMatchObject({ ok: true });
      const claims = await backend.call('listClaims', { limit: 1 });
      const claimId = (claims as { ok: true; value: { rows: { id: number }[] } }).value.rows[0]!.id;
      expect(await backend.call('setStatus', { claimId, status: 'disputed' })).toMatchObject({ ok: true });

      let answered = false;
      const importing = backend.call('importArticle', { text: LONG_ARTICLE, title: 'Long' }).finally(() => (answered = true));
      let writing = false;
      await waitFor('the import to start writing', () => {
        if (answered) return true;
        try {
          probe.exec('BEGIN IMMEDIATE');
          probe.exec('ROLLBACK');
        } catch {
          writing = true; // SQLITE_BUSY: the writer is inside the import's transaction
        }
        return writing;
      });
      expect(writing).toBe(true);
      await threads.latest('writer').terminate();
      expect(await importing).toEqual({ ok: false, error: BACKEND_STOPPED });

      // The next call starts a new writer, which finds the write lock free: the import was rolled back.
      expect(await backend.call('importArticle', { text: 'Officials said 1,200 families were moved in March.', title: 'After the crash' })).toMatchObject({ ok: true });
      expect(threads.count('writer')).toBe(2);
      const titles = await titlesOf(backend);
      expect(titles).toContain('After the crash');
      expect(titles).not.toContain('Long');
      expect(titles).toHaveLength(2);
      expect(await backend.call('getClaim', { claimId })).toMatchObject({ ok: true, value: { claim: { status: 'disputed' } } });
      expect(probe.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      probe.close();
      await backend.close();
      vi.restoreAllMocks();
    }
  });

  it('ended by process.exit() inside it: the call it held is told, the next call starts it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The real worker, behind a listener that calls process.exit() on the thread when told to.
    const wrapper = path.join(path.dirname(workerScript), 'exit-on-request.js');
    fs.writeFileSync(wrapper, `require('node:worker_threads').parentPort.on('message', (m) => { if (m === 'exit now') process.exit(3); });\nrequire(${JSON.stringify(workerScript)});\n`);
    const threads = threadLog();
    const backend = await startWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') }, { ...threads.options, workerScript: wrapper });
    try {
      expect(await backend.call('loadSample', {})).toMatchObject({ ok: true });
      const writer = threads.latest('writer');
      const exited = new Promise((resolve) => writer.once('exit', resolve));
      writer.postMessage('exit now');
      const pending = backend.call('importArticle', { text: 'The ministry said 800 people left in March.', title: 'Lost' });
      expect(await exited).toBe(3);
      expect(await pending).toEqual({ ok: false, error: BACKEND_STOPPED });
      expect(await backend.call('importArticle', { text: 'Officials said 1,200 families were moved in March.', title: 'Kept' })).toMatchObject({ ok: true });
      expect(threads.count('writer')).toBe(2);
      expect(await titlesOf(backend)).toHaveLength(2);
    } finally {
      await backend.close();
      vi.restoreAllMocks();
    }
  });

  it('crashed by an uncaught error: the same, and a dead reader is replaced while the writer answers reads', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const threads = threadLog();
    const backend = await startWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') }, threads.options);
    try {
      expect(await backend.call('loadSample', {})).toMatchObject({ ok: true });
      expect(await backend.readerReady).toBe(true);

      // A message the thread cannot read throws inside it: it dies as on any uncaught error.
      const writerExit = new Promise((resolve) => threads.latest('writer').once('exit', resolve));
      threads.latest('writer').postMessage(null);
      await writerExit;
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("the backend's writer thread failed"), expect.anything());
      expect(await backend.call('importArticle', { text: 'Officials said 1,200 families were moved in March.', title: 'Second' })).toMatchObject({ ok: true });
      expect(threads.count('writer')).toBe(2);

      // The reader dies while answering: its read is told so, the next read is answered (by the writer, or a new reader).
      const reading = backend.call('listClaims', { limit: 500 });
      await threads.latest('reader').terminate();
      const read = await reading;
      expect(read.ok || read.error).toEqual(read.ok ? true : BACKEND_STOPPED);
      expect(await titlesOf(backend)).toHaveLength(2);
      await waitFor('a new reader', () => threads.count('reader') === 2);
      expect(await titlesOf(backend)).toHaveLength(2);
    } finally {
      await backend.close();
      vi.restoreAllMocks();
    }
  });
});
