import { z } from 'zod';
import { iterateReportRows } from '../../../db/queries/report';
import type { ClaimFilter } from '../../../db/queries/types';
import { REPORT_WORDING, reportToCsv } from '../../report/csv';
import { defineOperation } from '../operation';
import { claimFilter, claimSort, DEFAULT_SORT } from '../schemas';
import type { Workspace } from '../workspace';

export interface CsvReport {
  /** A suggested file name, e.g. claimdesk-disputed-2026-11-27.csv */
  filename: string;
  csv: string;
  rowCount: number;
}

export function reportFilename(filter: ClaimFilter, isoNow: string): string {
  const parts = ['claimdesk'];
  if (filter.articleId !== undefined) parts.push(`article-${filter.articleId}`);
  if (filter.status) parts.push(filter.status.replace('_', '-'));
  parts.push(isoNow.slice(0, 10));
  return `${parts.join('-')}.csv`;
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
};
