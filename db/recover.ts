/**
 * Salvage of a damaged workspace: every row that can still be read is copied
 * into a fresh workspace of the same schema, table by table, in key order, so
 * an unreadable page costs only the rows on it. SQLite's `.recover` is the
 * model; it is not in better-sqlite3's build (nor is sqlite_dbpage), so this
 * reads through SQL: a failed read is stepped past by seeking further along
 * the key (exponentially, then back by halves) to where reading works again.
 * A lost first page (the header and the root of the table list) is rebuilt
 * from the table list's other pages first (first-page.ts), so SQL can read.
 *
 * The damaged file is never written: it is copied to a scratch folder and read
 * there. By default the damaged file (with its -wal and -shm) is renamed to
 * `NAME.damaged-STAMP.sqlite` beside it and the salvaged workspace takes its
 * place; with `out` the salvaged workspace goes there and nothing is renamed.
 *
 * Relationships: a row whose parent was lost is treated as the schema treats a
 * deleted parent (ON DELETE CASCADE drops it, SET NULL clears the link), so the
 * salvaged workspace is consistent; every such row, and every row a constraint
 * refused, is kept in `NAME.salvage-STAMP.json` beside the workspace, never
 * thrown away.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ClaimdeskError } from '../core/errors';
import { hasSqliteHeader, rebuildFirstPage } from './first-page';
import { CLAIMDESK_APPLICATION_ID, migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

type Db = Database.Database;
type Row = Record<string, unknown>;

export interface TableSalvage {
  table: string;
  /** Rows copied into the salvaged workspace (after dropping orphans). */
  saved: number;
  /** Key ranges that could not be read (rowid or first key column), each possibly holding rows. */
  unreadable: Array<{ from: number | null; to: number | null }>;
  /** Rows in the unreadable ranges at most, when the ranges are bounded (ids are given in order). Null: unknown. */
  lostAtMost: number | null;
  /** Read, but refused by the schema's checks (damaged values): kept in the salvage file. */
  refused: number;
  /** Read, but their parent row was lost: dropped (kept in the salvage file). */
  orphaned: number;
  /** Read, links to a lost row cleared (ON DELETE SET NULL). */
  unlinked: number;
  /** The whole table could not be found or read. */
  missing: boolean;
  /** Rows the damaged file says the table holds (count(*), which SQLite may answer from an index), or null if it cannot say. */
  counted: number | null;
}

export interface SalvageReport {
  /** Where the damaged workspace was (and, unless `out` was given, where the salvaged one now is). */
  dbPath: string;
  /** The salvaged workspace. */
  salvagedPath: string;
  /** The damaged file, untouched: renamed beside the workspace, or left where it was (`out`). */
  damagedPath: string;
  /** The rows that could be read but not kept (orphans, refused rows), and this report, as JSON. */
  salvageFile: string;
  /** Schema version found in the damaged file (null: unreadable, the newest assumed). */
  schemaVersion: number | null;
  /** Which copy was read: with its write-ahead log, or the main file alone (the log did not belong to it). */
  readFrom: 'file' | 'file and write-ahead log' | 'file without its write-ahead log';
  tables: TableSalvage[];
  savedRows: number;
  /** integrity_check of the salvaged workspace. */
  integrity: string;
  notes: string[];
}

export interface SalvageOptions {
  /** Write the salvaged workspace here (must not exist) and leave the damaged file where it is. */
  out?: string;
  now?: () => Date;
  nativeBinding?: string;
}

const BATCH = 500;
const MAX_KEY = 2 ** 53;
// Tables that are rebuilt, not copied: the migration log belongs to the new file, the search index is refilled.
const NOT_COPIED = new Set(['schema_migrations']);

/**
 * What is wrong with the workspace file, read on a read-only connection
 * (nothing written, no log checkpointed): null when its quick check passes.
 */
export function damageOf(dbPath: string, options: Pick<SalvageOptions, 'nativeBinding'> = {}): string | null {
  if (!fs.existsSync(dbPath)) throw new ClaimdeskError('not_found', `There is no workspace at ${dbPath}.`);
  let db: Db | undefined;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    const check = String(db.pragma('quick_check', { simple: true }));
    return check === 'ok' ? null : `The workspace ${dbPath} is damaged (${check}).`;
  } catch (err) {
    return `The workspace ${dbPath} is not a readable database (${(err as Error).message}).`;
  } finally {
    db?.close();
  }
}

