import type { Migration } from './types';

/**
 * What Claimdesk understands about a claim, and editing claims.
 *
 * - claims gain figures and reasons (JSON arrays of strings), a
 *   check-worthiness score 0–1, and `edited`: the fact-checker reworded the
 *   claim, so its text is no longer the article's words at its span (the
 *   span itself always is exact).
 * - claim_entities: the named people, organisations and places of each
 *   claim, one row each, so the table can filter by entity with an index.
 * - dispute_suggestions: a denial reported in the article and the claim it
 *   targets. A suggestion is never a verdict: it stays pending until the
 *   fact-checker accepts (the claim becomes disputed) or dismisses it.
 * - history learns the claim edits and the decisions on suggestions. SQLite
 *   cannot alter a CHECK constraint, so the table is rebuilt (nothing
 *   references it; its rows and ids are kept).
 * - Moving a note to another claim (a merge) keeps full-text search current.
 *
 * Claims imported before this version have no score (NULL); the workspace
 * fills them in when it is opened (core/api/workspace.ts).
 */
export const migration004: Migration = {
  version: 4,
  name: 'claim intelligence: figures, entities, check-worthiness, in-article disputes, claim edits',
  up: `
    ALTER TABLE claims ADD COLUMN figures TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE claims ADD COLUMN check_worthiness REAL
      CHECK (check_worthiness IS NULL OR (check_worthiness >= 0 AND check_worthiness <= 1));
    ALTER TABLE claims ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE claims ADD COLUMN edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1));
    CREATE INDEX claims_visible_by_worthiness ON claims (check_worthiness, id) WHERE hidden = 0;

    CREATE TABLE claim_entities (
      claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      ord      INTEGER NOT NULL,
      entity   TEXT NOT NULL CHECK (length(entity) > 0),
      PRIMARY KEY (claim_id, ord)
    ) WITHOUT ROWID;
    CREATE INDEX claim_entities_by_entity ON claim_entities (entity, claim_id);

    CREATE TABLE dispute_suggestions (
      id              INTEGER PRIMARY KEY,
      claim_id        INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      denial_claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,
      denial_text     TEXT NOT NULL,
      phrase          TEXT NOT NULL,
      speaker         TEXT,
      state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'dismissed')),
      decided_by      TEXT,
      decided_at      TEXT
    );
    CREATE INDEX dispute_suggestions_by_claim ON dispute_suggestions (claim_id, state);
    CREATE INDEX dispute_suggestions_by_denial ON dispute_suggestions (denial_claim_id);

    CREATE TABLE history_new (
      id        INTEGER PRIMARY KEY,
      claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      at        TEXT NOT NULL,
      actor     TEXT NOT NULL,
      action    TEXT NOT NULL CHECK (action IN (
                  'status', 'note_added', 'note_edited', 'note_deleted',
                  'source_linked', 'source_unlinked',
                  'claim_edited', 'claim_split', 'claim_merged', 'claim_added',
                  'claim_excluded', 'claim_restored',
                  'suggestion_accepted', 'suggestion_dismissed')),
      old_value TEXT,
      new_value TEXT
    );
    INSERT INTO history_new (id, claim_id, at, actor, action, old_value, new_value)
      SELECT id, claim_id, at, actor, action, old_value, new_value FROM history;
    DROP TABLE history;
    ALTER TABLE history_new RENAME TO history;
    CREATE INDEX history_by_claim ON history (claim_id, id);

    CREATE TRIGGER claim_search_note_moved AFTER UPDATE OF claim_id ON notes BEGIN
      UPDATE claim_search SET notes = coalesce((SELECT group_concat(body, ' ') FROM notes WHERE claim_id = old.claim_id), '')
        WHERE rowid = old.claim_id;
      UPDATE claim_search SET notes = coalesce((SELECT group_concat(body, ' ') FROM notes WHERE claim_id = new.claim_id), '')
        WHERE rowid = new.claim_id;
    END;
  `,
};
