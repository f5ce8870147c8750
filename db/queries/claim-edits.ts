/**
 * The storage side of editing claims: moving a claim's span, renumbering an
 * article's rows after a split or an insertion, and carrying a claim's
 * notes, sources, history and in-article disputes over to another claim.
 * The rules (what may be split, merged or added) live in the API handler.
 */
import type { Db } from '../open';

export interface ClaimSpan {
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  /** The text is a rewording, not the article's words at the span. */
  edited: boolean;
}

export function setClaimSpan(db: Db, claimId: number, span: ClaimSpan): void {
  db.prepare('UPDATE claims SET text = ?, span_start = ?, span_end = ?, prefix = ?, suffix = ?, edited = ? WHERE id = ?').run(
    span.text,
    span.start,
    span.end,
    span.prefix,
    span.suffix,
    span.edited ? 1 : 0,
    claimId,
  );
}

export function setClaimHidden(db: Db, claimId: number, hidden: boolean, kind?: string): void {
  if (kind === undefined) db.prepare('UPDATE claims SET hidden = ? WHERE id = ?').run(hidden ? 1 : 0, claimId);
  else db.prepare('UPDATE claims SET hidden = ?, kind = ? WHERE id = ?').run(hidden ? 1 : 0, kind, claimId);
}

export function setClaimReview(
  db: Db,
  claimId: number,
  review: { status: string; reviewedBy: string | null; reviewedAt: string | null },
): void {
  db.prepare('UPDATE claims SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?').run(
    review.status,
    review.reviewedBy,
    review.reviewedAt,
    claimId,
  );
}

/** A row of an article as the edit rules see it. */
export interface ArticleRowSpan {
  id: number;
  position: number;
  start: number;
  end: number;
  hidden: boolean;
  kind: string;
  edited: boolean;
  text: string;
  speaker: string | null;
}

/** Every row of an article that overlaps [start, end), in order. */
export function rowsOverlapping(db: Db, articleId: number, start: number, end: number): ArticleRowSpan[] {
  const rows = db
    .prepare(`SELECT id, position, span_start AS start, span_end AS "end", hidden, kind, edited, text, speaker FROM claims
      WHERE article_id = ? AND span_start < ? AND span_end > ? ORDER BY span_start, position`)
    .all(articleId, end, start) as Array<Omit<ArticleRowSpan, 'hidden' | 'edited'> & { hidden: number; edited: number }>;
  return rows.map((r) => ({ ...r, hidden: r.hidden === 1, edited: r.edited === 1 }));
}

/** Rows strictly between two positions of an article. */
export function rowsBetween(db: Db, articleId: number, afterPosition: number, beforePosition: number): ArticleRowSpan[] {
  const rows = db
    .prepare(`SELECT id, position, span_start AS start, span_end AS "end", hidden, kind, edited, text, speaker FROM claims
      WHERE article_id = ? AND position > ? AND position < ? ORDER BY position`)
    .all(articleId, afterPosition, beforePosition) as Array<Omit<ArticleRowSpan, 'hidden' | 'edited'> & { hidden: number; edited: number }>;
  return rows.map((r) => ({ ...r, hidden: r.hidden === 1, edited: r.edited === 1 }));
}

const PARKED = 1_000_000_000;

/**
 * Numbers an article's rows 1..n again in text order, after a split or an
 * insertion. Positions are unique per article, so they are parked out of
 * the way first and then written back.
 */
export function renumberArticle(db: Db, articleId: number): void {
  db.prepare('UPDATE claims SET position = position + ? WHERE article_id = ?').run(PARKED, articleId);
  db.prepare(`UPDATE claims SET position = ordered.n FROM (
      SELECT id, row_number() OVER (ORDER BY span_start, span_end, position) AS n FROM claims WHERE article_id = ?
    ) AS ordered WHERE claims.id = ordered.id`).run(articleId);
}

/**
 * Everything attached to `fromIds` now belongs to `toId`: notes, history,
 * source links (a source linked to both keeps the surviving claim's stance)
 * and in-article disputes either way. A denial that would now dispute its
 * own claim is dropped.
 */
export function moveClaimTrail(db: Db, fromIds: readonly number[], toId: number): void {
  for (const fromId of fromIds) {
    db.prepare('UPDATE notes SET claim_id = ? WHERE claim_id = ?').run(toId, fromId);
    db.prepare('UPDATE history SET claim_id = ? WHERE claim_id = ?').run(toId, fromId);
    db.prepare(`INSERT OR IGNORE INTO claim_sources (claim_id, source_id, stance, linked_by, linked_at)
      SELECT ?, source_id, stance, linked_by, linked_at FROM claim_sources WHERE claim_id = ?`).run(toId, fromId);
    db.prepare('DELETE FROM claim_sources WHERE claim_id = ?').run(fromId);
    db.prepare('UPDATE dispute_suggestions SET claim_id = ? WHERE claim_id = ?').run(toId, fromId);
    db.prepare('UPDATE dispute_suggestions SET denial_claim_id = ? WHERE denial_claim_id = ?').run(toId, fromId);
  }
  db.prepare('DELETE FROM dispute_suggestions WHERE claim_id = ? AND denial_claim_id = ?').run(toId, toId);
  dropDuplicateSuggestions(db, toId);
}

/**
 * The same denial suggested twice for one claim (a claim split, then merged
 * back) is one suggestion: the most decided copy stays (accepted, then
 * dismissed, then pending), so a decision is never shown as still pending.
 */
function dropDuplicateSuggestions(db: Db, claimId: number): void {
  db.prepare(`DELETE FROM dispute_suggestions WHERE claim_id = ? AND id NOT IN (
      SELECT id FROM (
        SELECT id, row_number() OVER (
          PARTITION BY coalesce(denial_claim_id, -1), denial_text, phrase
          ORDER BY CASE state WHEN 'accepted' THEN 0 WHEN 'dismissed' THEN 1 ELSE 2 END, id) AS n
        FROM dispute_suggestions WHERE claim_id = ?)
      WHERE n = 1)`).run(claimId, claimId);
}

/**
 * After a split, the new second half shares what backs the whole sentence:
 * its source links and the in-article disputes that target it.
 */
export function copyClaimLinks(db: Db, fromId: number, toId: number): void {
  db.prepare(`INSERT OR IGNORE INTO claim_sources (claim_id, source_id, stance, linked_by, linked_at)
    SELECT ?, source_id, stance, linked_by, linked_at FROM claim_sources WHERE claim_id = ?`).run(toId, fromId);
  db.prepare(`INSERT INTO dispute_suggestions (claim_id, denial_claim_id, denial_text, phrase, speaker, stance, state, decided_by, decided_at)
    SELECT ?, denial_claim_id, denial_text, phrase, speaker, stance, state, decided_by, decided_at FROM dispute_suggestions WHERE claim_id = ?`).run(
    toId,
    fromId,
  );
}

export function deleteClaims(db: Db, ids: readonly number[]): void {
  const del = db.prepare('DELETE FROM claims WHERE id = ?');
  for (const id of ids) del.run(id);
}

/** Accepted suggestions of a claim go back to pending (its verdict was reset, so the acceptance no longer stands). */
export function reopenAcceptedSuggestions(db: Db, claimId: number): void {
  db.prepare("UPDATE dispute_suggestions SET state = 'pending', decided_by = NULL, decided_at = NULL WHERE claim_id = ? AND state = 'accepted'").run(claimId);
}
