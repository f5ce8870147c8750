import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOrThrow } from '../core/api/dispatch';
import { closeWorkspace, openWorkspace } from '../core/api/workspace';
import { ClaimdeskError } from '../core/errors';
import { openDatabase } from './open';
import { describeSalvage, salvageWorkspace, type SalvageReport } from './recover';
import { schemaCell } from './first-page';
import { buildReviewedWorkspace, countRows, overwritePages, pagesOf, pageSize, truncateTo, WORK_TABLES } from './testing/damage';
import { useTempDir } from './testing/temp-workspace';

const tempDir = useTempDir();
let template: string;
let templateCounts: Record<string, number>;
const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-recover-'));
/** What recovery saved for each kind of damage: printed once at the end (the figures in the closing note). */
const figures: Array<{ damage: string; detected: string; counts: Record<string, string> }> = [];

beforeAll(() => {
  template = path.join(templateDir, 'reviewed.sqlite');
  closeWorkspace(buildReviewedWorkspace(template));
  templateCounts = countRows(template);
}, 60_000);

afterAll(() => {
  fs.rmSync(templateDir, { recursive: true, force: true });
  const header = ['damage', 'detected at open', ...WORK_TABLES];
  const rows = figures.map((f) => [f.damage, f.detected, ...WORK_TABLES.map((t) => f.counts[t] ?? '')]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(['What recovery saved (saved/original rows):', line(header), ...rows.map(line)].join('\n'));
});

/** A copy of the reviewed workspace in a fresh folder. */
function copyOfTemplate(): string {
  const file = path.join(tempDir(), 'claimdesk.sqlite');
  fs.copyFileSync(template, file);
  return file;
}

const hashOf = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The error code openWorkspace gives, or 'opens' when it opens. */
function openOutcome(file: string): string {
  try {
    closeWorkspace(openWorkspace({ dbPath: file }));
    return 'opens';
  } catch (err) {
    return err instanceof ClaimdeskError ? err.code : `not a ClaimdeskError: ${String(err)}`;
  }
}

/** Salvages `file` in place and checks what every salvage must give: a consistent workspace that opens, the damaged file untouched beside it. */
function salvageAndCheck(file: string, damage: string, detected: string): SalvageReport {
  const before = hashOf(file);
  const report = salvageWorkspace(file, { now: () => new Date('2026-12-06T18:00:00Z') });
  expect(report.damagedPath).toBe(path.join(path.dirname(file), 'claimdesk.damaged-2026-12-06T18-00-00Z.sqlite'));
  expect(hashOf(report.damagedPath)).toBe(before);
  expect(report.salvagedPath).toBe(file);
  expect(report.integrity).toBe('ok');
  expect(fs.existsSync(report.salvageFile)).toBe(true);
  const db = new Database(file, { readonly: true });
  expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  // The search index holds exactly the salvaged claims.
  expect((db.prepare('SELECT count(*) AS n FROM claim_search').get() as { n: number }).n).toBe((db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n);
  db.close();
  expect(openOutcome(file)).toBe('opens');
  const saved = countRows(file);
  figures.push({ damage, detected, counts: Object.fromEntries(WORK_TABLES.map((t) => [t, `${saved[t]}/${templateCounts[t]}`])) });
  console.log(`${damage}:\n${describeSalvage(report).join('\n')}`);
  for (const table of WORK_TABLES) expect(saved[table]).toBeLessThanOrEqual(templateCounts[table]!);
  return report;
}

describe('salvageWorkspace', () => {
  it('the reviewed workspace holds enough rows to spread over many pages', () => {
    expect(templateCounts.claims).toBeGreaterThan(200);
    expect(templateCounts.notes).toBe(templateCounts.claims);
    expect(pagesOf(template, 'notes', 'leaf').length).toBeGreaterThan(10);
  });

  it('a truncated file: detected at open; the rows on the pages still there are saved', () => {
    const file = copyOfTemplate();
    truncateTo(file, 0.6);
    const detected = openOutcome(file);
    expect(detected).toBe('database_corrupt');
    const report = salvageAndCheck(file, 'truncated to 60%', detected);
    expect(report.savedRows).toBeGreaterThan(0);
    const saved = countRows(file);
    expect(saved.claims).toBeGreaterThan(0);
    expect(saved.claims).toBeLessThan(templateCounts.claims!);
  });

  it.each(['zeros', 'random'] as const)('pages overwritten with %s: only the rows on those pages are lost', (fill) => {
    const file = copyOfTemplate();
    const notes = pagesOf(file, 'notes', 'leaf');
    const claims = pagesOf(file, 'claims', 'leaf');
    // Two pages of notes (one in the middle, the last) and one page of claims.
    overwritePages(file, [notes[Math.floor(notes.length / 2)]!, notes[notes.length - 1]!, claims[Math.floor(claims.length / 3)]!], fill);
    const detected = openOutcome(file);
    expect(detected).toBe('database_corrupt');
    const report = salvageAndCheck(file, `3 pages overwritten with ${fill}`, detected);
    const notesReport = report.tables.find((t) => t.table === 'notes')!;
    expect(notesReport.unreadable.length).toBeGreaterThanOrEqual(1);
    const saved = countRows(file);
    // A note page holds a few dozen notes: most notes survive two lost pages and the notes of one lost claim page.
    expect(saved.notes).toBeGreaterThan(templateCounts.notes! * 0.6);
    expect(saved.notes).toBeLessThan(templateCounts.notes!);
    expect(saved.claims).toBeLessThan(templateCounts.claims!);
    expect(saved.articles).toBe(templateCounts.articles);
    // Notes of a claim that was lost are not in the workspace; they are in the salvage file.
    const kept = JSON.parse(fs.readFileSync(report.salvageFile, 'utf8')) as { rowsNotKept: Record<string, { orphaned: unknown[] }> };
    expect(kept.rowsNotKept.notes!.orphaned.length).toBe(report.tables.find((t) => t.table === 'notes')!.orphaned);
  });

  it('the first page (header and root of the table list) lost: detected; the page is rebuilt from the table list\'s other pages and every row on the other pages is saved', () => {
    const file = copyOfTemplate();
    overwritePages(file, [1], 'zeros');
    const detected = openOutcome(file);
    expect(detected).toBe('database_corrupt');
    const report = salvageAndCheck(file, 'first page zeroed', detected);
    expect(report.notes.some((n) => /first page .* was rebuilt/.test(n))).toBe(true);
    // Page 1 held no rows of any table: every row is saved.
    expect(countRows(file)).toEqual(templateCounts);
    expect(report.tables.some((t) => t.missing)).toBe(false);
  });

  it('the first page overwritten with random bytes: rebuilt the same way; every row saved', () => {
    const file = copyOfTemplate();
    overwritePages(file, [1], 'random');
    expect(openOutcome(file)).toBe('database_corrupt');
    const report = salvageAndCheck(file, 'first page random', 'database_corrupt');
    expect(report.notes.some((n) => /first page .* was rebuilt/.test(n))).toBe(true);
    expect(countRows(file)).toEqual(templateCounts);
  });

  it('the first page and the table list\'s other pages lost: nothing can be found, and the report says so', () => {
    const file = copyOfTemplate();
    overwritePages(file, [1, ...pagesOf(file, 'sqlite_schema', 'leaf')], 'zeros');
    const report = salvageAndCheck(file, 'first page and table list zeroed', openOutcome(file));
    expect(report.savedRows).toBe(0);
    expect(report.tables.every((t) => t.missing)).toBe(true);
  });

  it('a broken index: detected; every row is saved (the salvaged workspace builds its indexes anew)', () => {
    const file = copyOfTemplate();
    const index = pagesOf(file, 'notes_by_claim', 'leaf');
    overwritePages(file, [index[0]!], 'random');
    const detected = openOutcome(file);
    expect(detected).toBe('database_corrupt');
    // REINDEX on a copy would mend it too; salvage never writes to the damaged file.
    salvageAndCheck(file, 'an index page overwritten', detected);
    expect(countRows(file)).toEqual(templateCounts);
  });

  it('a missing write-ahead log is not damage SQLite can see: the file opens as of its last checkpoint; with the log, nothing is lost', () => {
    const dir = tempDir();
    const live = path.join(dir, 'live.sqlite');
    fs.copyFileSync(template, live);
    const ws = openWorkspace({ dbPath: live });
    ws.db.pragma('wal_autocheckpoint = 0');
    const claimId = (ws.db.prepare('SELECT min(id) AS id FROM claims').get() as { id: number }).id;
    for (let i = 0; i < 20; i++) callOrThrow(ws, 'addNote', { claimId, body: `Written after the checkpoint ${i}` });
    // Copied while the app runs (or after a crash): once without its -wal, once with it.
    const withoutLog = path.join(dir, 'without-log.sqlite');
    const withLog = path.join(dir, 'with-log.sqlite');
    fs.copyFileSync(live, withoutLog);
    fs.copyFileSync(live, withLog);
    fs.copyFileSync(`${live}-wal`, `${withLog}-wal`);
    closeWorkspace(ws);

    expect(openOutcome(withoutLog)).toBe('opens');
    expect(countRows(withoutLog).notes).toBe(templateCounts.notes);
    expect(openOutcome(withLog)).toBe('opens');
    expect(countRows(withLog).notes).toBe(templateCounts.notes! + 20);
    figures.push({ damage: 'WAL missing (20 notes in it)', detected: 'opens', counts: { notes: `${templateCounts.notes}/${templateCounts.notes! + 20}` } });
    figures.push({ damage: 'WAL kept', detected: 'opens', counts: { notes: `${templateCounts.notes! + 20}/${templateCounts.notes! + 20}` } });
  });

  it('a write-ahead log from another workspace: detected; the file is salvaged without it, as of its last checkpoint', () => {
    const dir = tempDir();
    // Another workspace, built on its own (its pages hold other things), with changes still in its log.
    const other = path.join(dir, 'other.sqlite');
    closeWorkspace(buildReviewedWorkspace(other, { articles: 3 }));
    const ws = openWorkspace({ dbPath: other });
    ws.db.pragma('wal_autocheckpoint = 0');
    callOrThrow(ws, 'deleteArticle', { id: 1 });
    for (const { id } of ws.db.prepare('SELECT id FROM claims ORDER BY id LIMIT 40').all() as Array<{ id: number }>) {
      callOrThrow(ws, 'addNote', { claimId: id, body: `Only in the other workspace ${id}` });
    }
    const file = copyOfTemplate();
    fs.copyFileSync(`${other}-wal`, `${file}-wal`);
    closeWorkspace(ws);

    const log = hashOf(`${file}-wal`);
    const detected = openOutcome(file);
    expect(detected).toBe('database_corrupt');
    // The refused open left the file and the log as they were (a writable connection would have checkpointed it in).
    expect(hashOf(`${file}-wal`)).toBe(log);
    const report = salvageAndCheck(file, 'WAL from another file', detected);
    expect(report.readFrom).toBe('file without its write-ahead log');
    expect(countRows(file)).toEqual(templateCounts);
    // The damaged file and the log that came with it are both kept, untouched.
    expect(fs.existsSync(`${report.damagedPath}-wal`)).toBe(true);
  });

  it('--out: the salvaged workspace goes to the new file, the damaged one stays where it is, unchanged', () => {
    const file = copyOfTemplate();
    truncateTo(file, 0.8);
    const before = hashOf(file);
    const out = path.join(path.dirname(file), 'salvaged.sqlite');
    const report = salvageWorkspace(file, { out });
    expect(report.salvagedPath).toBe(out);
    expect(report.damagedPath).toBe(file);
    expect(hashOf(file)).toBe(before);
    expect(openOutcome(out)).toBe('opens');
    expect(() => salvageWorkspace(file, { out })).toThrow(/already exists/);
  });

  it('a healthy workspace salvages whole', () => {
    const file = copyOfTemplate();
    const rowsOf = (dbPath: string) => {
      const db = new Database(dbPath, { readonly: true });
      const rows = Object.fromEntries(WORK_TABLES.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()]));
      db.close();
      return rows;
    };
    const before = rowsOf(file);
    salvageAndCheck(file, 'no damage', openOutcome(file));
    // Row for row, column for column: ids and every link between rows kept.
    expect(rowsOf(file)).toEqual(before);
    expect(openDatabase(file).pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('rebuilding a lost first page', () => {
  it('between a live table-list leaf and a stale copy of it (older root pages, on a lower page), takes the live one', () => {
    const file = copyOfTemplate();
    const size = pageSize(file);
    // The last leaf of the table list, and a page below it that only an index used (salvage builds indexes anew):
    // the stale copy goes there, so it comes first in page order.
    const live = pagesOf(file, 'sqlite_schema', 'leaf').at(-1);
    const db = new Database(file, { readonly: true });
    const indexPages = (db.prepare("SELECT pageno FROM dbstat WHERE name LIKE '%\\_by\\_%' ESCAPE '\\' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[]).filter((p) => p < live!);
    db.close();
    expect(indexPages.length).toBeGreaterThan(0);
    const bytes = fs.readFileSync(file);
    const stale = Buffer.from(bytes.subarray((live! - 1) * size, live! * size));
    // Its tables' roots as a dropped table's would be: pages that start no b-tree (page 1, the header's; or past the end).
    let rewritten = 0;
    for (let i = 0; i < stale.readUInt16BE(3); i++) {
      const cell = schemaCell(stale, stale.readUInt16BE(8 + i * 2));
      if (cell === null || cell.root === 0) continue;
      if (cell.rootWidth === 1) stale.writeUInt8(1, cell.rootAt);
      else if (cell.rootWidth === 2) stale.writeUInt16BE(30_000 + i, cell.rootAt);
      else continue;
      rewritten++;
    }
    expect(rewritten).toBeGreaterThan(0);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, stale, 0, size, (indexPages[0]! - 1) * size);
    fs.closeSync(fd);
    overwritePages(file, [1], 'zeros');
    const report = salvageAndCheck(file, 'first page zeroed, stale table-list copy below the live one', openOutcome(file));
    expect(report.notes.some((n) => n.includes(`pages ${live}`) || n.includes(`, ${live}`))).toBe(true);
    expect(countRows(file)).toEqual(templateCounts);
  });
});
