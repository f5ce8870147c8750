import type { KeyboardEvent } from 'react';

/** Ctrl+Enter, or ⌘+Enter on macOS, not while an input method is composing: "save what I am writing". */
export function isSaveChord(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing;
}

/**
 * The keys of a form being written in, for its onKeyDown: Ctrl+Enter (⌘+Enter)
 * in any of its fields submits it — only when its submit button could be
 * clicked, so an empty or busy form is not sent — and Esc, when `onEscape` is
 * given, calls it instead of the document's shortcut handler. One place for the
 * note box, a note being edited, the source form and pasted text.
 */
export function formKeys(onEscape?: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (isSaveChord(event)) {
      event.preventDefault();
      const form = event.currentTarget;
      const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
      if (!submit?.disabled) form.requestSubmit(submit ?? undefined);
    } else if (event.key === 'Escape' && onEscape && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    }
  };
}
