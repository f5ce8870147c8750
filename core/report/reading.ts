/**
 * What the reading reports (HTML and Markdown) say beside the claims: the
 * verdict labels and colours, how the filter reads, how a source and a
 * dispute read. Shared so the two formats say the same thing.
 */
import type { ReviewClaim, ReviewCounts, ReviewDispute, ReviewSource } from '../../db/queries/review-report';
import type { ClaimFilter } from '../../db/queries/types';

export type ReviewState = 'verified' | 'disputed' | 'unverified' | 'notReviewed';

/** In the order a chart and a table list them. */
export const REVIEW_STATES: ReadonlyArray<{ state: ReviewState; label: string; colour: string }> = [
  { state: 'verified', label: 'Verified', colour: '#1a7f37' },
  { state: 'disputed', label: 'Disputed', colour: '#c62828' },
  { state: 'unverified', label: 'Unverified', colour: '#b26a00' },
  { state: 'notReviewed', label: 'Not reviewed', colour: '#8a8f98' },
];

export function reviewStateOf(claim: Pick<ReviewClaim, 'status' | 'reviewedAt'>): ReviewState {
  return claim.reviewedAt === null ? 'notReviewed' : claim.status;
}

export function stateLabel(state: ReviewState): string {
  return REVIEW_STATES.find((s) => s.state === state)!.label;
}

const STATUS_WORDS: Record<NonNullable<ClaimFilter['status']>, string> = {
  verified: 'verified',
  disputed: 'disputed',
  unverified: 'unverified',
  not_reviewed: 'not reviewed',
};

/** "Disputed claims, matching “taliban”, in “Article title”": the filter the report follows, in words. */
export function describeFilter(filter: ClaimFilter, articleTitle: string | null): string {
  const parts: string[] = [];
  parts.push(filter.status ? `${STATUS_WORDS[filter.status][0]!.toUpperCase()}${STATUS_WORDS[filter.status].slice(1)} claims` : 'All claims');
  if (filter.includeHidden) parts.push('including hidden rows');
  if (filter.search) parts.push(`matching “${filter.search}”`);
  if (filter.speaker) parts.push(`said by ${filter.speaker}`);
  if (filter.entity) parts.push(`naming ${filter.entity}`);
  if (filter.contestedInArticle) parts.push('contested in their article');
  if (filter.seenBefore) parts.push('seen before in another article');
  if (filter.minWorthiness !== undefined) parts.push(`check-worthiness at least ${filter.minWorthiness.toFixed(2)}`);
  if (filter.articleId !== undefined) parts.push(articleTitle ? `in “${articleTitle}”` : `in article ${filter.articleId}`);
  return parts.join(', ');
}

/** "UNHCR, 2025-03-01": who published a source and when, when known. */
export function sourceByline(source: ReviewSource): string {
  return [source.publisher, source.publishedOn].filter((v): v is string => Boolean(v && v.trim())).join(', ');
}

const STANCE_WORDS: Record<ReviewSource['stance'], string> = {
  supports: 'supports the claim',
  contradicts: 'contradicts the claim',
  context: 'context',
};

export function stanceWords(source: ReviewSource): string {
  return STANCE_WORDS[source.stance];
}

/** Whether a link may be made of an address: web addresses only (never javascript:, data: or file:). */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** "The Taliban government", "other experts (doubts)": who disputes the claim in the article, and whether only as a doubt. */
export function disputeHolder(dispute: ReviewDispute): string {
  return `${dispute.speaker ?? 'The article'}${dispute.stance === 'doubts' ? ' (doubts)' : ''}`;
}

/** A count with its share: "12 (40%)". */
export function countWithShare(n: number, counts: ReviewCounts): string {
  return counts.total === 0 ? String(n) : `${n} (${Math.round((n / counts.total) * 100)}%)`;
}

/** "2026-12-06 14:05 UTC" from an ISO time. */
export function readableTime(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}
