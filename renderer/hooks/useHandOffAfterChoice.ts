import { useMemo, useRef, type KeyboardEvent } from 'react';

/** Keys that change a closed <select>'s value at once (Chromium on Linux and Windows): stepping, not yet choosing. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
/** A change this soon after such a key (or a letter: type-to-find) was made by it. */
const KEY_CHANGE_MS = 500;

/**
 * For a <select> that decides what the claims table shows: once a value is
 * chosen, `handOff` gives the keyboard back to the table, so j/k/v/d/u work
 * at once instead of being swallowed by the select.
 *
 * - Chosen from the open list (a click, or Enter in the list): hands off at once.
 * - Changed by keys on the closed select (arrows, or typing an option's first
 *   letters, which browsers apply at once): focus stays so the user can keep
 *   stepping or typing — a letter meant for the select must never land on a
 *   shortcut (typing "sudan" in the article picker would mark a claim
 *   Unverified). Enter then hands off; Escape leaves the select as everywhere.
 * - Opening and closing the list without a change: nothing moves.
 *
 * Spread `onKeyDown` and `onBlur` on the select and call `changed()` from its onChange.
 */
export function useHandOffAfterChoice(handOff: () => void) {
  const latest = useRef(handOff);
  latest.current = handOff;
  /** When the last stepping key or letter went down on the select. */
  const keyAt = useRef(Number.NEGATIVE_INFINITY);
  /** The value was changed from the keyboard and not yet handed off. */
  const keyed = useRef(false);

  return useMemo(
    () => ({
      onKeyDown(event: KeyboardEvent<HTMLSelectElement>) {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (event.key === 'Enter' && keyed.current) {
          event.preventDefault();
          keyed.current = false;
          latest.current();
        } else if (STEP_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' ')) {
          keyAt.current = performance.now();
        }
      },
      onBlur() {
        keyed.current = false;
      },
      changed() {
        if (performance.now() - keyAt.current < KEY_CHANGE_MS) {
          keyed.current = true;
          return;
        }
        keyed.current = false;
        latest.current();
      },
    }),
    [],
  );
}
