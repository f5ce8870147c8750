import type { StatusCounts } from '../../core/api/contract';
import { formatCount, REVIEW_LABELS, type ReviewState } from '../format';

const PARTS: ReadonlyArray<{ state: ReviewState; key: keyof StatusCounts }> = [
  { state: 'verified', key: 'verified' },
  { state: 'disputed', key: 'disputed' },
  { state: 'unverified', key: 'unverified' },
  { state: 'not_reviewed', key: 'notReviewed' },
];

/**
 * A chart's share of the top bar: the length of its short progress ("37,800/50,418"; at least that of
 * "This 0/18"), so five-digit counts are not cut ("18,183" to "18,18") beside an article's "0 0 0 18".
 */
export function chartShare(counts: StatusCounts): number {
  return Math.max(7, shortProgress(counts).length);
}

function shortProgress(counts: StatusCounts): string {
  return `${formatCount(counts.total - counts.notReviewed)}/${formatCount(counts.total)}`;
}

/**
 * A stacked bar of how far review has come, with the numbers beside it (the bar is decoration). Where the top bar
 * leaves a chart little room (two charts beside the actions at 1,366–1,680 px), it reads "All 3/55" and coloured
 * numbers; the words stay for screen readers and in each entry's tooltip.
 */
export function CountsChart({ label, shortLabel, counts }: { label: string; shortLabel: string; counts: StatusCounts }) {
  const reviewed = counts.total - counts.notReviewed;
  const progress = `${formatCount(reviewed)} of ${formatCount(counts.total)} reviewed`;
  return (
    <section className="counts" aria-label={`${label} counts`} title={`${label}: ${progress}`} style={{ flexGrow: chartShare(counts) }}>
      <div className="counts__head">
        <span className="counts__label">
          <span className="counts__long">{label}</span>
          <span className="counts__short" aria-hidden="true">
            {shortLabel}
          </span>
        </span>
        <span className="counts__progress">
          <span className="counts__long">{progress}</span>
          <span className="counts__short" aria-hidden="true">
            {shortProgress(counts)}
          </span>
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
          <li key={state} className={`counts__item counts__item--${state}`} title={`${REVIEW_LABELS[state]} ${formatCount(counts[key])}`}>
            <span className="counts__swatch" aria-hidden="true" />
            <span className="counts__word">{REVIEW_LABELS[state]}</span> <strong>{formatCount(counts[key])}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
