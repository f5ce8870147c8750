import type { Ref } from 'react';
import type { ClaimAnchor, ClaimDetail, ClaimHighlight, SpeakerKind, Verdict } from '../../core/api/contract';
import { claimName, formatDateTime, reviewState } from '../format';
import type { ErrorSink } from '../hooks/useApi';
import { ClaimEditor } from './ClaimEditor';
import { DisputeSection } from './DisputeSection';
import { HistorySection } from './HistorySection';
import { InsightSection } from './InsightSection';
import { SeenBeforeSection } from './SeenBeforeSection';
import { NotesSection, type NoteActions } from './NotesSection';
import { SourcesSection, type SourceActions } from './SourcesSection';
import { SpeakerField, type SpeakerFieldHandle } from './SpeakerField';
import { StatusBadge } from './StatusBadge';
import { TagsSection, type TagsSectionProps } from './TagsSection';
import { VerdictButtons } from './VerdictButtons';

/** Everything the detail panel can do to the claim itself; edits resolve true once saved. */
export interface ClaimActions {
  startEdit: () => void;
  cancelEdit: () => void;
  /** The editor holds unsaved words (true) or not. */
  editDirty: (dirty: boolean) => void;
  /** `seenText`: the text the editor opened on. */
  save: (claimId: number, text: string, seenText: string) => Promise<boolean>;
  split: (claimId: number, at: number) => Promise<boolean>;
  merge: (claimId: number, otherId: number) => Promise<boolean>;
  exclude: (claimId: number) => Promise<boolean>;
  restore: (claimId: number) => Promise<boolean>;
  accept: (suggestionId: number) => Promise<void>;
  dismiss: (suggestionId: number) => Promise<void>;
  selectClaim: (claimId: number, articleId: number) => void;
  filterByEntity: (entity: string) => void;
  /** Claim memory: take the verdict (and sources) given to the same claim in another article. */
  useEarlierVerdict: (claimId: number, otherClaimId: number) => Promise<void>;
  /** Claim memory got it wrong: the other claim is not the same claim. */
  dismissMatch: (claimId: number, otherClaimId: number) => Promise<void>;
  /** Sets who makes the claim by hand ('' clears it); true once saved. */
  setSpeaker: (claimId: number, speaker: string, speakerKind: SpeakerKind | null) => Promise<boolean>;
}

export interface DetailPanelProps {
  /** The selected claim as the table knows it (shown at once)... */
  claim: ClaimAnchor | null;
  /** ...and its notes, sources and history once loaded. */
  detail: ClaimDetail | null;
  /** The text of the claim's article once loaded (to show an edited claim's original words). */
  articleBody: string | null;
  editing: boolean;
  /** The shown claims before and after it in its article: what "Merge with…" joins. */
  neighbours: { previous: ClaimHighlight | null; next: ClaimHighlight | null };
  actions: ClaimActions;
  /** A Seen before link: opens that claim in its own article. */
  onOpenSeenBefore: (claimId: number, articleId: number) => void;
  busy: boolean;
  onVerdict: (verdict: Verdict) => void;
  /** Back to not reviewed. */
  onClearVerdict: () => void;
  notes: NoteActions;
  sources: SourceActions;
  tags: Omit<TagsSectionProps, 'claimId' | 'tags' | 'busy'>;
  noteRef: Ref<HTMLTextAreaElement>;
  sourceUrlRef: Ref<HTMLInputElement>;
  /** The speaker field, which `p` opens. */
  speakerRef: Ref<SpeakerFieldHandle>;
  onError: ErrorSink;
}

