import type { ClaimDetail } from '../../core/api/contract';
import { formatDateTime } from '../format';
import { StatusBadge } from './StatusBadge';

type SeenBefore = ClaimDetail['seenBefore'][number];

/**
 * The same claim in other articles of the workspace (reworded; a different
 * figure is a different claim), with what was found out about it there.
 * A match is a suggestion: `Use this verdict` takes the verdict and the
 * sources over, as one undoable step; `Not the same claim` removes a wrong one.
 */
export function SeenBeforeSection({ seenBefore, busy, onUse, onDismiss, onOpen }: {
  seenBefore: SeenBefore[];
  busy: boolean;
  onUse: (otherClaimId: number) => void;
  /** "Not the same claim": the match is wrong (undoable). */
  onDismiss: (otherClaimId: number) => void;
  onOpen: (claimId: number, articleId: number) => void;
}) {
  if (seenBefore.length === 0) return null;
  return (
    <section className="detail__section seen-before" aria-labelledby="seen-before-heading">
      <h3 className="detail__heading" id="seen-before-heading">
        Seen before <span className="count">{seenBefore.length}</span>
      </h3>
      <ul className="seen-before__list">
        {seenBefore.map((other) => (
          <li key={other.claimId} className="seen-before__item">
            <p className="seen-before__where">
              <button type="button" className="link-button" onClick={() => onOpen(other.claimId, other.articleId)} dir="auto">
                {other.articleTitle}
              </button>
              {other.articleDate && <span className="muted"> · {other.articleDate}</span>}
              <span className="muted"> · {other.earlier ? 'earlier' : 'later'} article</span>
            </p>
            <blockquote className="seen-before__text" dir="auto">
              {other.text}
            </blockquote>
            <p className="seen-before__verdict">
              <StatusBadge state={other.verdict ? other.verdict.status : 'not_reviewed'} />
              {other.verdict && (
                <span className="muted">
                  {' '}
                  by {other.verdict.reviewedBy ?? 'someone'}, {formatDateTime(other.verdict.reviewedAt)}
                </span>
              )}
            </p>
            {other.notes.length > 0 && (
              <ul className="seen-before__notes">
                {other.notes.map((note) => (
                  <li key={note.id} dir="auto">
                    <span className="muted">{note.author}:</span> <span className="seen-before__note">{note.body}</span>
                  </li>
                ))}
              </ul>
            )}
            {other.sources.length > 0 && (
              <ul className="seen-before__sources">
                {other.sources.map((source) => (
                  <li key={source.id}>
                    {/^https?:\/\//.test(source.url) ? (
                      <a href={source.url} target="_blank" rel="noreferrer noopener">
                        {source.title ?? source.url}
                      </a>
                    ) : (
                      <span>{source.title ?? source.url}</span>
                    )}{' '}
                    <span className="muted">[{source.stance}]</span>
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="button button--small"
              disabled={busy || other.verdict === null}
              title={other.verdict === null ? 'Nobody has reviewed that claim yet' : 'Give this claim the same verdict and link the same sources'}
              onClick={() => onUse(other.claimId)}
            >
              Use this verdict
            </button>{' '}
            <button type="button" className="button button--small button--quiet" disabled={busy} title="The matcher got this one wrong: stop listing it (Ctrl+Z brings it back)" onClick={() => onDismiss(other.claimId)}>
              Not the same claim
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