/** Salvages the workspace at `dbPath`; see the module comment. */
export function salvageWorkspace(dbPath: string, options: SalvageOptions = {}): SalvageReport {
  if (!fs.existsSync(dbPath)) throw new ClaimdeskError('not_found', `There is no workspace at ${dbPath}.`);
  if (fs.statSync(dbPath).isDirectory()) throw new ClaimdeskError('is_directory', `The workspace path is a folder, not a file: ${dbPath}`);
  const out = options.out === undefined ? undefined : path.resolve(options.out);
  if (out !== undefined && fs.existsSync(out)) {
    throw new ClaimdeskError('invalid_input', `${out} already exists: choose a new file for the salvaged workspace (nothing was changed).`);
  }
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const { dir, name, ext } = path.parse(dbPath);
  const damagedPath = out === undefined ? path.join(dir, `${name}.damaged-${stamp}${ext || '.sqlite'}`) : dbPath;
  const salvagedPath = out ?? dbPath;
  const salvageFile = path.join(path.dirname(salvagedPath), `${path.parse(salvagedPath).name}.salvage-${stamp}.json`);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-salvage-'));
  // Built beside its destination, so putting it in place is one rename on one disk.
  const building = `${salvagedPath}.salvaging-${process.pid}`;
  try {
    const source = chooseSource(dbPath, scratch, binding);
    const kept: Record<string, { refused: Row[]; orphaned: Row[] }> = {};
    const target = new Database(building, binding);
    let tables: TableSalvage[];
    let integrity: string;
    try {
      // A scratch file until it is renamed into place (after an fsync): no journal on disk or syncs while it is built,
      // and a cache that holds a large workspace's indexes as they grow.
      target.pragma('journal_mode = MEMORY');
      target.pragma('synchronous = OFF');
      target.pragma('cache_size = -262144');
      target.pragma('foreign_keys = OFF');
      const version = source.version ?? LATEST_SCHEMA_VERSION;
      migrate(target, Math.min(version, LATEST_SCHEMA_VERSION));
      target.exec('BEGIN');
      tables = copyTables(source.db, target, kept);
      dropOrphans(target, tables, kept);
      target.exec('COMMIT');
      source.db.close();
      migrate(target);
      refillSearch(target);
      target.pragma(`application_id = ${CLAIMDESK_APPLICATION_ID}`);
      for (const table of tables) table.saved = countRows(target, table.table);
      integrity = String(target.pragma('integrity_check', { simple: true }));
    } finally {
      if (source.db.open) source.db.close();
      target.close();
    }

    const report: SalvageReport = {
      dbPath,
      salvagedPath,
      damagedPath,
      salvageFile,
      schemaVersion: source.version,
      readFrom: source.readFrom,
      tables,
      savedRows: tables.reduce((sum, t) => sum + t.saved, 0),
      integrity,
      notes: source.notes,
    };
    fs.writeFileSync(salvageFile, JSON.stringify({ report, rowsNotKept: kept }, null, 2));
    syncFile(building);
    if (out === undefined) {
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, damagedPath + suffix);
      }
    }
    fs.renameSync(building, salvagedPath);
    return report;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    for (const suffix of ['', '-journal']) fs.rmSync(building + suffix, { force: true });
  }
}

/** On disk before it is renamed into the workspace's place. */
function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

interface Source {
  db: Db;
  version: number | null;
  readFrom: SalvageReport['readFrom'];
  notes: string[];
}

/**
 * A copy to read from. With a write-ahead log beside the file, both the file
 * with its log and the file alone are checked: a log from another file (or
 * one damaged) replays pages that do not belong, and the file alone, as of
 * its last checkpoint, is then the better copy.
 */
