/**
 * The backend on threads of its own (worker_threads): the transports send it
 * calls and await the answers, so a long import or re-analysis never stops
 * the process from taking requests, serving files, streaming a download or
 * (in the desktop app) drawing the window. A writer thread owns the workspace
 * connection and runs every changing call in the order they arrive, each in
 * its own transaction, as dispatch() does; a reader thread answers the
 * read-only calls meanwhile.
 *
 * A thread that dies (a crash, terminate(), process.exit) answers the calls it
 * held with `backend_stopped`, and the next call starts it again: SQLite rolls
 * back whatever transaction it had open, so everything committed is kept.
 *
 * No database here, on purpose: this file runs on the Electron main process,
 * which must never load better-sqlite3, db/ or the dispatcher (checked by
 * electron/module-graph.test.ts). Only types come from the backend's side.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ClaimdeskError, toErrorData, type ApiErrorData } from '../errors';
import type { BackendTaskName, BackendTasks, TaskControl } from './backend-tasks';
import type { BackendCall, BackendCancel, BackendMessage, BackendWorkerData } from './backend-worker';
import { encodeResult, type ApiResult, type EncodedResult } from './result';
import type { OpenWorkspaceOptions } from './workspace';

export interface Backend {
  readonly dbPath: string;
  /** The clock the backend stamps with (report file names). */
  now(): string;
  call(op: string, input: unknown): Promise<ApiResult<unknown>>;
  /** `call`, answered as JSON written on the backend's thread (browser mode sends it on as it is); absent: the caller encodes `call`'s result. */
  callEncoded?(op: string, input: unknown): Promise<EncodedResult>;
  /** The shell's file work (backend-tasks.ts): reading a picked article, writing a report (with progress, and cancelled by `control.signal`). */
  task<T extends BackendTaskName>(name: T, input: BackendTasks[T]['input'], control?: TaskControl): Promise<ApiResult<BackendTasks[T]['result']>>;
  close(): Promise<void>;
}

/** What a caller is told when the thread answering its call died before it answered. */
export const BACKEND_STOPPED: ApiErrorData = {
  code: 'backend_stopped',
  message: 'The backend stopped unexpectedly; your last change may not have been saved — try again.',
};

const CLOSED: ApiErrorData = { code: 'database_unavailable', message: 'The workspace is closed: Claimdesk is quitting.' };

/**
 * The worker's code: the bundled file beside this one when running from a
 * build (out/backend/ by scripts/lib/backend-build.js, out/main/ by
 * electron-vite), else the TypeScript source through tsx's require hook
 * (tests, `tsx`).
 */
function workerScript(given: string | undefined): { source: string; eval: boolean } {
  if (given !== undefined) return { source: given, eval: false };
  const bundled = path.join(__dirname, 'backend-worker.js');
  if (fs.existsSync(bundled)) return { source: bundled, eval: false };
  const local = createRequire(__filename);
  const source = `require(${JSON.stringify(local.resolve('tsx/cjs'))}); require(${JSON.stringify(path.join(__dirname, 'backend-worker.ts'))});`;
  return { source, eval: true };
}

type Request = { op: string; input: unknown; encoded?: boolean } | { task: BackendTaskName; input: unknown; control?: TaskControl };
/** A thread's answer: a result, or (asked for with `encoded`) the result as JSON. */
type Answer = ApiResult<unknown> | EncodedResult;

/** One running backend thread. */
interface Thread {
  /** Resolves once the workspace is open on it, with the names of the calls that only read; rejects with why it could not be. */
  readonly opened: Promise<readonly string[]>;
  /** Resolves once it answers calls: the workspace open (null), or damaged (what is wrong; the recovery calls are answered); rejects as `opened`. */
  readonly answering: Promise<ApiErrorData | null>;
  /** What is wrong with the workspace while it is damaged and not yet salvaged or restored. */
  readonly damage: ApiErrorData | null;
  /** False once it has exited or failed to open: the next call needs a new one. */
  readonly alive: boolean;
  /** Alive with the workspace open: a call sent now is answered without waiting for an open. */
  readonly ready: boolean;
  send(request: Request): Promise<Answer>;
  close(): Promise<void>;
}

/** Called with each thread as it starts (tests use it to kill one). */
export type ThreadObserver = (role: BackendWorkerData['role'], worker: Worker) => void;

