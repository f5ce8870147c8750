/**
 * Backups of a workspace, and restoring one.
 *
 * Backups live in `backups/` beside the workspace file, named
 * `<workspace>.<UTC time>.<kind>.sqlite` (claimdesk.2026-12-06T173005Z.daily.sqlite),
 * so a folder listing sorts them by time and says what each is. Every backup
 * is verified — integrity_check on the copy, its claim and article counts
 * equal to the workspace's — before any older one is pruned: 7 daily ones
 * are kept, and the 5 newest of every other kind together.
 *
 * Copies are made with SQLite's own online copies, never by copying the file
 * (which would miss what is still in the write-ahead log): the online backup
 * API (better-sqlite3 `db.backup()`) where the caller can wait for it, and
 * `VACUUM INTO` on the synchronous open path (before a migration, first open
 * of the day), since `db.backup()` steps asynchronously.
 *
 * Restore copies the chosen backup's pages INTO the open workspace with the
 * backup API: one write transaction on the live file, so every connection —
 * the writer, browser mode's reader thread, a CLI in another process — sees
 * the old workspace or the restored one, never a mix, and nobody's
 * connection or write-ahead log is left pointing at a replaced file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ClaimdeskError } from '../core/errors';
import { CLAIMDESK_APPLICATION_ID, currentSchemaVersion, migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { removeLeftovers } from './leftovers';
import { escapeRegExp } from '../core/text/lexicon/words';
import type { Db } from './open';

export const BACKUP_KINDS = ['daily', 'manual', 'before-migration', 'before-restore', 'before-merge'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** How many backups are kept: daily ones, and every other kind together. */
export const KEEP_DAILY = 7;
export const KEEP_OTHERS = 5;

export interface BackupInfo {
  /** Absolute path of the backup file. */
  file: string;
  /** Its file name inside the backups folder (what the UI restores by). */
  name: string;
  kind: BackupKind;
  /** When it was made (ISO, UTC), read from its name. */
  createdAt: string;
  bytes: number;
  /** Counted in the backup itself; null when it cannot be read. */
  claims: number | null;
  articles: number | null;
}

export interface RestoreResult {
  /** The file restored from. */
  restoredFrom: string;
  /** The backup of the workspace as it was just before: restoring it undoes the restore (null when the workspace was damaged and set aside instead). */
  undoBackup: BackupInfo | null;
  /** Where a damaged workspace was moved, untouched, when it could not be backed up through SQLite. */
  damagedFileKeptAt: string | null;
  /** The restored file's schema before it was brought up to date. */
  schemaVersionBefore: number;
  claims: number;
  articles: number;
}

const KIND_PATTERN = BACKUP_KINDS.join('|');
const NAME_PATTERN = new RegExp(`^(.+)\\.(\\d{4}-\\d{2}-\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z(?:-(\\d+))?\\.(${KIND_PATTERN})\\.sqlite$`);
/** One step of the backup API that copies every page: the copy is one consistent snapshot. */
const ALL_PAGES = 0x7fffffff;
const BUSY_WAIT_MS = 10_000;