function chooseSource(dbPath: string, scratch: string, binding: { nativeBinding?: string }): Source {
  const withLog = path.join(scratch, 'with-log.sqlite');
  fs.copyFileSync(dbPath, withLog);
  // The first page lost (no header, no root of the table list): rebuilt in the scratch copy from the list's other pages.
  const rebuilt = hasSqliteHeader(withLog) ? null : rebuildFirstPage(withLog, CLAIMDESK_APPLICATION_ID);
  const firstPageNotes =
    rebuilt === null
      ? []
      : [
          `The file's first page (its header and the start of its table list) was unreadable: it was rebuilt from the ${rebuilt.entries} table-list entries found on pages ${rebuilt.schemaPages.join(', ')} (page size ${rebuilt.pageSize}), and the tables were read through it.`,
        ];
  const hasLog = fs.existsSync(`${dbPath}-wal`) && fs.statSync(`${dbPath}-wal`).size > 0;
  if (!hasLog) return { ...openSource(withLog, binding), readFrom: 'file', notes: firstPageNotes };
  fs.copyFileSync(`${dbPath}-wal`, `${withLog}-wal`);
  const alone = path.join(scratch, 'alone.sqlite');
  fs.copyFileSync(withLog, alone);

  const logged = openSource(withLog, binding);
  if (logged.healthy) return { ...logged, readFrom: 'file and write-ahead log', notes: firstPageNotes };
  const single = openSource(alone, binding);
  if (single.healthy) {
    logged.db.close();
    return {
      ...single,
      readFrom: 'file without its write-ahead log',
      notes: [
        ...firstPageNotes,
        'The write-ahead log (-wal) beside the workspace did not fit it (from another file, or damaged): the workspace was read as of its last checkpoint, and changes only in that log are lost. The log is kept with the damaged file.',
      ],
    };
  }
  single.db.close();
  return { ...logged, readFrom: 'file and write-ahead log', notes: firstPageNotes };
}

function openSource(file: string, binding: { nativeBinding?: string }): { db: Db; version: number | null; healthy: boolean } {
  const db = new Database(file, binding);
  // writable_schema lets SQLite read a file shorter than its header says, or past a damaged entry in
  // the table list, as .recover does; better-sqlite3's defensive mode ignores it unless turned off.
  // This is a scratch copy, read only (query_only).
  db.unsafeMode(true);
  tryRun(() => db.pragma('writable_schema = ON'));
  tryRun(() => db.pragma('query_only = ON'));
  const healthy = tryRun(() => db.pragma('quick_check', { simple: true })) === 'ok';
  const version = tryRun(() => (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v) ?? null;
  return { db, version, healthy };
}

function tryRun<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

interface TableShape {
  name: string;
  columns: string[];
  /** The key rows are read in order of: ['rowid'] or the WITHOUT ROWID table's primary key. */
  key: string[];
  /** Whether the rowid must be written explicitly (a rowid table without an INTEGER PRIMARY KEY column). */
  writeRowid: boolean;
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The tables of the new workspace that hold data (no virtual or shadow tables: the search index is refilled). */
function shapesOf(db: Db): TableShape[] {
  const list = db.prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string; wr: number }>;
  return list
    .filter((t) => !NOT_COPIED.has(t.name))
    .map((t) => {
      const info = db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(t.name) as Array<{ name: string; type: string; pk: number }>;
      const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      const integerKey = pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER';
      return {
        name: t.name,
        columns: info.map((c) => c.name),
        key: t.wr ? pk.map((c) => c.name) : ['rowid'],
        writeRowid: !t.wr && !integerKey,
      };
    });
}

function copyTables(source: Db, target: Db, kept: Record<string, { refused: Row[]; orphaned: Row[] }>): TableSalvage[] {
  return shapesOf(target).map((shape) => {
    const counted = tryRun(() => (source.prepare(`SELECT count(*) AS n FROM ${q(shape.name)}`).get() as { n: number }).n) ?? null;
    const result: TableSalvage = { table: shape.name, saved: 0, unreadable: [], lostAtMost: 0, refused: 0, orphaned: 0, unlinked: 0, missing: false, counted };
    kept[shape.name] = { refused: [], orphaned: [] };
    const found = tryRun(() => source.prepare(`SELECT name FROM pragma_table_info(?)`).all(shape.name) as Array<{ name: string }>);
    const sourceColumns = new Set((found ?? []).map((c) => c.name));
    const columns = shape.columns.filter((c) => sourceColumns.has(c));
    if (columns.length === 0) {
      result.missing = true;
      result.lostAtMost = null;
      return result;
    }
    const written = shape.writeRowid ? ['rowid', ...columns] : columns;
    const insert = target.prepare(`INSERT INTO ${q(shape.name)} (${written.map(q).join(', ')}) VALUES (${written.map(() => '?').join(', ')})`);
    const keep = (row: Row) => {
      try {
        insert.run(written.map((c) => (c === 'rowid' ? row.__key0 : row[c])));
        result.saved++;
      } catch {
        result.refused++;
        kept[shape.name]!.refused.push(withoutKeys(row));
      }
    };
    readInKeyOrder(source, shape, columns, keep, result);
    return result;
  });
}

const withoutKeys = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith('__key')));

/**
 * Reads a table in key order, in batches; where a read fails, seeks past the
 * damage and records the key range that could not be read.
 */
