import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { closeWorkspace, openWorkspace, type Workspace } from '../../core/api/workspace';
import { setPreference } from '../queries/preferences';

/**
 * A real workspace file in a fresh temporary folder for each test, removed
 * afterwards. Timestamps come from a clock that ticks one second per call,
 * so ordering in history is deterministic.
 */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-test-'));
    dirs.push(dir);
    return dir;
  };
}

export function useTempWorkspace(): () => Workspace {
  const tempDir = useTempDir();
  const open: Workspace[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) closeWorkspace(ws);
  });
  return () => {
    let tick = Date.parse('2026-01-01T09:00:00.000Z');
    const ws = openWorkspace({
      dbPath: path.join(tempDir(), 'claimdesk.sqlite'),
      now: () => new Date((tick += 1000)).toISOString(),
    });
    // A reviewer has given their name (the prompt for one is tested on its own).
    setPreference(ws.db, 'reviewerName', 'Tess Tester');
    open.push(ws);
    return ws;
  };
}

/** Every row of every table, to prove a failed operation changed nothing. */
export function snapshotDatabase(ws: Workspace): Record<string, unknown[]> {
  const tables = ws.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claim_search_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  const snapshot: Record<string, unknown[]> = {};
  for (const { name } of tables) snapshot[name] = ws.db.prepare(`SELECT * FROM "${name}"`).all();
  return snapshot;
}
