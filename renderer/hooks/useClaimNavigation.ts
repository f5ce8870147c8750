import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ClaimAnchor } from '../../core/api/contract';
import type { ClaimsPage } from './useClaimsPage';
import { lastPageOffset, pageForIndex } from './useClaimQuery';

export interface Selection {
  id: number;
  articleId: number;
}

/** A page turn j/k asked for: the page's offset, and the row to select once it arrives (its index in the whole list). */
export interface PendingTurn {
  offset: number;
  at: number;
}

interface Row {
  id: number;
}

/** Where the selection goes on a j (1) or k (-1) press: a row on this page, a row on another page (`at`), or nowhere. */
export type MoveOutcome<R extends Row> = { kind: 'none' } | { kind: 'select'; row: R } | { kind: 'turn'; at: number };

export interface MoveContext<R extends Row> {
  rows: readonly R[];
  /** The page's offset in the whole list, and the list's length. */
  offset: number;
  total: number;
  selectedId: number | null;
  /** Where the selected row was on this page when last seen. */
  lastIndex: number;
  pending: PendingTurn | null;
}

export function resolveMove<R extends Row>(context: MoveContext<R>, delta: 1 | -1): MoveOutcome<R> {
  const { rows, offset, total, selectedId, lastIndex, pending } = context;
  if (pending) {
    // A page is on its way (j or k held down across a page boundary): this press counts too,
    // and if it runs past that page as well, the page after it is asked for instead.
    return { kind: 'turn', at: Math.min(Math.max(pending.at + delta, 0), Math.max(total - 1, 0)) };
  }
  if (selectedId === null) return rows[0] ? { kind: 'select', row: rows[0] } : { kind: 'none' };
  const index = rows.findIndex((r) => r.id === selectedId);
  // Gone from this page (e.g. a verdict moved it out of the filter): the row now in its place is "next".
  const target = index >= 0 ? index + delta : delta > 0 ? lastIndex : lastIndex - 1;
  if (target >= 0 && target < rows.length) return { kind: 'select', row: rows[target]! };
  const at = offset + target;
  if (at >= 0 && at < total) return { kind: 'turn', at };
  // Past either end of the list: a selection that left the page settles on the nearest row.
  if (index < 0 && rows.length) return { kind: 'select', row: target < 0 ? rows[0]! : rows[rows.length - 1]! };
  return { kind: 'none' };
}

/** The row that takes the place of one at `lastIndex` which is no longer listed (the last row if it was past the end). */
export function nextSelectionAfter<R>(rows: readonly R[], lastIndex: number): R | null {
  return rows[Math.min(lastIndex, rows.length - 1)] ?? null;
}

/** The row `at` (an index in the whole list) on a page starting at `offset`, clamped to the rows the page has. */
export function rowAt<R>(rows: readonly R[], offset: number, at: number): R | null {
  return rows[Math.min(Math.max(at - offset, 0), rows.length - 1)] ?? null;
}

export interface ArrivalContext {
  /** The page answers another filter or sort than the one shown before. */
  isNewQuery: boolean;
  /** Of which the sort changed: the list is read from its new top ("most check-worthy first" starts there). */
  isNewSort?: boolean;
  pending: PendingTurn | null;
  selectedId: number | null;
  /** The claim just given (or cleared of) a verdict, and the selected claim when it was last seen listed. */
  verdictGiven: number | null;
  wasShown: number | null;
  lastIndex: number;
}

/**
 * What a page arriving does to the selection: `row` is selected (null: it stays;
 * 'none': nothing is selected any more), `consumed` says which request it answered
 * (the page turn j/k asked for, or the verdict that moved the selected claim out of the filter).
 */
export interface ArrivalOutcome<R> {
  row: R | 'none' | null;
  consumed: 'pending' | 'verdict' | null;
}

