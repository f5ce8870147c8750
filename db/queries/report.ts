import type { Db } from '../open';
import { getArticleBody } from './articles';
import { claimWhere, orderBy } from './claims';
import { sql } from './sql';
import type { ClaimFilter, ClaimSort, Stance, Verdict } from './types';

/** A source as the report lists it: everything a reader needs to find it again. */
export interface ReportSource {
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
  url: string;
  excerpt: string | null;
  stance: Stance;
}

/**
 * How the report words a note, a source and an in-article dispute, one line
 * each. Given by the report (core/report) and called by SQLite while it
 * aggregates, so each is written once, in TypeScript.
 */
export interface ReportWording {
  note(note: { author: string; createdAt: string; body: string }): string;
  source(source: ReportSource): string;
  dispute(dispute: { speaker: string | null; phrase: string }): string;
}

/** One claim as the CSV report needs it; its notes, sources and disputes already worded, one per line. */
export interface ReportRow {
  id: number;
  articleTitle: string;
  articleDate: string | null;
  /** The imported file's name; null for pasted text. */
  articleFile: string | null;
  /** The claim's number among its article's shown claims (as on screen); null for a hidden row. */
  number: number | null;
  text: string;
  /** The article's own words at the claim's span, only when the claim was reworded. */
  articleWords: string | null;
  speaker: string | null;
  status: Verdict;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Every note, oldest first, one per line; '' for none. */
  notes: string;
  /** Every source, in the order they were linked, one per line; '' for none. */
  sources: string;
  checkWorthiness: number | null;
  /** True while an in-article denial of the claim waits for the fact-checker. */
  disputePending: boolean;
  /** Denials in the article that target the claim and were not dismissed, one per line; '' for none. */
  disputedBy: string;
  /** IDs of the same claim in other articles (claim memory), lowest first, "12; 40"; '' for none. */
  seenBefore: string;
}

interface ReportRecord extends Omit<ReportRow, 'articleWords' | 'disputePending'> {
  articleId: number;
  spanStart: number;
  spanEnd: number;
  edited: number;
  disputePending: number;
}

/**
 * Every row of the report from one streaming query. Notes, sources, disputes
 * and claim-memory IDs are aggregated by SQLite (group_concat, each list in
 * its order) and worded by `wording`, registered as SQL functions on `db`:
 * nothing is parsed per row, and no row is kept once yielded.
 */
export function* iterateReportRows(db: Db, filter: ClaimFilter, sort: ClaimSort, wording: ReportWording): Generator<ReportRow> {
  db.function('claimdesk_report_note', { deterministic: true }, (author, createdAt, body) =>
    wording.note({ author: author as string, createdAt: createdAt as string, body: body as string }),
  );
  db.function('claimdesk_report_source', { deterministic: true }, (title, publisher, publishedOn, url, excerpt, stance) =>
    wording.source({
      title: title as string | null,
      publisher: publisher as string | null,
      publishedOn: publishedOn as string | null,
      url: url as string,
      excerpt: excerpt as string | null,
      stance: stance as Stance,
    }),
  );
  db.function('claimdesk_report_dispute', { deterministic: true }, (speaker, phrase) => wording.dispute({ speaker: speaker as string | null, phrase: phrase as string }));
  const where = claimWhere(filter);
  // A claim's number among its article's shown claims, as on screen (CLAIM_NUMBER_SQL), counted in one
  // ordered pass over the exported articles instead of once per row (quadratic in an article's claims).
  const q = sql`WITH numbered AS (
      SELECT id, CASE WHEN hidden = 0 THEN count(*) FILTER (WHERE hidden = 0) OVER (PARTITION BY article_id ORDER BY position) END AS number
        FROM claims WHERE article_id IN (SELECT c.article_id FROM claims c WHERE ${where}))
    SELECT c.id, a.id AS articleId, a.title AS articleTitle, a.article_date AS articleDate, a.filename AS articleFile,
      (SELECT number FROM numbered WHERE numbered.id = c.id) AS number,
      c.text, c.span_start AS spanStart, c.span_end AS spanEnd, c.edited, c.speaker,
      c.status, c.reviewed_by AS reviewedBy, c.reviewed_at AS reviewedAt,
      coalesce((SELECT group_concat(claimdesk_report_note(n.author, n.created_at, n.body), char(10) ORDER BY n.id)
         FROM notes n WHERE n.claim_id = c.id), '') AS notes,
      coalesce((SELECT group_concat(claimdesk_report_source(s.title, s.publisher, s.published_on, s.url, s.excerpt, cs.stance), char(10) ORDER BY cs.linked_at, cs.source_id)
         FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = c.id), '') AS sources,
      c.check_worthiness AS checkWorthiness,
      EXISTS (SELECT 1 FROM dispute_suggestions ds WHERE ds.claim_id = c.id AND ds.state = 'pending') AS disputePending,
      coalesce((SELECT group_concat(claimdesk_report_dispute(ds.speaker, ds.phrase), char(10) ORDER BY ds.id)
         FROM dispute_suggestions ds WHERE ds.claim_id = c.id AND ds.state <> 'dismissed'), '') AS disputedBy,
      coalesce((SELECT group_concat(other, '; ' ORDER BY other) FROM (SELECT earlier_claim_id AS other FROM claim_matches WHERE claim_id = c.id AND dismissed_at IS NULL
         UNION SELECT claim_id FROM claim_matches WHERE earlier_claim_id = c.id AND dismissed_at IS NULL)), '') AS seenBefore
    FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE ${where} ORDER BY ${orderBy(sort)}`;
  // Bodies are read only for reworded claims, and only the last one is kept (rows of an
  // article come together in most orders). Spans are UTF-16 offsets, which SQLite's substr
  // (counting characters) cannot slice.
  let body = { articleId: 0, text: '' };
  const bodyOf = (articleId: number): string => {
    if (body.articleId !== articleId) body = { articleId, text: getArticleBody(db, articleId) ?? '' };
    return body.text;
  };
  for (const record of db.prepare(q.text).iterate(...q.params) as Iterable<ReportRecord>) {
    const words = record.edited === 1 ? bodyOf(record.articleId).slice(record.spanStart, record.spanEnd) : null;
    // Built field by field: a rest-and-spread copy of every record cost more than the query itself.
    yield {
      id: record.id,
      articleTitle: record.articleTitle,
      articleDate: record.articleDate,
      articleFile: record.articleFile,
      number: record.number,
      text: record.text,
      articleWords: words !== null && words !== record.text ? words : null,
      speaker: record.speaker,
      status: record.status,
      reviewedBy: record.reviewedBy,
      reviewedAt: record.reviewedAt,
      notes: record.notes,
      sources: record.sources,
      checkWorthiness: record.checkWorthiness,
      disputePending: record.disputePending === 1,
      disputedBy: record.disputedBy,
      seenBefore: record.seenBefore,
    };
  }
}