function readInKeyOrder(db: Db, shape: TableShape, columns: string[], keep: (row: Row) => void, result: TableSalvage): void {
  const keyList = shape.key.map((k, i) => `${q(k)} AS __key${i}`).join(', ');
  const keyTuple = `(${shape.key.map(q).join(', ')})`;
  const order = shape.key.map(q).join(', ');
  const selectList = `${keyList}, ${columns.map(q).join(', ')}`;
  const placeholders = `(${shape.key.map(() => '?').join(', ')})`;
  const first = tryRun(() => db.prepare(`SELECT ${selectList} FROM ${q(shape.name)} ORDER BY ${order} LIMIT ${BATCH}`));
  const after = tryRun(() => db.prepare(`SELECT ${selectList} FROM ${q(shape.name)} WHERE ${keyTuple} > ${placeholders} ORDER BY ${order} LIMIT ${BATCH}`));
  const alone = tryRun(() => db.prepare(`SELECT ${selectList} FROM ${q(shape.name)} WHERE ${keyTuple} = ${placeholders}`));
  const seek = tryRun(() => db.prepare(`SELECT ${keyList} FROM ${q(shape.name)} WHERE ${q(shape.key[0]!)} >= ? ORDER BY ${order} LIMIT 1`));
  if (!first || !after || !alone || !seek) {
    result.missing = true;
    result.lostAtMost = null;
    return;
  }
  const keyOf = (row: Row) => shape.key.map((_, i) => row[`__key${i}`]);
  let cursor: unknown[] | null = null;
  for (;;) {
    let read = 0;
    let failed = false;
    try {
      for (const row of (cursor === null ? first.iterate() : after.iterate(...cursor)) as Iterable<Row>) {
        read++;
        cursor = keyOf(row);
        keep(row);
      }
    } catch {
      failed = true;
    }
    if (!failed) {
      if (read < BATCH) return;
      continue;
    }
    // Step past the damage: the first key, beyond the last one read, where a seek succeeds.
    const last = cursor === null ? null : cursor[0];
    if (last !== null && typeof last !== 'number') {
      // A text key (preferences) cannot be stepped along: the rest of the table is lost.
      lose(result, null, null);
      return;
    }
    const from = last === null ? 0 : last;
    const next = nextReadable(seek, from);
    if (next === null) {
      lose(result, from + 1, upperBound(db, shape));
      return;
    }
    const nextFirst = next[0] as number;
    if (nextFirst > from + 1) lose(result, from + 1, nextFirst - 1);
    // The row found may itself be the unreadable one (a damaged overflow page): read it alone.
    const row = tryRun(() => alone.get(...next) as Row | undefined);
    if (row) keep(row);
    else lose(result, nextFirst, nextFirst);
    cursor = next;
  }
}

/** The smallest key whose first column is above `from` that a seek can reach, or null if none can be. */
function nextReadable(seek: Database.Statement, from: number): unknown[] | null {
  const probe = (at: number): unknown[] | null | 'failed' => {
    try {
      const row = seek.get(at) as Row | undefined;
      return row ? Object.keys(row).map((k) => row[k]) : null;
    } catch {
      return 'failed';
    }
  };
  let failedAt = from;
  let step = 1;
  for (;;) {
    const at = from + step;
    if (at > MAX_KEY) return null;
    const found = probe(at);
    if (found === null) return null;
    if (found !== 'failed') {
      // Back by halves to the first place reading works again, so as few rows as possible are skipped.
      let lo = failedAt;
      let hi = at;
      let best = found;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        const tried = probe(mid);
        if (tried === 'failed') lo = mid;
        else if (tried === null) lo = mid;
        else {
          hi = mid;
          best = tried;
        }
      }
      return best;
    }
    failedAt = at;
    step *= 2;
  }
}

/** The largest key, when the right edge of the table can still be read: bounds the last unreadable range. */
function upperBound(db: Db, shape: TableShape): number | null {
  const max = tryRun(() => (db.prepare(`SELECT max(${q(shape.key[0]!)}) AS m FROM ${q(shape.name)}`).get() as { m: unknown }).m);
  return typeof max === 'number' ? max : null;
}

function lose(result: TableSalvage, from: number | null, to: number | null): void {
  if (from !== null && to !== null && to < from) return;
  result.unreadable.push({ from, to });
  if (result.lostAtMost === null) return;
  result.lostAtMost = from === null || to === null ? null : result.lostAtMost + (to - from + 1);
}

interface ForeignKey {
  table: string;
  column: string;
  parent: string;
  parentColumn: string;
  onDelete: string;
}

