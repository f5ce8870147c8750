import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimAnchor, ClaimFilter, ClaimSort } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from './useApi';
import { useLatestRequest } from './useLatest';

export const PAGE_SIZE = 200;

export interface ClaimsQuery {
  filter: ClaimFilter;
  sort: ClaimSort;
  offset: number;
}

export interface ClaimsPage {
  total: number;
  offset: number;
  rows: ClaimAnchor[];
  /** The filter these rows answer (to explain an empty table). */
  filter: ClaimFilter;
  /** The query these rows answer (to tell a fresh page from a stale one). */
  key: string;
}

/**
 * One page of the claims table, fetched from the backend: filtering, sorting
 * and paging happen in SQL, so the renderer never holds more than a page.
 */
export function useClaimsPage(query: ClaimsQuery, onError: ErrorSink) {
  const key = useMemo(() => JSON.stringify(query), [query]);
  const [page, setPage] = useState<ClaimsPage | null>(null);
  // A page is fetched as soon as the table mounts.
  const [loading, setLoading] = useState(true);
  const begin = useLatestRequest();
  /** The page request on its way, if any. */
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());

  /**
   * One page request at a time, and no waiting before the first: a search
   * is sent on its first keystroke; keys typed while it is answered wait
   * for it, and only the newest of them is sent next (no timer: a fast
   * backend answers each key, a slow one is never sent a queue of stale
   * ones). An answer that is no longer the newest is dropped.
   */
  const fetchPage = useCallback(async () => {
    const isLatest = begin();
    setLoading(true);
    await inFlight.current;
    if (!isLatest()) return;
    const { filter, sort, offset } = JSON.parse(key) as ClaimsQuery;
    const request = call('listClaims', { filter, sort, offset, limit: PAGE_SIZE });
    inFlight.current = request.catch(() => undefined);
    const value = unwrap(await request, onError);
    if (!isLatest()) return;
    setLoading(false);
    if (value) setPage({ total: value.total, offset: value.offset, rows: value.rows, filter, key });
  }, [key, begin, onError]);

  useEffect(() => {
    void fetchPage();
  }, [fetchPage]);

  /** Where a claim sits in the current filter and sort (0-based), or null if filtered out. */
  const locate = useCallback(
    async (claimId: number): Promise<number | null | undefined> => {
      const { filter, sort } = JSON.parse(key) as ClaimsQuery;
      const value = unwrap(await call('listClaims', { filter, sort, offset: 0, limit: 1, locateClaimId: claimId }), onError);
      return value ? value.locatedIndex : undefined;
    },
    [key, onError],
  );

  /** Shows a changed claim at once, before the refetch confirms where it now belongs. */
  const patchRow = useCallback((claim: ClaimAnchor) => {
    setPage((current) =>
      current && current.rows.some((r) => r.id === claim.id)
        ? { ...current, rows: current.rows.map((r) => (r.id === claim.id ? claim : r)) }
        : current,
    );
  }, []);

  return { page, loading, reload: fetchPage, locate, patchRow, currentKey: key };
}