/** The folder backups go to: `backups/` beside the workspace file. */
export function backupsFolder(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

/** The workspace file's name without its extension: every backup name starts with it. */
function stemOf(dbPath: string): string {
  const base = path.basename(dbPath);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

interface ParsedName {
  stem: string;
  createdAt: string;
  seq: number;
  kind: BackupKind;
}

function parseBackupName(name: string): ParsedName | null {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  return { stem: m[1]!, createdAt: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.000Z`, seq: Number(m[6] ?? 1), kind: m[7] as BackupKind };
}

/**
 * Backup files this process has named and not yet kept or given up. A name is taken when the copy is
 * begun, but its file appears only when the copy is kept: two backups begun in the same second (two
 * connections, a backup while another one is still being copied) must not both find the name free.
 */
const namesInUse = new Set<string>();

/**
 * A free backup name for this moment, `<stem>.2026-12-06T173005Z.<kind>.sqlite`, with -2, -3 … for a second
 * in the same second; taken (namesInUse) until the copy is kept or given up (releaseName).
 */
function newBackupName(dbPath: string, kind: BackupKind, now: Date): string {
  const iso = now.toISOString(); // 2026-12-06T17:30:05.123Z
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  const folder = backupsFolder(dbPath);
  for (let seq = 1; ; seq++) {
    const name = `${stemOf(dbPath)}.${stamp}${seq > 1 ? `-${seq}` : ''}.${kind}.sqlite`;
    const file = path.join(folder, name);
    if (!namesInUse.has(file) && !fs.existsSync(file) && !fs.existsSync(partialOf(file))) {
      namesInUse.add(file);
      return name;
    }
  }
}

interface Counts {
  /** Claims a reviewer works through (hidden non-claims left out), as the workbench counts them. */
  claims: number;
  articles: number;
  /** Every claim row, hidden ones too: compared when a copy is verified. */
  rows: number;
}

/** What a workspace holds (the live file or a backup). */
function countsOf(db: Db): Counts {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    claims: count('SELECT count(*) AS n FROM claims WHERE hidden = 0'),
    articles: count('SELECT count(*) AS n FROM articles'),
    rows: count('SELECT count(*) AS n FROM claims'),
  };
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Whether a workspace holds anything worth backing up. */
export function holdsWork(db: Db): boolean {
  if (!hasTable(db, 'articles')) return false;
  return db.prepare('SELECT 1 FROM articles LIMIT 1').get() !== undefined;
}

/** Every backup of this workspace in its backups folder, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const folder = backupsFolder(dbPath);
  const found = backupEntries(dbPath);
  const listed = found.flatMap((entry) => {
    const file = path.join(folder, entry.name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return [];
    }
    const counts = readCounts(file);
    return [{ entry, mtime: stat.mtimeMs, info: { file, name: entry.name, kind: entry.kind, createdAt: entry.createdAt, bytes: stat.size, claims: counts?.claims ?? null, articles: counts?.articles ?? null } }];
  });
  // Names carry the second; two backups in the same second are told apart by their -2 or, failing that, the file's time.
  listed.sort((a, b) => b.entry.createdAt.localeCompare(a.entry.createdAt) || b.entry.seq - a.entry.seq || b.mtime - a.mtime);
  return listed.map((l) => l.info);
}

function readCounts(file: string): Counts | null {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return countsOf(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** The backup with this file name, from this workspace's backups folder only (the UI restores by name, never by a path). */
export function findBackup(dbPath: string, name: string): BackupInfo {
  const parsed = parseBackupName(name);
  const found = parsed && parsed.stem === stemOf(dbPath) ? listBackups(dbPath).find((b) => b.name === name) : undefined;
  if (!found) throw new ClaimdeskError('not_found', `There is no backup named ${name} in ${backupsFolder(dbPath)}.`);
  return found;
}

/** The dot-named file a copy is written to before it is checked and renamed: it names the process writing it. */
function partialOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
}

/** A backup's partial file (and the journal SQLite leaves beside it): `.<name>.<pid>.partial`. */
const PARTIAL_LEFTOVER = /^\..+\.(\d+)\.partial(?:-journal|-wal|-shm)?$/;
/** A restore's private copies: `.restoring-<pid>-<ms>.sqlite` (and `.source.sqlite`), with SQLite's files beside them. */
const RESTORING_LEFTOVER = /^\.restoring-(\d+)-\d+(?:\.source)?\.sqlite(?:-journal|-wal|-shm)?$/;

/**
 * Removes what a backup or a restore killed part-way (kill -9, a power cut) left in the backups folder: files
 * whose process is gone, never one a running process may be writing (db/leftovers.ts).
 */
export function removeBackupLeftovers(dbPath: string): string[] {
  const folder = backupsFolder(dbPath);
  return [...removeLeftovers(folder, PARTIAL_LEFTOVER), ...removeLeftovers(folder, RESTORING_LEFTOVER)];
}

interface CopyTarget {
  /** Final file, and the dot-named partial file it is written to first. */
  file: string;
  partial: string;
  name: string;
  /** In the backups folder: the next free name, should another process keep a backup under this one first. */
  nextName: (() => string) | null;
}

function targetFor(dbPath: string, kind: BackupKind, now: Date, out: string | undefined): CopyTarget {
  if (out !== undefined) {
    const file = path.resolve(out);
    if (path.resolve(dbPath) === file) throw new ClaimdeskError('invalid_input', 'A backup cannot be written over the workspace itself: choose another file.');
    if (fs.existsSync(file)) throw new ClaimdeskError('invalid_input', `${file} already exists: choose a new file name for the backup.`);
    removeLeftovers(path.dirname(file), new RegExp(`^\\.${escapeRegExp(path.basename(file))}\\.(\\d+)\\.partial(?:-journal|-wal|-shm)?$`));
    return { file, partial: partialOf(file), name: path.basename(file), nextName: null };
  }
  const folder = backupsFolder(dbPath);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (err) {
    throw new ClaimdeskError('write_failed', `Cannot create the backups folder ${folder}: ${(err as Error).message}`);
  }
  removeBackupLeftovers(dbPath);
  const name = newBackupName(dbPath, kind, now);
  return { file: path.join(folder, name), partial: partialOf(path.join(folder, name)), name, nextName: () => newBackupName(dbPath, kind, now) };
}

/** The name is no longer this process's to hold: its backup was kept (the file is there now) or given up. */
function releaseName(target: CopyTarget): void {
  namesInUse.delete(target.file);
}

/**
 * Gives the verified copy its name, never over a file already there: a hard link fails when the name
 * exists (one step, so another process keeping a backup of the same second cannot slip in between), and
 * this backup takes the next free name; an explicit --out file that has appeared meanwhile is refused.
 * Where the file system has no hard links, a rename after a last look. Returns the target as kept.
 */
function placeCopy(target: CopyTarget): CopyTarget {
  let current = target;
  try {
    for (;;) {
      try {
        fs.linkSync(current.partial, current.file);
        removeFile(current.partial);
        return current;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' && !fs.existsSync(current.file)) {
          fs.renameSync(current.partial, current.file);
          return current;
        }
      }
      if (!current.nextName) throw new ClaimdeskError('invalid_input', `${current.file} already exists: choose a new file name for the backup.`);
      releaseName(current);
      const name = current.nextName();
      current = { ...current, file: path.join(path.dirname(current.file), name), name };
    }
  } finally {
    releaseName(current);
  }
}

export interface BackupOptions {
  /** Write the backup to this file instead of the backups folder (not listed, not pruned). */
  out?: string;
  now?: Date;
}

/**
 * Backs the open workspace up with SQLite's online backup API, verifies the
 * copy and prunes older backups. `db` must be the workspace's connection,
 * idle (no transaction open) and not used by anyone else until this settles.
 */
export async function makeBackup(db: Db, dbPath: string, kind: BackupKind, options: BackupOptions = {}): Promise<BackupInfo> {
  const target = targetFor(dbPath, kind, options.now ?? new Date(), options.out);
  try {
    const before = countsOf(db);
    return await finishCopy(db, dbPath, kind, target, before, async () => {
      await db.backup(target.partial, { progress: () => ALL_PAGES });
    });
  } finally {
    releaseName(target);
  }
}

/**
 * The same, synchronously, with `VACUUM INTO`: for the open path (before a
 * migration, first open of the day), which cannot wait for a promise.
 */
export function makeBackupSync(db: Db, dbPath: string, kind: BackupKind, options: BackupOptions = {}): BackupInfo {
  const target = targetFor(dbPath, kind, options.now ?? new Date(), options.out);
  try {
    const before = countsOf(db);
    removeFile(target.partial);
    try {
      db.prepare('VACUUM INTO ?').run(target.partial);
    } catch (err) {
      removeFile(target.partial);
      throw new ClaimdeskError('write_failed', `The backup could not be written to ${target.partial}: ${(err as Error).message}`);
    }
    return verifyAndKeep(db, dbPath, kind, target, before);
  } finally {
    releaseName(target);
  }
}

async function finishCopy(db: Db, dbPath: string, kind: BackupKind, target: CopyTarget, before: Counts, copy: () => Promise<void>): Promise<BackupInfo> {
  removeFile(target.partial);
  try {
    await copy();
  } catch (err) {
    removeFile(target.partial);
    throw new ClaimdeskError('write_failed', `The backup could not be written to ${target.partial}: ${(err as Error).message}`);
  }
  return verifyAndKeep(db, dbPath, kind, target, before);
}

/** Checks the copy, gives it its name (the next free one if another process took it meanwhile), then (and only then) prunes older backups. */
function verifyAndKeep(db: Db, dbPath: string, kind: BackupKind, copied: CopyTarget, before: Counts): BackupInfo {
  let counts: Counts;
  let target = copied;
  try {
    const copy = new Database(target.partial, { fileMustExist: true });
    try {
      // A backup is one plain file: no write-ahead log beside it to lose when it is copied on.
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity_check says: ${String(check)}`);
      if (copy.pragma('application_id', { simple: true }) !== CLAIMDESK_APPLICATION_ID) throw new Error('the copy is not marked as a Claimdesk workspace');
      counts = countsOf(copy);
    } finally {
      copy.close();
    }
    // Another process may have written while the copy was made: the copy must match the workspace then or now.
    const after = countsOf(db);
    const same = (a: Counts) => a.claims === counts.claims && a.articles === counts.articles && a.rows === counts.rows;
    if (!same(before) && !same(after)) {
      throw new Error(`the copy holds ${counts.claims} claims and ${counts.articles} articles; the workspace ${after.claims} and ${after.articles}`);
    }
    target = placeCopy(target);
  } catch (err) {
    removeFile(target.partial);
    removeFile(`${target.partial}-journal`);
    if (err instanceof ClaimdeskError) throw err;
    throw new ClaimdeskError('write_failed', `The backup did not verify, so it was not kept and no older backup was removed: ${(err as Error).message}`);
  }
  if (path.dirname(target.file) === backupsFolder(dbPath)) pruneBackups(dbPath);
  const parsed = parseBackupName(target.name);
  return {
    file: target.file,
    name: target.name,
    kind,
    createdAt: parsed?.createdAt ?? new Date().toISOString(),
    bytes: fs.statSync(target.file).size,
    claims: counts.claims,
    articles: counts.articles,
  };
}

