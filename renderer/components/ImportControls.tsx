import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { FILE_INPUT_ACCEPT } from '../../core/import/file-types';
import { importArticles, type ImportRun } from '../api/import-queue';
import { importPastedText, type ImportOutcome } from '../api/importing';
import { formKeys } from '../hooks/formKeys';

/**
 * The "Import article" file input, styled as a button; the input itself stays focusable for keyboards.
 * `importing` is set while files dropped on the window are being imported, so the button says so too.
 */
export function ImportFileButton({
  onOutcomes,
  onBusy,
  compact = false,
  importing = false,
}: {
  onOutcomes: (o: ImportOutcome[], run: ImportRun) => void;
  onBusy?: (busy: boolean) => void;
  compact?: boolean;
  importing?: boolean;
}) {
  const inputId = useId();
  const [picking, setPicking] = useState(false);
  const busy = picking || importing;

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    setPicking(true);
    onBusy?.(true);
    try {
      // With a progress bar and Cancel (renderer/api/import-queue.ts).
      const run = await importArticles(files);
      onOutcomes(run.outcomes, run);
    } finally {
      input.value = '';
      setPicking(false);
      onBusy?.(false);
    }
  }

  return (
    <span className={`file-button${compact ? ' file-button--compact' : ''}`}>
      <input id={inputId} className="file-button__input" type="file" accept={FILE_INPUT_ACCEPT} multiple disabled={busy} onChange={onChange} />
      <label htmlFor={inputId} className="button file-button__label">
        {busy ? 'Importing…' : 'Import article'}
      </label>
    </span>
  );
}

/** What the file button and a drop take, said once for the start screen and the drop overlay. */
export function ImportableTypes() {
  return (
    <>
      Plain text (<code>.txt</code>), Markdown (<code>.md</code>), web pages saved from a browser (<code>.html</code>: the
      article only) or Word files (<code>.docx</code>)
    </>
  );
}

/** Paste an article's text (and optionally its title) instead of choosing a file. */
export function PasteForm({ onOutcome, autoFocus = false }: { onOutcome: (o: ImportOutcome) => void; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await importPastedText(text, title);
    setBusy(false);
    if (outcome.ok) {
      setText('');
      setTitle('');
    } else {
      textRef.current?.focus();
    }
    onOutcome(outcome);
  }

  return (
    <form
      className="paste-form"
      onSubmit={onSubmit}
      // Ctrl+Enter imports from the text or the title box, as it saves a note or a claim edit.
      onKeyDown={formKeys()}
    >
      <label className="field">
        <span className="field__label">Paste article text</span>
        <textarea ref={textRef} value={text} onChange={(e) => setText(e.target.value)} rows={8} autoFocus={autoFocus} spellCheck={false} />
      </label>
      <label className="field">
        <span className="field__label">Title (optional)</span>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
      </label>
      <div className="paste-form__submit">
        <button type="submit" className="button button--primary" aria-keyshortcuts="Control+Enter" disabled={busy || text.trim() === ''}>
          {busy ? 'Importing…' : 'Import pasted text'}
        </button>
        <span className="hint">Ctrl+Enter</span>
      </div>
    </form>
  );
}
