import type { Migration } from './types';

/**
 * The first schema: articles, the claims split from them, and the review
 * trail around each claim (notes, sources, history).
 *
 * Status is always one of three verdicts; whether a human has looked at the
 * claim is tracked separately in reviewed_by/reviewed_at, so "not looked at
 * yet" and "checked, could not verify" stay distinct.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
    CREATE TABLE articles (
      id            INTEGER PRIMARY KEY,
      title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      article_date  TEXT,
      dateline      TEXT,
      body          TEXT NOT NULL,
      content_hash  TEXT NOT NULL UNIQUE,
      filename      TEXT,
      imported_at   TEXT NOT NULL,
      imported_by   TEXT NOT NULL
    );

    CREATE TABLE claims (
      id          INTEGER PRIMARY KEY,
      article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL CHECK (position >= 1),
      text        TEXT NOT NULL CHECK (length(text) > 0),
      span_start  INTEGER NOT NULL CHECK (span_start >= 0),
      span_end    INTEGER NOT NULL CHECK (span_end > span_start),
      prefix      TEXT NOT NULL DEFAULT '',
      suffix      TEXT NOT NULL DEFAULT '',
      kind        TEXT NOT NULL DEFAULT 'claim'
                  CHECK (kind IN ('claim', 'headline', 'dateline', 'byline', 'question', 'caption', 'metadata')),
      hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
      speaker     TEXT,
      status      TEXT NOT NULL DEFAULT 'unverified'
                  CHECK (status IN ('verified', 'disputed', 'unverified')),
      reviewed_by TEXT,
      reviewed_at TEXT,
      UNIQUE (article_id, position)
    );
    CREATE INDEX claims_by_status ON claims (status, reviewed_at);
    CREATE INDEX claims_by_speaker ON claims (speaker);

    CREATE TABLE notes (
      id         INTEGER PRIMARY KEY,
      claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      body       TEXT NOT NULL CHECK (length(body) > 0),
      author     TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT
    );
    CREATE INDEX notes_by_claim ON notes (claim_id);

    -- A source is shared: the same report can back several claims, each
    -- with its own stance, so the stance lives on the link.
    CREATE TABLE sources (
      id           INTEGER PRIMARY KEY,
      url          TEXT NOT NULL,
      title        TEXT,
      publisher    TEXT,
      published_on TEXT,
      excerpt      TEXT,
      created_by   TEXT NOT NULL,
      created_at   TEXT NOT NULL
    );
    CREATE INDEX sources_by_url ON sources (url);

    CREATE TABLE claim_sources (
      claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      stance    TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts', 'context')),
      linked_by TEXT NOT NULL,
      linked_at TEXT NOT NULL,
      PRIMARY KEY (claim_id, source_id)
    ) WITHOUT ROWID;
    CREATE INDEX claim_sources_by_source ON claim_sources (source_id);

    -- The audit trail: every verdict, note and source change, who and when, old -> new.
    CREATE TABLE history (
      id        INTEGER PRIMARY KEY,
      claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      at        TEXT NOT NULL,
      actor     TEXT NOT NULL,
      action    TEXT NOT NULL CHECK (action IN (
                  'status', 'note_added', 'note_edited', 'note_deleted',
                  'source_linked', 'source_unlinked')),
      old_value TEXT,
      new_value TEXT
    );
    CREATE INDEX history_by_claim ON history (claim_id, id);

    CREATE TABLE preferences (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
