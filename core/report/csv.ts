import { stringify } from 'csv-stringify/sync';
import type { ReportRow } from '../../db/queries/report';
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
    row.notes.map(describeNote).join('\n'),
    row.sources.map((s) => describeSourceInFull(s, s.stance)).join('\n'),
    // A suggestion waiting for the fact-checker; once accepted it is the status itself.
    row.disputes.some((d) => d.state === 'pending') ? 'disputed' : '',
    row.disputes.map(describeSuggestion).join('\n'),
    row.checkWorthiness === null ? '' : row.checkWorthiness.toFixed(2),
    row.articleFile ?? '',
    row.articleWords ?? '',
    (row.seenBefore ?? []).join('; '),
  ].map(neutralizeFormula);
}

/**
 * RFC 4180 CSV, CRLF between records, UTF-8 BOM so Excel picks the encoding.
 * Any field holding CR or LF is quoted explicitly: with CRLF records,
 * csv-stringify would otherwise leave a bare LF unquoted and split the row.
 */
export function reportToCsv(rows: Iterable<ReportRow>): { csv: string; rowCount: number } {
  const records: string[][] = [];
  for (const row of rows) records.push(cells(row));
  const csv = stringify(records, {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
  return { csv, rowCount: records.length };
}
