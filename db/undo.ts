/**
 * Undo and redo, generic over every table a user action can change.
 *
 * While an action runs, temporary triggers (this connection only) copy each
 * row it inserts, updates or deletes into change_log as before/after JSON.
 * Undo applies the before-images in reverse order; redo the after-images in
 * order. Rows deleted by ON DELETE CASCADE fire the triggers too, so deleting
 * an article and undoing it brings back its claims, notes and links.
 *
 * Not recorded: the full-text index (its own triggers follow the rows), the
 * undo tables themselves, preferences, and history rows an action adds (the
 * audit trail only grows: an undo writes new entries saying so). History
 * rows removed by a cascade are recorded, so they come back with their claim.
 */
import type { Db } from './open';

/** Tables whose every change an action makes is recorded. */
const RECORDED_TABLES = ['articles', 'claims', 'notes', 'sources', 'claim_sources', 'claim_entities', 'dispute_suggestions', 'claim_matches', 'tags', 'claim_tags'] as const;
/** Recorded only when rows are deleted (by a cascade): see the module comment. */
const DELETE_ONLY_TABLES = ['history'] as const;

export type ChangeSetState = 'done' | 'undone' | 'stale';

export interface ChangeSetSummary {
  id: number;
  operation: string;
  label: string;
  actor: string;
  at: string;
}

export interface UndoState {
  /** What Ctrl+Z would undo, or null. */
  undo: ChangeSetSummary | null;
  /** What Ctrl+Shift+Z would redo, or null. */
  redo: ChangeSetSummary | null;
}

interface TableShape {
  columns: string[];
  keys: string[];
}

const shapes = new WeakMap<Db, Map<string, TableShape>>();

