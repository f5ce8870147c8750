/**
 * The backend when the workspace cannot be opened because it is damaged
 * (`database_corrupt`: the quick check at open failed, or the file is not a
 * database). The transports start as usual and the renderer learns of the
 * damage from its first call's answer, then shows the recovery screen:
 * getRecoveryState and salvageWorkspace are answered here, every other call
 * with the damage. Once salvaged, the backend opens the new workspace and
 * passes every call on to it.
 */
import { salvageWorkspace } from '../../db/recover';
import { ClaimdeskError, toErrorData, type ApiErrorData } from '../errors';
import { checkInput } from './dispatch';
import { newestGoodBackup, type RecoveryRestore, type RecoveryState } from './handlers/recovery';
import { restoreBackup } from '../../db/backup';
import type { ApiResult } from './result';
import { startWorkerBackend, type Backend } from './worker-backend';
import type { OpenWorkspaceOptions } from './workspace';

export interface RecoverableBackend extends Backend {
  /** The damage found at start, while it is not salvaged yet; null once the workspace is open. */
  readonly damage: ApiErrorData | null;
}

type StartBackend = (options: Omit<OpenWorkspaceOptions, 'now'>) => Promise<Backend>;

/**
 * Starts the backend (on threads, by default); a damaged workspace gives the
 * recovery backend instead of a failure. Any other failure to open is thrown.
 */
export async function startRecoverableBackend(options: Omit<OpenWorkspaceOptions, 'now'>, start: StartBackend = startWorkerBackend): Promise<RecoverableBackend> {
  try {
    const backend = await start(options);
    return { ...backend, damage: null, call: backend.call, task: backend.task, close: backend.close, now: backend.now };
  } catch (err) {
    if (!(err instanceof ClaimdeskError) || err.code !== 'database_corrupt') throw err;
    return recoveryBackend(options, toErrorData(err), start);
  }
}

function recoveryBackend(options: Omit<OpenWorkspaceOptions, 'now'>, damage: ApiErrorData, start: StartBackend): RecoverableBackend {
  let open: Backend | null = null;
  let salvaging = false;

  /** Puts the newest good backup in the damaged workspace's place (the damaged file kept beside it) and opens it. */
  async function restoreNewest(): Promise<ApiResult<unknown>> {
    if (salvaging) return { ok: false, error: { code: 'database_busy', message: 'The workspace is being recovered already: wait for it to finish.' } };
    salvaging = true;
    try {
      const backup = newestGoodBackup(options.dbPath);
      if (backup === null) return { ok: false, error: { code: 'not_found', message: 'There is no readable backup of this workspace to restore: salvage what can be read instead.' } };
      const restored = await restoreBackup(options.dbPath, backup.file);
      open = await start(options);
      const value: RecoveryRestore = { name: backup.name, createdAt: backup.createdAt, claims: restored.claims, articles: restored.articles, damagedFileKeptAt: restored.damagedFileKeptAt };
      return { ok: true, value };
    } catch (err) {
      if (!(err instanceof ClaimdeskError)) console.error('claimdesk: restoring the newest backup failed:', err);
      return { ok: false, error: toErrorData(err) };
    } finally {
      salvaging = false;
    }
  }

  async function salvage(): Promise<ApiResult<unknown>> {
    if (salvaging) return { ok: false, error: { code: 'database_busy', message: 'The workspace is being salvaged already: wait for it to finish.' } };
    salvaging = true;
    try {
      const report = salvageWorkspace(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
      open = await start(options);
      return { ok: true, value: report };
    } catch (err) {
      if (!(err instanceof ClaimdeskError)) console.error('claimdesk: salvaging the workspace failed:', err);
      return { ok: false, error: toErrorData(err) };
    } finally {
      salvaging = false;
    }
  }

  return {
    dbPath: options.dbPath,
    now: () => new Date().toISOString(),
    get damage() {
      return open === null ? damage : null;
    },
    // The shell's file work (reading an article, writing a report) needs the workspace too.
    task: (async (name, input) => (open !== null ? open.task(name, input) : { ok: false, error: damage })) as Backend['task'],
    async call(op, input) {
      if (open !== null) return open.call(op, input);
      if (op !== 'getRecoveryState' && op !== 'salvageWorkspace' && op !== 'restoreNewestBackup') return { ok: false, error: damage };
      const checked = checkInput(op, input);
      if (!checked.ok) return checked;
      if (op === 'salvageWorkspace') return salvage();
      if (op === 'restoreNewestBackup') return restoreNewest();
      const newest = newestGoodBackup(options.dbPath);
      const state: RecoveryState = {
        damaged: true,
        dbPath: options.dbPath,
        problem: damage.message,
        newestBackup: newest === null ? null : { name: newest.name, createdAt: newest.createdAt, claims: newest.claims ?? 0, articles: newest.articles ?? 0 },
      };
      return { ok: true, value: state };
    },
    close: async () => {
      await open?.close();
    },
  };
}
