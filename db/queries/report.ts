import type { Db } from '../open';
import { getArticleBody } from './articles';
import { claimWhere, orderBy } from './claims';
import { raw, sql } from './sql';
import type { SuggestionStance } from './suggestions';
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
  dispute(dispute: { speaker: string | null; phrase: string; stance: SuggestionStance }): string;
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
  /** Denials in the article that target the claim, one per line, whatever was decided (a dismissal refuses the verdict, not the denial); '' for none. */
  disputedBy: string;
  /** IDs of the same claim in other articles (claim memory), lowest first, "12; 40"; '' for none. */
  seenBefore: string;
  /** The claim's tags, by name, "; " between; '' for none. */
  tags: string;
  /** The speaker was set (or cleared) by hand, not by the engine. */
  speakerByHand: boolean;
}

/**
 * Every row of the report from one streaming query. Notes, sources, disputes
 * and claim-memory IDs are aggregated by SQLite (GROUP BY, group_concat, each
 * list in its order) and worded by `wording`, registered as SQL functions on
 * `db`: nothing is parsed per row, and no row is kept once yielded.
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
  db.function('claimdesk_report_dispute', { deterministic: true }, (speaker, phrase, stance) =>
    wording.dispute({ speaker: speaker as string | null, phrase: phrase as string, stance: stance as SuggestionStance }),
  );
  const where = claimWhere(filter);
  const everyClaim = Object.entries(filter).every(([key, value]) => key === 'includeHidden' || value === undefined || value === false);
  // A report of every claim aggregates whole tables; a filtered one only its own claims' notes, sources, disputes and matches.
  const onlyPicked = (column: string) => (everyClaim ? raw('') : sql`AND ${raw(column)} IN (SELECT c.id FROM claims c WHERE ${where})`);
  // A claim's number among its article's shown claims, as on screen (CLAIM_NUMBER_SQL). Every claim in article
  // order: counted here as the rows stream by. Otherwise counted in one ordered pass over the exported articles
  // (a window; about a sixth of the query's time at 100,000 claims).
  const countHere = everyClaim && sort.column === 'position' && sort.direction === 'asc';
  const numbered = countHere
    ? raw('')
    : sql`numbered AS (
      SELECT id, CASE WHEN hidden = 0 THEN count(*) FILTER (WHERE hidden = 0) OVER (PARTITION BY article_id ORDER BY position) END AS number
        FROM claims WHERE article_id IN (SELECT c.article_id FROM claims c WHERE ${where})),`;
  // Each list is aggregated once, in one pass over its table (GROUP BY, group_concat in its order), and joined to
  // the claims: one query, no subquery run per row.
  const q = sql`WITH ${numbered}
    note_lists AS (
      SELECT claim_id, group_concat(claimdesk_report_note(author, created_at, body), char(10) ORDER BY id) AS notes
        FROM notes WHERE 1 ${onlyPicked('claim_id')} GROUP BY claim_id),
    source_lists AS (
      SELECT cs.claim_id, group_concat(claimdesk_report_source(s.title, s.publisher, s.published_on, s.url, s.excerpt, cs.stance), char(10) ORDER BY cs.linked_at, cs.source_id) AS sources
        FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE 1 ${onlyPicked('cs.claim_id')} GROUP BY cs.claim_id),
    dispute_lists AS (
      SELECT claim_id, max(state = 'pending') AS pending,
          group_concat(claimdesk_report_dispute(speaker, phrase, stance), char(10) ORDER BY id) AS disputes
        FROM dispute_suggestions WHERE 1 ${onlyPicked('claim_id')} GROUP BY claim_id),
    match_lists AS (
      SELECT id, group_concat(other, '; ' ORDER BY other) AS seen FROM (
          SELECT claim_id AS id, earlier_claim_id AS other FROM claim_matches WHERE dismissed_at IS NULL ${onlyPicked('claim_id')}
          UNION SELECT earlier_claim_id, claim_id FROM claim_matches WHERE dismissed_at IS NULL ${onlyPicked('earlier_claim_id')})
        GROUP BY id),
    tag_lists AS (
      SELECT ct.claim_id, group_concat(t.name, '; ' ORDER BY t.name COLLATE NOCASE) AS tags
        FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE 1 ${onlyPicked('ct.claim_id')} GROUP BY ct.claim_id)
    SELECT c.id, a.id, a.title, a.article_date, a.filename, ${raw(countHere ? 'c.hidden' : 'nb.number')}, c.text, c.span_start, c.span_end, c.edited, c.speaker,
      c.status, c.reviewed_by, c.reviewed_at, coalesce(nl.notes, ''), coalesce(sl.sources, ''), c.check_worthiness,
      coalesce(dl.pending, 0), coalesce(dl.disputes, ''), coalesce(ml.seen, ''), coalesce(tl.tags, ''), c.speaker_by_hand
    FROM claims c JOIN articles a ON a.id = c.article_id
      ${raw(countHere ? '' : 'LEFT JOIN numbered nb ON nb.id = c.id')}
      LEFT JOIN note_lists nl ON nl.claim_id = c.id
      LEFT JOIN source_lists sl ON sl.claim_id = c.id
      LEFT JOIN dispute_lists dl ON dl.claim_id = c.id
      LEFT JOIN match_lists ml ON ml.id = c.id
      LEFT JOIN tag_lists tl ON tl.claim_id = c.id
    WHERE ${where} ORDER BY ${orderBy(sort)}`;
  // Bodies are read only for reworded claims, and only the last one is kept (rows of an
  // article come together in most orders). Spans are UTF-16 offsets, which SQLite's substr
  // (counting characters) cannot slice.
  let body = { articleId: 0, text: '' };
  let shownOf = { articleId: 0, count: 0 };
  const bodyOf = (articleId: number): string => {
    if (body.articleId !== articleId) body = { articleId, text: getArticleBody(db, articleId) ?? '' };
    return body.text;
  };
  // Rows as arrays (raw), in the SELECT's order: cheaper than an object per row with named keys.
  for (const r of db.prepare(q.text).raw(true).iterate(...q.params) as Iterable<ReportRecord>) {
    const text = r[6];
    let number = r[5];
    if (countHere) {
      if (r[1] !== shownOf.articleId) shownOf = { articleId: r[1], count: 0 };
      number = number === 0 ? ++shownOf.count : null; // r[5] is c.hidden
    }
    const words = r[9] === 1 ? bodyOf(r[1]).slice(r[7], r[8]) : null;
    yield {
      id: r[0],
      articleTitle: r[2],
      articleDate: r[3],
      articleFile: r[4],
      number,
      text,
      articleWords: words !== null && words !== text ? words : null,
      speaker: r[10],
      status: r[11],
      reviewedBy: r[12],
      reviewedAt: r[13],
      notes: r[14],
      sources: r[15],
      checkWorthiness: r[16],
      disputePending: r[17] === 1,
      disputedBy: r[18],
      seenBefore: r[19],
      tags: r[20],
      speakerByHand: r[21] === 1,
    };
  }
}

/** One row of the report query, as SQLite gives it (see the SELECT list). */
type ReportRecord = [
  id: number,
  articleId: number,
  articleTitle: string,
  articleDate: string | null,
  articleFile: string | null,
  /** The claim's number, or (counted in TypeScript) its hidden flag. */
  number: number | null,
  text: string,
  spanStart: number,
  spanEnd: number,
  edited: number,
  speaker: string | null,
  status: Verdict,
  reviewedBy: string | null,
  reviewedAt: string | null,
  notes: string,
  sources: string,
  checkWorthiness: number | null,
  disputePending: number,
  disputedBy: string,
  seenBefore: string,
  tags: string,
  speakerByHand: number,
];
