/**
 * The desktop app's backend: the workspace lives on backend threads
 * (core/api/worker-backend.ts), never on the main process, which only passes
 * calls on and awaits their answers, so the window keeps drawing through a
 * long import or export and appears before the workspace has finished
 * opening (migrating, re-scoring). If the file cannot be opened the app still
 * starts, and every call answers with that error, so the renderer can show
 * what is wrong instead of a blank window; a damaged one (`database_corrupt`)
 * is answered by the writer thread's recovery calls (core/api/recovery.ts),
 * so the window shows the recovery screen and salvages or restores it there.
 */
import fs from 'node:fs';
import type { ApiResult } from '../core/api/result';
import { createWorkerBackend, type WorkerBackend, type WorkerBackendOptions } from '../core/api/worker-backend';
import type { OpenWorkspaceOptions } from '../core/api/workspace';
import { ClaimdeskError } from '../core/errors';

export const REBUILD_HINT = 'Run `npm run rebuild:electron` to build better-sqlite3 for this Electron version (it goes to native/electron/).';

export type NativeBindingCheck = { ok: true; nativeBinding: string | undefined } | { ok: false; message: string };

/**
 * Packaged: the default binding (electron-builder rebuilt node_modules for
 * Electron). Source checkout: the Electron build in native/electron/, which
 * must exist — the one in node_modules is built for Node. Only checked here;
 * the backend thread is what loads it.
 */
export function checkNativeBinding(isPackaged: boolean, electronBindingPath: string): NativeBindingCheck {
  if (isPackaged) return { ok: true, nativeBinding: undefined };
  if (fs.existsSync(electronBindingPath)) return { ok: true, nativeBinding: electronBindingPath };
  return {
    ok: false,
    message: `Claimdesk: better-sqlite3 has not been built for Electron yet (${electronBindingPath} is missing). ${REBUILD_HINT}`,
  };
}

/**
 * Starts the backend threads on the workspace and returns at once. Calls made
 * while it opens wait for it. From a source checkout, an Electron/Node ABI
 * mismatch ("…NODE_MODULE_VERSION…" from the native loader) is answered with
 * how to build the right one.
 */
export function startDesktopBackend(options: Omit<OpenWorkspaceOptions, 'now'>, isPackaged: boolean, threads: WorkerBackendOptions = {}): WorkerBackend {
  const backend = createWorkerBackend(options, threads);
  const hinted = (message: string) => (!isPackaged && message.includes('NODE_MODULE_VERSION') ? `${message} ${REBUILD_HINT}` : message);
  const withHint = <T>(result: ApiResult<T>): ApiResult<T> => (result.ok ? result : { ok: false, error: { ...result.error, message: hinted(result.error.message) } });
  const opened = backend.opened.catch((err: unknown) => {
    throw err instanceof ClaimdeskError ? new ClaimdeskError(err.code, hinted(err.message)) : err;
  });
  opened.catch(() => undefined);
  return {
    ...backend,
    opened,
    // Read from the backend each time (a spread would keep the value at start): null once salvaged or restored.
    get damage() {
      return backend.damage;
    },
    call: async (op, input) => withHint(await backend.call(op, input)),
    task: async (name, input, control) => withHint(await backend.task(name, input, control)),
  };
}