function foreignKeys(db: Db, tables: readonly string[]): ForeignKey[] {
  return tables.flatMap((table) =>
    (db.prepare('SELECT "from", "table", "to", on_delete FROM pragma_foreign_key_list(?)').all(table) as Array<{ from: string; table: string; to: string | null; on_delete: string }>).map((fk) => ({
      table,
      column: fk.from,
      parent: fk.table,
      parentColumn: fk.to ?? 'rowid',
      onDelete: fk.on_delete.toUpperCase(),
    })),
  );
}

/**
 * A row whose parent was lost goes the way the schema sends it when a parent
 * is deleted: CASCADE drops it (and, in turn, its own children), SET NULL
 * clears the link. Repeated until nothing changes.
 */
function dropOrphans(db: Db, tables: TableSalvage[], kept: Record<string, { refused: Row[]; orphaned: Row[] }>): void {
  const byName = new Map(tables.map((t) => [t.table, t]));
  const keys = foreignKeys(db, [...byName.keys()]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const fk of keys) {
      const orphan = `${q(fk.column)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${q(fk.parent)} p WHERE p.${q(fk.parentColumn)} = ${q(fk.table)}.${q(fk.column)})`;
      const result = byName.get(fk.table)!;
      if (fk.onDelete === 'SET NULL') {
        const cleared = db.prepare(`UPDATE ${q(fk.table)} SET ${q(fk.column)} = NULL WHERE ${orphan}`).run().changes;
        result.unlinked += cleared;
        changed ||= cleared > 0;
        continue;
      }
      const rows = db.prepare(`SELECT * FROM ${q(fk.table)} WHERE ${orphan}`).all() as Row[];
      if (rows.length === 0) continue;
      kept[fk.table]!.orphaned.push(...rows);
      result.orphaned += db.prepare(`DELETE FROM ${q(fk.table)} WHERE ${orphan}`).run().changes;
      changed = true;
    }
  }
}

/** The full-text index (one row per claim, with its notes and sources), rebuilt from the salvaged rows. */
function refillSearch(db: Db): void {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'claim_search'").get();
  if (!has) return;
  db.exec(`
    DELETE FROM claim_search;
    INSERT INTO claim_search (rowid, text, speaker, notes, sources)
      SELECT c.id, c.text, coalesce(c.speaker, ''),
        coalesce((SELECT group_concat(body, ' ') FROM notes WHERE claim_id = c.id), ''),
        coalesce((SELECT group_concat(s.url || ' ' || coalesce(s.title, '') || ' ' || coalesce(s.publisher, '') || ' ' || coalesce(s.excerpt, ''), ' ')
                  FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = c.id), '')
      FROM claims c;
  `);
}

function countRows(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${q(table)}`).get() as { n: number }).n;
}

/** The report as lines of text, for the CLI and the test output. */
export function describeSalvage(report: SalvageReport): string[] {
  const lines = report.tables
    .filter((t) => t.saved > 0 || t.missing || t.unreadable.length > 0 || t.refused > 0 || t.orphaned > 0 || t.unlinked > 0)
    .map((t) => {
      const missingRows = t.counted === null ? null : Math.max(0, t.counted - t.saved - t.refused - t.orphaned);
      const lost = t.missing
        ? 'table unreadable: all its rows lost'
        : t.unreadable.length === 0
          ? 'nothing unreadable'
          : `unreadable ${missingRows !== null ? `${missingRows} rows` : t.lostAtMost === null ? 'rows (number unknown)' : `at most ${t.lostAtMost} rows`} (keys ${t.unreadable.map((r) => `${r.from ?? '?'}–${r.to ?? 'end'}`).join(', ')})`;
      const extra = [t.refused ? `${t.refused} refused as damaged` : '', t.orphaned ? `${t.orphaned} dropped, parent lost` : '', t.unlinked ? `${t.unlinked} links to lost rows cleared` : '']
        .filter(Boolean)
        .join('; ');
      const of = t.counted === null ? '' : ` of ${t.counted}`;
      return `  ${t.table}: ${t.saved}${of} saved; ${lost}${extra ? `; ${extra}` : ''}`;
    });
  return [
    `Salvaged ${report.savedRows} rows into ${report.salvagedPath} (integrity: ${report.integrity}); read from the ${report.readFrom}.`,
    ...lines,
    ...report.notes.map((n) => `  ${n}`),
    `The damaged file is kept untouched at ${report.damagedPath}.`,
    `Rows that could be read but not kept, and this report: ${report.salvageFile}`,
  ];
}
