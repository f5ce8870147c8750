import { REVIEW_LABELS, type ReviewState } from '../format';

const GLYPHS: Record<ReviewState, string> = {
  verified: '✓',
  disputed: '✗',
  unverified: '?',
  not_reviewed: '○',
};

/** A status shown by colour, a glyph and its word, never by colour alone. */
export function StatusBadge({ state }: { state: ReviewState }) {
  return (
    <span className={`badge badge--${state}`}>
      <span className="badge__glyph" aria-hidden="true">
        {GLYPHS[state]}
      </span>
      {REVIEW_LABELS[state]}
    </span>
  );
}
