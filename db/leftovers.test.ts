import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callOrThrow } from '../core/api/dispatch';
import { closeWorkspace, openWorkspace } from '../core/api/workspace';
import { runCli, runCliAsync } from '../core/cli/run';
import { writeFileAtomic } from '../core/report/atomic-write';
import { backupsFolder, listBackups, restoreBackup } from './backup';
import { processAlive } from './leftovers';
import { useTempDir } from './testing/temp-workspace';

// B6, B11 (user test 2): an export or a restore killed with SIGKILL left its temporary files for ever (a report's
// .tmp beside it; a restore's 25 MB private copies and a backup's .partial in backups/), and restoring a file
// opened it for writing, leaving FILE-shm and FILE-wal beside it.

const tempDir = useTempDir();

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(child.stdout);
  expect(processAlive(pid)).toBe(false);
  return pid;
}

/** A process that runs until the test ends. */
const running: Array<{ kill(): boolean }> = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});
function livePid(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  running.push(child);
  expect(processAlive(child.pid!)).toBe(true);
  return child.pid!;
}

/** A file as a killed process left it: written an hour ago. */
function leftover(file: string, bytes = 'x'.repeat(191)): string {
  fs.writeFileSync(file, bytes);
  const hourAgo = new Date(Date.now() - 3_600_000);
  fs.utimesSync(file, hourAgo, hourAgo);
  return file;
}

const errors: string[] = [];
const io = { out: { write: () => true }, err: { write: (s: string) => (errors.push(s), true) }, env: {} };

describe('what a killed export leaves beside the report', () => {
  it('the next export to that path removes its own stale temporary files, never one a running process may be writing, nor another report’s', async () => {
    const dir = tempDir();
    const dead = deadPid();
    const live = livePid();
    const stale = [leftover(path.join(dir, `.report.csv.${dead}.8ea51a1c.tmp`)), leftover(path.join(dir, `.report.csv.${dead}.c6e7ed41.tmp`))];
    const kept = [
      leftover(path.join(dir, `.report.csv.${live}.0badcafe.tmp`)), // a live export to the same path
      leftover(path.join(dir, `.other.csv.${dead}.12345678.tmp`)), // another report's
      leftover(path.join(dir, `report.csv.${dead}.12345678.tmp`)), // not a name Claimdesk writes
    ];
    writeFileAtomic(path.join(dir, 'report.csv'), 'Claim ID\r\n1\r\n');
    for (const file of stale) expect(fs.existsSync(file), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'report.csv'), 'utf8')).toBe('Claim ID\r\n1\r\n');

    // The CLI's export does the same.
    const again = leftover(path.join(dir, `.cli.csv.${dead}.abcdef01.tmp`));
    const dbPath = path.join(dir, 'ws.sqlite');
    expect(await runCli(['--db', dbPath, '--reviewer', 'Ana', 'export', '--format', 'csv', '--out', path.join(dir, 'cli.csv')], io)).toBe(0);
    expect(fs.existsSync(again)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'cli.csv'))).toBe(true);
  });
});

describe('what a killed restore leaves in backups/', () => {
  it('the next restore removes the stale private copies and partial backups, keeps a running process’s, and never writes beside the chosen file', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'w.sqlite');
    const ws = openWorkspace({ dbPath, reviewer: 'Ana' });
    callOrThrow(ws, 'loadSample', {});
    closeWorkspace(ws);
    // The file to restore: another workspace (WAL mode, as every workspace is), closed cleanly.
    const otherPath = path.join(dir, 'other.sqlite');
    const other = openWorkspace({ dbPath: otherPath, reviewer: 'Ben' });
    callOrThrow(other, 'importArticle', { text: 'Other story\n\nThe river rose by 3 metres on Monday, the agency said.' });
    closeWorkspace(other);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('other.sqlite'))).toEqual(['other.sqlite']);

    const folder = backupsFolder(dbPath);
    fs.mkdirSync(folder, { recursive: true });
    const dead = deadPid();
    const live = livePid();
    const stale = [
      leftover(path.join(folder, `.restoring-${dead}-1765142000000.sqlite`)),
      leftover(path.join(folder, `.restoring-${dead}-1765142000000.sqlite-journal`)),
      leftover(path.join(folder, `.restoring-${dead}-1765142000001.source.sqlite`)),
      leftover(path.join(folder, `.w.2026-12-06T173005Z.before-restore.sqlite.${dead}.partial`)),
      leftover(path.join(folder, `.w.2026-12-06T173005Z.before-restore.sqlite.${dead}.partial-journal`)),
    ];
    const kept = [
      leftover(path.join(folder, `.restoring-${live}-1765142000002.sqlite`)),
      leftover(path.join(folder, `.w.2026-12-06T173006Z.manual.sqlite.${live}.partial`)),
      leftover(path.join(folder, 'notes.txt')),
    ];

    const result = await restoreBackup(dbPath, otherPath);
    expect(result).toMatchObject({ articles: 1 });
    for (const file of stale) expect(fs.existsSync(file), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
    // Nothing of this restore is left either: the backup it made first, and the files the test put there.
    expect(fs.readdirSync(folder).sort()).toEqual([...listBackups(dbPath).map((b) => b.name), ...kept.map((f) => path.basename(f))].sort());
    // The chosen file was read, never opened for writing: nothing beside it.
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('other.sqlite'))).toEqual(['other.sqlite']);

    // The CLI's restore: the same.
    const third = leftover(path.join(folder, `.restoring-${dead}-1765142000003.sqlite`));
    expect(await runCliAsync(['--db', dbPath, 'restore', otherPath], io), errors.join('')).toBe(0);
    expect(fs.existsSync(third)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('other.sqlite'))).toEqual(['other.sqlite']);
  });
});
