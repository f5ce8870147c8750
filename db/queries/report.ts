import type { Db } from '../open';
import { claimWhere, orderBy } from './claims';
import { sql } from './sql';
import type { ClaimFilter, ClaimSort, Stance, Verdict } from './types';

/** One claim as the CSV report needs it, with its notes and sources. */
export interface ReportRow {
  id: number;
  articleTitle: string;
  articleDate: string | null;
  position: number;
  text: string;
  speaker: string | null;
  status: Verdict;
  reviewedBy: string | null;
  reviewedAt: string | null;
  notes: Array<{ author: string; createdAt: string; body: string }>;
  sources: Array<{ title: string | null; url: string; stance: Stance }>;
  checkWorthiness: number | null;
  /** Denials in the article that target the claim and were not dismissed. */
  disputes: Array<{ speaker: string | null; phrase: string; state: 'pending' | 'accepted' }>;
}

interface ReportRecord extends Omit<ReportRow, 'notes' | 'sources' | 'disputes'> {
  notes: string;
  sources: string;
  disputes: string;
}

/**
 * Every row of the report in one streaming query; each claim's notes (oldest
 * first) and sources come along as JSON arrays, so the report is formatted
 * in one place, in TypeScript.
 */
export function* iterateReportRows(db: Db, filter: ClaimFilter, sort: ClaimSort): Generator<ReportRow> {
  const q = sql`SELECT c.id, a.title AS articleTitle, a.article_date AS articleDate, c.position, c.text, c.speaker,
      c.status, c.reviewed_by AS reviewedBy, c.reviewed_at AS reviewedAt,
      (SELECT json_group_array(json_object('author', n.author, 'createdAt', n.created_at, 'body', n.body))
         FROM (SELECT * FROM notes WHERE claim_id = c.id ORDER BY id) n) AS notes,
      (SELECT json_group_array(json_object('title', s.title, 'url', s.url, 'stance', cs.stance))
         FROM (SELECT * FROM claim_sources WHERE claim_id = c.id ORDER BY linked_at, source_id) cs
         JOIN sources s ON s.id = cs.source_id) AS sources,
      c.check_worthiness AS checkWorthiness,
      (SELECT json_group_array(json_object('speaker', ds.speaker, 'phrase', ds.phrase, 'state', ds.state))
         FROM (SELECT * FROM dispute_suggestions WHERE claim_id = c.id AND state <> 'dismissed' ORDER BY id) ds) AS disputes
    FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE ${claimWhere(filter)} ORDER BY ${orderBy(sort)}`;
  for (const record of db.prepare(q.text).iterate(...q.params) as Iterable<ReportRecord>) {
    yield {
      ...record,
      notes: JSON.parse(record.notes) as ReportRow['notes'],
      sources: JSON.parse(record.sources) as ReportRow['sources'],
      disputes: JSON.parse(record.disputes) as ReportRow['disputes'],
    };
  }
}
