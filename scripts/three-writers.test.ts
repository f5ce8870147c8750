import { describe, expect, it } from 'vitest';
import { describeResult, runThreeWriters } from './three-writers';

describe('three writers on one workspace (npm run three-writers)', () => {
  // Browser mode, the desktop app's worker backend and the CLI, each its own process, writing at once;
  // a fourth connection holds the write lock past the 5 s busy timeout in the middle.
  it('every acknowledged write is in the file, every refusal is database_busy and changed nothing', async () => {
    const result = await runThreeWriters({ seconds: 12, lockSeconds: 8 });
    console.log(describeResult(result).join('\n'));

    expect(result.integrity).toBe('ok');
    expect(result.lost).toEqual([]);
    expect(result.browser.otherErrors).toEqual([]);
    expect(result.desktop.otherErrors).toEqual([]);
    expect(result.cli.otherErrors).toEqual([]);
    // Each process really wrote ...
    expect(result.browser.acknowledged.length).toBeGreaterThan(0);
    expect(result.desktop.acknowledged.length).toBeGreaterThan(0);
    expect(result.cli.imported.length).toBeGreaterThan(0);
    // ... and the two that write without pause met the lock and were told so, by name.
    expect(result.lockHeldMs).toBeGreaterThanOrEqual(8000);
    expect(result.browser.busy.length).toBeGreaterThan(0);
    expect(result.desktop.busy.length).toBeGreaterThan(0);
    expect(result.busyMessages).toEqual(['The workspace is busy with another Claimdesk window or command. Nothing was changed; try again.']);
  }, 180_000);
});
