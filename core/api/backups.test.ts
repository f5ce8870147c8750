import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsFolder, KEEP_DAILY, KEEP_OTHERS, listBackups, makeBackup, makeBackupSync, restoreBackup } from '../../db/backup';
import { currentSchemaVersion, migrate } from '../../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { setPreference } from '../../db/queries/preferences';
import { snapshotDatabase, useTempDir } from '../../db/testing/temp-workspace';
import { call, callAsync, callOrThrow } from './dispatch';
import { startWorkerBackend } from './worker-backend';
import { closeWorkspace, openWorkspace, type Workspace } from './workspace';

const tempDir = useTempDir();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) closeWorkspace(ws);
});

function newWorkspace(dbPath = path.join(tempDir(), 'claimdesk.sqlite')): Workspace {
  const ws = openWorkspace({ dbPath });
  setPreference(ws.db, 'reviewerName', 'Tess Tester');
  open.push(ws);
  return ws;
}

/** A workspace with the sample article in it; its first claim's id. */
function withSample(): { ws: Workspace; claimId: number } {
  const ws = newWorkspace();
  callOrThrow(ws, 'loadSample', {});
  const claimId = callOrThrow(ws, 'listClaims', { limit: 1 }).rows[0]!.id;
  return { ws, claimId };
}

const statusOf = (ws: Workspace, claimId: number) => callOrThrow(ws, 'getClaim', { claimId }).claim.status;