function startThread(data: BackendWorkerData, { observeThreads: observe, workerScript: given }: WorkerBackendOptions): Thread {
  const script = workerScript(given);
  const worker = new Worker(script.source, { eval: script.eval, workerData: data });
  observe?.(data.role, worker);
  const pending = new Map<number, (answer: Answer) => void>();
  const progress = new Map<number, NonNullable<TaskControl['onProgress']>>();
  let nextId = 1;
  let alive = true;
  let isOpen = false;
  let closing = false;
  let damage: ApiErrorData | null = null;
  let settle!: { resolve: (reads: readonly string[]) => void; reject: (err: unknown) => void };
  const opened = new Promise<readonly string[]>((resolve, reject) => (settle = { resolve, reject }));
  opened.catch(() => undefined); // observed by whoever calls; never an unhandled rejection
  let settleAnswering!: { resolve: (damage: ApiErrorData | null) => void; reject: (err: unknown) => void };
  const answering = new Promise<ApiErrorData | null>((resolve, reject) => (settleAnswering = { resolve, reject }));
  answering.catch(() => undefined);
  const reject = (err: unknown) => {
    settle.reject(err);
    settleAnswering.reject(err);
  };

  const stopped = () => {
    if (!alive) return;
    alive = false;
    // Closed on purpose (the app quitting) before the workspace was open: said as closed, not as a crash.
    reject(closing ? new ClaimdeskError(CLOSED.code, CLOSED.message) : new ClaimdeskError(BACKEND_STOPPED.code, BACKEND_STOPPED.message));
    for (const answer of pending.values()) answer({ ok: false, error: BACKEND_STOPPED });
    pending.clear();
    progress.clear();
  };

  worker.on('message', (message: BackendMessage) => {
    if ('ready' in message) {
      isOpen = true;
      damage = null;
      settle.resolve(message.reads);
      settleAnswering.resolve(null);
    } else if ('damaged' in message) {
      damage = message.damaged;
      settleAnswering.resolve(damage);
    } else if ('failed' in message) {
      alive = false;
      reject(new ClaimdeskError(message.failed.code, message.failed.message));
      void worker.terminate();
    } else if ('progress' in message) {
      progress.get(message.id)?.(...message.progress);
    } else {
      const answer = pending.get(message.id);
      pending.delete(message.id);
      progress.delete(message.id);
      answer?.('encoded' in message ? message.encoded : message.result);
    }
  });
  worker.on('error', (err) => {
    console.error(`claimdesk: the backend's ${data.role} thread failed:`, err);
    stopped();
  });
  worker.on('exit', (code) => {
    if (!closing && alive) console.error(`claimdesk: the backend's ${data.role} thread stopped (exit code ${code}); the next call starts it again.`);
    stopped();
  });

  return {
    opened,
    answering,
    get damage() {
      return damage;
    },
    get alive() {
      return alive;
    },
    get ready() {
      return alive && isOpen;
    },
    async send(request) {
      // Sent only once the workspace is open (or found damaged), so a call is never left unanswered by a thread that could not open it.
      try {
        await answering;
      } catch (err) {
        return { ok: false, error: toErrorData(err) };
      }
      if (!alive) return { ok: false, error: BACKEND_STOPPED };
      const id = nextId++;
      if (!('task' in request) || request.control === undefined) {
        return new Promise((answer) => {
          pending.set(id, answer);
          worker.postMessage({ id, ...request } satisfies BackendCall);
        });
      }
      const { control, ...task } = request;
      const { onProgress, signal } = control;
      if (onProgress) progress.set(id, onProgress);
      const cancel = () => worker.postMessage({ cancel: id } satisfies BackendCancel);
      return new Promise<Answer>((answer) => {
        pending.set(id, answer);
        // Cancelled already (during the save dialog): said with the task itself. A cancel sent after it could arrive
        // only once the task had run, since the thread starts a task as soon as it receives it.
        worker.postMessage({ id, ...task, progress: onProgress !== undefined, ...(signal?.aborted === true && { cancelled: true }) } satisfies BackendCall);
        if (!signal?.aborted) signal?.addEventListener('abort', cancel, { once: true });
      }).finally(() => signal?.removeEventListener('abort', cancel));
    },
    close() {
      if (!alive) return Promise.resolve();
      closing = true;
      return new Promise<void>((done) => {
        worker.once('exit', () => done());
        // Answered after every call already sent: the thread closes the workspace last.
        worker.postMessage('close');
      });
    },
  };
}

export interface WorkerBackend extends Backend {
  /** Settles once the workspace is open (migrated, re-scored) on the writer thread; rejects with the workspace's own error. */
  readonly opened: Promise<void>;
  /** Settles once the reader thread is answering reads (true), or could not start (false). */
  readonly readerReady: Promise<boolean>;
  /**
   * Settles once calls are answered: the workspace open (null), or found
   * damaged (what is wrong: the recovery screen's calls are answered, every
   * other call with it, until it is salvaged or restored); rejects as `opened`.
   */
  readonly started: Promise<ApiErrorData | null>;
  /** What is wrong with the workspace while it is damaged; null once it is open. */
  readonly damage: ApiErrorData | null;
}

