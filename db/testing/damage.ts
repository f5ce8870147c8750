/**
 * Workspaces damaged on purpose, for the recovery tests (db/recover.test.ts,
 * e2e/recovery.spec.ts): a real workspace with reviews in it, then bytes of
 * the file cut off or overwritten, page by page.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { callOrThrow } from '../../core/api/dispatch';
import { closeWorkspace, openWorkspace, type Workspace } from '../../core/api/workspace';
import { setPreference } from '../queries/preferences';

const ARTICLES = path.join(__dirname, '..', '..', 'eval', 'articles');

/**
 * A workspace with every eval article imported and reviewed: a verdict on
 * every other claim, a note on every claim, a source on every fifth. Closed
 * (checkpointed: no write-ahead log left) unless `keepOpen`.
 */
export function buildReviewedWorkspace(dbPath: string, options: { articles?: number } = {}): Workspace {
  let tick = Date.parse('2026-01-01T09:00:00.000Z');
  const ws = openWorkspace({ dbPath, now: () => new Date((tick += 1000)).toISOString() });
  setPreference(ws.db, 'reviewerName', 'Tess Tester');
  const files = fs.readdirSync(ARTICLES).sort().slice(0, options.articles ?? Infinity);
  for (const file of files) callOrThrow(ws, 'importArticle', { text: fs.readFileSync(path.join(ARTICLES, file), 'utf8') });
  const claims = ws.db.prepare('SELECT id FROM claims ORDER BY id').all() as Array<{ id: number }>;
  claims.forEach(({ id }, i) => {
    if (i % 2 === 0) callOrThrow(ws, 'setStatus', { claimId: id, status: i % 4 === 0 ? 'verified' : 'disputed' });
    callOrThrow(ws, 'addNote', { claimId: id, body: `Checked claim ${id} against the ministry's figures; ${'see the call log. '.repeat(4)}` });
    if (i % 5 === 0) callOrThrow(ws, 'addSource', { claimId: id, url: `https://example.org/source/${id}`, title: `Source for claim ${id}`, stance: 'supports' });
  });
  return ws;
}

/** Row counts of the tables that hold a reviewer's work. */
export function countRows(dbPath: string, tables: readonly string[] = WORK_TABLES): Record<string, number> {
  const db = new Database(dbPath, { readonly: true });
  try {
    return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

export const WORK_TABLES = ['articles', 'claims', 'notes', 'sources', 'claim_sources', 'history', 'change_sets', 'change_log', 'preferences'] as const;

/** The pages of one table or index, by kind ('leaf', 'internal', 'overflow'), read with dbstat from a healthy file. */
export function pagesOf(dbPath: string, name: string, kind?: 'leaf' | 'internal' | 'overflow'): number[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db.prepare('SELECT pageno, pagetype FROM dbstat WHERE name = ? ORDER BY pageno').all(name) as Array<{ pageno: number; pagetype: string }>;
    return rows.filter((r) => kind === undefined || r.pagetype === kind).map((r) => r.pageno);
  } finally {
    db.close();
  }
}

export function pageSize(dbPath: string): number {
  return fs.readFileSync(dbPath).readUInt16BE(16) || 65536;
}

/** Overwrites whole pages (numbered from 1) with zeros or with random bytes (seeded: the same damage every run). */
export function overwritePages(dbPath: string, pages: readonly number[], fill: 'zeros' | 'random', seed = 1): void {
  const size = pageSize(dbPath);
  const fd = fs.openSync(dbPath, 'r+');
  try {
    pages.forEach((page, i) => {
      const bytes = fill === 'zeros' ? Buffer.alloc(size) : seededBytes(size, `${seed}:${page}:${i}`);
      fs.writeSync(fd, bytes, 0, size, (page - 1) * size);
    });
  } finally {
    fs.closeSync(fd);
  }
}

function seededBytes(length: number, seed: string): Buffer {
  const out = Buffer.alloc(length);
  for (let offset = 0, n = 0; offset < length; n++) {
    const block = crypto.createHash('sha256').update(`${seed}:${n}`).digest();
    offset += block.copy(out, offset);
  }
  return out;
}

export function truncateTo(dbPath: string, fraction: number): void {
  const size = pageSize(dbPath);
  const pages = Math.floor(fs.statSync(dbPath).size / size);
  fs.truncateSync(dbPath, Math.max(1, Math.floor(pages * fraction)) * size);
}

export { closeWorkspace };
