/**
 * A backend thread: the writer owns the workspace connection and answers
 * calls one after another, exactly as dispatch() would on the caller's
 * thread; a reader answers read-only calls on a read-only connection of its
 * own (WAL lets it read while the writer writes). Started
 * by startWorkerBackend (worker-backend.ts); messages are
 * `{ id, op, input }` in and `{ id, result }` out, and `{ ready }` or
 * `{ failed }` once, after the workspace is open (or could not be).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimdeskError, toErrorData, type ApiErrorData } from '../errors';
import { dispatch, dispatchAsync } from './dispatch';
import { closeWorkspace, openReadOnlyWorkspace, openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace';

export interface BackendCall {
  id: number;
  op: string;
  input: unknown;
}

export type BackendMessage =
  | { ready: true }
  | { failed: ApiErrorData }
  | { id: number; result: ReturnType<typeof dispatch> };

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
  send({ ready: true });
} catch (err) {
  // What failed inside is for the log; the caller gets the named error, never SQL or a stack.
  if (!(err instanceof ClaimdeskError)) console.error('claimdesk: the workspace could not be opened:', err);
  send({ failed: toErrorData(err) });
}

// Calls run one at a time, in order: a backup or a restore (awaited) has the connection to itself.
let queue: Promise<void> = Promise.resolve();
port.on('message', (call: BackendCall | 'close') => {
  queue = queue.then(async () => {
    if (call === 'close') {
      if (ws) closeWorkspace(ws);
      port.close();
      return;
    }
    if (!ws) return;
    send({ id: call.id, result: await dispatchAsync(ws, call.op, call.input) });
  });
});
