import { useEffect, useRef, useState, type FormEvent } from 'react';

/**
 * Who makes the claim, as the analysis read it or as the fact-checker set it:
 * `Edit speaker` opens a box labelled Speaker (Enter saves, Esc cancels, empty
 * clears). A speaker set by hand says so, and the machine leaves it alone.
 */
export function SpeakerField({ claimId, speaker, byHand, busy, onSave }: {
  claimId: number;
  speaker: string | null;
  byHand: boolean;
  busy: boolean;
  /** Resolves true once saved (the box closes), false when refused (it stays open with what was typed). */
  onSave: (claimId: number, speaker: string) => Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const reopened = useRef(false);

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (reopened.current) buttonRef.current?.focus();
  }, [editing]);

  const close = () => {
    reopened.current = true;
    setEditing(false);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (await onSave(claimId, draft)) close();
  }

  if (editing) {
    return (
      <form className="speaker-field speaker-field--editing" onSubmit={save}>
        <input
          ref={inputRef}
          type="text"
          aria-label="Speaker"
          value={draft}
          maxLength={200}
          placeholder="Who says it (empty: nobody)"
          dir="auto"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        />
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          Save
        </button>
        <button type="button" className="button button--small" onClick={close}>
          Cancel
        </button>
      </form>
    );
  }

  return (
    <span className="speaker-field">
      <span dir="auto">{speaker ?? <span className="muted">not attributed</span>}</span>
      {byHand && <span className="speaker-field__by-hand"> (set by hand)</span>}
      <button
        ref={buttonRef}
        type="button"
        className="button button--small button--quiet speaker-field__edit"
        disabled={busy}
        onClick={() => {
          setDraft(speaker ?? '');
          setEditing(true);
        }}
      >
        Edit speaker
      </button>
    </span>
  );
}
