import type { Db } from '../open';
import { prepared } from './prepared';
import type { StatusCounts } from './types';

export interface ArticleSummary {
  id: number;
  title: string;
  date: string | null;
  dateline: string | null;
  filename: string | null;
  /** The web page it was imported from (http/https); null for other files and pasted text. */
  url: string | null;
  importedAt: string;
  counts: StatusCounts;
}

export interface Article extends ArticleSummary {
  body: string;
}

export interface NewArticle {
  title: string;
  date: string | null;
  dateline: string | null;
  body: string;
  contentHash: string;
  filename: string | null;
  /** Optional so callers that import no web page leave it out. */
  url?: string | null;
  importedAt: string;
  importedBy: string;
}

// Counts cover the claims a reviewer works through (hidden non-claims are left out).
const COUNTS = `
  count(c.id) AS total,
  coalesce(sum(c.reviewed_at IS NOT NULL AND c.status = 'verified'), 0) AS verified,
  coalesce(sum(c.reviewed_at IS NOT NULL AND c.status = 'disputed'), 0) AS disputed,
  coalesce(sum(c.reviewed_at IS NOT NULL AND c.status = 'unverified'), 0) AS unverified,
  coalesce(sum(c.id IS NOT NULL AND c.reviewed_at IS NULL), 0) AS notReviewed`;

interface SummaryRecord extends StatusCounts {
  id: number;
  title: string;
  date: string | null;
  dateline: string | null;
  filename: string | null;
  url: string | null;
  importedAt: string;
}

const SUMMARY_SELECT = `SELECT a.id, a.title, a.article_date AS date, a.dateline, a.filename, a.source_url AS url, a.imported_at AS importedAt, ${COUNTS}
  FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.hidden = 0`;

function toSummary(r: SummaryRecord): ArticleSummary {
  const { total, verified, disputed, unverified, notReviewed, ...article } = r;
  return { ...article, counts: { total, verified, disputed, unverified, notReviewed } };
}

/**
 * Every article with its counts, newest import first. The counts are taken per
 * article from the visible-progress index and joined on, so 5,000 articles
 * cost one pass over that index rather than a join per claim.
 */
export function listArticleSummaries(db: Db): ArticleSummary[] {
  return (
    db
      .prepare(
        `SELECT a.id, a.title, a.article_date AS date, a.dateline, a.filename, a.source_url AS url, a.imported_at AS importedAt,
          coalesce(k.total, 0) AS total, coalesce(k.verified, 0) AS verified, coalesce(k.disputed, 0) AS disputed,
          coalesce(k.unverified, 0) AS unverified, coalesce(k.total - k.reviewed, 0) AS notReviewed
        FROM articles a LEFT JOIN (
          SELECT article_id, count(*) AS total, sum(reviewed_at IS NOT NULL) AS reviewed,
            sum(reviewed_at IS NOT NULL AND status = 'verified') AS verified,
            sum(reviewed_at IS NOT NULL AND status = 'disputed') AS disputed,
            sum(reviewed_at IS NOT NULL AND status = 'unverified') AS unverified
          FROM claims WHERE hidden = 0 GROUP BY article_id
        ) k ON k.article_id = a.id
        ORDER BY a.imported_at DESC, a.id DESC`,
      )
      .all() as SummaryRecord[]
  ).map(toSummary);
}


export function getArticleSummary(db: Db, id: number): ArticleSummary | undefined {
  const r = prepared(db, `${SUMMARY_SELECT} WHERE a.id = ? GROUP BY a.id`).get(id) as SummaryRecord | undefined;
  return r ? toSummary(r) : undefined;
}

export function getArticleBody(db: Db, id: number): string | undefined {
  return (db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string } | undefined)?.body;
}

export function findArticleByHash(db: Db, contentHash: string): number | undefined {
  return (prepared(db, 'SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as { id: number } | undefined)?.id;
}

export function insertArticle(db: Db, a: NewArticle): number {
  const result = prepared(
    db,
    `INSERT INTO articles (title, article_date, dateline, body, content_hash, filename, source_url, imported_at, imported_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.title, a.date, a.dateline, a.body, a.contentHash, a.filename, a.url ?? null, a.importedAt, a.importedBy);
  return Number(result.lastInsertRowid);
}

export function renameArticle(db: Db, id: number, title: string): boolean {
  return db.prepare('UPDATE articles SET title = ? WHERE id = ?').run(title, id).changes === 1;
}

/**
 * Deletes an article with its claims and everything on them (notes, links,
 * history, suggestions: ON DELETE CASCADE). A source goes too when no claim
 * of another article still uses it. False when there is no such article.
 */
export function deleteArticle(db: Db, id: number): boolean {
  const onlyHere = db
    .prepare(`SELECT DISTINCT cs.source_id AS id FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id
      WHERE c.article_id = ? AND NOT EXISTS (
        SELECT 1 FROM claim_sources other JOIN claims oc ON oc.id = other.claim_id
        WHERE other.source_id = cs.source_id AND oc.article_id <> ?)`)
    .all(id, id) as Array<{ id: number }>;
  if (db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes === 0) return false;
  const dropSource = db.prepare('DELETE FROM sources WHERE id = ?');
  for (const source of onlyHere) dropSource.run(source.id);
  return true;
}

export function overallCounts(db: Db): StatusCounts {
  return db.prepare(`SELECT ${COUNTS} FROM claims c WHERE c.hidden = 0`).get() as StatusCounts;
}
