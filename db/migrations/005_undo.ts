import type { Migration } from './types';

/**
 * Undo and redo of every user action, from the workspace file itself (so the
 * undo list survives a reload and a restart).
 *
 * - change_sets: one row per user action (one API write): what it was, who
 *   did it, when, and whether it is currently done or undone. A set whose
 *   undo could not be applied any more (later changes took its rows) is
 *   `stale` and skipped.
 * - change_log: every row that action inserted, updated or deleted, before
 *   and after, as JSON objects of the row's columns. Written by temporary
 *   triggers (db/undo.ts) only while an action is being recorded; undo
 *   applies the before-images in reverse order, redo the after-images.
 * - history keeps the audit trail append-only: an undo or redo adds entries
 *   (`reverts`), it never removes the entries of the action it reverses.
 *   `change_set_id` ties an entry to the action that wrote it.
 */
export const migration005: Migration = {
  version: 5,
  name: 'undo and redo',
  up: `
    CREATE TABLE change_sets (
      id        INTEGER PRIMARY KEY,
      operation TEXT NOT NULL,
      label     TEXT NOT NULL,
      actor     TEXT NOT NULL,
      at        TEXT NOT NULL,
      state     TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'stale'))
    );
    CREATE INDEX change_sets_by_state ON change_sets (state, id);

    CREATE TABLE change_log (
      id            INTEGER PRIMARY KEY,
      change_set_id INTEGER NOT NULL REFERENCES change_sets(id) ON DELETE CASCADE,
      table_name    TEXT NOT NULL,
      before_row    TEXT,
      after_row     TEXT,
      CHECK (before_row IS NOT NULL OR after_row IS NOT NULL)
    );
    CREATE INDEX change_log_by_set ON change_log (change_set_id, id);

    ALTER TABLE history ADD COLUMN change_set_id INTEGER;
    ALTER TABLE history ADD COLUMN reverts TEXT CHECK (reverts IS NULL OR reverts IN ('undo', 'redo'));
    CREATE INDEX history_by_change_set ON history (change_set_id) WHERE change_set_id IS NOT NULL;
  `,
};
