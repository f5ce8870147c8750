/**
 * The workspace the desktop app dispatches to. If the file cannot be opened
 * the app still starts, and every call answers with that error, so the
 * renderer can show what is wrong instead of a blank window.
 */
import fs from 'node:fs';
import { dispatch, type ApiResult } from '../core/api/dispatch';
import { closeWorkspace, openWorkspace, type OpenWorkspaceOptions, type Workspace } from '../core/api/workspace';
import { toErrorData } from '../core/errors';

export const REBUILD_HINT = 'Run `npm run rebuild:electron` to build better-sqlite3 for this Electron version (it goes to native/electron/).';

type ApiError = Extract<ApiResult<unknown>, { ok: false }>['error'];

type WorkspaceState =
  | { status: 'open'; workspace: Workspace }
  | { status: 'failed'; error: ApiError }
  | { status: 'closed' };

export type NativeBindingCheck = { ok: true; nativeBinding: string | undefined } | { ok: false; message: string };

/**
 * Packaged: the default binding (electron-builder rebuilt node_modules for
 * Electron). Source checkout: the Electron build in native/electron/, which
 * must exist — the one in node_modules is built for Node.
 */
export function checkNativeBinding(isPackaged: boolean, electronBindingPath: string): NativeBindingCheck {
  if (isPackaged) return { ok: true, nativeBinding: undefined };
  if (fs.existsSync(electronBindingPath)) return { ok: true, nativeBinding: electronBindingPath };
  return {
    ok: false,
    message: `Claimdesk: better-sqlite3 has not been built for Electron yet (${electronBindingPath} is missing). ${REBUILD_HINT}`,
  };
}

export class DesktopWorkspace {
  private state: WorkspaceState;

  private constructor(state: WorkspaceState, readonly dbPath: string) {
    this.state = state;
  }

  static open(options: OpenWorkspaceOptions, isPackaged: boolean): DesktopWorkspace {
    try {
      return new DesktopWorkspace({ status: 'open', workspace: openWorkspace(options) }, options.dbPath);
    } catch (err) {
      const error = toErrorData(err);
      // An Electron/Node ABI mismatch surfaces as "…NODE_MODULE_VERSION…" from the native loader.
      const message = !isPackaged && error.message.includes('NODE_MODULE_VERSION') ? `${error.message} ${REBUILD_HINT}` : error.message;
      return new DesktopWorkspace({ status: 'failed', error: { code: error.code, message } }, options.dbPath);
    }
  }

  /** The error that kept the workspace from opening, if any. */
  get openError(): ApiError | null {
    return this.state.status === 'failed' ? this.state.error : null;
  }

  dispatch(operation: string, input: unknown): ApiResult<unknown> {
    switch (this.state.status) {
      case 'open':
        return dispatch(this.state.workspace, operation, input);
      case 'failed':
        return { ok: false, error: this.state.error };
      case 'closed':
        return { ok: false, error: { code: 'database_unavailable', message: 'The workspace is closed: Claimdesk is quitting.' } };
    }
  }

  close(): void {
    if (this.state.status === 'open') closeWorkspace(this.state.workspace);
    this.state = { status: 'closed' };
  }
}