function shapeOf(db: Db, table: string): TableShape {
  let byTable = shapes.get(db);
  if (!byTable) shapes.set(db, (byTable = new Map()));
  let shape = byTable.get(table);
  if (!shape) {
    const info = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(table) as Array<{ name: string; pk: number }>;
    if (info.length === 0) throw new Error(`undo: no table ${table}`);
    const keys = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
    shape = { columns: info.map((column) => column.name), keys: keys.length > 0 ? keys : ['rowid'] };
    byTable.set(table, shape);
  }
  return shape;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function rowJson(db: Db, table: string, alias: 'NEW' | 'OLD'): string {
  return `json_object(${shapeOf(db, table)
    .columns.map((column) => `'${column}', ${alias}.${quote(column)}`)
    .join(', ')})`;
}

/**
 * Installs the recording triggers on this connection. They do nothing until
 * an action is being recorded (a row in temp.change_capture).
 */
function captureInstalled(db: Db): boolean {
  return db.prepare(`SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = 'change_capture'`).get() !== undefined;
}

/**
 * Call when the workspace opens, outside any transaction (inside one, a
 * rollback would take the triggers with it; beginChangeSet then reinstalls).
 */
export function installChangeCapture(db: Db): void {
  if (captureInstalled(db)) return;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS change_capture (change_set_id INTEGER NOT NULL)');
  const when = 'WHEN EXISTS (SELECT 1 FROM temp.change_capture)';
  const log = (table: string, before: string, after: string) =>
    `INSERT INTO main.change_log (change_set_id, table_name, before_row, after_row) SELECT change_set_id, '${table}', ${before}, ${after} FROM temp.change_capture;`;
  const statements: string[] = [];
  for (const table of RECORDED_TABLES) {
    statements.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS capture_${table}_insert AFTER INSERT ON main.${table} ${when} BEGIN ${log(table, 'NULL', rowJson(db, table, 'NEW'))} END;`,
      `CREATE TEMP TRIGGER IF NOT EXISTS capture_${table}_update AFTER UPDATE ON main.${table} ${when} BEGIN ${log(table, rowJson(db, table, 'OLD'), rowJson(db, table, 'NEW'))} END;`,
      `CREATE TEMP TRIGGER IF NOT EXISTS capture_${table}_delete AFTER DELETE ON main.${table} ${when} BEGIN ${log(table, rowJson(db, table, 'OLD'), 'NULL')} END;`,
    );
  }
  for (const table of DELETE_ONLY_TABLES) {
    statements.push(`CREATE TEMP TRIGGER IF NOT EXISTS capture_${table}_delete AFTER DELETE ON main.${table} ${when} BEGIN ${log(table, rowJson(db, table, 'OLD'), 'NULL')} END;`);
  }
  db.exec(statements.join('\n'));
}

export interface Recording {
  changeSetId: number;
  firstHistoryId: number;
}

/**
 * Starts recording one user action. Call inside the action's transaction.
 * An action that changes something forgets whatever was undone (no redo past it).
 */
export function beginChangeSet(db: Db, meta: { operation: string; label: string; actor: string; at: string }): Recording {
  installChangeCapture(db);
  const changeSetId = Number(
    db.prepare('INSERT INTO change_sets (operation, label, actor, at) VALUES (?, ?, ?, ?)').run(meta.operation, meta.label, meta.actor, meta.at).lastInsertRowid,
  );
  db.prepare('DELETE FROM temp.change_capture').run();
  db.prepare('INSERT INTO temp.change_capture (change_set_id) VALUES (?)').run(changeSetId);
  const lastHistory = db.prepare('SELECT coalesce(max(id), 0) AS id FROM history').get() as { id: number };
  return { changeSetId, firstHistoryId: lastHistory.id + 1 };
}

/** Stops recording. An action that changed nothing leaves no undo step. */
export function endChangeSet(db: Db, recording: Recording): void {
  stopRecording(db);
  db.prepare('UPDATE history SET change_set_id = ? WHERE id >= ? AND change_set_id IS NULL').run(recording.changeSetId, recording.firstHistoryId);
  const changed = db.prepare('SELECT 1 FROM change_log WHERE change_set_id = ? LIMIT 1').get(recording.changeSetId);
  if (!changed) {
    db.prepare('DELETE FROM change_sets WHERE id = ?').run(recording.changeSetId);
    return;
  }
  // A real change: what was undone can no longer be redone on top of it.
  if (db.prepare(`DELETE FROM change_sets WHERE state = 'undone'`).run().changes > 0) dropUnreachableFiles(db);
}

/**
 * A file kept as a source (source_files) that no source names and no undo
 * step could bring back is unreachable: an attach undone and then passed by
 * a new change. Its bytes go, so the workspace does not keep growing with
 * files nobody can see. Files a source still names, or that an undo step's
 * row images name (a removed source that Ctrl+Z restores), stay.
 */
function dropUnreachableFiles(db: Db): void {
  const orphans = db.prepare('SELECT hash FROM source_files WHERE hash NOT IN (SELECT file_hash FROM sources WHERE file_hash IS NOT NULL)').pluck().all() as string[];
  if (orphans.length === 0) return;
  const named = db.prepare("SELECT 1 FROM change_log WHERE table_name = 'sources' AND (json_extract(before_row, '$.file_hash') = @hash OR json_extract(after_row, '$.file_hash') = @hash) LIMIT 1");
  const drop = db.prepare('DELETE FROM source_files WHERE hash = ?');
  for (const hash of orphans) if (!named.get({ hash })) drop.run(hash);
}

/** Always safe to call: nothing is recorded after it. */
export function stopRecording(db: Db): void {
  if (!captureInstalled(db)) return;
  db.prepare('DELETE FROM temp.change_capture').run();
}

const SUMMARY = 'SELECT id, operation, label, actor, at FROM change_sets';

export function undoState(db: Db): UndoState {
  return {
    undo: (db.prepare(`${SUMMARY} WHERE state = 'done' ORDER BY id DESC LIMIT 1`).get() as ChangeSetSummary | undefined) ?? null,
    redo: (db.prepare(`${SUMMARY} WHERE state = 'undone' ORDER BY id ASC LIMIT 1`).get() as ChangeSetSummary | undefined) ?? null,
  };
}

type Row = Record<string, unknown>;

function keyWhere(shape: TableShape): string {
  return shape.keys.map((key) => `${quote(key)} IS ?`).join(' AND ');
}

function insertRow(db: Db, table: string, row: Row): void {
  const columns = shapeOf(db, table).columns.filter((column) => column in row);
  db.prepare(`INSERT INTO main.${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...columns.map((column) => row[column]),
  );
}

function deleteRow(db: Db, table: string, row: Row): void {
  const shape = shapeOf(db, table);
  const deleted = db.prepare(`DELETE FROM main.${quote(table)} WHERE ${keyWhere(shape)}`).run(...shape.keys.map((key) => row[key]));
  if (deleted.changes !== 1) throw new UndoConflict(`a ${table} row it added is gone`);
}

function updateRow(db: Db, table: string, from: Row, to: Row): void {
  const shape = shapeOf(db, table);
  const columns = shape.columns.filter((column) => column in to);
  const changed = db
    .prepare(`UPDATE main.${quote(table)} SET ${columns.map((column) => `${quote(column)} = ?`).join(', ')} WHERE ${keyWhere(shape)}`)
    .run(...columns.map((column) => to[column]), ...shape.keys.map((key) => from[key]));
  if (changed.changes !== 1) throw new UndoConflict(`a ${table} row it changed is gone`);
}

/** The rows of a change set can no longer be put back (later changes took their place). */
export class UndoConflict extends Error {}

interface LogEntry {
  table_name: string;
  before_row: string | null;
  after_row: string | null;
}

/**
 * Puts every row of a change set back as it was before (`undo`) or after
 * (`redo`) the action. Foreign keys are checked at commit, since a cascade
 * logged children before their parent.
 */
export function applyChangeSet(db: Db, changeSetId: number, direction: 'undo' | 'redo'): void {
  const entries = db
    .prepare(`SELECT table_name, before_row, after_row FROM change_log WHERE change_set_id = ? ORDER BY id ${direction === 'undo' ? 'DESC' : 'ASC'}`)
    .all(changeSetId) as LogEntry[];
  db.pragma('defer_foreign_keys = ON');
  try {
    for (const entry of entries) {
      const before = entry.before_row === null ? null : (JSON.parse(entry.before_row) as Row);
      const after = entry.after_row === null ? null : (JSON.parse(entry.after_row) as Row);
      const [from, to] = direction === 'undo' ? [after, before] : [before, after];
      if (from === null && to !== null) insertRow(db, entry.table_name, to);
      else if (from !== null && to === null) deleteRow(db, entry.table_name, from);
      else if (from !== null && to !== null) updateRow(db, entry.table_name, from, to);
    }
  } catch (err) {
    if (err instanceof UndoConflict) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CONSTRAINT')) throw new UndoConflict((err as Error).message);
    throw err;
  }
}

export function setChangeSetState(db: Db, changeSetId: number, state: ChangeSetState): void {
  db.prepare('UPDATE change_sets SET state = ? WHERE id = ?').run(state, changeSetId);
}

export interface RecordedHistory {
  claimId: number;
  action: string;
  oldValue: string | null;
  newValue: string | null;
}

/** The history entries the action itself wrote, for claims that exist now. */
export function historyOfChangeSet(db: Db, changeSetId: number): RecordedHistory[] {
  return db
    .prepare(`SELECT h.claim_id AS claimId, h.action, h.old_value AS oldValue, h.new_value AS newValue
      FROM history h JOIN claims c ON c.id = h.claim_id
      WHERE h.change_set_id = ? AND h.reverts IS NULL ORDER BY h.id`)
    .all(changeSetId) as RecordedHistory[];
}
