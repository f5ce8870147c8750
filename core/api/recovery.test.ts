import fs from 'node:fs';
import path from 'node:path';
import { makeBackup } from '../../db/backup';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReviewedWorkspace, closeWorkspace, countRows, overwritePages, pagesOf } from '../../db/testing/damage';
import { useTempDir } from '../../db/testing/temp-workspace';
import { backendWorkerBundle } from './testing/worker-bundle';
import { startWorkerBackend } from './worker-backend';

const tempDir = useTempDir();
let workerScript: string;
beforeAll(async () => {
  workerScript = await backendWorkerBundle();
});
/** The backend as the apps start it: on its threads, a damaged workspace answering the recovery screen. */
const startRecoverableBackend = (options: { dbPath: string }) => startWorkerBackend(options, { workerScript }, { damaged: 'recover' });

describe('the backend on a damaged workspace', () => {
  it('on a damaged workspace: every call answers database_corrupt until salvaged, then the salvaged workspace answers', async () => {
    const dbPath = path.join(tempDir(), 'w.sqlite');
    closeWorkspace(buildReviewedWorkspace(dbPath, { articles: 2 }));
    const before = countRows(dbPath);
    overwritePages(dbPath, [pagesOf(dbPath, 'notes', 'leaf')[0]!], 'random');

    const backend = await startRecoverableBackend({ dbPath });
    try {
      expect(backend.damage?.code).toBe('database_corrupt');
      const stats = await backend.call('getStats', {});
      expect(stats.ok ? 'ok' : stats.error.code).toBe('database_corrupt');
      expect(await backend.call('getRecoveryState', {})).toEqual({ ok: true, value: { damaged: true, dbPath, problem: backend.damage!.message, newestBackup: null } });
      const task = await backend.task('csvReportFilename', { request: {} });
      expect(task.ok ? 'ok' : task.error.code).toBe('database_corrupt');
      // Input is checked as for every operation.
      const wrong = await backend.call('salvageWorkspace', { force: true });
      expect(wrong.ok ? 'ok' : wrong.error.code).toBe('invalid_input');

      const salvaged = await backend.call('salvageWorkspace', {});
      expect(salvaged.ok).toBe(true);
      expect(backend.damage).toBeNull();
      const after = await backend.call('getStats', {});
      expect(after.ok && (after.value as { overall: { total: number } }).overall.total).toBeGreaterThan(0);
      expect(await backend.call('getRecoveryState', {})).toEqual({ ok: true, value: { damaged: false, dbPath, problem: null, newestBackup: null } });
      const notes = (await backend.call('getClaim', { claimId: 1 })) as { ok: boolean };
      expect(notes.ok).toBe(true);
    } finally {
      await backend.close();
    }
    const after = countRows(dbPath);
    expect(after.claims).toBe(before.claims);
    expect(after.notes).toBeLessThan(before.notes!);
  });

  it('on a damaged workspace with backups: offers the newest good one (a damaged newer one passed over), restores it, keeps the damaged file beside it', async () => {
    const dbPath = path.join(tempDir(), 'w.sqlite');
    const ws = buildReviewedWorkspace(dbPath, { articles: 2 });
    const good = await makeBackup(ws.db, dbPath, 'manual', { now: new Date('2026-12-01T10:00:00Z') });
    const broken = await makeBackup(ws.db, dbPath, 'manual', { now: new Date('2026-12-02T10:00:00Z') });
    closeWorkspace(ws);
    fs.writeFileSync(broken.file, Buffer.alloc(4096, 7)); // the newer backup is not a workspace any more
    overwritePages(dbPath, [pagesOf(dbPath, 'notes', 'leaf')[0]!], 'random');

    const backend = await startRecoverableBackend({ dbPath });
    try {
      const state = await backend.call('getRecoveryState', {});
      expect(state.ok && (state.value as { newestBackup: { name: string } | null }).newestBackup?.name).toBe(good.name);
      const restored = await backend.call('restoreNewestBackup', {});
      expect(restored.ok ? 'ok' : restored.error.message).toBe('ok');
      const value = (restored as { value: { name: string; claims: number; damagedFileKeptAt: string | null } }).value;
      expect(value.name).toBe(good.name);
      expect(value.claims).toBe(good.claims);
      expect(value.damagedFileKeptAt && fs.existsSync(value.damagedFileKeptAt)).toBe(true);
      expect(backend.damage).toBeNull();
      const stats = await backend.call('getStats', {});
      expect(stats.ok && (stats.value as { overall: { total: number } }).overall.total).toBeGreaterThan(0);
    } finally {
      await backend.close();
    }
    expect(countRows(dbPath).notes).toBe(countRows(good.file).notes);
  });

  it('on a damaged workspace with no readable backup: restore says so by name and changes nothing', async () => {
    const dbPath = path.join(tempDir(), 'w.sqlite');
    closeWorkspace(buildReviewedWorkspace(dbPath, { articles: 1 }));
    overwritePages(dbPath, [pagesOf(dbPath, 'notes', 'leaf')[0]!], 'random');
    const bytes = fs.readFileSync(dbPath);
    const backend = await startRecoverableBackend({ dbPath });
    try {
      const restored = await backend.call('restoreNewestBackup', {});
      expect(restored.ok ? 'ok' : restored.error.code).toBe('not_found');
      expect(backend.damage?.code).toBe('database_corrupt');
    } finally {
      await backend.close();
    }
    expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
  });

  it('on a healthy workspace: the backend itself, and nothing to salvage', async () => {
    const dbPath = path.join(tempDir(), 'w.sqlite');
    const backend = await startRecoverableBackend({ dbPath });
    try {
      expect(backend.damage).toBeNull();
      expect((await backend.call('getStats', {})).ok).toBe(true);
      const salvage = await backend.call('salvageWorkspace', {});
      expect(salvage.ok ? 'ok' : salvage.error.code).toBe('conflict');
    } finally {
      await backend.close();
    }
  });

  it('other failures to open are thrown, not turned into recovery', async () => {
    const dir = tempDir();
    await expect(startRecoverableBackend({ dbPath: dir })).rejects.toThrow(/folder, not a file/);
  });
});
