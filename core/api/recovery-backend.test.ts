import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReviewedWorkspace, closeWorkspace, countRows, overwritePages, pagesOf } from '../../db/testing/damage';
import { useTempDir } from '../../db/testing/temp-workspace';
import { startRecoverableBackend } from './recovery-backend';
import { inProcessBackend } from './in-process-backend';
import { openWorkspace } from './workspace';

const tempDir = useTempDir();
// The backend on this thread: what is tested here is the recovery around it (worker-backend.test.ts tests the threads).
const startInProcess = async (options: { dbPath: string }) => inProcessBackend(openWorkspace(options));

describe('startRecoverableBackend', () => {
  it('on a damaged workspace: every call answers database_corrupt until salvaged, then the salvaged workspace answers', async () => {
    const dbPath = path.join(tempDir(), 'w.sqlite');
    closeWorkspace(buildReviewedWorkspace(dbPath, { articles: 2 }));
    const before = countRows(dbPath);
    overwritePages(dbPath, [pagesOf(dbPath, 'notes', 'leaf')[0]!], 'random');

    const backend = await startRecoverableBackend({ dbPath }, startInProcess);
    try {
      expect(backend.damage?.code).toBe('database_corrupt');
      const stats = await backend.call('getStats', {});
      expect(stats.ok ? 'ok' : stats.error.code).toBe('database_corrupt');
      expect(await backend.call('getRecoveryState', {})).toEqual({ ok: true, value: { damaged: true, dbPath, problem: backend.damage!.message } });
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
      expect(await backend.call('getRecoveryState', {})).toEqual({ ok: true, value: { damaged: false, dbPath, problem: null } });
      const notes = (await backend.call('getClaim', { claimId: 1 })) as { ok: boolean };
      expect(notes.ok).toBe(true);
    } finally {
      await backend.close();
    }
    const after = countRows(dbPath);
    expect(after.claims).toBe(before.claims);
    expect(after.notes).toBeLessThan(before.notes!);
  });

  it('on a healthy workspace: the backend itself, and nothing to salvage', async () => {
    const dbPath = path.join(tempDir(), 'w.sqlite');
    const backend = await startRecoverableBackend({ dbPath }, startInProcess);
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
    await expect(startRecoverableBackend({ dbPath: dir }, startInProcess)).rejects.toThrow(/folder, not a file/);
  });
});