/** Keeps the newest KEEP_DAILY daily backups and the newest KEEP_OTHERS of the rest; returns the files removed. */
export function pruneBackups(dbPath: string): string[] {
  const all = listBackupNames(dbPath);
  const daily = all.filter((b) => b.kind === 'daily').slice(KEEP_DAILY);
  const others = all.filter((b) => b.kind !== 'daily').slice(KEEP_OTHERS);
  const removed: string[] = [];
  for (const b of [...daily, ...others]) {
    if (removeFile(b.file)) removed.push(b.file);
  }
  return removed;
}

/** Like listBackups, without opening each file. */
function listBackupNames(dbPath: string): Array<{ file: string; kind: BackupKind; createdAt: string }> {
  const folder = backupsFolder(dbPath);
  return backupEntries(dbPath)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.seq - a.seq)
    .map((e) => ({ file: path.join(folder, e.name), kind: e.kind, createdAt: e.createdAt }));
}

/** This workspace's backups in its backups folder, by their names (none when there is no folder). */
function backupEntries(dbPath: string): Array<ParsedName & { name: string }> {
  let names: string[];
  try {
    names = fs.readdirSync(backupsFolder(dbPath));
  } catch {
    return [];
  }
  const stem = stemOf(dbPath);
  return names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed && parsed.stem === stem ? [{ ...parsed, name }] : [];
  });
}