describe('backups', () => {
  it('backs up on demand into backups/ beside the workspace, verified, and lists it with its counts', async () => {
    const { ws, claimId } = withSample();
    callOrThrow(ws, 'setStatus', { claimId, status: 'disputed' });
    const made = await callAsync(ws, 'makeBackup', {});
    expect(made).toMatchObject({ ok: true, value: { kind: 'manual' } });
    if (!made.ok) return;
    expect(made.value.name).toMatch(/^claimdesk\.\d{4}-\d{2}-\d{2}T\d{6}Z\.manual\.sqlite$/);
    const file = path.join(path.dirname(ws.dbPath), 'backups', made.value.name);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT status FROM claims WHERE id = ?').get(claimId) as { status: string }).status).toBe('disputed');
    copy.close();
    const stats = callOrThrow(ws, 'getStats', {});
    const listed = callOrThrow(ws, 'listBackups', {});
    expect(listed.folder).toBe(backupsFolder(ws.dbPath));
    expect(listed.backups.find((b) => b.name === made.value.name)).toMatchObject({ kind: 'manual', claims: expect.any(Number), articles: stats.articleCount });
    expect(listed.backups[0]!.bytes).toBeGreaterThan(0);
    // A plain file: no write-ahead log left beside it.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('cannot be run by the synchronous dispatcher, which says so instead of half-running it', () => {
    const { ws } = withSample();
    expect(call(ws, 'makeBackup', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('keeps the newest 7 daily backups and the newest 5 others, pruning only after a verified backup', () => {
    const { ws } = withSample();
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 12));
    for (let n = 0; n < 10; n++) makeBackupSync(ws.db, ws.dbPath, 'daily', { now: day(n) });
    for (let n = 0; n < 8; n++) makeBackupSync(ws.db, ws.dbPath, n % 2 ? 'manual' : 'before-restore', { now: day(n) });
    const kept = listBackups(ws.dbPath).filter((b) => b.createdAt < '2026-02-01');
    const daily = kept.filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(KEEP_DAILY);
    expect(daily.map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-01-10', '2026-01-09', '2026-01-08', '2026-01-07', '2026-01-06', '2026-01-05', '2026-01-04']);
    const others = kept.filter((b) => b.kind !== 'daily');
    expect(others).toHaveLength(KEEP_OTHERS);
    expect(others.at(-1)!.createdAt.slice(0, 10)).toBe('2026-01-04');
  });

  it('two backups begun in the same second (two connections) get two names: both files are kept, and both restore', async () => {
    const { ws, claimId } = withSample();
    callOrThrow(ws, 'setStatus', { claimId, status: 'verified' });
    // A second connection to the workspace, as browser mode's reader thread or a CLI in another window has.
    const second = new Database(ws.dbPath, { readonly: true });
    let made: Array<{ name: string; file: string }>;
    try {
      made = await Promise.all([
        makeBackup(ws.db, ws.dbPath, 'manual', { now: new Date(Date.UTC(2026, 0, 5, 12, 30, 5, 100)) }),
        makeBackup(second, ws.dbPath, 'manual', { now: new Date(Date.UTC(2026, 0, 5, 12, 30, 5, 900)) }),
      ]);
    } finally {
      second.close();
    }
    expect(made.map((b) => b.name)).toEqual(['claimdesk.2026-01-05T123005Z.manual.sqlite', 'claimdesk.2026-01-05T123005Z-2.manual.sqlite']);
    expect(listBackups(ws.dbPath).map((b) => b.name).sort()).toEqual(made.map((b) => b.name).sort());
    for (const { name } of made) {
      callOrThrow(ws, 'setStatus', { claimId, status: 'disputed' });
      expect(await callAsync(ws, 'restoreBackup', { name })).toMatchObject({ ok: true, value: { restored: name } });
      expect(statusOf(ws, claimId)).toBe('verified');
    }
    expect(fs.readdirSync(backupsFolder(ws.dbPath)).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('a backup another process keeps under the same name while this one is copied is not replaced: this one takes the next name', async () => {
    const { ws, claimId } = withSample();
    callOrThrow(ws, 'setStatus', { claimId, status: 'verified' });
    const theirs = path.join(tempDir(), 'their-backup.sqlite');
    makeBackupSync(ws.db, ws.dbPath, 'manual', { out: theirs });
    callOrThrow(ws, 'setStatus', { claimId, status: 'disputed' });
    const name = 'claimdesk.2026-01-05T123005Z.manual.sqlite';
    // makeBackup names its file before it starts copying (before its first await); the other process then
    // keeps its own backup of this second under that name.
    const pending = makeBackup(ws.db, ws.dbPath, 'manual', { now: new Date(Date.UTC(2026, 0, 5, 12, 30, 5)) });
    fs.copyFileSync(theirs, path.join(backupsFolder(ws.dbPath), name));
    const ours = await pending;
    expect(ours.name).toBe('claimdesk.2026-01-05T123005Z-2.manual.sqlite');
    // Both restore, each to its own state.
    expect(await callAsync(ws, 'restoreBackup', { name })).toMatchObject({ ok: true });
    expect(statusOf(ws, claimId)).toBe('verified');
    expect(await callAsync(ws, 'restoreBackup', { name: ours.name })).toMatchObject({ ok: true });
    expect(statusOf(ws, claimId)).toBe('disputed');
  });

  it('a chosen backup file (--out) that appears while the copy is made is refused by name and left as it is', async () => {
    const { ws } = withSample();
    const out = path.join(tempDir(), 'mine.sqlite');
    const pending = makeBackup(ws.db, ws.dbPath, 'manual', { out });
    fs.writeFileSync(out, 'written by someone else');
    await expect(pending).rejects.toMatchObject({ code: 'invalid_input', message: `${out} already exists: choose a new file name for the backup.` });
    expect(fs.readFileSync(out, 'utf8')).toBe('written by someone else');
    expect(fs.readdirSync(path.dirname(out)).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('makes one daily backup on the first open of a day, and none for an empty workspace', () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'claimdesk.sqlite');
    closeWorkspace(newWorkspace(dbPath));
    closeWorkspace(newWorkspace(dbPath));
    expect(listBackups(dbPath)).toHaveLength(0);
    const ws = newWorkspace(dbPath);
    callOrThrow(ws, 'loadSample', {});
    closeWorkspace(ws);
    closeWorkspace(newWorkspace(dbPath));
    closeWorkspace(newWorkspace(dbPath));
    expect(listBackups(dbPath).map((b) => b.kind)).toEqual(['daily']);
  });

  it('backs up a workspace of an older schema before migrating it, at its old version', () => {
    const dbPath = path.join(tempDir(), 'old.sqlite');
    writeOldWorkspace(dbPath);
    openDatabase(dbPath).close();
    const before = listBackups(dbPath).filter((b) => b.kind === 'before-migration');
    expect(before).toHaveLength(1);
    const copy = new Database(before[0]!.file, { readonly: true });
    expect(currentSchemaVersion(copy)).toBe(LATEST_SCHEMA_VERSION - 1);
    copy.close();
    expect(before[0]).toMatchObject({ claims: 1, articles: 1 });
  });
});

/** A workspace one schema version behind, holding one article and one claim. */
function writeOldWorkspace(file: string): void {
  const db = openDatabase(file, { skipMigrations: true });
  migrate(db, LATEST_SCHEMA_VERSION - 1);
  db.prepare("INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (1, 'Old article', 'Prices rose 4% last year.', 'h1', '2025-01-01T00:00:00Z', 'Old Hand')").run();
  db.prepare("INSERT INTO claims (article_id, position, text, span_start, span_end, status, reviewed_by, reviewed_at) VALUES (1, 1, 'Prices rose 4% last year.', 0, 25, 'verified', 'Old Hand', '2025-01-02T00:00:00Z')").run();
  db.close();
}

describe('restore', () => {
  it('brings back the earlier state, backs up the current one first, and is undone by restoring that', async () => {
    const { ws, claimId } = withSample();
    callOrThrow(ws, 'setStatus', { claimId, status: 'verified' });
    callOrThrow(ws, 'addNote', { claimId, body: 'Checked with the ministry.' });
    const backup = await callAsync(ws, 'makeBackup', {});
    if (!backup.ok) throw new Error(backup.error.message);
    callOrThrow(ws, 'setStatus', { claimId, status: 'disputed' });
    callOrThrow(ws, 'importArticle', { text: 'The mayor said the bridge cost 3 million dollars. Critics say it cost more.', title: 'Bridge' });
    const later = snapshotDatabase(ws);

    const restored = await callAsync(ws, 'restoreBackup', { name: backup.value.name });
    expect(restored).toMatchObject({ ok: true, value: { restored: backup.value.name, undoBackup: expect.stringMatching(/\.before-restore\.sqlite$/) } });
    if (!restored.ok) return;
    // The same open connection sees the restored workspace.
    expect(statusOf(ws, claimId)).toBe('verified');
    expect(callOrThrow(ws, 'getStats', {}).articleCount).toBe(1);
    expect(callOrThrow(ws, 'getClaim', { claimId }).notes.map((n) => n.body)).toEqual(['Checked with the ministry.']);
    // ... and keeps working, with undo, on it.
    callOrThrow(ws, 'setStatus', { claimId, status: 'unverified' });
    callOrThrow(ws, 'undo', {});
    expect(statusOf(ws, claimId)).toBe('verified');

    // Undo the restore: restore the backup it made.
    const undone = await callAsync(ws, 'restoreBackup', { name: restored.value.undoBackup! });
    expect(undone).toMatchObject({ ok: true });
    expect(snapshotDatabase(ws)).toEqual(later);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a file that is not a workspace, a newer one, a damaged one, or a name that is not a listed backup, and changes nothing', async () => {
    const { ws, claimId } = withSample();
    callOrThrow(ws, 'setStatus', { claimId, status: 'verified' });
    const before = snapshotDatabase(ws);
    const dir = path.dirname(ws.dbPath);
    const backupsBefore = listBackups(ws.dbPath).map((b) => b.name);

    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'a shopping list, not a database\n'.repeat(300));
    await expect(restoreBackup(ws.dbPath, text, { db: ws.db })).rejects.toMatchObject({ code: 'not_a_workspace' });

    const other = path.join(dir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES (1)');
    foreign.close();
    await expect(restoreBackup(ws.dbPath, other, { db: ws.db })).rejects.toMatchObject({ code: 'not_a_workspace' });

    const newer = path.join(dir, 'newer.sqlite');
    makeBackupSync(ws.db, ws.dbPath, 'manual', { out: newer });
    const n = new Database(newer);
    n.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', '2030-01-01')").run(LATEST_SCHEMA_VERSION + 1);
    n.close();
    await expect(restoreBackup(ws.dbPath, newer, { db: ws.db })).rejects.toMatchObject({ code: 'database_too_new', message: expect.stringMatching(/newer Claimdesk/) });

    const truncated = path.join(dir, 'truncated.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(newer).subarray(0, 8192));
    await expect(restoreBackup(ws.dbPath, truncated, { db: ws.db })).rejects.toMatchObject({ code: expect.stringMatching(/database_corrupt|not_a_workspace/) });

    await expect(restoreBackup(ws.dbPath, path.join(dir, 'missing.sqlite'), { db: ws.db })).rejects.toMatchObject({ code: 'not_found' });
    await expect(restoreBackup(ws.dbPath, ws.dbPath, { db: ws.db })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await callAsync(ws, 'restoreBackup', { name: '../claimdesk.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await callAsync(ws, 'restoreBackup', { name: 'claimdesk.2026-01-01T000000Z.manual.sqlite' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(snapshotDatabase(ws)).toEqual(before);
    expect(listBackups(ws.dbPath).map((b) => b.name)).toEqual(backupsBefore);
    // No backup was made, and no partial copy left behind.
    expect(fs.existsSync(backupsFolder(ws.dbPath)) ? fs.readdirSync(backupsFolder(ws.dbPath)) : []).toEqual([]);
  });

  it('restores a workspace of an older schema, migrated on the way in', async () => {
    const { ws } = withSample();
    const old = path.join(tempDir(), 'old.sqlite');
    writeOldWorkspace(old);
    const result = await restoreBackup(ws.dbPath, old, { db: ws.db });
    expect(result).toMatchObject({ schemaVersionBefore: LATEST_SCHEMA_VERSION - 1, claims: 1, articles: 1 });
    expect(currentSchemaVersion(ws.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(callOrThrow(ws, 'listArticles', {}).map((a) => a.title)).toEqual(['Old article']);
    // The chosen file itself is not changed.
    const still = new Database(old, { readonly: true });
    expect(currentSchemaVersion(still)).toBe(LATEST_SCHEMA_VERSION - 1);
    still.close();
  });

  it('puts a backup in place of a damaged workspace that cannot be opened, keeping the damaged file beside it', async () => {
    const { ws, claimId } = withSample();
    callOrThrow(ws, 'setStatus', { claimId, status: 'disputed' });
    const backup = makeBackupSync(ws.db, ws.dbPath, 'manual');
    closeWorkspace(ws);
    const junk = Buffer.alloc(64 * 1024, 0x5a);
    fs.writeFileSync(ws.dbPath, junk);
    const result = await restoreBackup(ws.dbPath, backup.file);
    expect(result.undoBackup).toBeNull();
    expect(fs.readFileSync(result.damagedFileKeptAt!)).toEqual(junk);
    const reopened = newWorkspace(ws.dbPath);
    expect(statusOf(reopened, claimId)).toBe('disputed');
  });

  it('in browser mode: the writer thread restores, and the reader thread answers from the restored workspace', async () => {
    const dbPath = path.join(tempDir(), 'ws.sqlite');
    const backend = await startWorkerBackend({ dbPath });
    try {
      expect(await backend.call('setPreferences', { reviewerName: 'Tess Tester' })).toMatchObject({ ok: true });
      expect(await backend.call('loadSample', {})).toMatchObject({ ok: true });
      expect(await backend.readerReady).toBe(true);
      const first = (await backend.call('listClaims', { limit: 1 })) as { ok: true; value: { rows: Array<{ id: number }> } };
      const claimId = first.value.rows[0]!.id;
      await backend.call('setStatus', { claimId, status: 'verified' });
      const made = (await backend.call('makeBackup', {})) as { ok: true; value: { name: string } };
      expect(made.ok).toBe(true);
      await backend.call('setStatus', { claimId, status: 'disputed' });
      // Sent together: the write queued behind the restore runs after it, on the restored workspace.
      const [restored, , afterWrite] = await Promise.all([
        backend.call('restoreBackup', { name: made.value.name }),
        backend.call('getClaim', { claimId }),
        backend.call('addNote', { claimId, body: 'Added after the restore.' }),
      ]);
      expect(restored).toMatchObject({ ok: true });
      expect(afterWrite).toMatchObject({ ok: true });
      // A read (the reader thread) sent after the restore answered sees it.
      expect(await backend.call('getClaim', { claimId })).toMatchObject({ ok: true, value: { claim: { status: 'verified' }, notes: [{ body: 'Added after the restore.' }] } });
      expect(await backend.call('listBackups', {})).toMatchObject({ ok: true, value: { backups: expect.arrayContaining([expect.objectContaining({ kind: 'before-restore' })]) } });
    } finally {
      await backend.close();
    }
  }, 60_000); // two backend threads start from TypeScript source: slow on a loaded machine, and not what is tested
});
