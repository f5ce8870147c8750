import { describe, expect, it } from 'vitest';
import { runSoak } from './soak';

describe('soak (npm run soak)', () => {
  // Ten kills of browser mode in the middle of writes; `npm run soak -- --cycles 200` is the long run.
  it('every acknowledged write survives SIGKILL of browser mode, and the file passes integrity_check', async () => {
    const result = await runSoak({ cycles: 10, seed: 20261206 });
    expect(result.cycles).toBe(10);
    expect(result.acknowledged).toBeGreaterThan(10);
    expect(result.lostDetails).toEqual([]);
    expect(result.lost).toBe(0);
    expect(result.integrityFailures).toEqual([]);
  }, 300_000);
});