/**
 * The open path's daily backup: made when this workspace has work in it and
 * no daily backup from today (the computer's local day). A failure here is
 * logged and never keeps the workspace from opening.
 */
export function backUpIfFirstOpenToday(db: Db, dbPath: string, now: Date = new Date()): BackupInfo | null {
  try {
    const today = localDay(now);
    if (listBackupNames(dbPath).some((b) => b.kind === 'daily' && localDay(new Date(b.createdAt)) === today)) return null;
    if (!holdsWork(db)) return null;
    return makeBackupSync(db, dbPath, 'daily', { now });
  } catch (err) {
    console.error(`claimdesk: today's backup of ${dbPath} could not be made:`, err instanceof Error ? err.message : err);
    return null;
  }
}

const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/** Whether opening this workspace will apply migrations to work already in it (then a backup comes first). */
export function migrationPending(db: Db): boolean {
  const found = currentSchemaVersion(db);
  return found > 0 && found < LATEST_SCHEMA_VERSION;
}

/** The open path's backup before a migration. Unlike the daily one, a failure stops the open: nothing is migrated without a backup. */
export function backUpBeforeMigration(db: Db, dbPath: string): BackupInfo | null {
  if (!holdsWork(db)) return null;
  try {
    return makeBackupSync(db, dbPath, 'before-migration');
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ClaimdeskError('write_failed', `The workspace needs upgrading to this version's schema, and the backup before that failed (${why}). Nothing was changed.`);
  }
}

/**
 * What a file holds, if it is a Claimdesk workspace this version can take
 * (its schema this one or older); otherwise a named error. Reads only.
 */
