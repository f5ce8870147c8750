import type { ClaimDetail } from '../../core/api/contract';
import { claimName, formatDateTime } from '../format';
import { closeQuotes } from '../../core/text/characters';

export interface DisputeSectionProps {
  detail: ClaimDetail;
  busy: boolean;
  onAccept: (suggestionId: number) => void;
  onDismiss: (suggestionId: number) => void;
  /** Selects another claim of this article (the denial, or the claim a denial disputes). */
  onSelectClaim: (claimId: number) => void;
}

const STATE_WORDS = { accepted: 'Accepted', dismissed: 'Dismissed' } as const;

/**
 * In-article disputes: the denials the article reports against this claim,
 * each a suggestion to mark it Disputed that the fact-checker accepts or
 * dismisses (never automatic); and, for a denial, the claims it disputes.
 */
export function DisputeSection({ detail, busy, onAccept, onDismiss, onSelectClaim }: DisputeSectionProps) {
  const { suggestions, disputes } = detail;
  if (suggestions.length === 0 && disputes.length === 0) return null;
  return (
    <section className="detail__section dispute" aria-labelledby="dispute-heading">
      <h3 id="dispute-heading" className="detail__heading">
        In-article dispute
      </h3>
      {suggestions.map((s) => (
        <div key={s.id} className={`dispute__suggestion dispute__suggestion--${s.state}`} data-suggestion-state={s.state}>
          <p className="dispute__by">
            {s.stance === 'doubts' ? 'Doubted by' : 'Disputed by'}: <strong dir="auto">{s.speaker ?? 'the article'}</strong> — <span dir="auto">“{closeQuotes(s.phrase)}”</span>
          </p>
          {s.denialClaimId !== null ? (
            <button type="button" className="dispute__denial" dir="auto" title="Select this sentence" onClick={() => onSelectClaim(s.denialClaimId!)}>
              {s.denialText}
            </button>
          ) : (
            <blockquote className="dispute__denial dispute__denial--gone" dir="auto">
              {s.denialText}
            </blockquote>
          )}
          {s.state === 'pending' ? (
            <div className="row-actions">
              <button type="button" className="button button--small dispute__accept" disabled={busy} aria-keyshortcuts="a" onClick={() => onAccept(s.id)}>
                Accept: mark Disputed <kbd aria-hidden="true">a</kbd>
              </button>
              <button type="button" className="button button--small" disabled={busy} aria-keyshortcuts="Shift+A" onClick={() => onDismiss(s.id)}>
                Dismiss <kbd aria-hidden="true">⇧A</kbd>
              </button>
              <span className="hint">A suggestion, not a verdict.</span>
            </div>
          ) : (
            <p className="dispute__decided">
              <span className={`chip chip--${s.state}`}>{STATE_WORDS[s.state]}</span>{' '}
              {s.decidedBy && (
                <span>
                  by <strong>{s.decidedBy}</strong>
                  {s.decidedAt && <>, {formatDateTime(s.decidedAt)}</>}
                </span>
              )}
              {s.state === 'dismissed' && (
                <button type="button" className="button button--quiet button--small" disabled={busy} onClick={() => onAccept(s.id)}>
                  Accept after all
                </button>
              )}
            </p>
          )}
        </div>
      ))}
      {disputes.map((d) => (
        <p key={d.suggestionId} className="dispute__target">
          This sentence {d.stance === 'doubts' ? 'doubts' : 'disputes'}{' '}
          <button type="button" className="button button--quiet button--small dispute__link" onClick={() => onSelectClaim(d.claimId)}>
            {claimName(d, false)}
          </button>{' '}
          <span className="muted">({d.state === 'pending' ? 'suggestion not decided yet' : d.state})</span>
          <span className="dispute__target-text" dir="auto">
            {d.text}
          </span>
        </p>
      ))}
    </section>
  );
}
