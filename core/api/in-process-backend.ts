/**
 * The backend on the caller's own thread: tests, and anything that wants a
 * Backend over a workspace it opened itself. The apps use createWorkerBackend (worker-backend.ts).
 */
import { runTask } from './backend-tasks';
import { dispatchAsync } from './dispatch';
import type { Backend } from './worker-backend';
import { closeWorkspace, type Workspace } from './workspace';

export function inProcessBackend(ws: Workspace): Backend {
  // One call at a time, in order, as on the writer thread: a restore has the connection to itself.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => T | Promise<T>): Promise<T> => {
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    dbPath: ws.dbPath,
    now: ws.now,
    call: (op, input) => inTurn(() => dispatchAsync(ws, op, input)),
    task: (name, input, control) => inTurn(() => runTask(ws, name, input, control)) as never,
    close: async () => closeWorkspace(ws),
  };
}
