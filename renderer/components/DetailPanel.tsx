import type { Ref } from 'react';
import type { ClaimAnchor, ClaimDetail, Verdict } from '../../core/api/contract';
import { formatDateTime, reviewState } from '../format';
import type { ErrorSink } from '../hooks/useApi';
import { HistorySection } from './HistorySection';
import { NotesSection, type NoteActions } from './NotesSection';
import { SourcesSection, type SourceActions } from './SourcesSection';
import { StatusBadge } from './StatusBadge';
import { VerdictButtons } from './VerdictButtons';

export interface DetailPanelProps {
  /** The selected claim as the table knows it (shown at once)... */
  claim: ClaimAnchor | null;
  /** ...and its notes, sources and history once loaded. */
  detail: ClaimDetail | null;
  busy: boolean;
  onVerdict: (verdict: Verdict) => void;
  notes: NoteActions;
  sources: SourceActions;
  noteRef: Ref<HTMLTextAreaElement>;
  sourceUrlRef: Ref<HTMLInputElement>;
  onError: ErrorSink;
}

/** Everything about the selected claim, and every way to review it. */
export function DetailPanel({ claim: rowClaim, detail, busy, onVerdict, notes, sources, noteRef, sourceUrlRef, onError }: DetailPanelProps) {
  const claim = detail?.claim ?? rowClaim;
  if (!claim) {
    return (
      <aside className="detail" aria-label="Selected claim">
        <p className="detail__placeholder">Select a claim in the table or the article (j / k to move).</p>
      </aside>
    );
  }
  const state = reviewState(claim);
  return (
    <aside className="detail" aria-label="Selected claim">
      <div className="detail__scroll">
        <header className="detail__header">
          <div className="detail__where">
            <span className="detail__pos">Claim {claim.position}</span>
            <span className="detail__article" title={claim.articleTitle} dir="auto">
              {claim.articleTitle}
            </span>
          </div>
          <blockquote className="detail__text" dir="auto">{claim.text}</blockquote>
          <dl className="detail__facts">
            <div>
              <dt>Speaker</dt>
              <dd dir="auto">{claim.speaker ?? <span className="muted">not attributed</span>}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <StatusBadge state={state} />
              </dd>
            </div>
            {claim.hidden && (
              <div>
                <dt>Kind</dt>
                <dd>Not a claim ({claim.kind}); hidden by default</dd>
              </div>
            )}
          </dl>
        </header>
        <div className="detail__section detail__section--verdict">
          <VerdictButtons claim={claim} onVerdict={onVerdict} busy={busy} />
          <p className="detail__reviewed">
            {claim.reviewedAt ? (
              <>
                Reviewed by <strong>{claim.reviewedBy}</strong>, {formatDateTime(claim.reviewedAt)}
              </>
            ) : (
              <span className="muted">Not reviewed yet</span>
            )}
          </p>
        </div>
        <NotesSection key={`notes-${claim.id}`} claimId={claim.id} notes={detail?.notes ?? null} actions={notes} noteRef={noteRef} />
        <SourcesSection key={`sources-${claim.id}`} claimId={claim.id} sources={detail?.sources ?? null} actions={sources} sourceUrlRef={sourceUrlRef} onError={onError} />
        <HistorySection history={detail?.history ?? null} />
      </div>
    </aside>
  );
}
