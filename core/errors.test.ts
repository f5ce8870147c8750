import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { toErrorData } from './errors';

const BUSY = { code: 'database_busy', message: 'The workspace is busy with another Claimdesk window or command. Nothing was changed; try again.' };

describe('toErrorData: a workspace locked by another process', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Two connections to one real WAL file, as two Claimdesk processes have. */
  function twoConnections(): [Database.Database, Database.Database] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-errors-'));
    dirs.push(dir);
    const file = path.join(dir, 'workspace.sqlite');
    const first = new Database(file);
    first.pragma('journal_mode = WAL');
    first.exec('CREATE TABLE notes (body TEXT)');
    const second = new Database(file);
    for (const db of [first, second]) db.pragma('busy_timeout = 0');
    return [first, second];
  }

  function thrownBy(run: () => unknown): unknown {
    try {
      run();
    } catch (err) {
      return err;
    }
    throw new Error('expected SQLite to refuse');
  }

  it('names SQLITE_BUSY (the lock held past the busy timeout) database_busy', () => {
    const [first, second] = twoConnections();
    first.exec('BEGIN IMMEDIATE');
    const err = thrownBy(() => second.exec("INSERT INTO notes VALUES ('x')"));
    expect((err as { code: string }).code).toBe('SQLITE_BUSY');
    expect(toErrorData(err)).toEqual(BUSY);
    first.exec('ROLLBACK');
    first.close();
    second.close();
  });

  it('names SQLITE_BUSY_SNAPSHOT (another process wrote after this transaction read) database_busy, not internal', () => {
    const [first, second] = twoConnections();
    first.exec('BEGIN');
    first.prepare('SELECT * FROM notes').all();
    second.exec("INSERT INTO notes VALUES ('theirs')");
    const err = thrownBy(() => first.exec("INSERT INTO notes VALUES ('mine')"));
    expect((err as { code: string }).code).toBe('SQLITE_BUSY_SNAPSHOT');
    expect(toErrorData(err)).toEqual(BUSY);
    first.exec('ROLLBACK');
    expect(second.prepare('SELECT body FROM notes').pluck().all()).toEqual(['theirs']);
    first.close();
    second.close();
  });

  it('keeps every other SQLite failure internal, without its SQL text', () => {
    const [first, second] = twoConnections();
    const err = thrownBy(() => first.exec('INSERT INTO no_such_table VALUES (1)'));
    expect(toErrorData(err).code).toBe('internal');
    expect(toErrorData(err).message).not.toMatch(/no_such_table|SQLITE/);
    expect(toErrorData(Object.assign(new Error('x'), { code: 'SQLITE_BUSYNESS' })).code).toBe('internal');
    first.close();
    second.close();
  });
});
