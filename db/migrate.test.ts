import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrate } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { openDatabase } from './open';
import { useTempDir } from './testing/temp-workspace';
import { ClaimdeskError } from '../core/errors';
import { CLAIM_KINDS } from './queries/types';

const tempDir = useTempDir();

function rawDb() {
  const db = new Database(path.join(tempDir(), 'w.sqlite'));
  db.pragma('foreign_keys = ON');
  return db;
}

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','trigger') ORDER BY name").all() as Array<{ name: string }>).map(
    (r) => r.name,
  );
}

describe('migrations', () => {
  it('are numbered 1..N with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates the review schema on an empty file and records itself', () => {
    const db = rawDb();
    expect(migrate(db, 1)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['articles', 'claims', 'notes', 'sources', 'claim_sources', 'history', 'preferences']));
    const recorded = db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(recorded).toEqual([{ version: 1, name: 'initial schema' }]);
    // The constraints that protect the data are really there.
    db.prepare("INSERT INTO articles (title, body, content_hash, imported_at, imported_by) VALUES ('t', 'b', 'h', 'now', 'me')").run();
    expect(() => db.prepare("INSERT INTO claims (article_id, position, text, span_start, span_end, status) VALUES (1, 1, 'x', 0, 1, 'maybe')").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("INSERT INTO claims (article_id, position, text, span_start, span_end) VALUES (99, 1, 'x', 0, 1)").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('002 from a version-1 file with data indexes the existing claims, notes and sources', () => {
    const db = rawDb();
    migrate(db, 1);
    db.exec(`
      INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (1, 'A', 'Deportations rose. Talks stalled.', 'h1', 't', 'me');
      INSERT INTO claims (id, article_id, position, text, span_start, span_end, speaker) VALUES
        (1, 1, 1, 'Deportations rose.', 0, 18, 'the ministry'),
        (2, 1, 2, 'Talks stalled.', 19, 33, NULL);
      INSERT INTO notes (claim_id, body, author, created_at) VALUES (2, 'Ask the embassy about the jirga', 'ana', 't');
      INSERT INTO sources (id, url, title, created_by, created_at) VALUES (1, 'https://example.org/returns', 'UNHCR returns report', 'ana', 't');
      INSERT INTO claim_sources (claim_id, source_id, stance, linked_by, linked_at) VALUES (1, 1, 'supports', 'ana', 't');
    `);
    const before = db.prepare('SELECT * FROM claims ORDER BY id').all();
    expect(migrate(db, 2)).toBe(2);
    const match = (q: string) => (db.prepare('SELECT rowid FROM claim_search WHERE claim_search MATCH ? ORDER BY rowid').all(q) as Array<{ rowid: number }>).map((r) => r.rowid);
    expect(match('deportations')).toEqual([1]);
    expect(match('ministry')).toEqual([1]);
    expect(match('jirga')).toEqual([2]);
    expect(match('UNHCR')).toEqual([1]);
    // Existing data is untouched by the migration.
    expect(db.prepare('SELECT * FROM claims ORDER BY id').all()).toEqual(before);
    // And the triggers keep the index current from now on.
    db.prepare("INSERT INTO notes (claim_id, body, author, created_at) VALUES (1, 'checked against the gazette', 'ana', 't')").run();
    expect(match('gazette')).toEqual([1]);
    db.prepare("UPDATE sources SET title = 'IOM border monitoring' WHERE id = 1").run();
    expect(match('IOM')).toEqual([1]);
    expect(match('UNHCR')).toEqual([]);
    db.prepare('DELETE FROM claim_sources WHERE claim_id = 1').run();
    expect(match('IOM')).toEqual([]);
    db.prepare('DELETE FROM claims WHERE id = 2').run();
    expect(match('jirga')).toEqual([]);
    db.close();
  });

  it('accepts every kind of sentence the importer produces, and nothing else', () => {
    const db = rawDb();
    migrate(db);
    db.prepare("INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (1, 't', 'b', 'h', 'now', 'me')").run();
    const insert = db.prepare('INSERT INTO claims (article_id, position, text, span_start, span_end, kind) VALUES (1, ?, ?, 0, 1, ?)');
    CLAIM_KINDS.forEach((kind, i) => insert.run(i + 1, kind, kind));
    expect(() => insert.run(99, 'x', 'advert')).toThrow(/CHECK constraint/);
    db.close();
  });

  it('003 from a version-2 file with claims indexes visible claims in order and by verdict, data untouched', () => {
    const db = rawDb();
    migrate(db, 2);
    db.exec(`
      INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (1, 'A', 'One. Two?', 'h1', 't', 'me');
      INSERT INTO claims (id, article_id, position, text, span_start, span_end, kind, hidden, status, reviewed_by, reviewed_at) VALUES
        (1, 1, 1, 'One.', 0, 4, 'claim', 0, 'disputed', 'ana', 't'),
        (2, 1, 2, 'Two?', 5, 9, 'question', 1, 'unverified', NULL, NULL);
    `);
    const before = db.prepare('SELECT * FROM claims ORDER BY id').all();
    expect(migrate(db, 3)).toBe(3);
    expect(db.prepare('SELECT * FROM claims ORDER BY id').all()).toEqual(before);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims'").all() as Array<{ name: string }>).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['claims_visible_in_order', 'claims_visible_by_status']));
    expect(indexes).not.toContain('claims_by_status');
    const plan = (query: string) => (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as Array<{ detail: string }>).map((p) => p.detail).join(' | ');
    expect(plan("SELECT count(*) FROM claims c WHERE c.hidden = 0 AND c.status = 'disputed' AND c.reviewed_at IS NOT NULL")).toMatch(/claims_visible_by_status/);
    // Article order straight from the index: no temporary sort.
    const inOrder = plan('SELECT id FROM claims c WHERE c.hidden = 0 ORDER BY c.article_id, c.position LIMIT 200 OFFSET 100');
    expect(inOrder).toMatch(/claims_visible_in_order/);
    expect(inOrder).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('004 from a version-3 file with history keeps every row and id, and accepts the new actions', () => {
    const db = rawDb();
    migrate(db, 3);
    db.exec(`
      INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (1, 'A', 'One. Two.', 'h1', 't', 'me');
      INSERT INTO claims (id, article_id, position, text, span_start, span_end) VALUES (1, 1, 1, 'One.', 0, 4), (2, 1, 2, 'Two.', 5, 9);
      INSERT INTO notes (id, claim_id, body, author, created_at) VALUES (1, 1, 'ask the ministry', 'ana', 't');
      INSERT INTO history (id, claim_id, at, actor, action, old_value, new_value) VALUES
        (7, 1, 't1', 'ana', 'status', 'not reviewed', 'verified'),
        (9, 2, 't2', 'ana', 'note_added', NULL, 'x');
    `);
    const historyBefore = db.prepare('SELECT * FROM history ORDER BY id').all();
    const claimsBefore = db.prepare('SELECT id, text, span_start, span_end, status FROM claims ORDER BY id').all();
    expect(migrate(db, 4)).toBe(4);
    expect(db.prepare('SELECT * FROM history ORDER BY id').all()).toEqual(historyBefore);
    expect(db.prepare('SELECT id, text, span_start, span_end, status FROM claims ORDER BY id').all()).toEqual(claimsBefore);
    // Old claims have no score yet (the workspace fills it in), and empty lists.
    expect(db.prepare('SELECT check_worthiness, figures, reasons, edited FROM claims WHERE id = 1').get()).toEqual({
      check_worthiness: null,
      figures: '[]',
      reasons: '[]',
      edited: 0,
    });
    const insertHistory = db.prepare("INSERT INTO history (claim_id, at, actor, action) VALUES (1, 't', 'ana', ?)");
    for (const action of ['claim_split', 'claim_merged', 'claim_added', 'claim_edited', 'claim_excluded', 'claim_restored', 'suggestion_accepted', 'suggestion_dismissed']) {
      insertHistory.run(action);
    }
    expect(() => insertHistory.run('claim_deleted')).toThrow(/CHECK constraint/);
    expect(() => db.prepare('UPDATE claims SET check_worthiness = 1.5 WHERE id = 1').run()).toThrow(/CHECK constraint/);
    // History still goes with its claim.
    db.prepare('DELETE FROM claims WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) AS n FROM history WHERE claim_id = 2').get()).toEqual({ n: 0 });
    // A note moved to another claim (a merge) is found under its new claim.
    db.prepare("INSERT INTO claims (id, article_id, position, text, span_start, span_end) VALUES (3, 1, 3, 'Three.', 5, 9)").run();
    db.prepare('UPDATE notes SET claim_id = 3 WHERE id = 1').run();
    const match = (q: string) => (db.prepare('SELECT rowid FROM claim_search WHERE claim_search MATCH ? ORDER BY rowid').all(q) as Array<{ rowid: number }>).map((r) => r.rowid);
    expect(match('ministry')).toEqual([3]);
    // Suggestions are checked and cascade with their claim.
    db.prepare("INSERT INTO dispute_suggestions (claim_id, denial_claim_id, denial_text, phrase) VALUES (3, 1, 'They deny it.', 'deny it')").run();
    expect(() => db.prepare("INSERT INTO dispute_suggestions (claim_id, denial_text, phrase, state) VALUES (3, 'x', 'y', 'maybe')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM claims WHERE id = 1').run();
    expect(db.prepare('SELECT denial_claim_id FROM dispute_suggestions').get()).toEqual({ denial_claim_id: null });
    db.close();
  });

  it('running migrate again is a no-op', () => {
    const db = rawDb();
    migrate(db);
    migrate(db);
    expect(currentSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect((db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('a failing migration rolls back whole and leaves the previous version', () => {
    const db = rawDb();
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, broken.length, broken)).toThrow(/no_such_table/);
    expect(currentSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('refuses a file written by a newer Claimdesk', () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const db = new Database(file);
    migrate(db);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 't')").run();
    db.close();
    expect(() => openDatabase(file)).toThrow(ClaimdeskError);
    try {
      openDatabase(file);
    } catch (err) {
      expect((err as ClaimdeskError).code).toBe('database_too_new');
    }
  });
  it('005 from a version-4 file keeps history as it was and adds the undo list', () => {
    const db = rawDb();
    migrate(db, 4);
    db.exec(`
      INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (1, 'A', 'One. Two.', 'h1', 't', 'me');
      INSERT INTO claims (id, article_id, position, text, span_start, span_end) VALUES (1, 1, 1, 'One.', 0, 4);
      INSERT INTO history (id, claim_id, at, actor, action, old_value, new_value) VALUES (7, 1, 't1', 'ana', 'status', 'not reviewed', 'verified');
    `);
    expect(migrate(db, 5)).toBe(5);
    expect(db.prepare('SELECT * FROM history').all()).toEqual([
      { id: 7, claim_id: 1, at: 't1', actor: 'ana', action: 'status', old_value: 'not reviewed', new_value: 'verified', change_set_id: null, reverts: null },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM change_sets').get()).toEqual({ n: 0 });
    expect(() => db.prepare("UPDATE history SET reverts = 'sideways' WHERE id = 7").run()).toThrow(/CHECK constraint/);
    db.prepare("INSERT INTO change_sets (id, operation, label, actor, at) VALUES (1, 'setStatus', 'verdict', 'ana', 't')").run();
    expect(() => db.prepare("INSERT INTO change_log (change_set_id, table_name) VALUES (1, 'claims')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE change_sets SET state = 'maybe'").run()).toThrow(/CHECK constraint/);
    // The log goes with its step.
    db.prepare("INSERT INTO change_log (change_set_id, table_name, before_row) VALUES (1, 'claims', '{}')").run();
    db.prepare('DELETE FROM change_sets WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 0 });
    db.close();
  });

  it('006 from a version-5 file marks the articles already there for matching, and matches cascade with either claim', () => {
    const db = rawDb();
    migrate(db, 5);
    db.exec(`
      INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (1, 'A', 'One. Two.', 'h1', 't', 'me'), (2, 'B', 'One again.', 'h2', 't', 'me');
      INSERT INTO claims (id, article_id, position, text, span_start, span_end) VALUES (1, 1, 1, 'One.', 0, 4), (2, 1, 2, 'Two.', 5, 9), (3, 2, 1, 'One again.', 0, 10);
    `);
    const claimsBefore = db.prepare('SELECT * FROM claims ORDER BY id').all();
    expect(migrate(db, 6)).toBe(6);
    expect(db.prepare('SELECT * FROM claims ORDER BY id').all()).toEqual(claimsBefore);
    // Articles stored before claim memory are matched when the workspace opens; a new import is matched at once.
    expect(db.prepare('SELECT id, claims_matched FROM articles ORDER BY id').all()).toEqual([
      { id: 1, claims_matched: 0 },
      { id: 2, claims_matched: 0 },
    ]);
    db.prepare("INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (3, 'C', 'x', 'h3', 't', 'me')").run();
    expect(db.prepare('SELECT claims_matched FROM articles WHERE id = 3').get()).toEqual({ claims_matched: 1 });
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT id FROM articles WHERE claims_matched = 0 ORDER BY id').all() as Array<{ detail: string }>).map((p) => p.detail).join(' | ');
    expect(plan).toMatch(/articles_to_match/);

    const insert = db.prepare('INSERT INTO claim_matches (claim_id, earlier_claim_id, score) VALUES (?, ?, ?)');
    insert.run(3, 1, 0.8);
    insert.run(3, 2, 0.6);
    expect(() => insert.run(3, 1, 0.9)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run(1, 1, 0.9)).toThrow(/CHECK constraint/);
    expect(() => insert.run(2, 1, 0)).toThrow(/CHECK constraint/);
    expect(() => insert.run(2, 1, 1.5)).toThrow(/CHECK constraint/);
    expect(() => insert.run(99, 1, 0.5)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE articles SET claims_matched = 2 WHERE id = 1').run()).toThrow(/CHECK constraint/);
    // Deleting either end takes the match with it.
    db.prepare('DELETE FROM claims WHERE id = 1').run();
    expect(db.prepare('SELECT claim_id, earlier_claim_id FROM claim_matches').all()).toEqual([{ claim_id: 3, earlier_claim_id: 2 }]);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) AS n FROM claim_matches').get()).toEqual({ n: 0 });
    db.close();
  });

  it('012 from a version-11 file keeps every article as it was, with no address, and takes one for a new import', () => {
    const db = rawDb();
    migrate(db, 11);
    db.exec(`INSERT INTO articles (id, title, body, content_hash, filename, imported_at, imported_by) VALUES (1, 'A', 'One. Two.', 'h1', 'a.txt', 't', 'me');`);
    const before = db.prepare('SELECT * FROM articles').get() as Record<string, unknown>;
    expect(migrate(db, 12)).toBe(12);
    expect(db.prepare('SELECT * FROM articles').get()).toEqual({ ...before, source_url: null });
    db.prepare("INSERT INTO articles (id, title, body, content_hash, source_url, imported_at, imported_by) VALUES (2, 'B', 'x', 'h2', 'https://example.org/a', 't', 'me')").run();
    expect(db.prepare('SELECT source_url FROM articles WHERE id = 2').get()).toEqual({ source_url: 'https://example.org/a' });
    expect(() => db.prepare("INSERT INTO articles (title, body, content_hash, source_url, imported_at, imported_by) VALUES ('C', 'x', 'h3', '', 't', 'me')").run()).toThrow(/CHECK constraint/);
    db.close();
  });

  it('013 from a version-12 file keeps every history row and takes tags, one per name whatever its case', () => {
    const db = rawDb();
    migrate(db, 12);
    db.exec(`INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (1, 'A', 'One. Two.', 'h1', 't', 'me');
      INSERT INTO claims (id, article_id, position, text, span_start, span_end) VALUES (1, 1, 1, 'One.', 0, 4);
      INSERT INTO history (id, claim_id, at, actor, action, old_value, new_value, change_set_id, reverts) VALUES (7, 1, 't', 'me', 'speaker_set', NULL, 'X', 3, NULL);`);
    const before = db.prepare('SELECT * FROM history').all();
    expect(migrate(db, 13)).toBe(13);
    expect(db.prepare('SELECT * FROM history').all()).toEqual(before);
    db.prepare("INSERT INTO history (claim_id, at, actor, action, old_value, new_value) VALUES (1, 't', 'me', 'tag_added', NULL, 'Health')").run();
    db.prepare("INSERT INTO tags (id, name, created_at) VALUES (1, 'Health', 't')").run();
    expect(() => db.prepare("INSERT INTO tags (name, created_at) VALUES ('HEALTH', 't')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO tags (name, created_at) VALUES ('', 't')").run()).toThrow(/CHECK constraint/);
    db.prepare("INSERT INTO claim_tags (claim_id, tag_id, tagged_at) VALUES (1, 1, 't')").run();
    expect(() => db.prepare("INSERT INTO claim_tags (claim_id, tag_id, tagged_at) VALUES (1, 1, 't')").run()).toThrow(/UNIQUE|PRIMARY KEY/);
    // Deleting the claim or the tag takes the link with it.
    db.prepare('DELETE FROM tags WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM claim_tags').get()).toEqual({ n: 0 });
    db.close();
  });
});