export function selectionOnArrival<R extends Row>(page: { rows: readonly R[]; offset: number }, context: ArrivalContext): ArrivalOutcome<R> {
  const { rows } = page;
  const { pending, selectedId } = context;
  if (pending && pending.offset === page.offset) {
    // Clamped: the list may have changed while the page was on its way.
    return { row: rowAt(rows, page.offset, pending.at), consumed: 'pending' };
  }
  // A new order is read from its top: the first row is selected (and so in view), not the old one somewhere mid-list.
  if (context.isNewSort && rows[0]) return { row: rows[0], consumed: null };
  const listed = selectedId !== null && rows.some((r) => r.id === selectedId);
  // Nothing selected yet: start at the top.
  if (selectedId === null) return { row: rows[0] ?? null, consumed: null };
  // A new filter/sort no longer shows it: start at the top; a filter that matches nothing selects nothing,
  // so v/d/u cannot change a claim the table no longer shows.
  if (context.isNewQuery && !listed) return { row: rows[0] ?? 'none', consumed: null };
  // A refresh of the same list without the selected claim (a verdict under "Not reviewed" moved it
  // out of the filter): the claim that took its place is selected, so j and the verdict keys go on from there
  // (none left: nothing is selected).
  if (context.verdictGiven === selectedId && context.wasShown === selectedId && !listed) {
    return { row: nextSelectionAfter(rows, context.lastIndex) ?? 'none', consumed: 'verdict' };
  }
  return { row: null, consumed: null };
}

/** The sort a page's key asked for ({ filter, sort, offset } as JSON), as a string to compare. */
function sortOfKey(key: string): string {
  try {
    return JSON.stringify((JSON.parse(key) as { sort?: unknown }).sort ?? null);
  } catch {
    return key;
  }
}

/** A page emptied under us (its claims undone, deleted or moved out of the filter): the last page with claims, or null to stay. */
export function offsetAfterEmptyPage(page: { rows: readonly unknown[]; offset: number; total: number }): number | null {
  return page.rows.length === 0 && page.offset > 0 ? lastPageOffset(page.total) : null;
}

export interface NavigationOptions {
  page: ClaimsPage | null;
  rows: readonly ClaimAnchor[];
  /** The list shown: a new one voids a page turn asked for under the old one. */
  filterKey: string;
  offset: number;
  setOffset: (offset: number) => void;
  turnPage: (direction: 1 | -1, total: number) => void;
  /** Where a claim sits in the list (undefined: the lookup failed, null: filtered out). */
  locate: (claimId: number) => Promise<number | null | undefined>;
  notify: (text: string) => void;
}

/**
 * The selected claim and how it moves: j/k across pages (presses made while a page
 * loads all count), the selection kept across refreshes, and the next row selected
 * when a verdict makes the filter hide the selected one.
 */
