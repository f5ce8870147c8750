import type { ClaimAnchor, ClaimKind, ClaimRow, StatusFilter, Verdict } from '../core/api/contract';

/** What a claim's status means to a fact-checker: a verdict given, or nobody has looked yet. */
export type ReviewState = Verdict | 'not_reviewed';

export const REVIEW_LABELS: Record<ReviewState, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unverified: 'Unverified',
  not_reviewed: 'Not reviewed',
};

export const STATUS_FILTER_OPTIONS: ReadonlyArray<{ value: '' | StatusFilter; label: string }> = [
  { value: '', label: 'All' },
  { value: 'verified', label: 'Verified' },
  { value: 'disputed', label: 'Disputed' },
  { value: 'unverified', label: 'Unverified' },
  { value: 'not_reviewed', label: 'Not reviewed' },
];

/**
 * How a notice or label names a claim: by the number the table shows (its # column). A hidden row (a
 * non-claim, shown with *Show non-claims*) has none, and its position among the article's sentences is no
 * number the table shows, so it is named as what it is. Every notice and label naming a claim uses this.
 */
export function claimName(claim: Pick<ClaimAnchor, 'number'>, startOfSentence = true): string {
  if (claim.number !== null) return `${startOfSentence ? 'Claim' : 'claim'} ${claim.number}`;
  return startOfSentence ? 'Hidden sentence' : 'the hidden sentence';
}

/** Why a stored sentence is hidden: the fact-checker excluded it, or it is a headline, question… */
export function hiddenLabel(kind: ClaimKind): string {
  return kind === 'claim' ? 'excluded (not a claim)' : `not a claim (${kind})`;
}

export function reviewState(claim: Pick<ClaimRow, 'status' | 'reviewedAt'>): ReviewState {
  return claim.reviewedAt === null ? 'not_reviewed' : claim.status;
}

const numberFormat = new Intl.NumberFormat('en-US');
export const formatCount = (n: number): string => numberFormat.format(n);

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shortDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "27 Nov 2026, 14:03" from a stored ISO timestamp; the raw value if it does not parse. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2026-12-07 20:35:06" in local time: short, and two imports of the same minute told apart. */
export function formatDateTimeSeconds(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : shortDate.format(d);
}

/** Only web addresses become links (the desktop app opens http(s) in the system browser); anything else is shown as text. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
