import { stringify } from 'csv-stringify/sync';
import { iterateReportRows, type ReportRow, type ReportWording } from '../../db/queries/report';
import type { ClaimFilter, ClaimSort } from '../../db/queries/types';
import type { Db } from '../../db/open';
import { describeSuggestion } from '../../db/queries/suggestions';
import { describeNote, describeSourceInFull, reviewLabel } from './labels';

/** Header names as an editor reads them in Excel. Order matters: it is the column order. */
export const CSV_COLUMNS = [
  'Claim ID',
  'Article',
  'Article date',
  'Claim #',
  'Claim',
  'Speaker',
  'Status',
  'Reviewed by',
  'Reviewed at',
  'Notes',
  'Sources',
  // Later columns go after the ones reports already had, so a sheet reading them by position keeps working.
  // Added with claim intelligence:
  'Suggested status',
  'Disputed by',
  'Check-worthiness',
  // Added to keep the evidence: the imported file, and the article's words beside a rewording:
  'Article file',
  'Article words',
  // Added with claim memory: the IDs of the same claim in other articles.
  'Seen before',
] as const;

// =, +, -, @, tab, CR, LF, NUL and the full-width =, +, -, @ (U+FF1D, U+FF0B, U+FF0D, U+FF20).
const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A cell a spreadsheet could run as a formula gets a leading apostrophe, so
 * a claim like "=HYPERLINK(...)" is shown as text, never evaluated.
 * csv-stringify's own escape_formulas misses a leading LF and NUL, hence ours.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** How the report words each note, source and in-article dispute: one line each. */
export const REPORT_WORDING: ReportWording = {
  note: describeNote,
  source: (source) => describeSourceInFull(source, source.stance),
  dispute: describeSuggestion,
};

/**
 * RFC 4180 records by csv-stringify, CRLF after each. Any field holding CR
 * or LF is quoted explicitly: with CRLF records, csv-stringify would
 * otherwise leave a bare LF unquoted and split the row.
 */
const CSV_OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

/** Records as CSV text, every cell neutralised first. */
export function csvRecords(records: ReadonlyArray<readonly string[]>): string {
  return stringify(
    records.map((cells) => cells.map(neutralizeFormula)),
    CSV_OPTIONS,
  );
}

function cells(row: ReportRow): string[] {
  return [
    String(row.id),
    row.articleTitle,
    row.articleDate ?? '',
    row.number === null ? '' : String(row.number),
    row.text,
    row.speaker ?? '',
    reviewLabel(row),
    row.reviewedBy ?? '',
    row.reviewedAt ?? '',
    row.notes,
    row.sources,
    // A suggestion waiting for the fact-checker; once accepted it is the status itself.
    row.disputePending ? 'disputed' : '',
    row.disputedBy,
    row.checkWorthiness === null ? '' : row.checkWorthiness.toFixed(2),
    row.articleFile ?? '',
    row.articleWords ?? '',
    row.seenBefore,
  ];
}

/** Counts the rows of a report while its chunks are written. */
export interface ReportTally {
  rowCount: number;
}

// Rows per chunk: big enough that writes are few, small enough that memory stays flat.
const CHUNK_ROWS = 512;

/**
 * The CSV report as text chunks, in order: a UTF-8 BOM (so Excel picks the
 * encoding) and the header, then the rows, CRLF after each. Rows are read
 * from SQLite as the chunks are taken, so a report of any size is written
 * without ever being whole in memory.
 */
export function* csvReportChunks(rows: Iterable<ReportRow>, tally: ReportTally = { rowCount: 0 }): Generator<string> {
  yield `\uFEFF${csvRecords([CSV_COLUMNS])}`;
  let chunk: string[][] = [];
  for (const row of rows) {
    chunk.push(cells(row));
    tally.rowCount++;
    if (chunk.length === CHUNK_ROWS) {
      yield csvRecords(chunk);
      chunk = [];
    }
  }
  if (chunk.length) yield csvRecords(chunk);
}

/** The report of the claims `filter` selects, in `sort` order, as chunks (see csvReportChunks). */
export function csvReport(db: Db, filter: ClaimFilter, sort: ClaimSort, tally?: ReportTally): Generator<string> {
  return csvReportChunks(iterateReportRows(db, filter, sort, REPORT_WORDING), tally);
}

/** The whole report as one string, for callers that need it so (the desktop save dialog, tests). */
export function reportToCsv(rows: Iterable<ReportRow>): { csv: string; rowCount: number } {
  const tally = { rowCount: 0 };
  let csv = '';
  for (const chunk of csvReportChunks(rows, tally)) csv += chunk;
  return { csv, rowCount: tally.rowCount };
}
