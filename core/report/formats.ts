/**
 * Every report format, one list: what each is called, its file extension
 * and media type, and how its text is made from the claims a filter selects.
 * The CLI, the browser download and the desktop save all go through here.
 */
import type { Db } from '../../db/open';
import { getPreference } from '../../db/queries/preferences';
import { getArticleSummary } from '../../db/queries/articles';
import { reviewReport } from '../../db/queries/review-report';
import type { ClaimFilter, ClaimSort } from '../../db/queries/types';
import { ClaimdeskError } from '../errors';
import { claimReviewChunks, type Publisher } from './claimreview';
import { csvReport, type ReportProgress, type ReportTally } from './csv';
import { htmlReportChunks } from './html';
import { markdownReportChunks } from './markdown';
import type { ReportFormat } from './format-names';
import { describeFilter } from './reading';

export { REPORT_FORMATS, type ReportFormat } from './format-names';

export const REPORT_FORMAT_INFO: Readonly<Record<ReportFormat, { label: string; extension: string; mediaType: string }>> = {
  csv: { label: 'CSV spreadsheet', extension: '.csv', mediaType: 'text/csv; charset=utf-8' },
  html: { label: 'HTML report (read and print)', extension: '.html', mediaType: 'text/html; charset=utf-8' },
  markdown: { label: 'Markdown report', extension: '.md', mediaType: 'text/markdown; charset=utf-8' },
  claimreview: { label: 'ClaimReview JSON-LD (publishing)', extension: '.claimreview.json', mediaType: 'application/ld+json; charset=utf-8' },
};

/** Preference keys of the publishing organisation (ClaimReview's author and fact-check addresses). */
export const PUBLISHER_KEYS = { name: 'publisherName', url: 'publisherUrl', reviewUrlTemplate: 'reviewUrlTemplate' } as const;

/** The organisation as set in preferences; null fields where not set. */
export function publisherPreferences(db: Db): { name: string | null; url: string | null; reviewUrlTemplate: string | null } {
  return {
    name: getPreference(db, PUBLISHER_KEYS.name) ?? null,
    url: getPreference(db, PUBLISHER_KEYS.url) ?? null,
    reviewUrlTemplate: getPreference(db, PUBLISHER_KEYS.reviewUrlTemplate) ?? null,
  };
}

/** The publisher ClaimReview needs, or the named error saying what to set first. */
export function requirePublisher(db: Db): Publisher {
  const p = publisherPreferences(db);
  const missing = [p.name === null ? 'the organisation’s name' : null, p.reviewUrlTemplate === null ? 'the fact-check address template' : null].filter(Boolean);
  if (p.name === null || p.reviewUrlTemplate === null) {
    throw new ClaimdeskError(
      'publisher_required',
      `ClaimReview needs ${missing.join(' and ')} first: set them under Publishing (in the export menu), or with \`claimdesk publisher --name NAME --review-url https://example.org/fact-checks/{claimId}\`.`,
    );
  }
  return { name: p.name, url: p.url, reviewUrlTemplate: p.reviewUrlTemplate };
}

export interface ReportOptions extends ReportProgress {
  /** ISO time the report is made at (stamped in the reading reports). */
  now: string;
  tally?: ReportTally;
}

/**
 * The report in `format` as text chunks, read from SQLite as they are taken.
 * ClaimReview checks the publisher before anything is produced, so a missing
 * setting is an error, never a half-written file.
 */
export function reportChunks(db: Db, format: ReportFormat, filter: ClaimFilter, sort: ClaimSort, options: ReportOptions): Iterable<string> {
  const tally = options.tally ?? { rowCount: 0 };
  switch (format) {
    case 'csv':
      return csvReport(db, filter, sort, { tally, ...(options.onRows && { onRows: options.onRows }), ...(options.signal && { signal: options.signal }) });
    case 'claimreview': {
      const publisher = requirePublisher(db);
      return claimReviewChunks(reviewReport(db, filter, sort).articles, publisher, tally);
    }
    case 'html':
    case 'markdown': {
      const { summary, articles } = reviewReport(db, filter, sort);
      const title = filter.articleId !== undefined ? (getArticleSummary(db, filter.articleId)?.title ?? null) : null;
      const input = { summary, articles, filterDescription: describeFilter(filter, title), generatedAt: options.now };
      return format === 'html' ? htmlReportChunks(input, tally) : markdownReportChunks(input, tally);
    }
  }
}

/** "claimdesk-disputed-2026-11-27.html": a report's suggested file name. */
export function reportFilename(filter: ClaimFilter, isoNow: string, format: ReportFormat = 'csv'): string {
  const parts = ['claimdesk'];
  if (filter.articleId !== undefined) parts.push(`article-${filter.articleId}`);
  if (filter.status) parts.push(filter.status.replace('_', '-'));
  parts.push(isoNow.slice(0, 10));
  return `${parts.join('-')}${REPORT_FORMAT_INFO[format].extension}`;
}
