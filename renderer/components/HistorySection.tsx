import type { HistoryAction, HistoryEntry } from '../../core/api/contract';
import { formatDateTime } from '../format';

const ACTION_LABELS: Record<HistoryAction, string> = {
  status: 'Status',
  note_added: 'Note added',
  note_edited: 'Note edited',
  note_deleted: 'Note deleted',
  source_linked: 'Source linked',
  source_unlinked: 'Source unlinked',
  claim_edited: 'Claim edited',
  claim_split: 'Claim split',
  claim_merged: 'Claims merged',
  claim_added: 'Claim added from the article',
  claim_excluded: 'Excluded',
  claim_restored: 'Restored',
  suggestion_accepted: 'In-article dispute accepted',
  suggestion_dismissed: 'In-article dispute dismissed',
  speaker_set: 'Speaker set by hand',
  tag_added: 'Tag added',
  tag_removed: 'Tag removed',
};

/** A tag renamed (or merged into another) is written as tag_added from the old name to the new. */
function actionLabel(entry: HistoryEntry): string {
  if (entry.action === 'tag_added' && entry.oldValue !== null) return 'Tag renamed';
  return ACTION_LABELS[entry.action] ?? entry.action;
}

function Value({ value }: { value: string | null }) {
  if (value === null) return <span className="muted">—</span>;
  return <span className="history__value">{value.length > 160 ? `${value.slice(0, 160)}…` : value}</span>;
}

/** Who changed what and when, newest first: the audit trail editors ask for. */
export function HistorySection({ history }: { history: HistoryEntry[] | null }) {
  return (
    <section className="detail__section">
      <h3 className="detail__heading">History</h3>
      {history && history.length === 0 && <p className="muted">No changes yet.</p>}
      {history && history.length > 0 && (
        <ol className="history">
          {history.map((entry) => (
            <li key={entry.id} className="history__entry">
              <div className="history__meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                <span className="history__actor">{entry.actor}</span>
                <span className="history__action">
                  {entry.reverts === 'undo' ? 'Undone: ' : entry.reverts === 'redo' ? 'Redone: ' : ''}
                  {actionLabel(entry)}
                </span>
              </div>
              {entry.action === 'status' ? (
                <div className="history__change">
                  <Value value={entry.oldValue} /> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">to</span> <Value value={entry.newValue} />
                </div>
              ) : (
                <div className="history__change">
                  {entry.oldValue !== null && entry.newValue !== null ? (
                    <>
                      <Value value={entry.oldValue} /> <span aria-hidden="true">→</span>
                      <span className="visually-hidden">to</span> <Value value={entry.newValue} />
                    </>
                  ) : (
                    <Value value={entry.newValue ?? entry.oldValue} />
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
