import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MAX_ARTICLE_BYTES } from '../../import/limits';
import { mergeWorkspace, type MergeReport } from '../../../db/merge';
import { ClaimdeskError } from '../../errors';
import { backupsFolder, findBackup, listBackups, makeBackup, restoreBackup, type BackupInfo } from '../../../db/backup';
import { defineOperation } from '../operation';
import { empty, userText } from '../schemas';
import type { Workspace } from '../workspace';

/** One backup as the UI lists it: no paths beyond its name and folder. */
export type BackupSummary = Omit<BackupInfo, 'file'>;

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

/** What a merge did, for the UI. */
export type MergeSummary = Omit<MergeReport, 'backup'> & { undoBackup: string };

// Browser mode sends the colleague's file in the request, base64 inside JSON: the same limit as an article's.
const MAX_MERGE_BASE64 = Math.ceil(MAX_ARTICLE_BYTES / 3) * 4;

const summary = (b: BackupInfo): BackupSummary => ({ name: b.name, kind: b.kind, createdAt: b.createdAt, bytes: b.bytes, claims: b.claims, articles: b.articles });

/** A backup file's name as listed (claimdesk.2026-12-06T173005Z.daily.sqlite): never a path. */
const backupName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.sqlite$/, 'Backup name must be a file name from the list of backups');

/** Writes the sent workspace file under its own name (the history says "merged from NAME") in a private folder, merges it, removes it. */
async function mergeSentFile(ws: Workspace, input: { filename: string; bytesBase64: string }): Promise<MergeSummary> {
  const bytes = Buffer.from(input.bytesBase64, 'base64');
  if (bytes.length === 0) throw new ClaimdeskError('empty', `${input.filename} is empty: there is nothing to merge.`);
  const folder = path.join(backupsFolder(ws.dbPath), `.incoming-${process.pid}-${Date.now()}`);
  fs.mkdirSync(folder, { recursive: true });
  try {
    const file = path.join(folder, path.basename(input.filename));
    fs.writeFileSync(file, bytes);
    const { backup, ...report } = await mergeWorkspace(ws.db, ws.dbPath, file);
    return { ...report, undoBackup: backup.name };
  } catch (err) {
    // The private copy's path means nothing to the person who chose the file.
    if (err instanceof ClaimdeskError) throw new ClaimdeskError(err.code, err.message.split(folder + path.sep).join(''));
    throw err;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

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
  mergeWorkspace: defineOperation({
    input: z
      .object({
        filename: userText('File name')
          .min(1)
          .max(255)
          .regex(/^[^/\\]+$/, 'File name must be a name, not a path')
          .refine((n) => n !== '.' && n !== '..', 'File name must be a name, not a path'),
        bytesBase64: z
          .string()
          .max(MAX_MERGE_BASE64, `The workspace file is over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB that browser mode takes: merge it with the CLI (claimdesk merge FILE)`)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bytesBase64 is not base64'),
      })
      .strict(),
    write: true,
    exclusive: true,
    handler: (ws: Workspace, input): Promise<MergeSummary> => mergeSentFile(ws, input),
  }),
};