export interface WorkerBackendOptions {
  observeThreads?: ThreadObserver;
  /** The worker's bundled code, when it is not beside this file (tests build one: core/api/testing/worker-bundle.ts). */
  workerScript?: string;
}

/**
 * Starts the backend and returns at once: the writer thread opens the
 * workspace (migrating it first) while the caller goes on (the desktop app
 * draws its window meanwhile). Calls made before it is open wait for it; if
 * it cannot be opened, each call answers with the workspace's named error,
 * and the next call tries to open it again (so a "Try again" after fixing the
 * file works). A reader thread starts once the writer has the workspace open,
 * and from then on answers the reads (the table, the article, counts,
 * history) while a long import or re-analysis holds the writer. Until then,
 * or if it cannot start, the writer answers them too. A read sees every
 * change whose answer came back before it was sent.
 */
export function createWorkerBackend(options: Omit<OpenWorkspaceOptions, 'now'>, threadOptions: WorkerBackendOptions = {}): WorkerBackend {
  let closed = false;
  /** Names of the operations and tasks that only read: the writer says which once it is open. */
  let reads: ReadonlySet<string> = new Set();
  let reader: Thread | null = null;
  /** The reader could not open the workspace at all: reads stay on the writer rather than start a thread per read. */
  let readerRefused = false;

  const startReader = (): Promise<boolean> => {
    const thread = startThread({ role: 'reader', options }, threadOptions);
    reader = thread;
    return thread.opened.then(
      () => true,
      (err: unknown) => {
        if (err instanceof ClaimdeskError && err.code === BACKEND_STOPPED.code) return false; // it died: the next read starts another
        readerRefused = true;
        console.error('claimdesk: reads stay on the writer thread; the reader could not start:', err);
        return false;
      },
    );
  };

  /** A writer thread; once it has the workspace open, a reader starts beside it if none is running. */
  const startWriter = (): { thread: Thread; opened: Promise<boolean | null> } => {
    const thread = startThread({ role: 'writer', options }, threadOptions);
    const opened = thread.opened.then((names) => {
      reads = new Set(names);
      return closed || readerRefused || reader?.alive ? null : startReader();
    });
    opened.catch(() => undefined);
    return { thread, opened };
  };

  const first = startWriter();
  let writer = first.thread;

  /** The writer, started again if it died or could not open the workspace last time. */
  const liveWriter = (): Thread => {
    if (!writer.alive) writer = startWriter().thread;
    return writer;
  };

  const route = (name: string, request: Request): Promise<Answer> => {
    if (closed) return Promise.resolve({ ok: false, error: CLOSED });
    if (reads.has(name)) {
      // A reader that died is replaced; this read goes to the writer while the new one opens.
      if (reader !== null && !reader.alive && !readerRefused && writer.ready) void startReader();
      if (reader?.ready) return reader.send(request);
    }
    return liveWriter().send(request);
  };

  const opened = first.opened.then(() => undefined);
  opened.catch(() => undefined); // a caller that never asks is told through each call instead
  const started = first.thread.answering;

  return {
    dbPath: options.dbPath,
    opened,
    readerReady: first.opened.then((reading) => reading ?? false, () => false),
    started,
    get damage() {
      return writer.damage;
    },
    now: () => new Date().toISOString(),
    call: (op, input) => route(op, { op, input }) as Promise<ApiResult<unknown>>,
    // A thread that stopped (or a closed backend) answers with a plain result: encoded here.
    callEncoded: (op, input) => route(op, { op, input, encoded: true }).then((answer) => ('json' in answer ? answer : encodeResult(answer))),
    task: (name, input, control) => route(name, { task: name, input, ...(control && { control }) }) as never,
    close: async () => {
      closed = true;
      await reader?.close();
      await writer.close();
    },
  };
}

/**
 * createWorkerBackend, resolved once the workspace is open (tests, and
 * callers that must know before going on); rejects with the workspace's error if it cannot
 * be opened, leaving no thread behind. With `damaged: 'recover'`, a damaged
 * workspace is not an error: the backend is returned answering the recovery
 * screen's calls (its `damage` says what is wrong).
 */
export async function startWorkerBackend(
  options: Omit<OpenWorkspaceOptions, 'now'>,
  workerOptions: WorkerBackendOptions = {},
  { damaged = 'throw' }: { damaged?: 'throw' | 'recover' } = {},
): Promise<WorkerBackend> {
  const backend = createWorkerBackend(options, workerOptions);
  try {
    const damage = await backend.started;
    if (damage !== null && damaged === 'throw') throw new ClaimdeskError(damage.code, damage.message);
  } catch (err) {
    await backend.close();
    throw err;
  }
  return backend;
}
