import type { Migration } from './types';

/**
 * Full-text search over what a fact-checker remembers about a claim: its
 * words, its speaker, their own notes and the sources they attached.
 *
 * One FTS5 row per claim (rowid = claim id), kept current by triggers so no
 * code path can forget to reindex.
 */
const notesOf = (claimId: string) =>
  `coalesce((SELECT group_concat(body, ' ') FROM notes WHERE claim_id = ${claimId}), '')`;
const sourcesOf = (claimId: string) =>
  `coalesce((SELECT group_concat(s.url || ' ' || coalesce(s.title, '') || ' ' || coalesce(s.publisher, '') || ' ' || coalesce(s.excerpt, ''), ' ')
             FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
             WHERE cs.claim_id = ${claimId}), '')`;

export const migration002: Migration = {
  version: 2,
  name: 'full-text search over claims, notes and sources',
  up: `
    CREATE VIRTUAL TABLE claim_search USING fts5(
      text, speaker, notes, sources,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO claim_search (rowid, text, speaker, notes, sources)
      SELECT c.id, c.text, coalesce(c.speaker, ''), ${notesOf('c.id')}, ${sourcesOf('c.id')} FROM claims c;

    CREATE TRIGGER claim_search_claim_insert AFTER INSERT ON claims BEGIN
      INSERT INTO claim_search (rowid, text, speaker, notes, sources)
        VALUES (new.id, new.text, coalesce(new.speaker, ''), '', '');
    END;
    CREATE TRIGGER claim_search_claim_update AFTER UPDATE OF text, speaker ON claims BEGIN
      UPDATE claim_search SET text = new.text, speaker = coalesce(new.speaker, '') WHERE rowid = new.id;
    END;
    CREATE TRIGGER claim_search_claim_delete AFTER DELETE ON claims BEGIN
      DELETE FROM claim_search WHERE rowid = old.id;
    END;

    CREATE TRIGGER claim_search_note_insert AFTER INSERT ON notes BEGIN
      UPDATE claim_search SET notes = ${notesOf('new.claim_id')} WHERE rowid = new.claim_id;
    END;
    CREATE TRIGGER claim_search_note_update AFTER UPDATE OF body ON notes BEGIN
      UPDATE claim_search SET notes = ${notesOf('new.claim_id')} WHERE rowid = new.claim_id;
    END;
    CREATE TRIGGER claim_search_note_delete AFTER DELETE ON notes BEGIN
      UPDATE claim_search SET notes = ${notesOf('old.claim_id')} WHERE rowid = old.claim_id;
    END;

    CREATE TRIGGER claim_search_link_insert AFTER INSERT ON claim_sources BEGIN
      UPDATE claim_search SET sources = ${sourcesOf('new.claim_id')} WHERE rowid = new.claim_id;
    END;
    CREATE TRIGGER claim_search_link_delete AFTER DELETE ON claim_sources BEGIN
      UPDATE claim_search SET sources = ${sourcesOf('old.claim_id')} WHERE rowid = old.claim_id;
    END;
    CREATE TRIGGER claim_search_source_update AFTER UPDATE ON sources BEGIN
      UPDATE claim_search SET sources = ${sourcesOf('claim_search.rowid')}
        WHERE rowid IN (SELECT claim_id FROM claim_sources WHERE source_id = new.id);
    END;
  `,
};
