import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { empty } from '../schemas';
import type { SalvageReport } from '../../../db/recover';
import type { Workspace } from '../workspace';

export type { SalvageReport, TableSalvage } from '../../../db/recover';

/** Whether the workspace could be opened; the recovery screen asks (core/api/recovery-backend.ts answers while it is damaged). */
export interface RecoveryState {
  damaged: boolean;
  dbPath: string;
  /** What the check at open found, in words; null when the workspace opened. */
  problem: string | null;
}

/**
 * Recovery operations. While the workspace cannot be opened, the recovery
 * backend answers these itself and every other call with `database_corrupt`;
 * on an open workspace they say there is nothing to recover.
 */
export const recoveryOperations = {
  getRecoveryState: defineOperation({
    input: empty,
    write: false,
    handler: (ws: Workspace): RecoveryState => ({ damaged: false, dbPath: ws.dbPath, problem: null }),
  }),
  salvageWorkspace: defineOperation({
    input: empty,
    write: true,
    handler: (): SalvageReport => {
      throw new ClaimdeskError('conflict', 'The workspace opened and passed its check: there is nothing to salvage.');
    },
  }),
};
