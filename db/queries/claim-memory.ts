import type { Db } from '../open';
import { insertRows, prepared } from './prepared';
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

/**
 * The claims (in scope) whose text the FTS5 expression matches, up to
 * `max`: all of them when fewer. Before a claim: ids below it (any claim,
 * shown or hidden); for an article scope: every claim.
 */
export function claimIdsWith(db: Db, fts: string, scope: CandidateScope, max: number): number[] {
  const bound = scope.kind === 'before-claim' ? scope.claimId : Number.MAX_SAFE_INTEGER;
  return prepared(db, 'SELECT rowid FROM claim_search WHERE claim_search MATCH ? AND rowid < ? LIMIT ?').pluck().all(`text : (${fts})`, bound, max) as number[];
}

/**
 * Of these claims, the ones that may be candidates (shown, and for an
 * article scope, of an article imported before it), with the length of
 * their text in characters (code points).
 */
export function shownInScope(db: Db, ids: readonly number[], scope: CandidateScope): Map<number, number> {
  if (ids.length === 0) return new Map();
  const json = JSON.stringify(ids);
  const rows = (
    scope.kind === 'before-claim'
      ? prepared(db, 'SELECT id, length(text) FROM claims WHERE id IN (SELECT value FROM json_each(?)) AND hidden = 0').raw().all(json)
      : prepared(db, 'SELECT id, length(text) FROM claims WHERE id IN (SELECT value FROM json_each(?)) AND hidden = 0 AND article_id < ?').raw().all(json, scope.articleId)
  ) as Array<[number, number]>;
  return new Map(rows);
}

/**
 * Up to `limit` shown claims in scope that the FTS5 expression (text column
 * only) finds, newest first. Before a claim, the bound is applied inside
 * FTS5, and twice the limit is read to make up for hidden claims.
 */
export function newestCandidates(db: Db, match: string, scope: CandidateScope, limit: number): number[] {
  return (
    scope.kind === 'before-claim'
      ? prepared(db, `SELECT c.id FROM (SELECT rowid AS id FROM claim_search WHERE claim_search MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?) s
          JOIN claims c ON c.id = s.id WHERE c.hidden = 0 ORDER BY s.id DESC LIMIT ?`)
          .pluck()
          .all(match, scope.claimId, limit * 2, limit)
      : prepared(db, `SELECT c.id FROM claim_search s JOIN claims c ON c.id = s.rowid
          WHERE claim_search MATCH ? AND c.article_id < ? AND c.hidden = 0 ORDER BY s.rowid DESC LIMIT ?`)
          .pluck()
          .all(match, scope.articleId, limit)
  ) as number[];
}

/** A claim someone has looked at: a verdict, a note or a source on it. */
const REVIEWED = `(c.reviewed_at IS NOT NULL OR EXISTS (SELECT 1 FROM notes n WHERE n.claim_id = c.id)
  OR EXISTS (SELECT 1 FROM claim_sources l WHERE l.claim_id = c.id))`;

/**
 * Shown claims in scope that the FTS5 expression (with its column) finds, newest first, read one by one: the
 * caller keeps the ones it wants and stops when it has enough. `reviewedOnly`: only the claims someone has
 * reviewed (a verdict, a note or a source), so a claim printed in dozens of articles keeps the copy that was
 * checked among its candidates.
 */
export function* claimsFoundBy(db: Db, match: string, scope: CandidateScope, reviewedOnly = false): Generator<{ id: number; text: string }> {
  const reviewed = reviewedOnly ? ` AND ${REVIEWED}` : '';
  // (A statement being iterated cannot run again before the iteration ends: finish or stop one before the next.)
  yield* (
    scope.kind === 'before-claim'
      ? prepared(db, `SELECT c.id, c.text FROM claim_search s JOIN claims c ON c.id = s.rowid
          WHERE claim_search MATCH ? AND s.rowid < ? AND c.hidden = 0${reviewed} ORDER BY s.rowid DESC`).iterate(match, scope.claimId)
      : prepared(db, `SELECT c.id, c.text FROM claim_search s JOIN claims c ON c.id = s.rowid
          WHERE claim_search MATCH ? AND c.article_id < ? AND c.hidden = 0${reviewed} ORDER BY s.rowid DESC`).iterate(match, scope.articleId)
  ) as Iterable<{ id: number; text: string }>;
}

/** Of these claims, the ones someone has reviewed (a verdict, a note or a source). */
export function reviewedOf(db: Db, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  return new Set(prepared(db, `SELECT c.id FROM claims c WHERE c.id IN (SELECT value FROM json_each(?)) AND ${REVIEWED}`).pluck().all(JSON.stringify(ids)) as number[]);
}

/** Claims' text and entities, by id. */
export function claimTexts(db: Db, ids: readonly number[]): StoredClaimText[] {
  if (ids.length === 0) return [];
  const rows = prepared(db, 'SELECT id, text FROM claims WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; text: string }>;
  return withEntities(db, rows);
}

/** Every claim below an id, oldest first, with whether it is hidden, and its entities: what an in-memory index of the workspace is built from. */
export function allClaimTexts(db: Db, below = Number.MAX_SAFE_INTEGER): Array<StoredClaimText & { hidden: boolean }> {
  const entities = new Map<number, string[]>();
  for (const { id, entity } of db.prepare('SELECT claim_id AS id, entity FROM claim_entities WHERE claim_id < ? ORDER BY claim_id, ord').iterate(below) as Iterable<{ id: number; entity: string }>) {
    const list = entities.get(id);
    if (list) list.push(entity);
    else entities.set(id, [entity]);
  }
  return (db.prepare('SELECT id, text, hidden FROM claims WHERE id < ? ORDER BY id').all(below) as Array<{ id: number; text: string; hidden: number }>).map((r) => ({
    id: r.id,
    text: r.text,
    hidden: r.hidden !== 0,
    entities: entities.get(r.id) ?? [],
  }));
}

/** One article's claims, oldest first, with whether each is hidden, and their entities. */
export function articleClaimTexts(db: Db, articleId: number): Array<StoredClaimText & { hidden: boolean }> {
  const rows = prepared(db, 'SELECT id, text, hidden FROM claims WHERE article_id = ? ORDER BY id').all(articleId) as Array<{ id: number; text: string; hidden: number }>;
  const withText = withEntities(db, rows.map(({ id, text }) => ({ id, text })));
  return withText.map((r, i) => ({ ...r, hidden: rows[i]!.hidden !== 0 }));
}

/** Stores matches; a pair dismissed by hand stays dismissed (only its score is brought up to date). */
export function insertMatches(db: Db, matches: readonly ClaimMatch[]): void {
  // By the 100, one statement each: an import stores several matches a claim.
  const values: number[] = [];
  for (const m of matches) values.push(m.claimId, m.earlierClaimId, m.score);
  // (A pair twice in one statement would take the later score, as a statement a pair did.)
  insertRows(db, 'INSERT INTO claim_matches (claim_id, earlier_claim_id, score)', '(?, ?, ?)', 3, MATCHES_PER_INSERT, values, `
      ON CONFLICT (claim_id, earlier_claim_id) DO UPDATE SET score = excluded.score`);
}
const MATCHES_PER_INSERT = 100;

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
