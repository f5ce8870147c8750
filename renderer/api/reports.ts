/**
 * The reports to read and publish (HTML, Markdown, ClaimReview), saved as a
 * file. Browser: the report comes back from exportReport and is downloaded.
 * Desktop: the shell asks where to save it and writes it atomically.
 */
import type { ClaimFilter, ClaimSort } from '../../core/api/contract';
import type { ReportFormat } from '../../core/report/format-names';
import type { ApiError } from '../hooks/useApi';
import { desktopBridge } from './bridge';
import { call, type ExportOutcome } from './client';
import { saveBlob } from './download';

export type ReadingFormat = Exclude<ReportFormat, 'csv'>;

export const READING_FORMATS: ReadonlyArray<{ format: ReadingFormat; label: string; description: string }> = [
  { format: 'html', label: 'HTML report', description: 'To read and print: a summary with charts, then every claim with its verdict, notes and sources. Opens in any browser.' },
  { format: 'markdown', label: 'Markdown', description: 'The same report as plain text with light formatting, for a wiki, a ticket or an email.' },
  {
    format: 'claimreview',
    label: 'ClaimReview (JSON-LD)',
    description: 'For publishing: schema.org ClaimReview of every reviewed claim, as search engines and the Fact Check Explorer read it.',
  },
];

export async function exportReportFile(format: ReadingFormat, filter: ClaimFilter, sort: ClaimSort): Promise<{ ok: true; value: ExportOutcome } | { ok: false; error: ApiError }> {
  const bridge = desktopBridge();
  if (bridge?.saveReport) {
    try {
      const saved = await bridge.saveReport({ format, filter, sort });
      if (!saved.ok) return saved;
      return { ok: true, value: saved.value ? { rowCount: saved.value.rowCount, where: saved.value.path } : null };
    } catch (err) {
      return { ok: false, error: { code: 'internal', message: `Export failed: ${err instanceof Error ? err.message : String(err)}` } };
    }
  }
  const result = await call('exportReport', { format, filter, sort });
  if (!result.ok) return result;
  const { content, filename, mediaType, rowCount } = result.value;
  saveBlob(new Blob([content], { type: mediaType }), filename);
  return { ok: true, value: { rowCount, where: filename } };
}
