import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../db/testing/temp-workspace';
import { EXIT_BAD_INPUT, EXIT_OK, runCliAsync } from './run';

// The CLI beside the desktop app or browser mode: while another process holds the workspace's
// write lock, every writing command says so in one named line and changes nothing — never a
// stack, never SQLite's words, never "done" for what was not done.
const tempDir = useTempDir();
const BUSY_CHANGED = 'claimdesk: The workspace is busy with another Claimdesk window or command. Nothing was changed; try again.\n';
const BUSY_RESTORED = 'claimdesk: The workspace is busy with another Claimdesk window or command. Nothing was restored; try again.\n';

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCliAsync(args, { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, env: {} });
  return { code, out, err };
}

/** A workspace with the given articles (one sentence each), imported by the CLI. */
async function workspaceWith(name: string, sentences: string[]): Promise<string> {
  const dir = tempDir();
  const db = path.join(dir, `${name}.sqlite`);
  const files = sentences.map((sentence, i) => {
    const file = path.join(dir, `${name}-${i}.txt`);
    fs.writeFileSync(file, `${sentence}\n`);
    return file;
  });
  expect((await cli(['--db', db, '--reviewer', 'Ana', 'import', ...files])).code).toBe(EXIT_OK);
  return db;
}

const articleTitles = (db: string) => {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT title FROM articles ORDER BY id').pluck().all() as string[]).map((t) => t.slice(0, 20));
  } finally {
    conn.close();
  }
};

/** Another process's connection holding the write lock (as the desktop app's writer does mid-write). */
function holdWriteLock(db: string): Database.Database {
  const other = new Database(db);
  other.exec('BEGIN IMMEDIATE');
  return other;
}

const release = (other: Database.Database) => {
  other.exec('ROLLBACK');
  other.close();
};

describe('the CLI on a workspace another process is writing to', () => {
  const logged = vi.spyOn(console, 'error');
  afterEach(() => logged.mockClear());

  it('publisher: one named line, nothing logged, nothing changed', async () => {
    const db = await workspaceWith('w', ['The ministry said 120 schools would reopen by March.']);
    const other = holdWriteLock(db);
    try {
      const run = await cli(['--db', db, 'publisher', '--name', 'Desk', '--review-url', 'https://example.org/checks/{claimId}']);
      expect(run).toEqual({ code: EXIT_BAD_INPUT, out: '', err: BUSY_CHANGED });
      expect(logged).not.toHaveBeenCalled();
    } finally {
      release(other);
    }
    expect((await cli(['--db', db, 'publisher'])).out).toContain('Organisation: (not set)');
  });

  it('merge: one named line instead of "SqliteError: database is locked"; the workspace keeps its articles', async () => {
    const db = await workspaceWith('w', ['The ministry said 120 schools would reopen by March.']);
    const theirs = await workspaceWith('theirs', ['Officials said the repairs cost 200 million dollars.']);
    const other = holdWriteLock(db);
    try {
      expect(await cli(['--db', db, 'merge', theirs])).toEqual({ code: EXIT_BAD_INPUT, out: '', err: BUSY_CHANGED });
      expect(logged).not.toHaveBeenCalled();
    } finally {
      release(other);
    }
    expect(articleTitles(db)).toEqual(['The ministry said 12']);
  });

  it('restore: refused by name while the lock is held past the wait, never "Restored" with nothing restored', async () => {
    const db = await workspaceWith('w', ['The ministry said 120 schools would reopen by March.']);
    const chosen = await workspaceWith('chosen', ['Officials said the repairs cost 200 million dollars.', 'Critics said 400 classrooms was an exaggeration.']);
    const other = holdWriteLock(db);
    try {
      expect(await cli(['--db', db, 'restore', chosen])).toMatchObject({ code: EXIT_BAD_INPUT, out: '', err: BUSY_RESTORED });
    } finally {
      release(other);
    }
    expect(articleTitles(db)).toEqual(['The ministry said 12']);
  });

  it('restore: waits for a lock let go within moments, then restores', async () => {
    const db = await workspaceWith('w', ['The ministry said 120 schools would reopen by March.']);
    const chosen = await workspaceWith('chosen', ['Officials said the repairs cost 200 million dollars.', 'Critics said 400 classrooms was an exaggeration.']);
    const other = holdWriteLock(db);
    const released = new Promise<void>((done) => setTimeout(() => (release(other), done()), 1000));
    const run = await cli(['--db', db, 'restore', chosen]);
    await released;
    expect(run).toMatchObject({ code: EXIT_OK, out: expect.stringMatching(/^Restored 2 claims in 2 articles from /), err: '' });
    expect(articleTitles(db)).toEqual(['Officials said the r', 'Critics said 400 cla']);
  });
});
