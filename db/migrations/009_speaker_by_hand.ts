import type { Migration } from './types';

/**
 * A speaker set by hand. claims.speaker_by_hand = 1 when the fact-checker
 * set (or cleared) the speaker: the machine never overwrites it — not an
 * edit, a merge or a re-analysis. The history gains the action
 * 'speaker_set' (old -> new), which needs the table rebuilt for its CHECK;
 * every row and column (the undo links of migration 005) is kept.
 */
export const migration009: Migration = {
  version: 9,
  name: 'speakers set by hand',
  up: `
    ALTER TABLE claims ADD COLUMN speaker_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (speaker_by_hand IN (0, 1));

    CREATE TABLE history_new (
      id            INTEGER PRIMARY KEY,
      claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      at            TEXT NOT NULL,
      actor         TEXT NOT NULL,
      action        TEXT NOT NULL CHECK (action IN (
                      'status', 'note_added', 'note_edited', 'note_deleted',
                      'source_linked', 'source_unlinked',
                      'claim_edited', 'claim_split', 'claim_merged', 'claim_added',
                      'claim_excluded', 'claim_restored',
                      'suggestion_accepted', 'suggestion_dismissed',
                      'speaker_set')),
      old_value     TEXT,
      new_value     TEXT,
      change_set_id INTEGER,
      reverts       TEXT CHECK (reverts IS NULL OR reverts IN ('undo', 'redo'))
    );
    INSERT INTO history_new (id, claim_id, at, actor, action, old_value, new_value, change_set_id, reverts)
      SELECT id, claim_id, at, actor, action, old_value, new_value, change_set_id, reverts FROM history;
    DROP TABLE history;
    ALTER TABLE history_new RENAME TO history;
    CREATE INDEX history_by_claim ON history (claim_id, id);
    CREATE INDEX history_by_change_set ON history (change_set_id) WHERE change_set_id IS NOT NULL;
  `,
};
