import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Preferences } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from '../hooks/useApi';
import { REVIEWER_CHANGED } from './ReviewerPrompt';

/**
 * The name stamped on every verdict, note and source. Until the reviewer
 * gives one, nothing is stamped: the first change asks (ReviewerPrompt).
 */
export function ReviewerName({ onError }: { onError: ErrorSink }) {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    const value = unwrap(await call('getPreferences', {}), onError);
    if (value) setPrefs(value);
  }, [onError]);

  useEffect(() => {
    void load();
    const reload = () => void load();
    window.addEventListener(REVIEWER_CHANGED, reload);
    return () => window.removeEventListener(REVIEWER_CHANGED, reload);
  }, [load]);

  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  function startEditing() {
    setDraft(prefs?.reviewerName ?? '');
    setEditing(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const value = unwrap(await call('setPreferences', { reviewerName: draft }), onError);
    if (value) {
      setPrefs(value);
      setEditing(false);
      window.dispatchEvent(new Event(REVIEWER_CHANGED));
    }
  }

  if (!prefs) return <div className="reviewer" />;

  if (editing) {
    return (
      <form className="reviewer reviewer--editing" onSubmit={save}>
        <label className="reviewer__field">
          <span className="reviewer__caption">Reviewer name</span>
          <input
            ref={inputRef}
            type="text"
            value={draft}
            maxLength={100}
            placeholder="Your name as it should appear in reports"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setEditing(false);
              }
            }}
          />
        </label>
        <button type="submit" className="button button--primary button--small" disabled={draft.trim() === ''}>
          Save name
        </button>
        <button type="button" className="button button--small" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </form>
    );
  }

  return (
    <div
      className={`reviewer${prefs.reviewerName === null ? ' reviewer--default' : ''}`}
      title={prefs.reviewerName === null ? 'No name yet: your first change will ask for it. It is stamped on every change.' : 'Reviewer: stamped on every change'}
    >
      <span className="reviewer__caption">Reviewer</span>
      <span className="reviewer__name">{prefs.reviewerName ?? 'not set'}</span>
      <button type="button" className="button button--small button--quiet" onClick={startEditing}>
        {prefs.reviewerName === null ? 'Set your name' : 'Change'}
      </button>
    </div>
  );
}
