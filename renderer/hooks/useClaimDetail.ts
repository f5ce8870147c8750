import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimDetail } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from './useApi';
import { useLatestRequest } from './useLatest';

/** The selected claim with its notes, sources and history. Mutations hand back a fresh one. */
export function useClaimDetail(claimId: number | null, onError: ErrorSink) {
  const [detail, setDetail] = useState<ClaimDetail | null>(null);
  const begin = useLatestRequest();

  const reload = useCallback(async () => {
    const isLatest = begin();
    if (claimId === null) {
      setDetail(null);
      return;
    }
    const value = unwrap(await call('getClaim', { claimId }), onError);
    if (value && isLatest()) setDetail(value);
  }, [claimId, begin, onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const shownId = useRef(claimId);
  shownId.current = claimId;
  /**
   * A mutation's fresh detail. A load of the same claim still on its way (sent before the change,
   * e.g. j then d in quick succession) must not overwrite it; once another claim is selected, that
   * claim's own load stands.
   */
  const setFresh = useCallback(
    (fresh: ClaimDetail) => {
      if (fresh.claim.id !== shownId.current) return;
      begin();
      setDetail(fresh);
    },
    [begin],
  );

  const current = detail && detail.claim.id === claimId ? detail : null;
  return { detail: current, setDetail: setFresh, reload };
}
