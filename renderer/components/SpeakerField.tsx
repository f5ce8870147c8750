import { useEffect, useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import type { SpeakerKind } from '../../core/api/contract';

/** What the `p` key reaches: opens the box for the claim the field shows. */
export interface SpeakerFieldHandle {
  claimId: number;
  edit: () => void;
}

const KIND_LABELS: Record<SpeakerKind, string> = { person: 'a person', organization: 'an organisation' };

/**
 * Who makes the claim, as the analysis read it or as the fact-checker set it:
 * `Edit speaker` opens a box labelled Speaker (Enter saves, Esc cancels, empty
 * clears). A speaker set by hand says so, and the machine leaves it alone.
 * Beside the name, whether it is a person or an organisation (what a
 * ClaimReview publishes it as): guessed from the name, or set here.
 */
export function SpeakerField({ claimId, speaker, byHand, kindByHand, publishedAs, busy, onSave, handle }: {
  claimId: number;
  /** Lets the `p` shortcut open the box. */
  handle?: Ref<SpeakerFieldHandle>;
  speaker: string | null;
  byHand: boolean;
  /** Person or organisation as set by hand; null: guessed from the name. */
  kindByHand: SpeakerKind | null;
  /** What the speaker is published as (the hand-set kind, else the guess); null before the detail loads or without a speaker. */
  publishedAs: SpeakerKind | null;
  busy: boolean;
  /** Resolves true once saved (the box closes), false when refused (it stays open with what was typed). */
  onSave: (claimId: number, speaker: string, speakerKind: SpeakerKind | null) => Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [kind, setKind] = useState<SpeakerKind | 'guess'>('guess');
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const reopened = useRef(false);

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (reopened.current) buttonRef.current?.focus();
  }, [editing]);

  const open = () => {
    setDraft(speaker ?? '');
    setKind(kindByHand ?? 'guess');
    setEditing(true);
  };
  useImperativeHandle(handle, () => ({ claimId, edit: open }));

  const close = () => {
    reopened.current = true;
    setEditing(false);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (await onSave(claimId, draft, kind === 'guess' ? null : kind)) close();
  }

  if (editing) {
    return (
      <form
        className="speaker-field speaker-field--editing"
        onSubmit={save}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            close();
          }
        }}
      >
        <input
          ref={inputRef}
          type="text"
          aria-label="Speaker"
          value={draft}
          maxLength={200}
          placeholder="Who says it (empty: nobody)"
          dir="auto"
          onChange={(e) => setDraft(e.target.value)}
        />
        <select aria-label="The speaker is" value={kind} onChange={(e) => setKind(e.target.value as SpeakerKind | 'guess')} title="What a ClaimReview publishes the speaker as">
          <option value="guess">Guess: person or organisation</option>
          <option value="person">A person</option>
          <option value="organization">An organisation</option>
        </select>
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
      {speaker !== null && publishedAs !== null && (
        <span className="speaker-field__kind muted" title={kindByHand ? 'Set by hand' : 'Guessed from the name; Edit speaker to say otherwise'}>
          {' '}
          · {KIND_LABELS[publishedAs]}
          {kindByHand ? '' : ' (guessed)'}
        </span>
      )}
      <button
        ref={buttonRef}
        type="button"
        className="button button--small button--quiet speaker-field__edit"
        disabled={busy}
        aria-keyshortcuts="p"
        onClick={open}
      >
        Edit speaker <kbd aria-hidden="true">p</kbd>
      </button>
    </span>
  );
}
