import type { Db } from '../open';
import { insertRows, prepared } from './prepared';
import { joinSql, raw, sql, type SqlFragment } from './sql';
import type { ClaimFilter, ClaimKind, ClaimSort, ClaimSortColumn, InArticleDisputeState, SpeakerKind, Verdict } from './types';

/** One row of the claims table, as the table and the CSV report see it. */
export interface ClaimRow {
  id: number;
  articleId: number;
  articleTitle: string;
  articleDate: string | null;
  /** 1-based order of the claim in its article (hidden rows count too, so numbers stay stable). */
  position: number;
  /**
   * The number a fact-checker sees: this claim's place among its article's
   * shown claims, from 1 (hidden rows take none). Null for a hidden row.
   * It moves when claims are split, merged, excluded or restored; the claim
   * id is the stable reference.
   */
  number: number | null;
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  hidden: boolean;
  speaker: string | null;
  /** The fact-checker set (or cleared) the speaker: the machine leaves it alone. */
  speakerByHand: boolean;
  /** A person or an organisation, as the fact-checker said (ClaimReview publishes it so); null: guessed from the name. */
  speakerKind: SpeakerKind | null;
  status: Verdict;
  reviewedBy: string | null;
  reviewedAt: string | null;
  noteCount: number;
  sourceCount: number;
  /** 0–1; null only for a claim stored before scores existed and not yet rescored. */
  checkWorthiness: number | null;
  /** Why the score is what it is: "figure", "attribution", "opinion" ... */
  reasons: string[];
  /** As written in the claim: "over 800,000 Afghans", "since November 2023". */
  figures: string[];
  /** Named people, organisations and places, acronyms expanded. */
  entities: string[];
  /** The fact-checker reworded the claim: its text is no longer the article's words at its span. */
  edited: boolean;
  /** 'pending' while a denial in the article suggests `disputed` and nobody has decided; null when there is none. */
  inArticleDispute: InArticleDisputeState | null;
}

/** A claim with the anchor that ties it to its article text. */
export interface ClaimAnchor extends ClaimRow {
  prefix: string;
  suffix: string;
}

interface ClaimRecord extends Omit<ClaimAnchor, 'hidden' | 'speakerByHand' | 'edited' | 'reasons' | 'figures' | 'entities'> {
  hidden: number;
  speakerByHand: number;
  edited: number;
  reasons: string;
  figures: string;
  entities: string | null;
}

/** ClaimRow.number in SQL, for a claim aliased `c`: its place among its article's shown claims, NULL when hidden. */
export const CLAIM_NUMBER_SQL =
  'CASE WHEN c.hidden = 0 THEN (SELECT count(*) FROM claims v WHERE v.article_id = c.article_id AND v.hidden = 0 AND v.position <= c.position) END';

const CLAIM_COLUMNS = raw(`
  c.id, c.article_id AS articleId, a.title AS articleTitle, a.article_date AS articleDate,
  c.position,
  ${CLAIM_NUMBER_SQL} AS number,
  c.text, c.span_start AS start, c.span_end AS "end", c.kind, c.hidden,
  c.speaker, c.speaker_by_hand AS speakerByHand, c.speaker_kind AS speakerKind, c.status, c.reviewed_by AS reviewedBy, c.reviewed_at AS reviewedAt,
  c.prefix, c.suffix, c.check_worthiness AS checkWorthiness, c.reasons, c.figures, c.edited,
  (SELECT json_group_array(entity) FROM (SELECT entity FROM claim_entities ce WHERE ce.claim_id = c.id ORDER BY ord)) AS entities,
  (SELECT CASE WHEN max(state = 'pending') THEN 'pending' WHEN max(state = 'accepted') THEN 'accepted' WHEN count(*) THEN 'dismissed' END
     FROM dispute_suggestions ds WHERE ds.claim_id = c.id) AS inArticleDispute,
  (SELECT count(*) FROM notes n WHERE n.claim_id = c.id) AS noteCount,
  (SELECT count(*) FROM claim_sources cs WHERE cs.claim_id = c.id) AS sourceCount`);

