import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClaimAnchor, ClaimFilter } from '../../core/api/contract';

/** Claims ticked one by one (on any page), or every claim the filter matches. */
export type BulkSelection = { kind: 'ids'; ids: ReadonlySet<number>; anchorId: number | null } | { kind: 'all'; filter: ClaimFilter; total: number };

const NONE: BulkSelection = { kind: 'ids', ids: new Set(), anchorId: null };

/**
 * The claims a bulk action would change. A new filter or sort starts with
 * none (a selection belongs to the list it was made in).
 */
export function useBulkSelection(listKey: string) {
  const [selection, setSelection] = useState<BulkSelection>(NONE);
  useEffect(() => setSelection(NONE), [listKey]);

  /** Ticks or unticks one row; with Shift, every row between it and the last one ticked on this page. */
  const toggle = useCallback((rows: readonly ClaimAnchor[], claim: ClaimAnchor, range: boolean) => {
    setSelection((current) => {
      if (current.kind === 'all') {
        // Unticking one claim out of "all matching": the other rows on this page stay ticked.
        const ids = new Set(rows.map((r) => r.id));
        ids.delete(claim.id);
        return { kind: 'ids', ids, anchorId: claim.id };
      }
      const ids = new Set(current.ids);
      const from = current.anchorId === null ? -1 : rows.findIndex((r) => r.id === current.anchorId);
      const to = rows.findIndex((r) => r.id === claim.id);
      if (range && from >= 0 && to >= 0) {
        for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(rows[i]!.id);
      } else if (ids.has(claim.id)) ids.delete(claim.id);
      else ids.add(claim.id);
      return { kind: 'ids', ids, anchorId: claim.id };
    });
  }, []);

  const selectAll = useCallback((filter: ClaimFilter, total: number) => setSelection({ kind: 'all', filter, total }), []);
  const clear = useCallback(() => setSelection(NONE), []);

  return useMemo(() => {
    const count = selection.kind === 'all' ? selection.total : selection.ids.size;
    return {
      selection,
      count,
      isChecked: (id: number) => selection.kind === 'all' || selection.ids.has(id),
      allSelected: selection.kind === 'all',
      toggle,
      selectAll,
      clear,
      /** What the backend's bulkReview is given. */
      target: (): { claimIds: number[] } | { filter: ClaimFilter } => (selection.kind === 'all' ? { filter: selection.filter } : { claimIds: [...selection.ids] }),
    };
  }, [selection, toggle, selectAll, clear]);
}
