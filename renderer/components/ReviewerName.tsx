import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Preferences } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from '../hooks/useApi';

/**
 * The name stamped on every verdict, note and source. Until the reviewer
 * picks one, the OS account name is used and a gentle nudge says so.
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
  }, [load]);

  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  function startEditing() {
    setDraft(prefs && !prefs.reviewerNameIsDefault ? prefs.reviewerName : '');
    setEditing(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const value = unwrap(await call('setPreferences', { reviewerName: draft }), onError);
    if (value) {
      setPrefs(value);
      setEditing(false);
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
      className={`reviewer${prefs.reviewerNameIsDefault ? ' reviewer--default' : ''}`}
      title={prefs.reviewerNameIsDefault ? 'Using your computer account name until you set yours: it is stamped on every change.' : 'Reviewer: stamped on every change'}
    >
      <span className="reviewer__caption">Reviewer</span>
      <span className="reviewer__name">{prefs.reviewerName}</span>
      <button type="button" className="button button--small button--quiet" onClick={startEditing}>
        {prefs.reviewerNameIsDefault ? 'Set your name' : 'Change'}
      </button>
    </div>
  );
}
