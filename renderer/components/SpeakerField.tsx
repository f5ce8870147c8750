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
 * Under the name (cut with … and whole in its tooltip when long), whether it
 * is a person or an organisation (what a ClaimReview publishes it as) when
 * guessed from the name or set here; a speaker set by hand shows no guess.
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

  // Under the name, how it was come by: a speaker set by hand says so and nothing the machine guessed (a kind
  // chosen by hand is part of what was set); a speaker the analysis read says what it is guessed to be.
  let how: { text: string; title: string } | null = null;
  if (byHand) how = { text: kindByHand ? `(set by hand) · ${KIND_LABELS[kindByHand]}` : '(set by hand)', title: 'Set by hand: re-analysis leaves it alone' };
  else if (speaker !== null && kindByHand !== null) how = { text: KIND_LABELS[kindByHand], title: 'Set by hand' };
  else if (speaker !== null && publishedAs !== null) how = { text: `${KIND_LABELS[publishedAs]} (guessed)`, title: 'Guessed from the name; Edit speaker to say otherwise' };

  return (
    <span className="speaker-field speaker-field--shown">
      <span className="speaker-field__name" dir="auto" title={speaker ?? undefined}>
        {speaker ?? <span className="muted">not attributed</span>}
      </span>
      {how && (
        <span className="speaker-field__how" title={how.title}>
          {' '}
          {how.text}
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
