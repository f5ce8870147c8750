import type { Migration } from './types';

/**
 * What an in-article suggestion's sentence does to its claim: `disputes` it
 * ("denies these allegations", "That's false", a different figure from
 * another source) or only `doubts` it ("other experts are cautious about the
 * findings", "questioned the figures"). Both contest the claim; the detail
 * panel says which. Rows from before are denials.
 */
export const migration016: Migration = {
  version: 16,
  name: 'in-article suggestion stance',
  up: `
    ALTER TABLE dispute_suggestions ADD COLUMN stance TEXT NOT NULL DEFAULT 'disputes' CHECK (stance IN ('disputes', 'doubts'));
  `,
};
