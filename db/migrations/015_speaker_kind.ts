import type { Migration } from './types';

/**
 * Whether a speaker is a person or an organisation, set by hand. A ClaimReview
 * publishes the claim's author as a Person or an Organization; Claimdesk
 * guesses which from the name (core/report/claimreview.ts), and the
 * fact-checker can say otherwise in `Edit speaker`. NULL: the guess stands.
 */
export const migration015: Migration = {
  version: 15,
  name: 'speaker kind set by hand',
  up: `
    ALTER TABLE claims ADD COLUMN speaker_kind TEXT CHECK (speaker_kind IS NULL OR speaker_kind IN ('person', 'organization'));
  `,
};
