import type { Migration } from './types';

/**
 * Claim memory: the same claim met again in another article.
 *
 * - claim_matches: one row per pair of matching claims, stored once, from the
 *   claim of the article imported later (claim_id) to the claim of the
 *   article already in the workspace (earlier_claim_id); read in both
 *   directions. The score (0–1) says how close the wording is. A match is a
 *   suggestion only: it never changes a verdict. Both ends cascade with
 *   their claim.
 * - articles.claims_matched: 0 while an article's claims have not been
 *   matched against the articles imported before it. Articles already in a
 *   workspace start at 0 and are matched when the workspace opens
 *   (core/api/claim-memory.ts); an import matches its claims at once, so new
 *   rows default to 1.
 */
export const migration006: Migration = {
  version: 6,
  name: 'claim memory across articles',
  up: `
    CREATE TABLE claim_matches (
      claim_id         INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      earlier_claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      score            REAL NOT NULL CHECK (score > 0 AND score <= 1),
      PRIMARY KEY (claim_id, earlier_claim_id),
      CHECK (claim_id <> earlier_claim_id)
    ) WITHOUT ROWID;
    CREATE INDEX claim_matches_by_earlier ON claim_matches (earlier_claim_id);

    ALTER TABLE articles ADD COLUMN claims_matched INTEGER NOT NULL DEFAULT 1 CHECK (claims_matched IN (0, 1));
    UPDATE articles SET claims_matched = 0;
    CREATE INDEX articles_to_match ON articles (id) WHERE claims_matched = 0;
  `,
};
