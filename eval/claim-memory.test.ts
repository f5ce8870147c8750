import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateClaimMemory, loadPairs, PAIRS_DIR } from './claim-memory/evaluate';

/**
 * Claim memory on the hand-written pairs (`npx tsx eval/claim-memory.ts
 * --verbose` shows each). Floors, so a change that loses ground fails here;
 * the held-out set is only checked for what must never happen.
 */
describe('claim memory on the evaluation pairs', () => {
  const tuned = evaluateClaimMemory(loadPairs());
  const heldOut = evaluateClaimMemory(loadPairs(path.join(PAIRS_DIR, 'holdout.json')));

  it('has about forty pairs of every kind', () => {
    expect(tuned.outcomes.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['same', 'figure', 'different', 'unrelated'] as const) expect(tuned.matchedShare[kind].of).toBeGreaterThanOrEqual(5);
  });

  it('keeps precision and recall on the pairs it was tuned on, alone and end to end', () => {
    for (const rates of [tuned.pairs, tuned.workspace]) {
      expect(rates.precision).toBeGreaterThanOrEqual(0.95);
      expect(rates.recall).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('never takes a different figure, or an unrelated claim, for the same claim', () => {
    for (const report of [tuned, heldOut]) {
      expect(report.outcomes.filter((o) => (o.kind === 'figure' || o.kind === 'unrelated') && (o.matched || o.matchedInWorkspace))).toEqual([]);
    }
  });
});
