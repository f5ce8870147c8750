/**
 * Grows a workspace by copying its first article (each copy a distinct
 * article, so every span stays exact), written from the test's process while
 * browser mode has the same file open — as a CLI import running beside the
 * app would.
 */
import Database from 'better-sqlite3';

/**
 * The copies' verdicts, as SQL over the copy `a` and the first article's claim `c`: the claim's own by default
 * (`c.status`, not reviewed), or a spread over the copies (`CASE a.id % 4 …`) for counts in every state.
 */
export interface CopyVerdicts {
  status: string;
  reviewedBy: string;
  reviewedAt: string;
}

const AS_FIRST: CopyVerdicts = { status: 'c.status', reviewedBy: 'NULL', reviewedAt: 'NULL' };

/** Adds `copies` copies of article 1 and returns how many shown claims the workspace then holds. */
export function seedCopies(dbPath: string, copies: number, verdicts: CopyVerdicts = AS_FIRST): number {
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    db.prepare(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
      INSERT INTO articles (title, article_date, dateline, body, content_hash, filename, imported_at, imported_by)
      SELECT a.title || ' (copy ' || n.i || ')', a.article_date, a.dateline, a.body || char(10) || 'Copy ' || n.i || '.',
             a.content_hash || '-' || n.i, a.filename, a.imported_at, 'seed'
      FROM articles a, n WHERE a.id = 1`).run(copies);
    db.prepare(`
      INSERT INTO claims (article_id, position, text, span_start, span_end, prefix, suffix, kind, hidden, speaker, status, reviewed_by, reviewed_at)
      SELECT a.id, c.position, c.text, c.span_start, c.span_end, c.prefix, c.suffix, c.kind, c.hidden, c.speaker,
             ${verdicts.status}, ${verdicts.reviewedBy}, ${verdicts.reviewedAt}
      FROM articles a JOIN claims c ON c.article_id = 1 WHERE a.id > 1`).run();
  })();
  const total = (db.prepare('SELECT count(*) AS n FROM claims WHERE hidden = 0').get() as { n: number }).n;
  db.close();
  return total;
}
