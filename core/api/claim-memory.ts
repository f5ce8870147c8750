/**
 * Claim memory: matching the claims of an article against the claims of the
 * articles before it, at import and, for workspaces made before claim
 * memory existed, once after opening.
 *
 * Each visible claim asks FTS5 for up to 20 candidates among earlier
 * articles' visible claims (its rarer words ranked by bm25, or, when all its
 * words are common, claims sharing two of them, newest first: see
 * candidateQuery), then scores them (core/analysis/claim-memory.ts); those
 * at or above the threshold are stored later -> earlier. Every pair is
 * computed once: an article is only ever matched against articles with
 * lower ids (at import, every claim stored before it).
 */
import type { Db } from '../../db/open';
import {
  articlesToMatch,
  countArticlesToMatch,
  countClaimsWith,
  findCandidates,
  firstClaimIdOf,
  insertMatches,
  markArticleMatched,
  visibleClaimsOf,
  type CandidateScope,
  type ClaimMatch,
  type StoredClaimText,
} from '../../db/queries/claim-memory';
import { candidateQuery, MATCH_THRESHOLD, profileClaim, RARE_UNIT_MAX_CLAIMS, scoreMatch, searchUnits, type ClaimProfile, type SearchUnit } from '../analysis/claim-memory';

/** Candidates read per claim: a reworded claim ranks near the top; more only costs time. */
export const CANDIDATES_PER_CLAIM = 20;

/**
 * What a run of imports in one write transaction (the CLI's batches) learns
 * once: the search expressions already found in more than
 * RARE_UNIT_MAX_CLAIMS earlier claims. While the transaction holds the write
 * lock claims are only added, so such a count stays over the cap and is not
 * taken again (the count is capped there: the answer is the same number).
 */
export interface MatchMemo {
  common: Set<string>;
}

export function newMatchMemo(): MatchMemo {
  return { common: new Set() };
}

function matchClaims(db: Db, articleId: number, scope: CandidateScope, memo?: MatchMemo): number {
  const claims = visibleClaimsOf(db, articleId);
  if (claims.length === 0) return 0;
  // Claims of one article share words, and earlier copies of a claim share text: count and profile each once.
  const counts = new Map<string, number>();
  const claimsWith = (unit: SearchUnit) => {
    let n = counts.get(unit.key);
    if (n === undefined) {
      n = memo?.common.has(unit.fts) ? RARE_UNIT_MAX_CLAIMS + 1 : countClaimsWith(db, unit.fts, scope, RARE_UNIT_MAX_CLAIMS);
      if (n > RARE_UNIT_MAX_CLAIMS) memo?.common.add(unit.fts);
      counts.set(unit.key, n);
    }
    return n;
  };
  const profiles = new Map<string, ClaimProfile>();
  const profile = (c: StoredClaimText) => {
    const key = `${c.text}\u0000${c.entities.join('\u0000')}`;
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = profileClaim(c.text, c.entities)));
    return p;
  };
  const matches: ClaimMatch[] = [];
  for (const claim of claims) {
    const units = searchUnits(claim.text);
    const query = candidateQuery(units, units.map(claimsWith));
    if (query === null) continue;
    const mine = profile(claim);
    for (const candidate of findCandidates(db, query, scope, CANDIDATES_PER_CLAIM)) {
      const score = scoreMatch(mine, profile(candidate));
      if (score >= MATCH_THRESHOLD) matches.push({ claimId: claim.id, earlierClaimId: candidate.id, score });
    }
  }
  insertMatches(db, matches);
  return matches.length;
}

/**
 * Matches a just-imported article against every claim stored before it.
 * Call inside the import's transaction, after its claims are inserted; a
 * memo shared by the imports of one transaction saves recounting.
 */
export function matchNewArticle(db: Db, articleId: number, memo?: MatchMemo): number {
  const first = firstClaimIdOf(db, articleId);
  if (first === null) return 0;
  return matchClaims(db, articleId, { kind: 'before-claim', claimId: first }, memo);
}

/** Matches an article stored earlier against the articles imported before it, and marks it done. */
export function matchStoredArticle(db: Db, articleId: number): number {
  const found = matchClaims(db, articleId, { kind: 'before-article', articleId });
  markArticleMatched(db, articleId);
  return found;
}

/** How long opening a workspace may spend matching; the rest goes on in the background. */
export const MATCH_ON_OPEN_BUDGET_MS = 300;
/** One background slice: at most this long between two chances for requests to run. */
export const MATCH_SLICE_MS = 50;

export interface MatchBackfillResult {
  articles: number;
  matches: number;
  /** Articles still to match. */
  remaining: number;
}

/**
 * Matches articles never matched, oldest first, one short transaction each
 * (each commits: a crash loses at most one article's work, and nothing is
 * matched twice), until the time budget runs out. Never waits for the write
 * lock: when another process holds it, or the file cannot be written, it
 * stops and the rest waits for later.
 */
export function matchUnmatchedArticles(db: Db, budgetMs = MATCH_ON_OPEN_BUDGET_MS): MatchBackfillResult {
  const result = { articles: 0, matches: 0, remaining: 0 };
  const todo = articlesToMatch(db);
  if (todo.length === 0) return result;
  const deadline = Date.now() + budgetMs;
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    for (const id of todo) {
      if (Date.now() > deadline) break;
      result.matches += db.transaction(() => matchStoredArticle(db, id)).immediate();
      result.articles++;
    }
  } catch {
    // Busy, read-only, disk full: matching waits; the workspace works without it.
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
  result.remaining = countArticlesToMatch(db);
  return result;
}

/** Pause before trying again when a slice could do nothing (another process writing). */
const RETRY_MS = 5000;
const MAX_IDLE_SLICES = 3;

/**
 * On open: match for a short while, then go on in slices between requests
 * (timers that never keep the process alive) until every article is done or
 * the workspace is closed. Synchronous SQLite means a slice never runs in
 * the middle of a request's transaction.
 */
export function backfillClaimMemory(db: Db, budgetMs = MATCH_ON_OPEN_BUDGET_MS): MatchBackfillResult {
  const first = matchUnmatchedArticles(db, budgetMs);
  if (first.remaining > 0) scheduleSlice(db, 0, 0);
  return first;
}

function scheduleSlice(db: Db, delayMs: number, idle: number): void {
  const timer = setTimeout(() => {
    if (!db.open) return;
    if (db.inTransaction) return scheduleSlice(db, RETRY_MS, idle);
    const slice = matchUnmatchedArticles(db, MATCH_SLICE_MS);
    if (slice.remaining === 0) return;
    if (slice.articles > 0) scheduleSlice(db, 10, 0);
    else if (idle + 1 < MAX_IDLE_SLICES) scheduleSlice(db, RETRY_MS, idle + 1);
  }, delayMs);
  timer.unref?.();
}