export function inspectWorkspaceFile(file: string, shownAs = file): Counts & { schemaVersion: number } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ClaimdeskError('not_found', `File not found: ${shownAs}`);
  }
  if (stat.isDirectory()) throw new ClaimdeskError('is_directory', `${shownAs} is a folder, not a workspace file.`);
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== CLAIMDESK_APPLICATION_ID || !hasTable(db, 'claims') || !hasTable(db, 'articles')) {
      throw new ClaimdeskError('not_a_workspace', `${shownAs} is not a Claimdesk workspace. Nothing was changed.`);
    }
    const schemaVersion = currentSchemaVersion(db);
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new ClaimdeskError(
        'database_too_new',
        `${shownAs} was written by a newer Claimdesk (schema ${schemaVersion}; this version knows up to ${LATEST_SCHEMA_VERSION}). Nothing was changed; update Claimdesk to restore it.`,
      );
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ClaimdeskError('database_corrupt', `${shownAs} is damaged (${String(check)}). Nothing was changed; choose another backup.`);
    return { schemaVersion, ...countsOf(db) };
  } catch (err) {
    if (err instanceof ClaimdeskError) throw err;
    throw new ClaimdeskError('not_a_workspace', `${shownAs} is not a Claimdesk workspace (${(err as Error).message}). Nothing was changed.`);
  } finally {
    db?.close();
  }
}

export interface RestoreOptions {
  /**
   * The workspace's open connection, when it is open: the restore then goes
   * through it (backup first, then the pages copied in, in one transaction).
   * It must be idle, and nothing else may use it until the restore settles.
   * Without one, the workspace file is opened here — or, when it is damaged
   * and cannot be, moved aside untouched and the backup put in its place.
   */
  db?: Db;
  now?: Date;
}

/**
 * Restores `backupFile` (any Claimdesk workspace of this schema or older)
 * into the workspace at `dbPath`. First a backup of the workspace as it is
 * (kind `before-restore`: restoring it undoes this), then a private copy of
 * the chosen file is migrated and checked, then copied in. The chosen file
 * is never changed. A file that is not a workspace, is newer, or is damaged
 * gets a named error and nothing changes.
 */
export async function restoreBackup(dbPath: string, backupFile: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const workspaceFile = path.resolve(dbPath);
  const chosen = path.resolve(backupFile);
  if (chosen === workspaceFile) throw new ClaimdeskError('invalid_input', 'That file is the workspace itself: choose a backup to restore.');

  const folder = backupsFolder(workspaceFile);
  const folderMade = !fs.existsSync(folder);
  fs.mkdirSync(folder, { recursive: true });
  let restored = false;
  // What a restore or a backup killed part-way left here.
  removeBackupLeftovers(workspaceFile);
  const stamp = `${process.pid}-${Date.now()}`;
  const prepared = path.join(folder, `.restoring-${stamp}.sqlite`);
  const sourceCopy = path.join(folder, `.restoring-${stamp}.source.sqlite`);
  try {
    // Read from a plain copy of the chosen file when it is one whole file: opening it, even read-only, in WAL
    // mode would leave -shm and -wal files beside it.
    const readFrom = plainCopyOf(chosen, sourceCopy);
    const inspected = inspectWorkspaceFile(readFrom, chosen);
    const counts = await prepareCopy(readFrom, prepared);
    if (options.db) {
      const undoBackup = await makeBackup(options.db, workspaceFile, 'before-restore', { now: options.now });
      await copyInto(prepared, workspaceFile, options.db);
      restored = true;
      return { restoredFrom: chosen, undoBackup, damagedFileKeptAt: null, schemaVersionBefore: inspected.schemaVersion, claims: counts.claims, articles: counts.articles };
    }
    const live = openIfHealthy(workspaceFile);
    if (live) {
      try {
        const undoBackup = await makeBackup(live, workspaceFile, 'before-restore', { now: options.now });
        await copyInto(prepared, workspaceFile, live);
        restored = true;
        return { restoredFrom: chosen, undoBackup, damagedFileKeptAt: null, schemaVersionBefore: inspected.schemaVersion, claims: counts.claims, articles: counts.articles };
      } finally {
        live.close();
      }
    }
    // Damaged or missing: nothing can be read through SQLite. Keep it, untouched, beside the restored one.
    const damagedFileKeptAt = setAside(workspaceFile, options.now ?? new Date());
    fs.renameSync(prepared, workspaceFile);
    restored = true;
    return { restoredFrom: chosen, undoBackup: null, damagedFileKeptAt, schemaVersionBefore: inspected.schemaVersion, claims: counts.claims, articles: counts.articles };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      removeFile(prepared + suffix);
      removeFile(sourceCopy + suffix);
    }
    // A refused file leaves no empty backups folder behind.
    if (folderMade && !restored) {
      try {
        fs.rmdirSync(folder);
      } catch {
        // Not empty (a backup was made): kept.
      }
    }
  }
}

