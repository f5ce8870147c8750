import type { Migration } from './types';

/**
 * Tags: free labels a fact-checker puts on claims (a topic, a desk, "for
 * Friday"). A tag's name is unique whatever its case ("Health" and "health"
 * are one tag, named as first written); a claim carries each tag once. The
 * history gains 'tag_added' and 'tag_removed' (new_value / old_value: the
 * tag's name), which needs the table rebuilt for its CHECK, every row and
 * column kept (as in migration 009).
 */
export const migration013: Migration = {
  version: 13,
  name: 'tags on claims',
  up: `
    CREATE TABLE tags (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 60),
      created_by TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE claim_tags (
      claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      tagged_by TEXT,
      tagged_at TEXT NOT NULL,
      PRIMARY KEY (claim_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX claim_tags_by_tag ON claim_tags (tag_id, claim_id);

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
                      'speaker_set', 'tag_added', 'tag_removed')),
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
