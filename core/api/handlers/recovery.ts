import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { empty } from '../schemas';
import type { SalvageReport } from '../../../db/recover';
import type { Workspace } from '../workspace';
import { inspectWorkspaceFile, listBackups, type BackupInfo } from '../../../db/backup';

export type { SalvageReport, TableSalvage } from '../../../db/recover';

/** Whether the workspace could be opened; the recovery screen asks (core/api/recovery.ts answers, on the writer thread, while it is damaged). */
export interface RecoveryState {
  damaged: boolean;
  dbPath: string;
  /** What the check at open found, in words; null when the workspace opened. */
  problem: string | null;
  /** The newest backup that reads as a whole workspace (what "Restore the newest good backup" restores); null for none. */
  newestBackup: { name: string; createdAt: string; claims: number; articles: number } | null;
}

/** What restoring the newest good backup from the recovery screen did. */
export interface RecoveryRestore {
  /** The backup restored (its file name in backups/). */
  name: string;
  createdAt: string;
  claims: number;
  articles: number;
  /** Where the damaged workspace was moved, untouched. */
  damagedFileKeptAt: string | null;
}

/**
 * The newest backup of the workspace that reads as a whole Claimdesk
 * workspace (the check a restore makes); a damaged or foreign one is passed
 * over for the next. Null when there is none.
 */
export function newestGoodBackup(dbPath: string): BackupInfo | null {
  for (const backup of listBackups(dbPath)) {
    if (backup.claims === null) continue;
    try {
      inspectWorkspaceFile(backup.file);
      return backup;
    } catch {
      // Not restorable: try the next older one.
    }
  }
  return null;
}

/**
 * Recovery operations. While the workspace cannot be opened, the writer
 * thread answers these itself (core/api/recovery.ts) and every other call
 * with `database_corrupt`;
 * on an open workspace they say there is nothing to recover.
 */
export const recoveryOperations = {
  getRecoveryState: defineOperation({
    input: empty,
    write: false,
    handler: (ws: Workspace): RecoveryState => ({ damaged: false, dbPath: ws.dbPath, problem: null, newestBackup: null }),
  }),
  salvageWorkspace: defineOperation({
    input: empty,
    write: true,
    handler: (): SalvageReport => {
      throw new ClaimdeskError('conflict', 'The workspace opened and passed its check: there is nothing to salvage.');
    },
  }),
  /** Answered by the recovery backend while the workspace is damaged; an open workspace restores from the Backups dialog. */
  restoreNewestBackup: defineOperation({
    input: empty,
    write: true,
    handler: (): RecoveryRestore => {
      throw new ClaimdeskError('conflict', 'The workspace opened and passed its check: restore a backup from the Backups dialog instead.');
    },
  }),
};