/**
 * `copy`, a byte copy of the chosen file, when the file is the whole workspace (no -wal or -journal beside it:
 * no other process is writing it, none was killed writing it); else the file itself, read through SQLite as its
 * writer would have it. A file that is missing or not a file is left to inspectWorkspaceFile to name.
 */
function plainCopyOf(chosen: string, copy: string): string {
  if (fs.existsSync(`${chosen}-wal`) || fs.existsSync(`${chosen}-journal`)) return chosen;
  try {
    if (!fs.statSync(chosen).isFile()) return chosen;
    fs.copyFileSync(chosen, copy);
    return copy;
  } catch {
    return chosen;
  }
}

/** Copies the chosen file, brings the copy to this schema and checks it. */
export async function prepareCopy(chosen: string, prepared: string): Promise<Counts> {
  const source = new Database(chosen, { readonly: true, fileMustExist: true });
  try {
    await source.backup(prepared, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const db = new Database(prepared, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    migrate(db);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new ClaimdeskError('database_corrupt', `The backup is damaged (${String(check)}). Nothing was changed; choose another backup.`);
    return countsOf(db);
  } finally {
    db.close();
  }
}

/** Opens the workspace file when it is there and healthy; null when it is missing or damaged. */
function openIfHealthy(file: string): Db | null {
  if (!fs.existsSync(file)) return null;
  let db: Db | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('damaged');
    if (db.pragma('application_id', { simple: true }) !== CLAIMDESK_APPLICATION_ID) {
      throw new ClaimdeskError('not_a_workspace', `${file} is not a Claimdesk workspace: nothing was restored over it.`);
    }
    return db;
  } catch (err) {
    db?.close();
    if (err instanceof ClaimdeskError) throw err;
    return null;
  }
}

/**
 * The pages of `prepared` into the live workspace, in one write transaction
 * of the backup API: readers see the old workspace until it commits, then
 * the restored one. `live` is the workspace's own connection: it must not
 * wait on the lock this holds (busy_timeout 0 meanwhile), so a background
 * task on it fails at once and tries later instead of stalling the thread.
 */
async function copyInto(prepared: string, workspaceFile: string, live: Db): Promise<void> {
  const source = new Database(prepared, { fileMustExist: true });
  const busyTimeout = live.pragma('busy_timeout', { simple: true }) as number;
  try {
    // The live file is in WAL mode, where the backup API needs equal page sizes.
    const pageSize = live.pragma('page_size', { simple: true }) as number;
    if (source.pragma('page_size', { simple: true }) !== pageSize) {
      source.pragma(`page_size = ${pageSize}`);
      source.exec('VACUUM');
    }
    live.pragma('busy_timeout = 0');
    const deadline = Date.now() + BUSY_WAIT_MS;
    const busy = () => new ClaimdeskError('database_busy', 'The workspace is busy with another Claimdesk window or command. Nothing was restored; try again.');
    for (;;) {
      const copied = await source.backup(workspaceFile, {
        progress: () => {
          // Called only while pages remain: the workspace is locked by another process.
          if (Date.now() > deadline) throw busy();
          return ALL_PAGES;
        },
      });
      // A first step that finds the workspace locked (another process writing) copies nothing and, having
      // counted no pages yet, reports none left: better-sqlite3 settles as if done. Wait and try again.
      if (copied.totalPages > 0) break;
      if (Date.now() > deadline) throw busy();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (err) {
    if (err instanceof ClaimdeskError) throw err;
    throw new ClaimdeskError('write_failed', `The backup could not be copied into the workspace (${(err as Error).message}). The workspace was not changed.`);
  } finally {
    source.close();
    live.pragma(`busy_timeout = ${busyTimeout}`);
  }
  // The whole workspace now sits in the write-ahead log: fold it back into the file.
  try {
    live.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A reader holds an older snapshot: the next checkpoint will do it.
  }
}

/** Moves a damaged workspace (and its -wal / -shm) aside as `<file>.damaged-<time>`; returns the new path. */
function setAside(file: string, now: Date): string | null {
  if (!fs.existsSync(file)) return null;
  const aside = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

function removeFile(file: string): boolean {
  try {
    fs.unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}
