/**
 * The review as people read it: per article, its claims with their notes,
 * sources and in-article disputes kept as records (not worded into one CSV
 * cell), for the reading report (HTML, Markdown) and ClaimReview. Follows the
 * same filter and sort as the table and the CSV.
 */
import type { Db } from '../open';
import { claimWhere, orderBy } from './claims';
import type { ReportSource } from './report';
import { sql } from './sql';
import { tagsOfClaim } from './tags';
import type { SuggestionStance } from './suggestions';
import type { ClaimFilter, ClaimSort, SpeakerKind, Verdict } from './types';

export interface ReviewCounts {
  total: number;
  verified: number;
  disputed: number;
  unverified: number;
  notReviewed: number;
}

export interface ReviewNote {
  author: string;
  createdAt: string;
  body: string;
}

/** A source as the reports list it (the same record the CSV words). */
export type ReviewSource = ReportSource;

/** A denial the article itself reports against the claim, whatever the fact-checker decided about its suggested verdict. */
export interface ReviewDispute {
  speaker: string | null;
  phrase: string;
  /** A denial, or a doubt ("cautious about the findings"), which reports must not pass off as one. */
  stance: SuggestionStance;
  /** The denying sentence, as in the article. */
  text: string;
  state: 'pending' | 'accepted' | 'dismissed';
}

export interface ReviewClaim {
  id: number;
  /** The claim's number among its article's shown claims, as on screen; null for a hidden row. */
  number: number | null;
  text: string;
  speaker: string | null;
  /** A person or an organisation, as the fact-checker said; null: guessed from the name. */
  speakerKind: SpeakerKind | null;
  status: Verdict;
  reviewedBy: string | null;
  reviewedAt: string | null;
  checkWorthiness: number | null;
  notes: ReviewNote[];
  sources: ReviewSource[];
  disputes: ReviewDispute[];
  /** The claim's tags, by name. */
  tags: string[];
}

export interface ReviewArticleHead {
  id: number;
  title: string;
  /** As the article gives it (often ISO, not always). */
  date: string | null;
  /** The imported file's name; null for pasted text. */
  filename: string | null;
  /** The page's own address, for an imported web page. */
  sourceUrl: string | null;
  counts: ReviewCounts;
}

export interface ReviewArticle extends ReviewArticleHead {
  claims: ReviewClaim[];
}

export interface ReviewSummary {
  overall: ReviewCounts;
  /** Every article with a claim in the report, in report order. */
  articles: ReviewArticleHead[];
}

const emptyCounts = (): ReviewCounts => ({ total: 0, verified: 0, disputed: 0, unverified: 0, notReviewed: 0 });

function count(counts: ReviewCounts, status: Verdict, reviewedAt: string | null): void {
  counts.total++;
  if (reviewedAt === null) counts.notReviewed++;
  else counts[status]++;
}

interface ArticleRecord {
  id: number;
  title: string;
  date: string | null;
  filename: string | null;
  sourceUrl: string | null;
}

/**
 * Which claims the report holds, grouped by article: articles in the order
 * their first claim comes in the sort, claims in the sort's order within.
 * Only ids and the fields counted are read here, so the summary (which the
 * reading report puts first) costs one pass and the claims are read after.
 */
function selection(db: Db, filter: ClaimFilter, sort: ClaimSort): { summary: ReviewSummary; claimIds: Map<number, number[]> } {
  const q = sql`SELECT c.id, c.article_id AS articleId, c.status, c.reviewed_at AS reviewedAt
    FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${claimWhere(filter)} ORDER BY ${orderBy(sort)}`;
  const claimIds = new Map<number, number[]>();
  const counts = new Map<number, ReviewCounts>();
  const overall = emptyCounts();
  for (const row of db.prepare(q.text).iterate(...q.params) as Iterable<{ id: number; articleId: number; status: Verdict; reviewedAt: string | null }>) {
    let ids = claimIds.get(row.articleId);
    if (ids === undefined) {
      ids = [];
      claimIds.set(row.articleId, ids);
      counts.set(row.articleId, emptyCounts());
    }
    ids.push(row.id);
    count(counts.get(row.articleId)!, row.status, row.reviewedAt);
    count(overall, row.status, row.reviewedAt);
  }
  const article = db.prepare(
    'SELECT id, title, article_date AS date, filename, source_url AS sourceUrl FROM articles WHERE id = ?',
  );
  const articles = [...claimIds.keys()].map((id) => ({ ...(article.get(id) as ArticleRecord), counts: counts.get(id)! }));
  return { summary: { overall, articles }, claimIds };
}

/** The report's counts, overall and per article, without reading the claims. */
export function reviewSummary(db: Db, filter: ClaimFilter, sort: ClaimSort): ReviewSummary {
  return selection(db, filter, sort).summary;
}

/**
 * The report: its summary, then one article at a time with its claims, read
 * as the caller takes them so a report of any size is never whole in memory.
 */
export function reviewReport(db: Db, filter: ClaimFilter, sort: ClaimSort): { summary: ReviewSummary; articles: Iterable<ReviewArticle> } {
  const { summary, claimIds } = selection(db, filter, sort);
  return { summary, articles: readArticles(db, summary.articles, claimIds) };
}

function* readArticles(db: Db, heads: readonly ReviewArticleHead[], claimIds: Map<number, number[]>): Generator<ReviewArticle> {
  const numbers = db.prepare(
    `SELECT id, CASE WHEN hidden = 0 THEN count(*) FILTER (WHERE hidden = 0) OVER (ORDER BY position) END AS number
       FROM claims WHERE article_id = ?`,
  );
  const claim = db.prepare(
    `SELECT id, text, speaker, speaker_kind AS speakerKind, status, reviewed_by AS reviewedBy, reviewed_at AS reviewedAt, check_worthiness AS checkWorthiness
       FROM claims WHERE id = ?`,
  );
  const notes = db.prepare('SELECT author, created_at AS createdAt, body FROM notes WHERE claim_id = ? ORDER BY id');
  const sources = db.prepare(
    `SELECT s.title, s.publisher, s.published_on AS publishedOn, s.url, s.excerpt, cs.stance
       FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = ? ORDER BY cs.linked_at, cs.source_id`,
  );
  const disputes = db.prepare(
    `SELECT speaker, phrase, stance, denial_text AS text, state FROM dispute_suggestions
      WHERE claim_id = ? ORDER BY id`,
  );
  for (const head of heads) {
    const numberOf = new Map<number, number | null>();
    for (const row of numbers.iterate(head.id) as Iterable<{ id: number; number: number | null }>) numberOf.set(row.id, row.number);
    const claims = claimIds.get(head.id)!.map((id): ReviewClaim => {
      const row = claim.get(id) as Omit<ReviewClaim, 'number' | 'notes' | 'sources' | 'disputes' | 'tags'>;
      return {
        ...row,
        number: numberOf.get(id) ?? null,
        notes: notes.all(id) as ReviewNote[],
        sources: sources.all(id) as ReviewSource[],
        disputes: disputes.all(id) as ReviewDispute[],
        tags: tagsOfClaim(db, id),
      };
    });
    yield { ...head, claims };
  }
}
