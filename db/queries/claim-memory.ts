import type { Db } from '../open';
import { prepared } from './prepared';
import { listNotes, type Note } from './notes';
import { listSourcesForClaim, type LinkedSource } from './sources';
import type { Verdict } from './types';

/**
 * Matches between claims of different articles (migration 006). A pair is
 * stored once, later claim -> earlier claim, and read in both directions:
 * to a fact-checker, the same claim in another article is worth seeing
 * whichever of the two was imported first.
 */


export interface StoredClaimText {
  id: number;
  text: string;
  entities: string[];
}

export interface ClaimMatch {
  claimId: number;
  earlierClaimId: number;
  score: number;
}

/** The visible claims of one article, with their entities: what gets matched. */
export function visibleClaimsOf(db: Db, articleId: number): StoredClaimText[] {
  const rows = db.prepare('SELECT id, text FROM claims WHERE article_id = ? AND hidden = 0 ORDER BY position').all(articleId) as Array<{ id: number; text: string }>;
  return withEntities(db, rows);
}

function withEntities(db: Db, rows: Array<{ id: number; text: string }>): StoredClaimText[] {
  if (rows.length === 0) return [];
  const entities = new Map<number, string[]>();
  const found = prepared(db, 'SELECT claim_id AS id, entity FROM claim_entities WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id, ord')
    .all(JSON.stringify(rows.map((r) => r.id))) as Array<{ id: number; entity: string }>;
  for (const { id, entity } of found) entities.set(id, [...(entities.get(id) ?? []), entity]);
  return rows.map((r) => ({ ...r, entities: entities.get(r.id) ?? [] }));
}

/** Lowest claim id of an article: every claim stored before its import has a lower one. */
export function firstClaimIdOf(db: Db, articleId: number): number | null {
  return (db.prepare('SELECT min(id) AS id FROM claims WHERE article_id = ?').get(articleId) as { id: number | null }).id;
}

export type CandidateScope =
  /** A just-imported article: every claim stored before it (ids below its first claim). */
  | { kind: 'before-claim'; claimId: number }
  /** An article matched later (the backfill): claims of the articles imported before it. */
  | { kind: 'before-article'; articleId: number };

/** In how many claims an FTS5 expression matches the text (before the scope's claim id; for an article scope, in all), counted up to `cap` + 1 so it stays cheap. */
export function countClaimsWith(db: Db, fts: string, scope: CandidateScope, cap: number): number {
  const bound = scope.kind === 'before-claim' ? scope.claimId : Number.MAX_SAFE_INTEGER;
  return (
    prepared(db, 'SELECT count(*) AS n FROM (SELECT rowid FROM claim_search WHERE claim_search MATCH ? AND rowid < ? LIMIT ?)')
      .get(`text : (${fts})`, bound, cap + 1) as { n: number }
  ).n;
}

/**
 * Up to `limit` visible claims in scope that the query finds, best bm25
 * first, or newest first for an unranked query (candidateQuery in
 * core/analysis/claim-memory.ts builds it: terms quoted, text column only).
 */
export function findCandidates(db: Db, query: { match: string; ranked: boolean }, scope: CandidateScope, limit: number): StoredClaimText[] {
  const order = query.ranked ? 'rank' : 'rowid DESC';
  const rows =
    scope.kind === 'before-claim'
      ? // The rowid bound is applied inside FTS5; a few more are read to make up for hidden claims. (rank only when ranking: it weighs every term.)
        (prepared(db, `SELECT c.id, c.text FROM (SELECT rowid AS id${query.ranked ? ', rank' : ''} FROM claim_search WHERE claim_search MATCH ? AND rowid < ? ORDER BY ${order} LIMIT ?) s
            JOIN claims c ON c.id = s.id WHERE c.hidden = 0 ORDER BY ${query.ranked ? 's.rank' : 's.id DESC'} LIMIT ?`)
          .all(query.match, scope.claimId, limit * 2, limit) as Array<{ id: number; text: string }>)
      : (prepared(db, `SELECT c.id, c.text FROM claim_search s JOIN claims c ON c.id = s.rowid
            WHERE claim_search MATCH ? AND c.article_id < ? AND c.hidden = 0 ORDER BY s.${order} LIMIT ?`)
          .all(query.match, scope.articleId, limit) as Array<{ id: number; text: string }>);
  return withEntities(db, rows);
}

