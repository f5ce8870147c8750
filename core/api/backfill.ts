/**
 * Claims imported before Claimdesk scored them (schema < 4) get their
 * figures, entities, check-worthiness and in-article disputes when this
 * version opens the workspace. Speakers, verdicts and what is shown or
 * hidden stay as the fact-checker left them.
 *
 * It must never stand in the way of opening the workspace:
 * - one short transaction per article, never waiting for the write lock,
 *   and the analysis done before it is taken: when another process holds
 *   the lock (and is probably scoring too), or the file cannot be written
 *   (read-only, disk full), this one stops and the rest waits for a later open;
 * - a time budget per open, so a very large old workspace is scored over a
 *   few starts instead of freezing one;
 * - an article the analysis fails on gets each claim scored on its own
 *   text instead; a claim that still fails keeps no score.
 */
import type { Db } from '../../db/open';
import { setClaimInsight } from '../../db/queries/claims';
import { insertSuggestions, suggestionsFrom } from '../../db/queries/suggestions';
import { analyzeArticle, analyzeClaimText, type AnalyzedArticle } from '../import';

/** How long one open may spend scoring, in milliseconds. */
export const BACKFILL_BUDGET_MS = 1500;

interface Unscored {
  id: number;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

export interface BackfillResult {
  scored: number;
  /** Claims still without a score (left for a later open). */
  remaining: number;
}

export function scoreUnscoredClaims(db: Db, budgetMs = BACKFILL_BUDGET_MS): BackfillResult {
  const remaining = () => (db.prepare('SELECT count(*) AS n FROM claims WHERE check_worthiness IS NULL').get() as { n: number }).n;
  if (!db.prepare('SELECT 1 FROM claims WHERE check_worthiness IS NULL LIMIT 1').get()) return { scored: 0, remaining: 0 };
  const deadline = Date.now() + budgetMs;
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  let scored = 0;
  db.pragma('busy_timeout = 0');
  try {
    const articles = db.prepare('SELECT DISTINCT article_id AS id FROM claims WHERE check_worthiness IS NULL').all() as Array<{ id: number }>;
    for (const { id } of articles) {
      if (Date.now() > deadline) break;
      // The analysis runs before the write lock is taken; the transaction only writes (and re-reads what it writes to).
      const analysis = analyzeStored(db, id);
      scored += db.transaction(() => scoreArticle(db, id, analysis)).immediate();
    }
  } catch {
    // Busy (another process is scoring), read-only, disk full: scoring waits for a later open; opening goes on.
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
  return { scored, remaining: remaining() };
}

interface StoredAnalysis {
  body: string;
  /** Null when the analysis failed on this article: each claim is then scored on its own text. */
  analysis: AnalyzedArticle | null;
}

function analyzeStored(db: Db, articleId: number): StoredAnalysis {
  const body = (db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string }).body;
  try {
    return { body, analysis: analyzeArticle(body) };
  } catch {
    return { body, analysis: null };
  }
}

function scoreArticle(db: Db, articleId: number, { body, analysis }: StoredAnalysis): number {
  const claims = db
    .prepare(`SELECT id, text, span_start AS start, span_end AS "end", speaker FROM claims
      WHERE article_id = ? AND check_worthiness IS NULL ORDER BY position`)
    .all(articleId) as Unscored[];
  const bySpan = new Map((analysis?.claims ?? []).map((row, i) => [`${row.start}:${row.end}`, i]));
  const idOfRow = new Map<number, number>();
  let scored = 0;
  for (const claim of claims) {
    const row = bySpan.get(`${claim.start}:${claim.end}`);
    const fresh = row === undefined ? undefined : analysis?.claims[row];
    if (row !== undefined && fresh && fresh.text === claim.text) {
      idOfRow.set(row, claim.id);
      setClaimInsight(db, claim.id, { ...fresh, speaker: claim.speaker });
      scored++;
      continue;
    }
    try {
      setClaimInsight(db, claim.id, analyzeClaimText(body, claim.text, claim.speaker));
      scored++;
    } catch {
      // Left without a score: shown as "—" and tried again at the next open.
    }
  }
  if (analysis) insertSuggestions(db, suggestionsFrom(analysis, (row) => idOfRow.get(row)));
  return scored;
}
