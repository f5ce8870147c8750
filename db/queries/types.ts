/** The three verdicts a fact-checker can give a claim. */
export const VERDICTS = ['verified', 'disputed', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What a speaker is, as a ClaimReview publishes it (schema.org Person or Organization). */
export const SPEAKER_KINDS = ['person', 'organization'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** Filter values: a verdict given by a reviewer, or "nobody has looked yet". */
export const STATUS_FILTERS = ['verified', 'disputed', 'unverified', 'not_reviewed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/**
 * What a stored sentence is. Only 'claim' is shown by default; the others are
 * kept (hidden) so nothing in the article is lost: headlines, datelines,
 * bylines and credit lines, questions, photo captions, and metadata such as
 * Markdown front matter or an "Updated 14:05" stamp.
 */
export const CLAIM_KINDS = ['claim', 'headline', 'dateline', 'byline', 'question', 'caption', 'metadata'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const STANCES = ['supports', 'contradicts', 'context'] as const;
export type Stance = (typeof STANCES)[number];

export const CLAIM_SORT_COLUMNS = ['position', 'article', 'text', 'speaker', 'status', 'reviewedAt', 'checkWorthiness'] as const;
export type ClaimSortColumn = (typeof CLAIM_SORT_COLUMNS)[number];

export interface ClaimFilter {
  articleId?: number | undefined;
  status?: StatusFilter | undefined;
  search?: string | undefined;
  /** Headlines, datelines, questions: stored, hidden unless asked for. */
  includeHidden?: boolean | undefined;
  /** Exactly this speaker (as stored, resolved to the fullest name). */
  speaker?: string | undefined;
  /** Claims naming this person, organisation or place. */
  entity?: string | undefined;
  /** Claims the article itself disputes (a denial it reports), unless the suggestion was dismissed. */
  contestedInArticle?: boolean | undefined;
  /** Claims matched to the same claim in another article (claim memory). */
  seenBefore?: boolean | undefined;
  /** Claims whose check-worthiness is at least this (0–1). */
  minWorthiness?: number | undefined;
  /** Claims carrying this tag (any case). */
  tag?: string | undefined;
}

/** Where a claim stands with the denials the article reports about it. */
export const IN_ARTICLE_DISPUTE_STATES = ['pending', 'accepted', 'dismissed'] as const;
export type InArticleDisputeState = (typeof IN_ARTICLE_DISPUTE_STATES)[number];

export interface ClaimSort {
  column: ClaimSortColumn;
  direction: 'asc' | 'desc';
}

export interface StatusCounts {
  total: number;
  verified: number;
  disputed: number;
  unverified: number;
  notReviewed: number;
}
