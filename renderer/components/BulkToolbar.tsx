import { useState, type FormEvent } from 'react';
import type { BulkAction } from '../../core/api/contract';
import { formatCount } from '../format';

const ACTIONS: ReadonlyArray<{ action: BulkAction; label: string }> = [
  { action: 'verified', label: 'Verified' },
  { action: 'disputed', label: 'Disputed' },
  { action: 'unverified', label: 'Unverified' },
  { action: 'clear', label: 'Clear verdict' },
  { action: 'exclude', label: 'Exclude' },
  { action: 'restore', label: 'Restore' },
];

/** While claims are ticked: how many, and what can be done to all of them at once (one undo step). */
export function BulkToolbar(props: {
  count: number;
  all: boolean;
  busy: boolean;
  /** A bulk action on its way ("Marking 86,686 claims Verified"), or null. */
  running?: string | null;
  onAction: (action: BulkAction) => void;
  /** Puts a tag on every selected claim; true once done. */
  onTag: (tag: string) => Promise<boolean>;
  onClear: () => void;
}) {
  const [tag, setTag] = useState('');
  if (props.count === 0) return null;
  async function addTag(event: FormEvent) {
    event.preventDefault();
    if (tag.trim() !== '' && (await props.onTag(tag))) setTag('');
  }
  return (
    <section className="bulk" aria-label="Selected claims">
      <span className="bulk__count" aria-live="polite">
        {props.all ? `All ${formatCount(props.count)} claims matching the filter selected` : `${formatCount(props.count)} ${props.count === 1 ? 'claim' : 'claims'} selected`}
      </span>
      {props.running && (
        <span className="bulk__running" role="status" aria-busy="true">
          <span className="bulk__spinner" aria-hidden="true" />
          {props.running}… (one step: all of them or none)
        </span>
      )}
      <span className="bulk__actions">
        {ACTIONS.map(({ action, label }) => (
          <button key={action} type="button" className={`button button--small bulk__action bulk__action--${action}`} disabled={props.busy} onClick={() => props.onAction(action)}>
            {label}
          </button>
        ))}
        <form className="bulk__tag" onSubmit={addTag}>
          <input type="text" aria-label="Tag the selected claims" placeholder="Tag…" maxLength={60} value={tag} onChange={(e) => setTag(e.target.value)} />
          <button type="submit" className="button button--small" disabled={props.busy || tag.trim() === ''}>
            Add tag
          </button>
        </form>
        <button type="button" className="button button--small button--quiet" onClick={props.onClear} aria-keyshortcuts="Escape">
          Clear selection
        </button>
      </span>
    </section>
  );
}
