import { useCallback, useReducer } from 'react';

/** Half-typed text by key (e.g. `note:42`), kept in memory for the session so moving to another claim loses nothing. */
const drafts = new Map<string, unknown>();

/**
 * Like useState, but the value outlives the component: it is kept under `key`
 * until it is set back to `empty` (the same value, e.g. '' or a shared EMPTY_FORM).
 */
export function useDraft<T>(key: string, empty: T): [T, (next: T | ((previous: T) => T)) => void] {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const value = (drafts.has(key) ? drafts.get(key) : empty) as T;
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      const previous = (drafts.has(key) ? drafts.get(key) : empty) as T;
      const value = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
      if (value === empty) drafts.delete(key);
      else drafts.set(key, value);
      rerender();
    },
    [key, empty],
  );
  return [value, set];
}