export function useClaimNavigation({ page, rows, filterKey, offset, setOffset, turnPage, locate, notify }: NavigationOptions) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  /** Where the selected row was: if a refresh filters it out, j/k continue from there. */
  const lastIndex = useRef(0);
  /**
   * After turning the page with j/k: the page asked for, and the row to select once it arrives
   * (`at`, its index in the whole filtered list). Presses made while it loads move `at`, so none is lost.
   */
  const pending = useRef<PendingTurn | null>(null);
  // Another filter or sort starts again at its first row; a page turn asked for under the old one is void.
  useEffect(() => {
    pending.current = null;
  }, [filterKey]);

  // The ref moves at once, so keys pressed faster than React renders (a held-down j) each count.
  const select = useCallback((claim: Pick<ClaimAnchor, 'id' | 'articleId'>) => {
    const next = { id: claim.id, articleId: claim.articleId };
    selectionRef.current = next;
    setSelection(next);
  }, []);
  const deselect = useCallback(() => {
    selectionRef.current = null;
    setSelection(null);
  }, []);
  /** A row chosen by hand (a click, or the claim an edit leaves): it wins over a page turn j/k started. */
  const choose = useCallback(
    (claim: Pick<ClaimAnchor, 'id' | 'articleId'>) => {
      pending.current = null;
      select(claim);
    },
    [select],
  );

  const selectedIndex = selection ? rows.findIndex((r) => r.id === selection.id) : -1;
  /** The selected claim when it was last seen on the page (null: selected from elsewhere, e.g. the article). */
  const wasShown = useRef<number | null>(null);
  /** The claim just given (or cleared of) a verdict: if the filter now hides it, the next one is selected. */
  const verdictGiven = useRef<number | null>(null);
  if (selectedIndex >= 0) {
    lastIndex.current = selectedIndex;
    wasShown.current = selection!.id;
  }
  const selectedRow = selectedIndex >= 0 ? rows[selectedIndex]! : null;

  /**
   * A claim to select once the list it was opened in arrives (a Seen before link switches the table
   * to the claim's article): selected there, on whichever page holds it.
   */
  const target = useRef<Selection | null>(null);
  const locateRef = useRef(locate);
  locateRef.current = locate;
  const setOffsetRef = useRef(setOffset);
  setOffsetRef.current = setOffset;
  const notifyRef = useRef(notify);
  notifyRef.current = notify;

  const shownKey = useRef<string | null>(null);
  // A layout effect: the selection a page brings is in place before the page is painted, so a key
  // pressed as soon as the rows show (j right after a verdict moved a row out) starts from it.
  useLayoutEffect(() => {
    if (!page) return;
    const isNewQuery = shownKey.current !== page.key;
    const isNewSort = shownKey.current !== null && isNewQuery && sortOfKey(shownKey.current) !== sortOfKey(page.key);
    shownKey.current = page.key;
    const wanted = target.current;
    if (wanted && isNewQuery) {
      target.current = null;
      pending.current = null;
      select(wanted);
      if (!page.rows.some((r) => r.id === wanted.id)) {
        void locateRef.current(wanted.id).then((index) => {
          if (selectionRef.current?.id !== wanted.id || index === undefined) return;
          if (index === null) {
            notifyRef.current('That claim is not in the table with the current filter.');
            return;
          }
          const at = pageForIndex(index);
          lastIndex.current = index - at;
          setOffsetRef.current(at);
        });
      }
      return;
    }
    const outcome = selectionOnArrival(page, {
      isNewQuery,
      isNewSort,
      pending: pending.current,
      selectedId: selectionRef.current?.id ?? null,
      verdictGiven: verdictGiven.current,
      wasShown: wasShown.current,
      lastIndex: lastIndex.current,
    });
    if (outcome.consumed === 'pending') pending.current = null;
    if (outcome.consumed === 'verdict') verdictGiven.current = null;
    if (outcome.row === 'none') deselect();
    else if (outcome.row) select(outcome.row);
  }, [page, select, deselect]);

  useEffect(() => {
    const back = page ? offsetAfterEmptyPage(page) : null;
    if (back !== null) setOffset(back);
  }, [page, setOffset]);

  /** Turns to the page holding row `at` of the filtered list; that row is selected when the page arrives. */
  const turnTo = useCallback(
    (at: number) => {
      const pageOffset = pageForIndex(at);
      pending.current = { offset: pageOffset, at };
      setOffset(pageOffset);
    },
    [setOffset],
  );

  /** The claim editor holds words not yet saved: j/k wait for Save or Cancel rather than throw them away. */
  const editDirty = useRef(false);

  const move = useCallback(
    (delta: 1 | -1) => {
      if (!page) return;
      if (editDirty.current) {
        notify('The claim’s new words are not saved: Ctrl+Enter saves them, Esc cancels.');
        return;
      }
      const outcome = resolveMove(
        { rows: page.rows, offset: page.offset, total: page.total, selectedId: selectionRef.current?.id ?? null, lastIndex: lastIndex.current, pending: pending.current },
        delta,
      );
      if (outcome.kind === 'select') select(outcome.row);
      else if (outcome.kind === 'turn') turnTo(outcome.at);
    },
    [notify, page, select, turnTo],
  );

  /** Shows the page holding row `index` of the list (the selected claim's place, found by `locate`). */
  const showIndex = useCallback(
    (index: number) => {
      const target = pageForIndex(index);
      lastIndex.current = index - target;
      if (target !== offset) setOffset(target);
    },
    [offset, setOffset],
  );

  /** A claim clicked in the article (or the detail panel): selected, and the table turns to its page. */
  const selectFromArticle = useCallback(
    async (claimId: number, inArticle: number) => {
      pending.current = null;
      select({ id: claimId, articleId: inArticle });
      const index = await locate(claimId);
      if (index === undefined) return;
      if (index === null) {
        notify('That sentence is not in the table with the current filter.');
        return;
      }
      showIndex(index);
    },
    [locate, notify, select, showIndex],
  );

  /** Selects `claim` once the next list (another article, other filters, asked for at the same time) arrives. */
  const openWhenListed = useCallback(
    (claim: Selection) => {
      pending.current = null;
      target.current = claim;
      select(claim);
    },
    [select],
  );

  /** The pager's Next/Previous: its page, not one j/k asked for. */
  const pagerTurn = useCallback(
    (direction: 1 | -1, total: number) => {
      pending.current = null;
      turnPage(direction, total);
    },
    [turnPage],
  );

  /** A verdict is being given to (or cleared from) claim `id`: if the filter then hides it, the next row is selected. */
  const verdictGivenTo = useCallback((id: number) => {
    verdictGiven.current = id;
  }, []);

  return { selection, selectionRef, selectedRow, select, choose, deselect, move, selectFromArticle, openWhenListed, showIndex, pagerTurn, verdictGivenTo, editDirty };
}
