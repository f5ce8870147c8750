/**
 * The backend on the caller's own thread: tests, and anything that wants a
 * Backend over a workspace it opened itself. The apps use startWorkerBackend.
 */
import { runTask } from './backend-tasks';
import { dispatch } from './dispatch';
import type { Backend } from './worker-backend';
import { closeWorkspace, type Workspace } from './workspace';

export function inProcessBackend(ws: Workspace): Backend {
  return {
    dbPath: ws.dbPath,
    now: ws.now,
    call: async (op, input) => dispatch(ws, op, input),
    task: async (name, input) => runTask(ws, name, input) as never,
    close: async () => closeWorkspace(ws),
  };
}
