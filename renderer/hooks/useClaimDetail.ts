import { useCallback, useEffect, useState } from 'react';
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

  const current = detail && detail.claim.id === claimId ? detail : null;
  return { detail: current, setDetail, reload };
}
