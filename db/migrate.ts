import type { Database } from 'better-sqlite3';
import { ClaimdeskError } from '../core/errors';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * Applied migrations are recorded in the file itself (schema_migrations), so
 * a workspace carried to another laptop knows exactly what it holds.
 */
export function currentSchemaVersion(db: Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Brings the file up to `target` (default: the newest), one transaction per
 * migration: a failure leaves the file at the last complete version.
 */
export function migrate(db: Database, target: number = MIGRATIONS.length, migrations: readonly Migration[] = MIGRATIONS): number {
  const from = currentSchemaVersion(db);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > newest) {
    throw new ClaimdeskError(
      'database_too_new',
      `This workspace was written by a newer Claimdesk (schema ${from}; this version knows up to ${newest}). Update Claimdesk to open it.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= from || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.up);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
  return currentSchemaVersion(db);
}
