import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDraft } from '../hooks/useDraft';
import { isSaveChord } from '../hooks/formKeys';
import type { ClaimAnchor } from '../../core/api/contract';

export interface ClaimEditorProps {
  claim: ClaimAnchor;
  busy: boolean;
  /** `seenText`: the claim's text when the editor opened. */
  onSave: (text: string, seenText: string) => Promise<boolean>;
  /** `at`: where the cursor is, as an offset into the claim's text. */
  onSplit: (at: number) => Promise<boolean>;
  onCancel: () => void;
  /** Told whether the field holds words not yet saved, so moving to another claim can wait for Save or Cancel. */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * The claim's text as a field. Save rewords it (Ctrl+Enter); Split cuts it
 * in two where the cursor is; Cancel or Esc puts it back. Splitting works on
 * the article's words, so it waits until a rewording is saved or undone,
 * and is refused for a claim already reworded (the backend says the same).
 */
/** The last few whole words before the cursor: "…against illegal residents,". */
function wordsBefore(text: string, at: number): string {
  const from = Math.max(0, at - 32);
  let words = text.slice(from, at);
  if (from === 0) return words;
  if (!/\s/.test(text[from - 1]!)) words = words.replace(/^\S*/, '');
  return `…${words.trimStart()}`;
}

/** A text field holds line breaks as LF whatever the article used (CRLF, CR). */
export function asFieldText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** An offset into `asFieldText(text)` as an offset into `text` itself (a CRLF counts one in the field, two in the text). */
export function toTextOffset(text: string, fieldOffset: number): number {
  let field = 0;
  let i = 0;
  while (i < text.length && field < fieldOffset) {
    i += text.charAt(i) === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
    field++;
  }
  return i;
}

export function ClaimEditor({ claim, busy, onSave, onSplit, onCancel, onDirtyChange }: ClaimEditorProps) {
  // The words as the field shows them; offsets in the field are converted back before a split.
  const original = asFieldText(claim.text);
  // Kept per claim for the session, like note drafts: clicking away and back (then e) finds the words again.
  const [draft, setDraft] = useDraft(`claim-text:${claim.id}`, original);
  // The text the editor opened on, sent with the save: an edit made in another window since is refused, not overwritten.
  const [openedOn] = useState(claim.text);
  const [cursor, setCursor] = useState<number | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const splitWhyId = useId();

  useEffect(() => {
    const field = fieldRef.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  const changed = draft !== original;
  useEffect(() => {
    onDirtyChange?.(changed);
  }, [changed, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  const splitBlocked = claim.edited
    ? 'This claim was reworded, so its text is no longer the article’s words: it cannot be split. Add each part from the article view instead.'
    : changed
      ? 'Save or cancel the rewording first: a split cuts the article’s words.'
      : cursor === null || cursor <= 0 || cursor >= original.length
        ? 'Put the cursor where the claim should be cut.'
        : null;

  function trackCursor() {
    const field = fieldRef.current;
    if (field) setCursor(field.selectionStart === field.selectionEnd ? field.selectionStart : null);
  }

  async function save() {
    if (!changed) {
      cancel();
      return;
    }
    if (await onSave(draft, openedOn)) setDraft(original);
    else fieldRef.current?.focus();
  }

  function cancel() {
    setDraft(original);
    onCancel();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      // The editor closes; the document's shortcut handler need not also see this Escape.
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (isSaveChord(event)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <div className="claim-editor">
      <label className="field__label" htmlFor={fieldId}>
        Claim text
      </label>
      <textarea
        ref={fieldRef}
        id={fieldId}
        className="claim-editor__text"
        dir="auto"
        rows={Math.min(10, Math.max(3, Math.ceil(draft.length / 48)))}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          trackCursor();
        }}
        onSelect={trackCursor}
        onKeyUp={trackCursor}
        onClick={trackCursor}
        onKeyDown={onKeyDown}
        aria-describedby={hintId}
        readOnly={busy}
        spellCheck
      />
      <div className="row-actions">
        <button type="button" className="button button--primary button--small" disabled={busy || !changed || draft.trim() === ''} onClick={() => void save()}>
          Save
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={cancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy || splitBlocked !== null}
          aria-describedby={splitWhyId}
          // Keep the cursor in the field: the split happens where it is.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            const at = fieldRef.current?.selectionStart ?? cursor;
            if (at !== null && at !== undefined) void onSplit(toTextOffset(claim.text, at));
          }}
        >
          Split at cursor
        </button>
      </div>
      <p id={splitWhyId} className="hint claim-editor__why">
        {splitBlocked ?? `Splits after “${wordsBefore(original, cursor ?? 0)}”.`}
      </p>
      <p id={hintId} className="hint">
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
      </p>
    </div>
  );
}
