import { useEffect, useRef } from 'react';

export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => void>>;

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** True where a key press is typing: text inputs, text areas, selects, editable content. */
export function isTypingTarget(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/**
 * Single-key shortcuts on the whole document, active only while the user is
 * not typing (so "j" in a note is a letter) and no modifier is held (so the
 * browser's own Ctrl/Cmd shortcuts keep working). Escape leaves a text field.
 * `enabled` is false while a dialog owns the keyboard; `always` keys still work then.
 */
export function useShortcuts(shortcuts: ShortcutMap, options: { enabled: boolean; always: readonly string[] }) {
  const latest = useRef({ shortcuts, options });
  latest.current = { shortcuts, options };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const { shortcuts: map, options: opts } = latest.current;
      if (isTypingTarget(event.target)) {
        if (event.key === 'Escape' && opts.enabled) event.target.blur();
        return;
      }
      if (!opts.enabled && !opts.always.includes(event.key)) return;
      const handler = map[event.key];
      if (!handler) return;
      handler(event);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
