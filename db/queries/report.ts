import type { Db } from '../open';
import { claimWhere, orderBy } from './claims';
import { sql } from './sql';
import type { ClaimFilter, ClaimSort, Verdict } from './types';

/** One claim as the CSV report needs it, notes and sources already gathered. */
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
  notes: string | null;
  sources: string | null;
}

/**
 * All rows of the report in one query: notes as "author (time): text" and
 * sources as "title <url> [stance]", one per line inside their cell.
 */
export function* iterateReportRows(db: Db, filter: ClaimFilter, sort: ClaimSort): Generator<ReportRow> {
  const q = sql`SELECT c.id, a.title AS articleTitle, a.article_date AS articleDate, c.position, c.text, c.speaker,
      c.status, c.reviewed_by AS reviewedBy, c.reviewed_at AS reviewedAt,
      (SELECT group_concat(n.author || ' (' || n.created_at || '): ' || n.body, char(10))
         FROM (SELECT * FROM notes WHERE claim_id = c.id ORDER BY id) n) AS notes,
      (SELECT group_concat(coalesce(s.title || ' ', '') || '<' || s.url || '> [' || cs.stance || ']', char(10))
         FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = c.id) AS sources
    FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE ${claimWhere(filter)} ORDER BY ${orderBy(sort)}`;
  yield* db.prepare(q.text).iterate(...q.params) as Iterable<ReportRow>;
}
