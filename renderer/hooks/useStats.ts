import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary, StatusCounts } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from './useApi';
import { useLatestRequest } from './useLatest';

export interface Stats {
  overall: StatusCounts;
  articles: ArticleSummary[];
}

/** Overall and per-article counts; also the list of articles for the picker. */
export function useStats(onError: ErrorSink) {
  const [stats, setStats] = useState<Stats | null>(null);
  const begin = useLatestRequest();

  const reload = useCallback(async (): Promise<Stats | undefined> => {
    const isLatest = begin();
    const value = unwrap(await call('getStats', {}), onError);
    if (value && isLatest()) setStats(value);
    return value;
  }, [begin, onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { stats, reload };
}
