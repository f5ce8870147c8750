import { useState, type FormEvent, type Ref } from 'react';
import type { Note } from '../../core/api/contract';
import { formatDateTime } from '../format';
import { useDraft } from '../hooks/useDraft';
import { formKeys } from '../hooks/formKeys';

export interface NoteActions {
  add: (body: string) => Promise<boolean>;
  /** `seenBody`: the note as the editor opened on it (a change made in another window since is not overwritten). */
  edit: (noteId: number, body: string, seenBody: string) => Promise<boolean>;
  remove: (noteId: number) => Promise<boolean>;
  /** Editing given up (Esc, Cancel, Keep): the keyboard goes back to the claims table. */
  leave: () => void;
}

function NoteItem({ note, actions }: { note: Note; actions: NoteActions }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(note.body);
  const [openedOn, setOpenedOn] = useState(note.body);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === '') return;
    if (await actions.edit(note.id, draft, openedOn)) setEditing(false);
  }
  function cancel() {
    setEditing(false);
    actions.leave();
  }

  return (
    <li className="note">
      <div className="note__meta">
        <span className="note__author">{note.author}</span>
        <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
        {note.updatedAt && <span className="muted">(edited {formatDateTime(note.updatedAt)})</span>}
      </div>
      {editing ? (
        <form className="note__edit" onSubmit={save} onKeyDown={formKeys(cancel)}>
          <textarea
            aria-label="Edit this note"
            value={draft}
            rows={3}
            dir="auto"
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
          <div className="row-actions">
            <button type="submit" className="button button--small button--primary" disabled={draft.trim() === ''}>
              Save
            </button>
            <button type="button" className="button button--small" onClick={cancel}>
              Cancel
            </button>
            <span className="hint">Ctrl+Enter saves, Esc cancels</span>
          </div>
        </form>
      ) : (
        <p className="note__body" dir="auto">
          {note.body}
        </p>
      )}
      {!editing && (
        <div className="row-actions">
          {confirming ? (
            <>
              <span className="muted">Delete this note?</span>
              <button type="button" className="button button--small button--danger" onClick={() => void actions.remove(note.id)}>
                Delete
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setConfirming(false);
                  actions.leave();
                }}
              >
                Keep
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => {
                  setDraft(note.body);
                  setOpenedOn(note.body);
                  setEditing(true);
                }}
              >
                Edit
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(true)}>
                Delete…
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The reviewer's notes on this claim, oldest first, and a box to add one. */
export function NotesSection({ claimId, notes, actions, noteRef }: { claimId: number; notes: Note[] | null; actions: NoteActions; noteRef: Ref<HTMLTextAreaElement> }) {
  // The note being written stays with its claim when the selection moves away and back.
  const [body, setBody] = useDraft(`note:${claimId}`, '');
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const ok = await actions.add(body);
    setBusy(false);
    if (ok) setBody('');
  }

  return (
    <section className="detail__section">
      <h3 className="detail__heading">
        Notes {notes && notes.length > 0 && <span className="count">{notes.length}</span>}
        <kbd className="detail__key" title="Press n to write a note">
          n
        </kbd>
      </h3>
      {notes && notes.length > 0 && (
        <ul className="notes">
          {notes.map((note) => (
            <NoteItem key={`${note.id}:${note.updatedAt ?? ''}`} note={note} actions={actions} />
          ))}
        </ul>
      )}
      {/* Ctrl+Enter adds the note; Esc keeps the draft (it stays with its claim) and hands the keys back to the table. */}
      <form className="detail__form" onSubmit={add} onKeyDown={formKeys(actions.leave)}>
        <label className="field">
          <span className="field__label">Note</span>
          <textarea
            ref={noteRef}
            value={body}
            rows={3}
            dir="auto"
            placeholder="What you checked, who you called, what is still open"
            onChange={(e) => setBody(e.target.value)}
          />
        </label>
        <div className="row-actions">
          <button type="submit" className="button button--primary button--small" disabled={busy || body.trim() === ''}>
            Add note
          </button>
          <span className="hint">Ctrl+Enter</span>
        </div>
      </form>
    </section>
  );
}
