/**
 * A backend thread: the writer owns the workspace connection and answers
 * calls one after another, exactly as dispatch() would on the caller's
 * thread; a reader answers read-only calls on a read-only connection of its
 * own (WAL lets it read while the writer writes). Started
 * by startWorkerBackend (worker-backend.ts); messages are
 * `{ id, op, input }` or `{ id, task, input }` (backend-tasks.ts) in and
 * `{ id, result }` out, and `{ ready }` or `{ failed }` once, after the
 * workspace is open (or could not be). A writer that finds the workspace
 * damaged says `{ damaged }` instead and stays, answering the recovery
 * screen's calls (recovery.ts); once the workspace is salvaged or restored it
 * opens it and says `{ ready }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimdeskError, toErrorData, type ApiErrorData } from '../errors';
import { READ_ONLY_TASKS, runTask, type BackendTaskName } from './backend-tasks';
import { operations } from './contract';
import { dispatch, dispatchAsync } from './dispatch';
import { OPERATION_NAMES } from './operation-names';
import { answerWhileDamaged } from './recovery';
import { encodeResult, type ApiResult, type EncodedResult } from './result';
import { closeWorkspace, openReadOnlyWorkspace, openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace';

/** `encoded`: answer with the result as JSON (`{ id, encoded }`), for a transport that sends JSON on. */
/** A task's `cancelled`: Cancel came before it was sent (during the save dialog); it starts aborted and writes nothing. */
export type BackendCall =
  | { id: number; op: string; input: unknown; encoded?: boolean }
  | { id: number; task: BackendTaskName; input: unknown; progress?: boolean; cancelled?: boolean };
/** Stops the task `cancel` (its id) if it is waiting or running: it answers `cancelled`, having written nothing. */
export type BackendCancel = { cancel: number };

export type BackendMessage =
  /** `reads`: the operations and tasks that only read, which the reader thread may answer. */
  | { ready: true; reads: string[] }
  | { failed: ApiErrorData }
  /**
   * The writer found the workspace damaged: it answers the recovery calls until it is salvaged or restored.
   * `null`: recovered, but not open yet (the open after it failed, busy): the next call opens it.
   */
  | { damaged: ApiErrorData | null }
  | { id: number; result: ApiResult<unknown> }
  | { id: number; encoded: EncodedResult }
  /** How far the task `id` has gone (rows written, rows in all), sent while it runs when it was asked for. */
  | { id: number; progress: [number, number | null] };

const port = parentPort!;
const send = (message: BackendMessage) => port.postMessage(message);

export interface BackendWorkerData {
  /** `writer` opens (and migrates) the workspace and answers every call; `reader` answers reads on a read-only connection. */
  role: 'writer' | 'reader';
  options: Omit<OpenWorkspaceOptions, 'now'>;
}

const { role, options } = workerData as BackendWorkerData;
const READS = [...OPERATION_NAMES.filter((op) => !operations[op].write), ...READ_ONLY_TASKS];
let ws: Workspace | null = null;
/** Set while the writer's workspace is damaged: what the check at open found. */
let damage: ApiErrorData | null = null;
try {
  ws = role === 'writer' ? openWorkspace(options) : openReadOnlyWorkspace(options);
  send({ ready: true, reads: READS });
} catch (err) {
  // What failed inside is for the log; the caller gets the named error, never SQL or a stack.
  if (!(err instanceof ClaimdeskError)) console.error('claimdesk: the workspace could not be opened:', err);
  const error = toErrorData(err);
  if (role === 'writer' && error.code === 'database_corrupt') {
    damage = error;
    send({ damaged: error });
  } else {
    send({ failed: error });
  }
}

/**
 * Opens the workspace on the writer and says it is ready. A damaged one puts
 * the thread (back) on the recovery calls; any other failure (busy past the
 * timeout: another process migrating it) is the caller's answer, and the next
 * call tries again.
 */
function openWriter(): ApiErrorData | null {
  try {
    ws = openWorkspace(options);
    damage = null;
    send({ ready: true, reads: READS });
    return null;
  } catch (err) {
    if (!(err instanceof ClaimdeskError)) console.error('claimdesk: the workspace could not be opened:', err);
    const error = toErrorData(err);
    damage = error.code === 'database_corrupt' ? error : null;
    send({ damaged: damage });
    return error;
  }
}

/**
 * A call made while the workspace is damaged. After a salvage or restore the
 * new workspace is opened and said to be ready before the answer goes out;
 * the recovery's own answer (its report) is given even when that open fails,
 * since the recovery itself is done and the next call opens it again.
 */
async function answerDamaged(call: BackendCall, damaged: ApiErrorData): Promise<ApiResult<unknown>> {
  if ('task' in call) return { ok: false, error: damaged };
  const answer = await answerWhileDamaged(options, damaged, call.op, call.input);
  if (answer.recovered) openWriter();
  return answer.result;
}

/** The tasks given and not yet answered, by id: a cancel aborts its signal, waiting or running. */
const cancels = new Map<number, AbortController>();

// Calls run one at a time, in order: a backup or a restore (awaited) has the connection to itself.
let queue: Promise<void> = Promise.resolve();
port.on('message', (call: BackendCall | BackendCancel | 'close') => {
  if (typeof call === 'object' && 'cancel' in call) {
    cancels.get(call.cancel)?.abort();
    return;
  }
  const controller = typeof call === 'object' && 'task' in call ? new AbortController() : null;
  if (controller !== null) cancels.set((call as BackendCall).id, controller);
  // (Cancelled before it was sent: aborted now, since the task may start running before a separate cancel arrives.)
  if (controller !== null && typeof call === 'object' && 'task' in call && call.cancelled === true) controller.abort();
  queue = queue.then(async () => {
    if (call === 'close') {
      if (ws) closeWorkspace(ws);
      port.close();
      return;
    }
    // Recovered, but the open after it failed (busy): tried again now, before anything else.
    const notOpen = !ws && damage === null && role === 'writer' ? openWriter() : null;
    if (damage !== null || !ws) {
      cancels.delete(call.id);
      const answer = damage !== null ? await answerDamaged(call, damage) : { ok: false as const, error: notOpen ?? { code: 'database_unavailable' as const, message: 'The workspace is not open.' } };
      send({ id: call.id, result: answer });
      return;
    }
    if (!('task' in call)) {
      const result = await dispatchAsync(ws, call.op, call.input);
      send(call.encoded ? { id: call.id, encoded: encodeResult(result) } : { id: call.id, result });
      return;
    }
    try {
      const { id } = call;
      const onProgress = call.progress ? (done: number, total: number | null) => send({ id, progress: [done, total] }) : undefined;
      send({ id, result: await runTask(ws, call.task, call.input, { signal: controller!.signal, ...(onProgress && { onProgress }) }) });
    } finally {
      cancels.delete(call.id);
    }
  });
});