/** Stores matches; a pair dismissed by hand stays dismissed (only its score is brought up to date). */
export function insertMatches(db: Db, matches: readonly ClaimMatch[]): void {
  const insert = db.prepare(`INSERT INTO claim_matches (claim_id, earlier_claim_id, score) VALUES (?, ?, ?)
    ON CONFLICT (claim_id, earlier_claim_id) DO UPDATE SET score = excluded.score`);
  for (const m of matches) insert.run(m.claimId, m.earlierClaimId, m.score);
}

export function markArticleMatched(db: Db, articleId: number): void {
  db.prepare('UPDATE articles SET claims_matched = 1 WHERE id = ? AND claims_matched = 0').run(articleId);
}

/** Articles whose claims were never matched (imported before claim memory existed), oldest first. */
export function articlesToMatch(db: Db): number[] {
  return (db.prepare('SELECT id FROM articles WHERE claims_matched = 0 ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
}

export function countArticlesToMatch(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM articles WHERE claims_matched = 0').get() as { n: number }).n;
}

/** The two claims are a stored match, in either direction, not dismissed. */
export function isStoredMatch(db: Db, a: number, b: number): boolean {
  return (
    db
      .prepare('SELECT 1 FROM claim_matches WHERE ((claim_id = ? AND earlier_claim_id = ?) OR (claim_id = ? AND earlier_claim_id = ?)) AND dismissed_at IS NULL')
      .get(a, b, b, a) !== undefined
  );
}

/** Marks the match between two claims as not the same claim. False when there is no such match shown. */
export function dismissMatch(db: Db, a: number, b: number, by: string, at: string): boolean {
  return (
    db
      .prepare(`UPDATE claim_matches SET dismissed_by = ?, dismissed_at = ?
        WHERE ((claim_id = ? AND earlier_claim_id = ?) OR (claim_id = ? AND earlier_claim_id = ?)) AND dismissed_at IS NULL`)
      .run(by, at, a, b, b, a).changes > 0
  );
}

/** The same claim in another article, as the detail panel shows it. */
export interface SeenBefore {
  claimId: number;
  /** True when the other claim's article was in the workspace first; false when it came later. */
  earlier: boolean;
  score: number;
  articleId: number;
  articleTitle: string;
  articleDate: string | null;
  text: string;
  /** Null while nobody has reviewed the other claim. */
  verdict: { status: Verdict; reviewedBy: string | null; reviewedAt: string } | null;
  notes: Note[];
  sources: LinkedSource[];
}

/** At most this many are listed: a claim repeated in hundreds of articles shows the closest ones. */
export const MAX_SEEN_BEFORE = 20;

export function listSeenBefore(db: Db, claimId: number): SeenBefore[] {
  const rows = db
    .prepare(`SELECT c.id AS claimId, m.earlier, m.score, c.article_id AS articleId, a.title AS articleTitle, a.article_date AS articleDate,
        c.text, c.status, c.reviewed_by AS reviewedBy, c.reviewed_at AS reviewedAt
      FROM (SELECT earlier_claim_id AS other, score, 1 AS earlier FROM claim_matches WHERE claim_id = ? AND dismissed_at IS NULL
            UNION ALL SELECT claim_id, score, 0 FROM claim_matches WHERE earlier_claim_id = ? AND dismissed_at IS NULL) m
      JOIN claims c ON c.id = m.other JOIN articles a ON a.id = c.article_id
      ORDER BY m.score DESC, c.reviewed_at IS NULL, c.id LIMIT ?`)
    .all(claimId, claimId, MAX_SEEN_BEFORE) as Array<
    Omit<SeenBefore, 'earlier' | 'verdict' | 'notes' | 'sources'> & { earlier: number; status: Verdict; reviewedBy: string | null; reviewedAt: string | null }
  >;
  return rows.map(({ status, reviewedBy, reviewedAt, earlier, ...row }) => ({
    ...row,
    earlier: earlier === 1,
    verdict: reviewedAt === null ? null : { status, reviewedBy, reviewedAt },
    notes: listNotes(db, row.claimId),
    sources: listSourcesForClaim(db, row.claimId),
  }));
}
