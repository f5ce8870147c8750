import { iterateReportRows, type ReportRow, type ReportWording } from '../../db/queries/report';
import type { ClaimFilter, ClaimSort } from '../../db/queries/types';
import type { Db } from '../../db/open';
import { countClaims } from '../../db/queries/claims';
import { describeSuggestion } from '../../db/queries/suggestions';
import { describeNote, describeSourceInFull, reviewLabel, spreadsheetTime } from './labels';

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
  // Added with tags: the claim's free labels, "; " between.
  'Tags',
  // Whose the Speaker cell is: "hand" when a person set (or cleared) it, '' when the engine found it.
  'Speaker set by',
] as const;

/**
 * A cell a spreadsheet could run as a formula gets a leading apostrophe, so
 * a claim like "=HYPERLINK(...)" is shown as text, never evaluated.
 * csv-stringify's own escape_formulas misses a leading LF and NUL, hence ours.
 */
export function neutralizeFormula(value: string): string {
  return startsFormula(value.charCodeAt(0)) ? `'${value}` : value;
}

/** =, +, -, @, tab, CR, LF, NUL and the full-width =, +, -, @ (U+FF1D, U+FF0B, U+FF0D, U+FF20); NaN for ''. */
function startsFormula(code: number): boolean {
  switch (code) {
    case 0x3d: case 0x2b: case 0x2d: case 0x40: case 0x09: case 0x0d: case 0x0a: case 0x00:
    case 0xff1d: case 0xff0b: case 0xff0d: case 0xff20:
      return true;
    default:
      return false;
  }
}

/** How the report words each note, source and in-article dispute: one line each. */
export const REPORT_WORDING: ReportWording = {
  note: describeNote,
  source: (source) => describeSourceInFull(source, source.stance),
  dispute: describeSuggestion,
};

// A cell is quoted when it holds a quote, a comma, a CR or an LF (a line break in a cell is always inside quotes,
// or a spreadsheet would split the row); a quote inside is doubled.
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One record as RFC 4180 CSV, every cell neutralised first, CRLF after it:
 * exactly the bytes csv-stringify writes with `record_delimiter: 'windows'`
 * and `quoted_match: /[\r\n]/` (csv.test.ts checks that on hostile cells and
 * parses the result back with csv-parse). Written here because csv-stringify
 * spent ~4× this per row, more than the whole budget of the export (bench).
 */
export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    let cell = neutralizeFormula(cells[i]!);
    if (NEEDS_QUOTES.test(cell)) cell = `"${cell.replace(QUOTE, '""')}"`;
    line += i === 0 ? cell : `,${cell}`;
  }
  return `${line}\r\n`;
}

/** Records as CSV text (see csvRecord). */
export function csvRecords(records: ReadonlyArray<readonly string[]>): string {
  let text = '';
  for (const cells of records) text += csvRecord(cells);
  return text;
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
    row.reviewedAt === null ? '' : spreadsheetTime(row.reviewedAt),
    row.notes,
    row.sources,
    // A suggestion waiting for the fact-checker; once accepted it is the status itself.
    row.disputePending ? 'disputed' : '',
    row.disputedBy,
    row.checkWorthiness === null ? '' : row.checkWorthiness.toFixed(2),
    row.articleFile ?? '',
    row.articleWords ?? '',
    row.seenBefore,
    row.tags,
    row.speakerByHand ? 'hand' : '',
  ];
}

/** Counts the rows of a report while its chunks are written. */
export interface ReportTally {
  rowCount: number;
}

/** Progress and cancel for a streamed report (the CLI's progress line and Ctrl+C; the UI's progress bar). */
export interface ReportProgress {
  /** Called after each chunk, and once at the end, with the rows written so far and the rows the report holds. */
  onRows?(written: number, total: number): void;
  /** Once aborted, the next chunk throws the signal's reason (an AbortError) and no more rows are read. */
  signal?: AbortSignal;
}

export interface ReportStreamOptions extends ReportProgress {
  tally?: ReportTally;
  /** The rows the report will hold, for onRows (counted by csvReport). */
  total?: number;
}

// A chunk is yielded once this many UTF-16 units are pending: big enough that writes and
// progress calls are few, small enough that memory stays flat whatever the report's size.
const CHUNK_CHARS = 256 * 1024;

/**
 * The CSV report as text chunks, in order: a UTF-8 BOM (so Excel picks the
 * encoding) and the header, then the rows, CRLF after each. Rows are read
 * from SQLite as the chunks are taken, so a report of any size is written
 * without ever being whole in memory.
 */
export function* csvReportChunks(rows: Iterable<ReportRow>, options: ReportStreamOptions = {}): Generator<string> {
  const { tally = { rowCount: 0 }, onRows, signal, total = 0 } = options;
  signal?.throwIfAborted();
  yield `\uFEFF${csvRecord(CSV_COLUMNS)}`;
  let chunk = '';
  for (const row of rows) {
    chunk += csvRecord(cells(row));
    tally.rowCount++;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
      onRows?.(tally.rowCount, total);
      signal?.throwIfAborted();
    }
  }
  if (chunk) yield chunk;
  onRows?.(tally.rowCount, Math.max(total, tally.rowCount));
}

/**
 * The report of the claims `filter` selects, in `sort` order, as chunks (see
 * csvReportChunks). With onRows, the rows are counted first (the same filter):
 * run it in one read transaction for the count and the rows to agree.
 */
export function csvReport(db: Db, filter: ClaimFilter, sort: ClaimSort, options: ReportStreamOptions = {}): Generator<string> {
  const total = options.onRows ? countClaims(db, filter) : 0;
  return csvReportChunks(iterateReportRows(db, filter, sort, REPORT_WORDING), { ...options, total });
}

/** The whole report as one string, for callers that need it so (the desktop save dialog, tests). */
export function reportToCsv(rows: Iterable<ReportRow>): { csv: string; rowCount: number } {
  const tally = { rowCount: 0 };
  let csv = '';
  for (const chunk of csvReportChunks(rows, { tally })) csv += chunk;
  return { csv, rowCount: tally.rowCount };
}
