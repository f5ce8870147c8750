import { z } from 'zod';
import { iterateReportRows } from '../../../db/queries/report';
import { REPORT_WORDING, reportToCsv } from '../../report/csv';
import { REPORT_FORMAT_INFO, REPORT_FORMATS, reportChunks, reportFilename } from '../../report/formats';
import { defineOperation } from '../operation';
import { claimFilter, claimSort, DEFAULT_SORT } from '../schemas';
import type { Workspace } from '../workspace';

export interface CsvReport {
  /** A suggested file name, e.g. claimdesk-disputed-2026-11-27.csv */
  filename: string;
  csv: string;
  rowCount: number;
}

// One definition of a report's file name, for every format; re-exported for the CSV callers.
export { reportFilename };

export interface ExportedReport {
  /** A suggested file name with the format's extension, e.g. claimdesk-disputed-2026-11-27.html */
  filename: string;
  content: string;
  /** Claims in the report (ClaimReview: the reviewed ones it holds). */
  rowCount: number;
  mediaType: string;
}

export const reportOperations = {
  /**
   * The CSV report of exactly the claims the active filter shows, in the same order, as one
   * string. The CLI and the browser download stream the same report instead (csvReport).
   */
  exportCsv: defineOperation({
    input: z.object({ filter: claimFilter.default({}), sort: claimSort.default(DEFAULT_SORT) }).strict(),
    write: false,
    handler: (ws: Workspace, input): CsvReport => {
      const { csv, rowCount } = reportToCsv(iterateReportRows(ws.db, input.filter, input.sort, REPORT_WORDING));
      return { filename: reportFilename(input.filter, ws.now()), csv, rowCount };
    },
  }),
  /**
   * A report in any format (csv, html, markdown, claimreview) as one string, for the desktop save
   * dialog; the CLI and the browser download stream the same chunks instead (reportChunks).
   */
  exportReport: defineOperation({
    input: z.object({ format: z.enum(REPORT_FORMATS), filter: claimFilter.default({}), sort: claimSort.default(DEFAULT_SORT) }).strict(),
    write: false,
    handler: (ws: Workspace, input): ExportedReport => {
      const tally = { rowCount: 0 };
      let content = '';
      for (const chunk of reportChunks(ws.db, input.format, input.filter, input.sort, { now: ws.now(), tally })) content += chunk;
      const info = REPORT_FORMAT_INFO[input.format];
      return { filename: reportFilename(input.filter, ws.now(), input.format), content, rowCount: tally.rowCount, mediaType: info.mediaType };
    },
  }),
};
