import type { ClaimRow } from '../../core/api/contract';
import { describeScore, explainReasons, formatScore, scoreBand } from '../insight/reasons';

/** A score being hovered or focused in the table, and where to show its reasons. */
export interface ScoreTip {
  claimId: number;
  score: number | null;
  reasons: string[];
  /** The score on screen (the tooltip is placed beside it, outside the table's scroll area). */
  anchor: HTMLElement;
}

/** The bar's fill and the number, never the colour alone. */
export function ScoreBar({ score }: { score: number | null }) {
  const band = scoreBand(score);
  return (
    <span className={`score score--${band}`} aria-hidden="true">
      <span className="score__bar">
        <span className="score__fill" style={{ inlineSize: `${Math.round((score ?? 0) * 100)}%` }} />
      </span>
      <span className="score__num">{formatScore(score)}</span>
    </span>
  );
}

/**
 * A claim's check-worthiness in the table: a compact bar and the number.
 * Screen readers get the reasons through aria-describedby (a hidden
 * description per row); the pointer gets them as a tooltip beside the score.
 */
export function WorthinessScore({ claim, onTip }: { claim: ClaimRow; onTip: ((tip: ScoreTip | null) => void) | undefined }) {
  const descriptionId = `worth-${claim.id}`;
  const show = (anchor: HTMLElement) => onTip?.({ claimId: claim.id, score: claim.checkWorthiness, reasons: claim.reasons, anchor });
  return (
    <span
      className="claims__worth"
      data-worth={claim.checkWorthiness ?? ''}
      aria-describedby={descriptionId}
      onMouseEnter={(e) => show(e.currentTarget)}
      onMouseLeave={() => onTip?.(null)}
    >
      <ScoreBar score={claim.checkWorthiness} />
      <span className="visually-hidden">{formatScore(claim.checkWorthiness)}</span>
      <span id={descriptionId} className="visually-hidden">
        {describeScore(claim.checkWorthiness, claim.reasons)}
      </span>
    </span>
  );
}

const TIP_WIDTH = 300;

/** The reasons behind a hovered score, placed to the left of it (or right, if there is no room). */
export function WorthinessTooltip({ tip }: { tip: ScoreTip }) {
  const reasons = explainReasons(tip.reasons);
  const rect = tip.anchor.getBoundingClientRect();
  const left = rect.left - TIP_WIDTH - 8 >= 4 ? rect.left - TIP_WIDTH - 8 : rect.right + 8;
  const top = Math.max(4, Math.min(rect.top - 4, window.innerHeight - 40 - reasons.length * 44));
  return (
    <div className="worth-tip" aria-hidden="true" style={{ left, top, width: TIP_WIDTH }}>
      <div className="worth-tip__head">
        Check-worthiness <strong>{formatScore(tip.score)}</strong>
      </div>
      {reasons.length === 0 ? (
        <p className="worth-tip__none">{tip.score === null ? 'Not scored yet.' : 'No particular reason: an ordinary statement.'}</p>
      ) : (
        <ul className="reasons">
          {reasons.map((r) => (
            <li key={r.reason} className={`reasons__item${r.negative ? ' reasons__item--negative' : ''}`}>
              <span className="reasons__name">
                <span aria-hidden="true">{r.negative ? '−' : '+'}</span> {r.reason}
              </span>
              {r.explanation && <span className="reasons__why">{r.explanation}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
