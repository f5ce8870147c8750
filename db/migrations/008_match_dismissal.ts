import type { Migration } from './types';

/**
 * A claim-memory match the fact-checker says is not the same claim: kept
 * (so matching again never brings it back) but marked, with who said so and
 * when, and no longer shown, filtered on or exported.
 */
export const migration008: Migration = {
  version: 8,
  name: 'claim-memory matches can be dismissed',
  up: `
    ALTER TABLE claim_matches ADD COLUMN dismissed_by TEXT;
    ALTER TABLE claim_matches ADD COLUMN dismissed_at TEXT;
  `,
};
