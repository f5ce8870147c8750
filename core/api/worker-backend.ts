/**
 * The backend on threads of its own (worker_threads): the transports send it
 * calls and await the answers, so a long import or re-analysis never stops
 * the process from taking requests, serving files or streaming a download.
 * A writer thread owns the workspace connection and runs every changing call
 * in the order they arrive, each in its own transaction, as dispatch() does;
 * a reader thread answers the read-only calls meanwhile.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ClaimdeskError } from '../errors';
import type { BackendMessage, BackendWorkerData } from './backend-worker';
import { operations } from './contract';
import { isOperationName } from './operation-names';
import type { ApiResult } from './result';
import { dispatchAsync } from './dispatch';
import { closeWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace';

export interface Backend {
  readonly dbPath: string;
  /** The clock the backend stamps with (report file names). */
  now(): string;
  call(op: string, input: unknown): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
}

/** The backend on the caller's thread (tests, and the desktop app until it moves to a thread too). */
export function inProcessBackend(ws: Workspace): Backend {
  // One call at a time, in order, as on the writer thread: a restore has the connection to itself.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dbPath: ws.dbPath,
    now: ws.now,
    call: (op, input) => {
      const result = queue.then(() => dispatchAsync(ws, op, input));
      queue = result;
      return result;
    },
    close: async () => closeWorkspace(ws),
  };
}

/**
 * The worker's code: the bundled file beside this one when running from
 * out/backend/ (scripts/lib/backend-build.js builds it), else the TypeScript
 * source through tsx's require hook (tests, `tsx`).
 */
function workerScript(): { source: string; eval: boolean } {
  const bundled = path.join(__dirname, 'backend-worker.js');
  if (fs.existsSync(bundled)) return { source: bundled, eval: false };
  const local = createRequire(__filename);
  const source = `require(${JSON.stringify(local.resolve('tsx/cjs'))}); require(${JSON.stringify(path.join(__dirname, 'backend-worker.ts'))});`;
  return { source, eval: true };
}

interface Thread {
  call(op: string, input: unknown): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
}

const STOPPED: ApiResult<unknown> = { ok: false, error: { code: 'internal', message: 'The backend stopped; restart Claimdesk.' } };

/** Starts one backend thread; resolves once its connection is open, rejects with the workspace's own error if it cannot be. */
function startThread(data: BackendWorkerData): Promise<Thread> {
  const script = workerScript();
  const worker = new Worker(script.source, { eval: script.eval, workerData: data });
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  let nextId = 1;
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const answer of pending.values()) answer(STOPPED);
    pending.clear();
  };

  return new Promise<Thread>((resolve, reject) => {
    worker.on('message', (message: BackendMessage) => {
      if ('ready' in message) {
        resolve({
          call(op, input) {
            if (stopped) return Promise.resolve(STOPPED);
            const id = nextId++;
            return new Promise((answer) => {
              pending.set(id, answer);
              worker.postMessage({ id, op, input });
            });
          },
          close() {
            if (stopped) return Promise.resolve();
            return new Promise<void>((done) => {
              worker.once('exit', () => done());
              worker.postMessage('close');
            });
          },
        });
      } else if ('failed' in message) {
        reject(new ClaimdeskError(message.failed.code, message.failed.message));
        void worker.terminate();
      } else {
        const answer = pending.get(message.id);
        pending.delete(message.id);
        answer?.(message.result);
      }
    });
    worker.on('error', (err) => {
      console.error(`claimdesk: the backend's ${data.role} thread failed:`, err);
      stop();
      reject(err);
    });
    worker.on('exit', stop);
  });
}

/** Whether an operation only reads (its spec says write: false). */
function readsOnly(op: string): boolean {
  return isOperationName(op) && !operations[op].write;
}

export interface WorkerBackend extends Backend {
  /** Settles once the reader thread is answering reads (true), or could not start (false). */
  readonly readerReady: Promise<boolean>;
}

/**
 * Opens the workspace on a writer thread (migrating it first) and resolves
 * as soon as it is open; a reader thread starts beside it, and once it is
 * open, reads (the table, the article, counts, history) go to it and are
 * answered while a long import or re-analysis holds the writer. Until then,
 * or if it cannot start, the writer answers them too. A read sees every
 * change whose answer came back before it was sent.
 */
export async function startWorkerBackend(options: Omit<OpenWorkspaceOptions, 'now'>): Promise<WorkerBackend> {
  const writer = await startThread({ role: 'writer', options });
  let reader: Thread | null = null;
  const readerStarting = startThread({ role: 'reader', options }).then(
    (thread) => (reader = thread),
    (err: unknown) => {
      console.error('claimdesk: reads stay on the writer thread; the reader could not start:', err);
      return null;
    },
  );
  return {
    dbPath: options.dbPath,
    readerReady: readerStarting.then((thread) => thread !== null),
    now: () => new Date().toISOString(),
    call: (op, input) => (reader !== null && readsOnly(op) ? reader : writer).call(op, input),
    close: async () => {
      await (await readerStarting)?.close();
      await writer.close();
    },
  };
}