const SORT_SQL: Record<ClaimSortColumn, (dir: string) => string> = {
  position: (d) => `c.article_id ${d}, c.position ${d}`,
  article: (d) => `a.title COLLATE NOCASE ${d}, a.id ${d}, c.position`,
  text: (d) => `c.text COLLATE NOCASE ${d}, c.id ${d}`,
  speaker: (d) => `c.speaker IS NULL, c.speaker COLLATE NOCASE ${d}, c.article_id, c.position`,
  // Ascending: verdicts given by a person first (disputed, unverified, verified), then not-reviewed claims; descending reverses it.
  status: (d) => `c.reviewed_at IS NULL ${d}, c.status ${d}, c.article_id, c.position`,
  reviewedAt: (d) => `c.reviewed_at IS NULL, c.reviewed_at ${d}, c.id ${d}`,
  checkWorthiness: (d) => `c.check_worthiness ${d}, c.id ${d}`,
};

/**
 * Turns what a person types into an FTS5 query: every word must appear,
 * each as a prefix ("deport" finds "deportation"). Quotes and operators in
 * the input are treated as text, never as FTS syntax.
 */
export function toFtsQuery(search: string): string | null {
  const words = search.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 16).map((w) => `"${w}"*`).join(' ');
}

/**
 * How a filter's set conditions (search, entity, seen before, contested) are
 * written. `lookup` lets SQLite start from the set and sort what it found:
 * best when the set is small. `probe` (the `+` keeps SQLite from starting
 * there) walks the sort's index and tests each claim against the set,
 * stopping after a page: best when the set is large — "Afghan" in 20,000 of
 * 100,000 claims pages in 7 ms instead of 32 ms here.
 */
export type SetAccess = 'lookup' | 'probe';

export function claimWhere(filter: ClaimFilter, access: SetAccess = 'lookup'): SqlFragment {
  const id = raw(access === 'probe' ? '+c.id' : 'c.id');
  const parts: SqlFragment[] = [];
  if (filter.articleId !== undefined) parts.push(sql`c.article_id = ${filter.articleId}`);
  if (!filter.includeHidden) parts.push(sql`c.hidden = 0`);
  switch (filter.status) {
    case undefined:
      break;
    case 'not_reviewed':
      parts.push(sql`c.reviewed_at IS NULL`);
      break;
    default:
      parts.push(sql`c.status = ${filter.status} AND c.reviewed_at IS NOT NULL`);
  }
  if (filter.speaker !== undefined) parts.push(sql`c.speaker = ${filter.speaker}`);
  if (filter.entity !== undefined) parts.push(sql`${id} IN (SELECT claim_id FROM claim_entities WHERE entity = ${filter.entity})`);
  // Both sides of a disagreement the article reports: the claim denied and the denial. Whatever the suggestion's state:
  // dismissing refuses only the suggested verdict; the article still reports the disagreement (as the detail panel says).
  if (filter.contestedInArticle)
    parts.push(sql`${id} IN (SELECT claim_id FROM dispute_suggestions UNION SELECT denial_claim_id FROM dispute_suggestions WHERE denial_claim_id IS NOT NULL)`);
  if (filter.minWorthiness !== undefined) parts.push(sql`c.check_worthiness >= ${filter.minWorthiness}`);
  // Tags match whatever the case (tags.name is COLLATE NOCASE).
  if (filter.tag !== undefined) parts.push(sql`${id} IN (SELECT ct.claim_id FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ${filter.tag})`);
  if (filter.seenBefore) parts.push(sql`${id} IN (SELECT claim_id FROM claim_matches WHERE dismissed_at IS NULL UNION SELECT earlier_claim_id FROM claim_matches WHERE dismissed_at IS NULL)`);
  const fts = filter.search ? toFtsQuery(filter.search) : null;
  if (fts) parts.push(sql`${id} IN (SELECT rowid FROM claim_search WHERE claim_search MATCH ${fts})`);
  return joinSql(parts, ' AND ', '1');
}

export function orderBy(sort: ClaimSort): SqlFragment {
  return raw(SORT_SQL[sort.column](sort.direction === 'desc' ? 'DESC' : 'ASC'));
}

