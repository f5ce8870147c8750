import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-workspace';
import { sampleArticlePath } from '../paths';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, runCliAsync } from './run';

const tempDir = useTempDir();

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCliAsync(args, { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, env: {} });
  return { code, out, err };
}

const statusOfFirstClaim = (db: string) => {
  const conn = new Database(db, { readonly: true });
  const row = conn.prepare('SELECT status, reviewed_by FROM claims ORDER BY id LIMIT 1').get() as { status: string; reviewed_by: string | null };
  conn.close();
  return row;
};

describe('claimdesk backup, backups, restore', () => {
  it('backs up, lists, restores a backup, and undoes the restore with the backup it made', async () => {
    const db = path.join(tempDir(), 'w.sqlite');
    expect((await cli(['--db', db, 'import', sampleArticlePath()])).code).toBe(EXIT_OK);
    expect(await cli(['--db', db, 'backups'])).toMatchObject({ code: EXIT_OK, out: expect.stringMatching(/^No backups yet in .*backups\n$/) });

    const made = await cli(['--db', db, 'backup']);
    expect(made).toMatchObject({ code: EXIT_OK, out: expect.stringMatching(/^Backed up \d+ claims in 1 article to .*backups\/w\.\d{4}-\d\d-\d\dT\d{6}Z\.manual\.sqlite \(.*, verified\)\n$/) });
    const backupFile = /to (.*\.sqlite) /.exec(made.out)![1]!;

    // A change after the backup, made by another program's connection.
    const conn = new Database(db);
    conn.prepare("UPDATE claims SET status = 'disputed', reviewed_by = 'Later' WHERE id = (SELECT min(id) FROM claims)").run();
    conn.close();

    const listed = await cli(['--db', db, 'backups']);
    expect(listed.code).toBe(EXIT_OK);
    expect(listed.out).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC {2}manual +[\d.]+ KB +\d+ claims {2}w\.\S+\.manual\.sqlite/);

    const restored = await cli(['--db', db, 'restore', backupFile]);
    expect(restored.code).toBe(EXIT_OK);
    expect(restored.out).toMatch(/^Restored \d+ claims in 1 article from .*\nThe workspace as it was is in (.*before-restore\.sqlite): restore it to undo this\.\n$/);
    expect(statusOfFirstClaim(db).reviewed_by).toBeNull();

    const undoFile = /is in (.*before-restore\.sqlite):/.exec(restored.out)![1]!;
    expect((await cli(['--db', db, 'restore', undoFile])).code).toBe(EXIT_OK);
    expect(statusOfFirstClaim(db)).toEqual({ status: 'disputed', reviewed_by: 'Later' });
  });

  it('writes a backup to --out, and refuses an existing file there', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    await cli(['--db', db, 'import', sampleArticlePath()]);
    const out = path.join(dir, 'handoff.sqlite');
    expect((await cli(['--db', db, 'backup', '--out', out])).code).toBe(EXIT_OK);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(await cli(['--db', db, 'backup', '--out', out])).toMatchObject({ code: EXIT_BAD_INPUT, err: expect.stringMatching(/already exists/) });
  });

  it('refuses a file that is not a workspace with a one-line message, and changes nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    await cli(['--db', db, 'import', sampleArticlePath()]);
    const before = fs.readFileSync(db);
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'not a workspace\n'.repeat(100));
    const refused = await cli(['--db', db, 'restore', notes]);
    expect(refused).toMatchObject({ code: EXIT_BAD_INPUT, err: expect.stringMatching(/^claimdesk: .*notes\.txt is not a Claimdesk workspace.*Nothing was changed\.\n$/) });
    expect(fs.readFileSync(db)).toEqual(before);
    expect((await cli(['--db', db, 'restore'])).code).toBe(EXIT_USAGE);
  });

  it('merges a colleague’s copy: prints the counts, says how to undo, and the second time adds nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    await cli(['--db', db, 'import', sampleArticlePath()]);
    const theirs = path.join(dir, 'colleague.sqlite');
    expect((await cli(['--db', db, 'backup', '--out', theirs])).code).toBe(EXIT_OK);
    const conn = new Database(theirs);
    conn.prepare("UPDATE claims SET status = 'verified', reviewed_by = 'Colleague', reviewed_at = '2026-01-01T00:00:00Z' WHERE id = (SELECT min(id) FROM claims)").run();
    conn.close();
    const merged = await cli(['--db', db, 'merge', theirs]);
    expect(merged.code).toBe(EXIT_OK);
    expect(merged.out).toMatch(/^Merged colleague: 0 articles added, 1 article matched, 0 claims added, 1 verdict taken, 0 conflicts .*\nThe workspace as it was is in .*before-merge\.sqlite: restore it to undo this\.\n$/);
    expect(statusOfFirstClaim(db)).toEqual({ status: 'verified', reviewed_by: 'Colleague' });
    expect((await cli(['--db', db, 'merge', theirs])).out).toMatch(/0 verdicts taken, 0 conflicts .* 0 notes, 0 source links and 0 tags added/);
  });
});
