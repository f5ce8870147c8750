/**
 * The report formats by name. Pure data with no imports, so the CLI's
 * argument parser (answered before any workspace code loads) can check them.
 */
export const REPORT_FORMATS = ['csv', 'html', 'markdown', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(name: string): name is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}
