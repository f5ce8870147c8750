import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { useTempDir } from '../../db/testing/temp-workspace';
import { analyzeArticle } from '../import';
import { sampleArticlePath } from '../paths';
import { scoreUnscoredClaims } from './backfill';
import { callOrThrow } from './dispatch';
import { closeWorkspace, openWorkspace } from './workspace';

const tempDir = useTempDir();

const MILITANT_ATTACKS = 'Relations between Pakistan and Afghanistan have deteriorated';

/** A workspace as the previous version left it: schema 3, the sample imported `copies` times, one verdict given. */
function oldWorkspace(copies = 1): string {
  const file = path.join(tempDir(), 'old.sqlite');
  const sample = fs.readFileSync(sampleArticlePath(), 'utf8');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, 3);
  for (let copy = 1; copy <= copies; copy++) {
    const body = copy === 1 ? sample : `${sample}\n\nCopy ${copy}.`;
    db.prepare("INSERT INTO articles (id, title, body, content_hash, imported_at, imported_by) VALUES (?, 'Sample', ?, ?, 't', 'ana')").run(copy, body, `h${copy}`);
    const insert = db.prepare(`INSERT INTO claims (article_id, position, text, span_start, span_end, kind, hidden, speaker, status, reviewed_by, reviewed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    analyzeArticle(body).claims.forEach((c, i) => {
      const reviewed = c.text.startsWith('Tensions have also');
      insert.run(copy, i + 1, c.text, c.start, c.end, c.kind, c.kind === 'claim' ? 0 : 1, i === 2 ? 'Someone the user chose' : c.speaker, reviewed ? 'verified' : 'unverified', reviewed ? 'ana' : null, reviewed ? 't' : null);
    });
  }
  db.close();
  return file;
}

const unscored = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM claims WHERE check_worthiness IS NULL').get() as { n: number }).n;

describe('claims imported before scores existed', () => {
  it('never make opening wait: another process writing means they are scored at a later open', () => {
    const file = oldWorkspace(2);
    const other = new Database(file);
    migrate(other); // already migrated (by another process, say), not yet scored
    other.prepare('BEGIN IMMEDIATE').run();
    const started = Date.now();
    const ws = openWorkspace({ dbPath: file });
    try {
      // Opened at once (no busy wait of seconds), nothing scored, and the workspace answers.
      expect(Date.now() - started).toBeLessThan(4000);
      expect(unscored(ws.db)).toBeGreaterThan(0);
      expect(callOrThrow(ws, 'getStats', {}).overall.total).toBeGreaterThan(0);
    } finally {
      closeWorkspace(ws);
      other.prepare('ROLLBACK').run();
      other.close();
    }
    const later = openWorkspace({ dbPath: file });
    try {
      expect(unscored(later.db)).toBe(0);
    } finally {
      closeWorkspace(later);
    }
  });

  it('are scored within a time budget per open, a few articles at a time', () => {
    const file = oldWorkspace(3);
    const db = new Database(file);
    migrate(db);
    expect(scoreUnscoredClaims(db, -1)).toEqual({ scored: 0, remaining: unscored(db) });
    const all = unscored(db);
    const result = scoreUnscoredClaims(db);
    expect(result).toEqual({ scored: all, remaining: 0 });
    db.close();
  });

  it('are scored, and get their in-article disputes, when this version opens the workspace; verdicts and speakers stay', () => {
    const file = oldWorkspace();
    const db = new Database(file);
    const before = db.prepare('SELECT id, text, status, reviewed_by, hidden FROM claims ORDER BY id').all();
    db.close();

    const ws = openWorkspace({ dbPath: file });
    try {
      expect(ws.db.prepare('SELECT count(*) AS n FROM claims WHERE check_worthiness IS NULL').get()).toEqual({ n: 0 });
      expect(ws.db.prepare('SELECT id, text, status, reviewed_by, hidden FROM claims ORDER BY id').all()).toEqual(before);
      expect(ws.db.prepare('SELECT speaker FROM claims WHERE position = 3').get()).toEqual({ speaker: 'Someone the user chose' });
      const rows = callOrThrow(ws, 'listClaims', { filter: { articleId: 1 }, limit: 100 }).rows;
      const deportations = rows.find((r) => r.text.startsWith('Tensions have also'))!;
      expect(deportations.figures.length).toBeGreaterThan(0);
      expect(deportations.status).toBe('verified');
      const attacks = rows.find((r) => r.text.startsWith(MILITANT_ATTACKS))!;
      expect(attacks.inArticleDispute).toBe('pending');
    } finally {
      closeWorkspace(ws);
    }
    // Opening again does nothing more.
    const again = openWorkspace({ dbPath: file });
    try {
      expect(again.db.prepare('SELECT count(*) AS n FROM dispute_suggestions').get()).toEqual({ n: 1 });
    } finally {
      closeWorkspace(again);
    }
  });
});

describe('the sample article', () => {
  it("suggests disputed for the claim about militant attacks, with the Taliban government's denial as evidence; accepting is recorded", () => {
    const ws = openWorkspace({ dbPath: path.join(tempDir(), 'w.sqlite'), reviewer: 'Ana' });
    try {
      callOrThrow(ws, 'loadSample', {});
      const pending = callOrThrow(ws, 'listClaims', { filter: { contestedInArticle: true } }).rows.filter((r) => r.inArticleDispute === 'pending');
      expect(pending.map((r) => r.text.slice(0, MILITANT_ATTACKS.length))).toEqual([MILITANT_ATTACKS]);
      expect(pending[0]!.text).toMatch(/attributed to insurgents operating from Afghan territory\.$/);
      const detail = callOrThrow(ws, 'getClaim', { claimId: pending[0]!.id });
      expect(detail.suggestions).toEqual([
        expect.objectContaining({
          speaker: 'The Taliban government',
          phrase: 'denies these allegations',
          denialText: 'The Taliban government denies these allegations, asserting that Afghan soil was not being used against any nation.',
          state: 'pending',
        }),
      ]);
      expect(detail.claim.status).toBe('unverified');
      expect(detail.claim.reviewedAt).toBeNull();
      const accepted = callOrThrow(ws, 'acceptSuggestion', { suggestionId: detail.suggestions[0]!.id });
      expect(accepted.claim.status).toBe('disputed');
      expect(accepted.history.map((h) => h.action)).toEqual(expect.arrayContaining(['status', 'suggestion_accepted']));
      expect(accepted.history.find((h) => h.action === 'suggestion_accepted')?.newValue).toBe(
        'Disputed by: The Taliban government — “denies these allegations”',
      );
    } finally {
      closeWorkspace(ws);
    }
  });
});
