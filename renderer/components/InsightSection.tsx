import type { ClaimAnchor } from '../../core/api/contract';
import { explainReasons, formatScore } from '../insight/reasons';
import { ScoreBar } from './WorthinessScore';

/** How check-worthy the claim is and why, and the figures and named things in it. */
export function InsightSection({ claim, onEntity }: { claim: ClaimAnchor; onEntity: (name: string) => void }) {
  const reasons = explainReasons(claim.reasons);
  return (
    <section className="detail__section insight" aria-labelledby="insight-heading">
      <h3 id="insight-heading" className="detail__heading">
        Check-worthiness
      </h3>
      <div className="insight__score">
        <ScoreBar score={claim.checkWorthiness} />
        <span className="visually-hidden">{formatScore(claim.checkWorthiness)}</span>
      </div>
      {reasons.length > 0 ? (
        <ul className="reasons" aria-label="Reasons">
          {reasons.map((r) => (
            <li key={r.reason} className={`reasons__item${r.negative ? ' reasons__item--negative' : ''}`}>
              <span className="reasons__name">
                <span aria-hidden="true">{r.negative ? '−' : '+'}</span>
                <span className="visually-hidden">{r.negative ? 'lowers:' : 'raises:'}</span> {r.reason}
              </span>
              {r.explanation && <span className="reasons__why">{r.explanation}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted insight__none">{claim.checkWorthiness === null ? 'Not scored yet.' : 'No particular reason: an ordinary statement.'}</p>
      )}
      {claim.figures.length > 0 && (
        <div className="insight__group">
          <h4 className="insight__label">Figures</h4>
          <ul className="chips" aria-label="Figures">
            {claim.figures.map((figure) => (
              <li key={figure} className="chip chip--figure" dir="auto">
                {figure}
              </li>
            ))}
          </ul>
        </div>
      )}
      {claim.entities.length > 0 && (
        <div className="insight__group">
          <h4 className="insight__label">People, places, organisations</h4>
          <ul className="chips" aria-label="Entities">
            {claim.entities.map((entity) => (
              <li key={entity}>
                <button type="button" className="chip chip--entity" dir="auto" title={`Show only the claims that name ${entity}`} onClick={() => onEntity(entity)}>
                  {entity}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
