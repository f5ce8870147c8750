import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ClaimdeskError } from '../core/errors';
import { backUpBeforeMigration, backUpIfFirstOpenToday, migrationPending } from './backup';
import { CLAIMDESK_APPLICATION_ID, currentSchemaVersion, migrate } from './migrate';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for another runtime (the Electron build). */
  nativeBinding?: string;
  /** Skip migrations (used by migration tests that step through versions). */
  skipMigrations?: boolean;
  /** Make no backups on this open (default: before a migration and on the first open of the day, db/backup.ts). */
  noBackups?: boolean;
}

/**
 * Opens (creating if needed) a Claimdesk workspace file, checks it and
 * brings its schema up to date.
 *
 * WAL + synchronous=FULL: an acknowledged change is on disk before the
 * call returns, so killing the app never loses a verdict.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  if (file !== ':memory:') {
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      throw new ClaimdeskError('database_unavailable', `The workspace path is a folder, not a file: ${file}`);
    }
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (err) {
      throw new ClaimdeskError('database_unavailable', `Cannot create the workspace folder ${path.dirname(file)}: ${(err as Error).message}`);
    }
  }
  const checked = file !== ':memory:' && checkReadOnly(file, options);
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (err) {
    throw new ClaimdeskError('database_unavailable', `Cannot open the workspace ${file}: ${(err as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Check before writing anything: a damaged file or someone else's database is left exactly as it was.
    if (!checked) quickCheck(db, file);
    refuseForeignDatabase(db, file);
    switchToWal(db);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (!options.skipMigrations) {
      const backups = file !== ':memory:' && !options.noBackups;
      if (backups && migrationPending(db)) backUpBeforeMigration(db, file);
      migrate(db);
      if (backups) backUpIfFirstOpenToday(db, file);
    }
    return db;
  } catch (err) {
    db.close();
    throw namedOpenError(err, file);
  }
}

function quickCheck(db: Db, file: string): void {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new ClaimdeskError('database_corrupt', `The workspace ${file} is damaged (${String(check)}). It was not changed; restore a backup or salvage what can be read.`);
  }
}

function namedOpenError(err: unknown, file: string): ClaimdeskError {
  if (err instanceof ClaimdeskError) return err;
  const message = (err as Error).message;
  if (/not a database|malformed|SQLITE_CORRUPT|SQLITE_NOTADB/i.test(message) || /^SQLITE_(CORRUPT|NOTADB)/.test(String((err as { code?: string }).code))) {
    return new ClaimdeskError('database_corrupt', `The workspace ${file} is not a readable Claimdesk database (${message}). It was not changed.`);
  }
  return new ClaimdeskError('database_unavailable', `Cannot open the workspace ${file}: ${message}`);
}

/**
 * The quick check of an existing file, on a read-only connection: a writable
 * one checkpoints the write-ahead log into the file as it closes, so a log
 * that does not belong to the file (copied beside it from another workspace)
 * would be written into it even though the open is refused. Returns whether
 * the check ran; where a read-only connection cannot (a rollback journal to
 * replay), the writable connection checks instead.
 */
function checkReadOnly(file: string, options: OpenDatabaseOptions): boolean {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return false;
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch {
    return false;
  }
  try {
    db.pragma('busy_timeout = 5000');
    quickCheck(db, file);
    return true;
  } catch (err) {
    const named = namedOpenError(err, file);
    if (named.code === 'database_corrupt') throw named;
    return false;
  } finally {
    db.close();
  }
}

/**
 * A second connection to a workspace already opened (and checked, and
 * migrated) by openDatabase, read-only: for a long read, such as a report
 * streamed to a slow client, that must leave the main connection free for
 * every other call. In WAL mode it reads one snapshot while writers go on.
 */
export function openReader(file: string, options: Pick<OpenDatabaseOptions, 'nativeBinding'> = {}): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * A file that already holds tables but is not a Claimdesk workspace (a
 * mistyped --db pointing at another program's database) is refused, never
 * "upgraded" by adding our schema to it.
 */
function refuseForeignDatabase(db: Db, file: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === CLAIMDESK_APPLICATION_ID || currentSchemaVersion(db) > 0) return;
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number }).n;
  if (tables > 0 || applicationId !== 0) {
    throw new ClaimdeskError('not_a_workspace', `${file} is an SQLite database of another program, not a Claimdesk workspace. It was not changed; choose another file.`);
  }
}

/**
 * Switching the journal mode is not covered by busy_timeout: when several
 * processes open a new workspace at once, retry briefly instead of failing.
 */
function switchToWal(db: Db): void {
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}
