import type { Db } from '../open';
import { getArticleBody } from './articles';
import { CLAIM_NUMBER_SQL, claimWhere, orderBy } from './claims';
import { raw, sql } from './sql';
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

/** One claim as the CSV report needs it, with its notes and sources. */
export interface ReportRow {
  id: number;
  articleTitle: string;
  articleDate: string | null;
  /** The imported file's name; null for pasted text. */
  articleFile: string | null;
  position: number;
  /** The claim's number among its article's shown claims (as on screen); null for a hidden row. */
  number: number | null;
  text: string;
  /** The article's own words at the claim's span, only when the claim was reworded. */
  articleWords: string | null;
  speaker: string | null;
  status: Verdict;
  reviewedBy: string | null;
  reviewedAt: string | null;
  notes: Array<{ author: string; createdAt: string; body: string }>;
  sources: ReportSource[];
  checkWorthiness: number | null;
  /** Denials in the article that target the claim and were not dismissed. */
  disputes: Array<{ speaker: string | null; phrase: string; state: 'pending' | 'accepted' }>;
  /** IDs of the same claim in other articles (claim memory), lowest first. */
  seenBefore?: number[];
}

interface ReportRecord extends Omit<ReportRow, 'notes' | 'sources' | 'disputes' | 'articleWords' | 'seenBefore'> {
  seenBefore: string;
  notes: string;
  sources: string;
  disputes: string;
  articleId: number;
  spanStart: number;
  spanEnd: number;
  edited: number;
}

/**
 * Every row of the report in one streaming query; each claim's notes (oldest
 * first) and sources come along as JSON arrays, so the report is formatted
 * in one place, in TypeScript.
 */
export function* iterateReportRows(db: Db, filter: ClaimFilter, sort: ClaimSort): Generator<ReportRow> {
  const q = sql`SELECT c.id, a.id AS articleId, a.title AS articleTitle, a.article_date AS articleDate, a.filename AS articleFile,
      c.position,
      ${raw(CLAIM_NUMBER_SQL)} AS number,
      c.text, c.span_start AS spanStart, c.span_end AS spanEnd, c.edited, c.speaker,
      c.status, c.reviewed_by AS reviewedBy, c.reviewed_at AS reviewedAt,
      (SELECT json_group_array(json_object('author', n.author, 'createdAt', n.created_at, 'body', n.body))
         FROM (SELECT * FROM notes WHERE claim_id = c.id ORDER BY id) n) AS notes,
      (SELECT json_group_array(json_object('title', s.title, 'publisher', s.publisher, 'publishedOn', s.published_on,
                                           'url', s.url, 'excerpt', s.excerpt, 'stance', cs.stance))
         FROM (SELECT * FROM claim_sources WHERE claim_id = c.id ORDER BY linked_at, source_id) cs
         JOIN sources s ON s.id = cs.source_id) AS sources,
      c.check_worthiness AS checkWorthiness,
      (SELECT json_group_array(json_object('speaker', ds.speaker, 'phrase', ds.phrase, 'state', ds.state))
         FROM (SELECT * FROM dispute_suggestions WHERE claim_id = c.id AND state <> 'dismissed' ORDER BY id) ds) AS disputes,
      (SELECT json_group_array(other) FROM (SELECT earlier_claim_id AS other FROM claim_matches WHERE claim_id = c.id AND dismissed_at IS NULL
         UNION SELECT claim_id FROM claim_matches WHERE earlier_claim_id = c.id AND dismissed_at IS NULL ORDER BY 1)) AS seenBefore
    FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE ${claimWhere(filter)} ORDER BY ${orderBy(sort)}`;
  // Bodies are read only for reworded claims, once per article. Spans are
  // UTF-16 offsets, which SQLite's substr (counting characters) cannot slice.
  const bodies = new Map<number, string>();
  const bodyOf = (articleId: number): string => {
    let body = bodies.get(articleId);
    if (body === undefined) {
      body = getArticleBody(db, articleId) ?? '';
      bodies.set(articleId, body);
    }
    return body;
  };
  for (const record of db.prepare(q.text).iterate(...q.params) as Iterable<ReportRecord>) {
    const { articleId, spanStart, spanEnd, edited, ...row } = record;
    const words = edited === 1 ? bodyOf(articleId).slice(spanStart, spanEnd) : null;
    yield {
      ...row,
      articleWords: words !== null && words !== row.text ? words : null,
      notes: JSON.parse(record.notes) as ReportRow['notes'],
      sources: JSON.parse(record.sources) as ReportRow['sources'],
      disputes: JSON.parse(record.disputes) as ReportRow['disputes'],
      seenBefore: JSON.parse(record.seenBefore) as number[],
    };
  }
}
