/**
 * schema.org ClaimReview (JSON-LD), the form fact-checks are published and
 * exchanged in (Google's Fact Check Explorer reads it): one ClaimReview per
 * claim a person reviewed, with the fields Google documents for it
 * (developers.google.com/search/docs/appearance/structured-data/factcheck).
 */
import type { ReviewArticle, ReviewArticleHead, ReviewClaim } from '../../db/queries/review-report';
import type { SpeakerKind, Verdict } from '../../db/queries/types';
import { ORGANISATION_NAME_HEADS, ORGANISATION_SPEAKER_HEADS, ORGANISATION_WORDS } from '../text/lexicon/organisations';
import { NAME_PARTICLES } from '../text/lexicon/names';
import { PERSON_TITLES } from '../text/lexicon/titles-and-roles';

/** Who publishes the fact-checks: the organisation's name and site, and where each fact-check will live. */
export interface Publisher {
  name: string;
  url: string | null;
  /** The fact-check's address, `{claimId}` standing for the claim's ID: https://example.org/fact-checks/{claimId} */
  reviewUrlTemplate: string;
}

export const CLAIM_ID_PLACEHOLDER = '{claimId}';

/**
 * The rating scale, documented with the export: 1 (worst) to 3 (best). A
 * disputed claim is the worst rating, an unverified one (checked, and it
 * could not be confirmed either way) the middle, a verified one the best.
 */
export const RATING_SCALE: Readonly<Record<Verdict, { value: number; label: string }>> = {
  disputed: { value: 1, label: 'Disputed' },
  unverified: { value: 2, label: 'Unverified' },
  verified: { value: 3, label: 'Verified' },
};
export const WORST_RATING = 1;
export const BEST_RATING = 3;

type Thing = { '@type': 'Person' | 'Organization'; name: string; url?: string };

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: Thing;
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  itemReviewed: {
    '@type': 'Claim';
    author?: Thing;
    datePublished?: string;
    appearance?: { '@type': 'CreativeWork'; headline: string; url?: string; datePublished?: string };
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The article's date when it is one a machine can read (schema.org wants ISO 8601); else none. */
function isoDate(value: string | null): string | undefined {
  return value !== null && ISO_DATE.test(value) ? value.slice(0, 10) : undefined;
}

const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,}$/;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * Whether a speaker is a person: every word a capitalised name (or a name
 * particle such as "de", "bin"), two to five of them, none the head of an
 * organisation's name ("Home Office", "UNHCR", "the ministry", "officials"
 * are bodies or groups and are published as an Organization).
 */
export function speakerIsPerson(speaker: string): boolean {
  const words = speaker.trim().split(/\s+/);
  // "business editor", "one diplomat", "the Foreign Office spokesperson": one person described by a role.
  if (words.length <= 6 && PERSON_TITLES.has((words[words.length - 1] ?? '').toLowerCase())) return true;
  if (words.length < 1 || words.length > 5) return false;
  if (words.length === 1) return NAME_WORD.test(words[0]!) && !ACRONYM.test(words[0]!) && !isOrganisationWord(words[0]!);
  return words.every((w, i) => (i > 0 && NAME_PARTICLES.has(w.toLowerCase())) || (NAME_WORD.test(w) && !ACRONYM.test(w) && !isOrganisationWord(w)));
}

/** How a ClaimReview publishes a speaker: as the fact-checker set it, else guessed from the name; null without a speaker. */
export function publishedSpeakerKind(speaker: string | null, byHand: SpeakerKind | null): SpeakerKind | null {
  if (speaker === null) return null;
  return byHand ?? (speakerIsPerson(speaker) ? 'person' : 'organization');
}

function isOrganisationWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  return ORGANISATION_WORDS.has(w) || ORGANISATION_NAME_HEADS.has(w) || ORGANISATION_SPEAKER_HEADS.has(w);
}

export function reviewUrl(publisher: Publisher, claimId: number): string {
  return publisher.reviewUrlTemplate.split(CLAIM_ID_PLACEHOLDER).join(String(claimId));
}

/** The ClaimReview of one reviewed claim; null for a claim nobody has reviewed yet. */
export function claimReviewOf(claim: ReviewClaim, article: ReviewArticleHead, publisher: Publisher): ClaimReview | null {
  if (claim.reviewedAt === null) return null;
  const rating = RATING_SCALE[claim.status];
  const articleDate = isoDate(article.date);
  const author: Thing = { '@type': 'Organization', name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) };
  const appearance = {
    '@type': 'CreativeWork' as const,
    headline: article.title,
    ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
    ...(articleDate ? { datePublished: articleDate } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(publisher, claim.id),
    claimReviewed: claim.text,
    datePublished: claim.reviewedAt.slice(0, 10),
    author,
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: rating.label },
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.speaker ? { author: { '@type': publishedSpeakerKind(claim.speaker, claim.speakerKind) === 'person' ? 'Person' : 'Organization', name: claim.speaker } } : {}),
      ...(articleDate ? { datePublished: articleDate } : {}),
      appearance,
    },
  };
}

/**
 * The JSON-LD document as text chunks: one array, one ClaimReview per
 * reviewed claim of the report, in its order. Streams like the CSV.
 */
export function* claimReviewChunks(
  articles: Iterable<ReviewArticle>,
  publisher: Publisher,
  tally: { rowCount: number } = { rowCount: 0 },
): Generator<string> {
  yield '[';
  for (const article of articles) {
    for (const claim of article.claims) {
      const review = claimReviewOf(claim, article, publisher);
      if (review === null) continue;
      yield `${tally.rowCount === 0 ? '\n' : ',\n'}${JSON.stringify(review, null, 2).replace(/^/gm, '  ')}`;
      tally.rowCount++;
    }
  }
  yield tally.rowCount === 0 ? ']\n' : '\n]\n';
}
