import type { Database } from 'better-sqlite3';
import { ClaimdeskError } from '../core/errors';
import { MIGRATIONS, type Migration } from './migrations';

/** Written into the SQLite header (PRAGMA application_id) so a Claimdesk workspace is recognisable as one: "Clmd". */
export const CLAIMDESK_APPLICATION_ID = 0x436c6d64;

const CREATE_SCHEMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * The newest migration recorded in the file itself (schema_migrations), so a
 * workspace carried to another laptop knows exactly what it holds. Reads only.
 */
export function currentSchemaVersion(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Brings the file up to version `target` (default: the newest), one
 * IMMEDIATE transaction per migration: a failure leaves the file at the last
 * complete version, and two processes opening the same file never apply the
 * same migration twice (the version is re-read under the write lock).
 */
export function migrate(db: Database, target?: number, migrations: readonly Migration[] = MIGRATIONS): number {
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  const upTo = target ?? newest;
  const found = currentSchemaVersion(db);
  if (found > newest) {
    throw new ClaimdeskError(
      'database_too_new',
      `This workspace was written by a newer Claimdesk (schema ${found}; this version knows up to ${newest}). Update Claimdesk to open it.`,
    );
  }
  for (const migration of migrations) {
    // Applied already: no write lock taken, so opening an up-to-date file never waits on another writer.
    if (migration.version <= found) continue;
    if (migration.version > upTo) break;
    db.transaction(() => {
      db.exec(CREATE_SCHEMA_MIGRATIONS);
      if (currentSchemaVersion(db) >= migration.version) return;
      db.exec(migration.up);
      db.pragma(`application_id = ${CLAIMDESK_APPLICATION_ID}`);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
  return currentSchemaVersion(db);
}
