import { backupsFolder, listBackups, makeBackup, restoreBackup, type BackupInfo } from '../../db/backup';
import { mergeWorkspace } from '../../db/merge';
import { dbPathFrom, userPath } from '../paths';
import { closeWorkspace, openWorkspace, type Workspace } from '../api/workspace';
import { EXIT_OK, type CliArgs, type CliCommand } from './args';
import type { CliIo } from './run';
import { printableName } from './printable';

export type BackupCommand = Extract<CliCommand, { name: 'backup' | 'backups' | 'restore' | 'merge' }>;

export function isBackupCommand(command: CliCommand): command is BackupCommand {
  return command.name === 'backup' || command.name === 'backups' || command.name === 'restore' || command.name === 'merge';
}

/** `backup`, `backups`, `restore` and `merge`: they wait on SQLite's online backup, so they run apart from the other commands. */
export async function runBackupCommand(parsed: CliArgs & { command: BackupCommand }, io: CliIo): Promise<number> {
  const dbPath = dbPathFrom(parsed.db, io.env);
  const { command } = parsed;
  switch (command.name) {
    case 'backups':
      return printBackups(dbPath, io);
    case 'backup': {
      let ws: Workspace | undefined;
      try {
        ws = openWorkspace({ dbPath });
        const made = await makeBackup(ws.db, dbPath, 'manual', command.out === undefined ? {} : { out: userPath(command.out, io.env) });
        io.out.write(`Backed up ${counted(made.claims ?? 0, 'claim')} in ${counted(made.articles ?? 0, 'article')} to ${printableName(made.file)} (${formatBytes(made.bytes)}, verified)\n`);
        return EXIT_OK;
      } finally {
        if (ws) closeWorkspace(ws);
      }
    }
    case 'merge': {
      let ws: Workspace | undefined;
      try {
        ws = openWorkspace({ dbPath });
        const r = await mergeWorkspace(ws.db, dbPath, userPath(command.file, io.env));
        io.out.write(
          `Merged ${printableName(r.from)}: ${counted(r.articlesAdded, 'article')} added, ${counted(r.articlesMatched, 'article')} matched, ${counted(r.claimsAdded, 'claim')} added, ` +
            `${counted(r.verdictsTaken, 'verdict')} taken, ${counted(r.conflicts, 'conflict')} (the later review won; the other is in the history), ` +
            `${counted(r.notesAdded, 'note')}, ${counted(r.sourcesLinked, 'source link')} and ${counted(r.tagsAdded, 'tag')} added, ` +
            `${counted(r.speakersTaken, 'speaker')} set by hand taken\n`,
        );
        io.out.write(`The workspace as it was is in ${printableName(r.backup.file)}: restore it to undo this.\n`);
        return EXIT_OK;
      } finally {
        if (ws) closeWorkspace(ws);
      }
    }
    case 'restore': {
      // The workspace is not opened through the usual path: a damaged one can be restored too.
      const result = await restoreBackup(dbPath, userPath(command.file, io.env));
      io.out.write(`Restored ${counted(result.claims, 'claim')} in ${counted(result.articles, 'article')} from ${printableName(result.restoredFrom)}\n`);
      if (result.undoBackup) io.out.write(`The workspace as it was is in ${printableName(result.undoBackup.file)}: restore it to undo this.\n`);
      if (result.damagedFileKeptAt) io.out.write(`The damaged workspace was kept, untouched, as ${printableName(result.damagedFileKeptAt)}\n`);
      return EXIT_OK;
    }
  }
}

function printBackups(dbPath: string, io: CliIo): number {
  const backups = listBackups(dbPath);
  if (backups.length === 0) {
    io.out.write(`No backups yet in ${printableName(backupsFolder(dbPath))}\n`);
    return EXIT_OK;
  }
  io.out.write(`Backups in ${printableName(backupsFolder(dbPath))}, newest first:\n`);
  for (const b of backups) io.out.write(`${backupLine(b)}\n`);
  return EXIT_OK;
}

/** `2026-12-06 17:30 UTC  daily             1.2 MB   58 claims  claimdesk.2026-12-06T173005Z.daily.sqlite` */
function backupLine(b: BackupInfo): string {
  const when = `${b.createdAt.slice(0, 10)} ${b.createdAt.slice(11, 19)} UTC`;
  const claims = b.claims === null ? 'unreadable' : `${b.claims.toLocaleString('en')} claims`;
  return `${when}  ${b.kind.padEnd(16)}  ${formatBytes(b.bytes).padStart(9)}  ${claims.padStart(13)}  ${b.name}`;
}

const counted = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

