/**
 * A backend thread: the writer owns the workspace connection and answers
 * calls one after another, exactly as dispatch() would on the caller's
 * thread; a reader answers read-only calls on a read-only connection of its
 * own (WAL lets it read while the writer writes). Started
 * by startWorkerBackend (worker-backend.ts); messages are
 * `{ id, op, input }` or `{ id, task, input }` (backend-tasks.ts) in and
 * `{ id, result }` out, and `{ ready }` or `{ failed }` once, after the
 * workspace is open (or could not be).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimdeskError, toErrorData, type ApiErrorData } from '../errors';
import { READ_ONLY_TASKS, runTask, type BackendTaskName } from './backend-tasks';
import { operations } from './contract';
import { dispatch } from './dispatch';
import { OPERATION_NAMES } from './operation-names';
import type { ApiResult } from './result';
import { closeWorkspace, openReadOnlyWorkspace, openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace';

export type BackendCall = { id: number; op: string; input: unknown } | { id: number; task: BackendTaskName; input: unknown };

export type BackendMessage =
  /** `reads`: the operations and tasks that only read, which the reader thread may answer. */
  | { ready: true; reads: string[] }
  | { failed: ApiErrorData }
  | { id: number; result: ApiResult<unknown> };

const port = parentPort!;
const send = (message: BackendMessage) => port.postMessage(message);

export interface BackendWorkerData {
  /** `writer` opens (and migrates) the workspace and answers every call; `reader` answers reads on a read-only connection. */
  role: 'writer' | 'reader';
  options: Omit<OpenWorkspaceOptions, 'now'>;
}

let ws: Workspace | null = null;
try {
  const { role, options } = workerData as BackendWorkerData;
  ws = role === 'writer' ? openWorkspace(options) : openReadOnlyWorkspace(options);
  send({ ready: true, reads: [...OPERATION_NAMES.filter((op) => !operations[op].write), ...READ_ONLY_TASKS] });
} catch (err) {
  // What failed inside is for the log; the caller gets the named error, never SQL or a stack.
  if (!(err instanceof ClaimdeskError)) console.error('claimdesk: the workspace could not be opened:', err);
  send({ failed: toErrorData(err) });
}

port.on('message', (call: BackendCall | 'close') => {
  if (call === 'close') {
    if (ws) closeWorkspace(ws);
    port.close();
    return;
  }
  if (!ws) return;
  send({ id: call.id, result: 'task' in call ? runTask(ws, call.task, call.input) : dispatch(ws, call.op, call.input) });
});
