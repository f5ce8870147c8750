/**
 * What the backend answers while the workspace cannot be opened because it
 * is damaged (`database_corrupt`: the quick check at open failed, or the file
 * is not a database). The writer thread (backend-worker.ts) stays up in that
 * state rather than fail, so the renderer's first call learns of the damage
 * and shows the recovery screen: getRecoveryState, salvageWorkspace and
 * restoreNewestBackup are answered here, every other call with the damage.
 * The salvage and the restore run on that thread, never on the process that
 * draws the window or serves the page. Once one of them has put a readable
 * workspace in place, the caller opens it and answers everything as usual.
 */
import { restoreBackup } from '../../db/backup';
import { salvageWorkspace } from '../../db/recover';
import { ClaimdeskError, toErrorData, type ApiErrorData } from '../errors';
import { checkInput } from './dispatch';
import { newestGoodBackup, type RecoveryRestore, type RecoveryState } from './handlers/recovery';
import type { ApiResult } from './result';
import type { OpenWorkspaceOptions } from './workspace';

/** The calls a damaged workspace answers itself. */
export const RECOVERY_OPERATIONS: ReadonlySet<string> = new Set(['getRecoveryState', 'salvageWorkspace', 'restoreNewestBackup']);

export interface DamagedAnswer {
  result: ApiResult<unknown>;
  /** A readable workspace is in place now (salvaged or restored): open it. */
  recovered: boolean;
}

/** Answers one call made while the workspace at `options.dbPath` is damaged with `damage`. */
export async function answerWhileDamaged(options: Omit<OpenWorkspaceOptions, 'now'>, damage: ApiErrorData, op: string, input: unknown): Promise<DamagedAnswer> {
  if (!RECOVERY_OPERATIONS.has(op)) return { result: { ok: false, error: damage }, recovered: false };
  const checked = checkInput(op, input);
  if (!checked.ok) return { result: checked, recovered: false };
  try {
    if (op === 'salvageWorkspace') {
      const report = salvageWorkspace(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
      return { result: { ok: true, value: report }, recovered: true };
    }
    if (op === 'restoreNewestBackup') {
      const backup = newestGoodBackup(options.dbPath);
      if (backup === null) {
        return { result: { ok: false, error: { code: 'not_found', message: 'There is no readable backup of this workspace to restore: salvage what can be read instead.' } }, recovered: false };
      }
      const restored = await restoreBackup(options.dbPath, backup.file);
      const value: RecoveryRestore = { name: backup.name, createdAt: backup.createdAt, claims: restored.claims, articles: restored.articles, damagedFileKeptAt: restored.damagedFileKeptAt };
      return { result: { ok: true, value }, recovered: true };
    }
    const newest = newestGoodBackup(options.dbPath);
    const state: RecoveryState = {
      damaged: true,
      dbPath: options.dbPath,
      problem: damage.message,
      newestBackup: newest === null ? null : { name: newest.name, createdAt: newest.createdAt, claims: newest.claims ?? 0, articles: newest.articles ?? 0 },
    };
    return { result: { ok: true, value: state }, recovered: false };
  } catch (err) {
    // What failed inside is for the log; the user gets the named error, never SQL or a stack.
    if (!(err instanceof ClaimdeskError)) console.error(`claimdesk: ${op} on the damaged workspace failed:`, err);
    return { result: { ok: false, error: toErrorData(err) }, recovered: false };
  }
}
