import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../core/errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import Database from 'better-sqlite3';
import { CLAIMDESK_APPLICATION_ID, currentSchemaVersion } from './migrate';
import { openDatabase } from './open';
import { useTempDir } from './testing/temp-workspace';

const tempDir = useTempDir();

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof ClaimdeskError ? err.code : `not a ClaimdeskError: ${String(err)}`;
  }
  return undefined;
}

describe('openDatabase', () => {
  it('creates the folder and file, in WAL mode with foreign keys on, at the newest schema', () => {
    const file = path.join(tempDir(), 'nested', 'deeper', 'claimdesk.sqlite');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(currentSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('rejects a file that is not a database, without changing it', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    const junk = 'this is a shopping list, not a database\n'.repeat(200);
    fs.writeFileSync(file, junk);
    expect(codeOf(() => openDatabase(file))).toBe('database_corrupt');
    expect(fs.readFileSync(file, 'utf8')).toBe(junk);
  });

  it("refuses another program's SQLite database and leaves it byte for byte as it was", () => {
    const file = path.join(tempDir(), 'contacts.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana')");
    other.close();
    const before = fs.readFileSync(file);
    expect(codeOf(() => openDatabase(file))).toBe('not_a_workspace');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('marks a workspace as Claimdesk\'s and opens it again', () => {
    const file = path.join(tempDir(), 'w.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(CLAIMDESK_APPLICATION_ID);
    db.close();
  });

  it('opens an up-to-date workspace while another process is writing to it', () => {
    const file = path.join(tempDir(), 'busy.sqlite');
    openDatabase(file).close();
    const writer = new Database(file);
    writer.exec('BEGIN IMMEDIATE');
    try {
      const db = openDatabase(file); // needs no write lock: nothing to migrate
      expect(currentSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      db.close();
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('lets several processes create the same new workspace at once', async () => {
    const file = path.join(tempDir(), 'race.sqlite');
    const runs = Array.from({ length: 5 }, () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['-r', 'tsx/cjs', path.join(__dirname, 'testing', 'open-workspace.ts'), file]);
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        child.on('exit', () => resolve(out.trim()));
      }),
    );
    expect(await Promise.all(runs)).toEqual(Array(5).fill('opened'));
    const db = openDatabase(file);
    expect(currentSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect((db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  }, 30_000);

  it('rejects a folder given as the workspace path', () => {
    expect(codeOf(() => openDatabase(tempDir()))).toBe('database_unavailable');
  });
});