/** Everything about the selected claim, and every way to review it. */
export function DetailPanel({ claim: rowClaim, detail, articleBody, editing, neighbours, actions, onOpenSeenBefore, busy, onVerdict, onClearVerdict, notes, sources, tags, noteRef, sourceUrlRef, speakerRef, onError }: DetailPanelProps) {
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
            <span className="detail__pos">{claimName(claim)}</span>
            <span className="detail__article" title={claim.articleTitle} dir="auto">
              {claim.articleTitle}
            </span>
          </div>
          {editing ? (
            <ClaimEditor
              key={`edit-${claim.id}`}
              claim={claim}
              busy={busy}
              onSave={(text, seenText) => actions.save(claim.id, text, seenText)}
              onSplit={(at) => actions.split(claim.id, at)}
              onCancel={actions.cancelEdit}
              onDirtyChange={actions.editDirty}
            />
          ) : (
            <>
              <blockquote className="detail__text" dir="auto">
                {claim.text}
              </blockquote>
              {claim.edited && (
                <div className="detail__original">
                  <span className="detail__original-label">Reworded. The article’s words:</span>
                  <span className="detail__original-text" dir="auto">
                    {articleBody !== null ? articleBody.slice(claim.start, claim.end) : '…'}
                  </span>
                </div>
              )}
            </>
          )}
          <dl className="detail__facts">
            <div className="detail__fact--speaker">
              <dt>Speaker</dt>
              <dd>
                <SpeakerField
                  key={claim.id}
                  claimId={claim.id}
                  speaker={claim.speaker}
                  byHand={claim.speakerByHand}
                  kindByHand={claim.speakerKind}
                  publishedAs={detail?.speakerPublishedAs ?? null}
                  busy={busy}
                  onSave={actions.setSpeaker}
                  handle={speakerRef}
                />
              </dd>
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
                <dd>{claim.kind === 'claim' ? 'Excluded as a non-claim' : `Not a claim (${claim.kind})`}; hidden by default</dd>
              </div>
            )}
          </dl>
          <ClaimTools claim={claim} editing={editing} neighbours={neighbours} actions={actions} busy={busy} />
        </header>
        <div className="detail__section detail__section--verdict">
          <VerdictButtons claim={claim} onVerdict={onVerdict} onClear={onClearVerdict} busy={busy} />
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
        {detail && (
          <DisputeSection
            detail={detail}
            busy={busy}
            onAccept={(id) => void actions.accept(id)}
            onDismiss={(id) => void actions.dismiss(id)}
            onSelectClaim={(id) => actions.selectClaim(id, claim.articleId)}
          />
        )}
        {detail && (
          <SeenBeforeSection
            seenBefore={detail.seenBefore}
            busy={busy}
            onUse={(otherId) => void actions.useEarlierVerdict(claim.id, otherId)}
            onDismiss={(otherId) => void actions.dismissMatch(claim.id, otherId)}
            onOpen={onOpenSeenBefore}
          />
        )}
        <InsightSection claim={claim} onEntity={actions.filterByEntity} />
        <TagsSection key={`tags-${claim.id}`} claimId={claim.id} tags={detail?.tags ?? null} busy={busy} {...tags} />
        <NotesSection key={`notes-${claim.id}`} claimId={claim.id} notes={detail?.notes ?? null} actions={notes} noteRef={noteRef} />
        <SourcesSection key={`sources-${claim.id}`} claimId={claim.id} sources={detail?.sources ?? null} actions={sources} sourceUrlRef={sourceUrlRef} onError={onError} />
        <HistorySection history={detail?.history ?? null} />
      </div>
    </aside>
  );
}

/** Edit, merge with a neighbour, exclude or restore: the claim's own shape, not its verdict. */
function ClaimTools({ claim, editing, neighbours, actions, busy }: {
  claim: ClaimAnchor;
  editing: boolean;
  neighbours: DetailPanelProps['neighbours'];
  actions: ClaimActions;
  busy: boolean;
}) {
  const { previous, next } = neighbours;
  // While the text is being edited, Save, Cancel and Split are the choices; the rest waits.
  if (editing) return null;
  return (
    <div className="claim-tools" role="group" aria-label="Edit claim">
      {!claim.hidden && (
        <button type="button" className="button button--small" aria-keyshortcuts="e" disabled={busy} onClick={actions.startEdit}>
          Edit <kbd aria-hidden="true">e</kbd>
        </button>
      )}
      {!claim.hidden && (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={busy || !previous}
            title={previous ? `Join with ${claimName(previous, false)}, the one before it` : 'No claim before it in this article'}
            onClick={() => previous && void actions.merge(claim.id, previous.id)}
          >
            Merge with previous
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy || !next}
            title={next ? `Join with ${claimName(next, false)}, the one after it` : 'No claim after it in this article'}
            onClick={() => next && void actions.merge(claim.id, next.id)}
          >
            Merge with next
          </button>
        </>
      )}
      {claim.hidden ? (
        <button type="button" className="button button--small" aria-keyshortcuts="x" disabled={busy} onClick={() => void actions.restore(claim.id)}>
          Restore as a claim <kbd aria-hidden="true">x</kbd>
        </button>
      ) : (
        <button type="button" className="button button--small button--danger" aria-keyshortcuts="x" disabled={busy} onClick={() => void actions.exclude(claim.id)}>
          Exclude <kbd aria-hidden="true">x</kbd>
        </button>
      )}
    </div>
  );
}
