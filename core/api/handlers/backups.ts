import { z } from 'zod';
import { backupsFolder, findBackup, listBackups, makeBackup, restoreBackup, type BackupInfo, type BackupKind } from '../../../db/backup';
import { defineOperation } from '../operation';
import { empty } from '../schemas';
import type { Workspace } from '../workspace';

/** One backup as the UI lists it: no paths beyond its name and folder. */
export interface BackupSummary {
  name: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
  claims: number | null;
  articles: number | null;
}

export interface BackupList {
  /** Where the backups are (shown so a person can find them). */
  folder: string;
  backups: BackupSummary[];
}

export interface RestoreSummary {
  restored: string;
  /** The backup made just before: restoring it undoes this restore. */
  undoBackup: string | null;
  claims: number;
  articles: number;
}

const summary = (b: BackupInfo): BackupSummary => ({ name: b.name, kind: b.kind, createdAt: b.createdAt, bytes: b.bytes, claims: b.claims, articles: b.articles });

/** A backup file's name as listed (claimdesk.2026-12-06T173005Z.daily.sqlite): never a path. */
const backupName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.sqlite$/, 'Backup name must be a file name from the list of backups');

export const backupOperations = {
  listBackups: defineOperation({
    input: empty,
    write: false,
    handler: (ws: Workspace): BackupList => ({ folder: backupsFolder(ws.dbPath), backups: listBackups(ws.dbPath).map(summary) }),
  }),
  makeBackup: defineOperation({
    input: empty,
    write: true,
    exclusive: true,
    handler: async (ws: Workspace): Promise<BackupSummary> => summary(await makeBackup(ws.db, ws.dbPath, 'manual')),
  }),
  restoreBackup: defineOperation({
    input: z.object({ name: backupName }).strict(),
    write: true,
    exclusive: true,
    handler: async (ws: Workspace, input): Promise<RestoreSummary> => {
      const chosen = findBackup(ws.dbPath, input.name);
      const result = await restoreBackup(ws.dbPath, chosen.file, { db: ws.db });
      return { restored: chosen.name, undoBackup: result.undoBackup?.name ?? null, claims: result.claims, articles: result.articles };
    },
  }),
};
