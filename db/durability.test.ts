import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callOrThrow } from '../core/api/dispatch';
import { closeWorkspace, openWorkspace } from '../core/api/workspace';
import { useTempDir } from './testing/temp-workspace';

const tempDir = useTempDir();

/** Runs the writer until it has acknowledged `acks` changes, then kills it with SIGKILL. */
function killWriterAfter(dbPath: string, acks: number): Promise<Array<{ claimId: number; round: number }>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', path.join(__dirname, 'testing', 'verdict-writer.ts'), dbPath], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: Array<{ claimId: number; round: number }> = [];
    let buffer = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const match = /^ack (\d+) (\d+)$/.exec(line);
        if (match) acked.push({ claimId: Number(match[1]), round: Number(match[2]) });
      }
      if (acked.length >= acks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited on its own (${code}): ${errors}`));
    });
  });
}

describe('durability', () => {
  it('every acknowledged verdict and note survives the app being killed mid-write', async () => {
    const dbPath = path.join(tempDir(), 'killed.sqlite');
    const acked = await killWriterAfter(dbPath, 60);
    expect(acked.length).toBeGreaterThanOrEqual(60);

    // Reopening runs the integrity check; it must pass.
    const ws = openWorkspace({ dbPath });
    try {
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const last = new Map<number, number>();
      for (const { claimId, round } of acked) last.set(claimId, round);
      for (const [claimId, round] of last) {
        const detail = callOrThrow(ws, 'getClaim', { claimId });
        // The claim holds at least the acknowledged change (a later, unacknowledged one may also have landed).
        const notes = detail.notes.map((n) => n.body);
        expect(notes).toContain(`round ${round}`);
        expect(detail.claim.reviewedAt).not.toBeNull();
        const statusRounds = detail.history.filter((h) => h.action === 'status').length;
        expect(statusRounds).toBeGreaterThanOrEqual(round + 1);
        // A verdict and its note are separate actions; each is whole or absent, never torn.
        expect(notes.length === statusRounds || notes.length === statusRounds - 1).toBe(true);
      }
    } finally {
      closeWorkspace(ws);
    }
  });
});
