import type { StatusCounts } from '../../core/api/contract';
import { formatCount, REVIEW_LABELS, type ReviewState } from '../format';

const PARTS: ReadonlyArray<{ state: ReviewState; key: keyof StatusCounts }> = [
  { state: 'verified', key: 'verified' },
  { state: 'disputed', key: 'disputed' },
  { state: 'unverified', key: 'unverified' },
  { state: 'not_reviewed', key: 'notReviewed' },
];

/** A stacked bar of how far review has come, with the numbers beside it (the bar is decoration). */
export function CountsChart({ label, counts }: { label: string; counts: StatusCounts }) {
  const reviewed = counts.total - counts.notReviewed;
  return (
    <section className="counts" aria-label={`${label} counts`}>
      <div className="counts__head">
        <span className="counts__label">{label}</span>
        <span className="counts__progress">
          {formatCount(reviewed)} of {formatCount(counts.total)} reviewed
        </span>
      </div>
      <div className="counts__bar" aria-hidden="true">
        {counts.total > 0 &&
          PARTS.map(({ state, key }) =>
            counts[key] > 0 ? (
              <span key={state} className={`counts__segment counts__segment--${state}`} style={{ flexGrow: counts[key] }} />
            ) : null,
          )}
      </div>
      <ul className="counts__legend">
        {PARTS.map(({ state, key }) => (
          <li key={state} className={`counts__item counts__item--${state}`}>
            <span className="counts__swatch" aria-hidden="true" />
            {REVIEW_LABELS[state]} <strong>{formatCount(counts[key])}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
