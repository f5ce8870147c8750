import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call, setReviewerPrompt } from '../api/client';
import { unwrap, type ErrorSink } from '../hooks/useApi';

/** Other parts of the screen that show the name listen for this. */
export const REVIEWER_CHANGED = 'claimdesk:reviewer-changed';

/**
 * The first change in a workspace with no reviewer name opens this dialog:
 * the name is stamped on every change from then on, and the change goes
 * ahead once it is saved. Cancel leaves the change undone.
 */
export function ReviewerPrompt({ onError }: { onError: ErrorSink }) {
  const [waiting, setWaiting] = useState<((saved: boolean) => void) | null>(null);
  const [name, setName] = useState('');
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setReviewerPrompt(
      () =>
        new Promise<boolean>((resolve) => {
          setWaiting(() => resolve);
        }),
    );
    return () => setReviewerPrompt(null);
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (waiting && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
    } else if (!waiting && dialog.open) dialog.close();
  }, [waiting]);

  function finish(saved: boolean) {
    waiting?.(saved);
    setWaiting(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = unwrap(await call('setPreferences', { reviewerName: name }), onError);
    if (!saved) return;
    window.dispatchEvent(new Event(REVIEWER_CHANGED));
    finish(true);
  }

  return (
    <dialog ref={ref} className="confirm" aria-labelledby="reviewer-prompt-title" onClose={() => waiting && finish(false)} onKeyDown={(e) => e.stopPropagation()}>
      <form className="confirm__inner" onSubmit={save}>
        <h2 id="reviewer-prompt-title">Who is reviewing?</h2>
        <p className="confirm__body">Your name is stamped on every verdict, note and source you add, and shown in the history and the report.</p>
        <label className="field">
          <span className="field__label">Your name</span>
          <input ref={inputRef} type="text" value={name} maxLength={100} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="row-actions confirm__actions">
          <button type="button" className="button" onClick={() => finish(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={name.trim() === ''}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