function stringArray(json: string | null): string[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

function toClaim(record: ClaimRecord): ClaimAnchor {
  return {
    ...record,
    hidden: record.hidden === 1,
    speakerByHand: record.speakerByHand === 1,
    edited: record.edited === 1,
    reasons: stringArray(record.reasons),
    figures: stringArray(record.figures),
    entities: stringArray(record.entities),
  };
}

/** Whether anything changed since: this connection's writes, or another's commits (another window, the CLI). */
export function changeStamp(db: Db): string {
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${own}:${db.pragma('data_version', { simple: true }) as number}`;
}

const MAX_CACHED_COUNTS = 64;
const countCache = new WeakMap<Db, { stamp: string; counts: Map<string, number> }>();

/**
 * How many claims match a filter. Counted once per filter and kept until
 * anything in the workspace changes: paging, sorting and locating a claim
 * under the same filter do not count again (a search over 100,000 claims
 * takes ~40 ms to count here).
 */
export function countClaims(db: Db, filter: ClaimFilter): number {
  const stamp = changeStamp(db);
  let cache = countCache.get(db);
  if (!cache || cache.stamp !== stamp) countCache.set(db, (cache = { stamp, counts: new Map() }));
  const key = JSON.stringify(filter);
  const cached = cache.counts.get(key);
  if (cached !== undefined) return cached;
  const q = sql`SELECT count(*) AS n FROM claims c WHERE ${claimWhere(filter)}`;
  const n = (db.prepare(q.text).get(...q.params) as { n: number }).n;
  if (cache.counts.size >= MAX_CACHED_COUNTS) cache.counts.clear();
  cache.counts.set(key, n);
  return n;
}

/** Above this many matches, a set condition is probed along the sort's index rather than looked up and sorted. */
const PROBE_ABOVE = 1_000;

/**
 * The ids of one page, in order. Sorted by article, SQLite walks the
 * articles by title and each one's claims in order (CROSS JOIN keeps that
 * order of the loops); otherwise the claims alone, through the sort's index.
 */
export function pageIdsQuery(filter: ClaimFilter, sort: ClaimSort, access: SetAccess, offset: number, limit: number): SqlFragment {
  const from = raw(sort.column === 'article' ? 'articles a CROSS JOIN claims c ON a.id = c.article_id' : 'claims c');
  return sql`SELECT c.id FROM ${from} WHERE ${claimWhere(filter, access)} ORDER BY ${orderBy(sort)} LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * One page of claims. First the page's ids, in order, from the narrowest
 * query (the sort's index, no columns computed for rows that are skipped or
 * sorted away), then the full rows for just those ids.
 */
export function listClaimRows(db: Db, filter: ClaimFilter, sort: ClaimSort, offset: number, limit: number): ClaimAnchor[] {
  const access: SetAccess = countClaims(db, filter) > PROBE_ABOVE ? 'probe' : 'lookup';
  const page = pageIdsQuery(filter, sort, access, offset, limit);
  const ids = (db.prepare(page.text).all(...page.params) as Array<{ id: number }>).map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = sql`SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
  const byId = new Map((db.prepare(rows.text).all(...rows.params) as ClaimRecord[]).map((r) => [r.id, r]));
  return ids.flatMap((claimId) => {
    const record = byId.get(claimId);
    return record ? [toClaim(record)] : [];
  });
}

/** 0-based index of a claim within a filtered, sorted list, or null if it is filtered out. */
export function indexOfClaim(db: Db, claimId: number, filter: ClaimFilter, sort: ClaimSort): number | null {
  const q = sql`SELECT n FROM (SELECT c.id, row_number() OVER (ORDER BY ${orderBy(sort)}) - 1 AS n
    FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${claimWhere(filter)}) WHERE id = ${claimId}`;
  const row = db.prepare(q.text).get(...q.params) as { n: number } | undefined;
  return row ? row.n : null;
}

export function getClaimRow(db: Db, claimId: number): ClaimAnchor | undefined {
  const q = sql`SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ${claimId}`;
  const record = db.prepare(q.text).get(...q.params) as ClaimRecord | undefined;
  return record ? toClaim(record) : undefined;
}

/** What the analysis says about a claim; stored with it and recomputed when its text changes. */
export interface ClaimInsightFields {
  speaker: string | null;
  figures: readonly string[];
  entities: readonly string[];
  checkWorthiness: number;
  reasons: readonly string[];
}

export interface NewClaim extends ClaimInsightFields {
  position: number;
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  hidden: boolean;
}

const CLAIM_INSERT = 'INSERT INTO claims (id, article_id, position, text, span_start, span_end, prefix, suffix, kind, hidden, speaker, figures, check_worthiness, reasons)';
const CLAIM_INSERT_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
/** Rows a statement inserts at most: 14 × 50 and 3 × 100 values, well under SQLite's limit on parameters. */
const CLAIMS_PER_INSERT = 50;
const ENTITIES_PER_INSERT = 100;

/**
 * Inserts claims; returns their ids in the same order. Each gets the id
 * SQLite would give it (one above the highest), written out, so that the
 * claims go in by the 50 and their entities by the 100: one statement per
 * chunk instead of one per row (a statement that fires the search index's
 * trigger costs a statement journal and a flush of FTS5's pending terms, so
 * an import's insert took twice as long row by row).
 */
export function insertClaims(db: Db, articleId: number, claims: readonly NewClaim[]): number[] {
  if (claims.length === 0) return [];
  const highest = prepared(db, 'SELECT max(id) FROM claims').pluck().get() as number | null;
  const ids = claims.map((_, i) => (highest ?? 0) + 1 + i);
  const claimValues: unknown[] = [];
  const entityValues: unknown[] = [];
  claims.forEach((c, i) => {
    claimValues.push(ids[i], articleId, c.position, c.text, c.start, c.end, c.prefix, c.suffix, c.kind, c.hidden ? 1 : 0, c.speaker, JSON.stringify(c.figures), c.checkWorthiness, JSON.stringify(c.reasons));
    // A new claim has no entities to replace: as setClaimEntities, without its DELETE.
    let ord = 0;
    for (const entity of new Set(c.entities)) entityValues.push(ids[i], ord++, entity);
  });
  insertRows(db, CLAIM_INSERT, CLAIM_INSERT_ROW, 14, CLAIMS_PER_INSERT, claimValues);
  insertRows(db, 'INSERT INTO claim_entities (claim_id, ord, entity)', '(?, ?, ?)', 3, ENTITIES_PER_INSERT, entityValues);
  return ids;
}

/** Replaces a claim's entities (kept in their own table so the table can filter by them). */
export function setClaimEntities(db: Db, claimId: number, entities: readonly string[]): void {
  db.prepare('DELETE FROM claim_entities WHERE claim_id = ?').run(claimId);
  const insert = prepared(db, 'INSERT INTO claim_entities (claim_id, ord, entity) VALUES (?, ?, ?)');
  [...new Set(entities)].forEach((entity, i) => insert.run(claimId, i, entity));
}

/** Stores a fresh analysis of a claim's text (the machine's reading); a speaker set by hand is kept. */
export function setClaimInsight(db: Db, claimId: number, insight: ClaimInsightFields): void {
  db.prepare('UPDATE claims SET speaker = CASE WHEN speaker_by_hand = 1 THEN speaker ELSE ? END, figures = ?, check_worthiness = ?, reasons = ? WHERE id = ?').run(
    insight.speaker,
    JSON.stringify(insight.figures),
    insight.checkWorthiness,
    JSON.stringify(insight.reasons),
    claimId,
  );
  setClaimEntities(db, claimId, insight.entities);
}

export function setClaimVerdict(db: Db, claimId: number, status: Verdict, reviewer: string, at: string): void {
  db.prepare('UPDATE claims SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?').run(status, reviewer, at, claimId);
}

/** The speaker as the fact-checker gives it (null: nobody); marked as set by hand. */
export function setClaimSpeaker(db: Db, claimId: number, speaker: string | null, kind: SpeakerKind | null = null): void {
  db.prepare('UPDATE claims SET speaker = ?, speaker_by_hand = 1, speaker_kind = ? WHERE id = ?').run(speaker, speaker === null ? null : kind, claimId);
}

/** Back to not reviewed: the default verdict, and no reviewer. */
export function clearClaimVerdict(db: Db, claimId: number): void {
  db.prepare("UPDATE claims SET status = 'unverified', reviewed_by = NULL, reviewed_at = NULL WHERE id = ?").run(claimId);
}

/** Every claim of one article, in order, with just what the article view needs to highlight it. */
export interface ClaimHighlight {
  id: number;
  position: number;
  /** As ClaimRow.number: the place among the article's shown claims, null when hidden. */
  number: number | null;
  start: number;
  end: number;
  kind: ClaimKind;
  hidden: boolean;
  status: Verdict;
  reviewed: boolean;
}

export function listHighlights(db: Db, articleId: number): ClaimHighlight[] {
  const rows = db
    .prepare(`SELECT id, position, span_start AS start, span_end AS "end", kind, hidden, status, reviewed_at IS NOT NULL AS reviewed
      FROM claims WHERE article_id = ? ORDER BY position`)
    .all(articleId) as Array<Omit<ClaimHighlight, 'hidden' | 'reviewed' | 'number'> & { hidden: number; reviewed: number }>;
  let shown = 0;
  // In position order: a shown claim's number is its place among the shown ones (as in the table).
  return rows.map((r) => ({ ...r, hidden: r.hidden === 1, reviewed: r.reviewed === 1, number: r.hidden === 1 ? null : ++shown }));
}
