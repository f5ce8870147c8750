import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary, StatusCounts } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from './useApi';
import { useLatestRequest } from './useLatest';

export interface Stats {
  overall: StatusCounts;
  articleCount: number;
  /** The newest article (the only one, when there is one). */
  newestArticleId: number | null;
  /** Summaries of the articles being watched (see `watch`), not of every article: the article list loads its own. */
  articles: ArticleSummary[];
  /** Moves whenever anything was committed to the workspace (here, in another window, by the CLI). */
  changeStamp: string;
}

const sameIds = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The counts for the top bar, reloaded after every change: overall, how many
 * articles, and the summaries of the articles on screen, which the workbench
 * names with `watch` (a new set of ids loads at once).
 */
export function useStats(onError: ErrorSink) {
  const [stats, setStats] = useState<Stats | null>(null);
  const begin = useLatestRequest();
  const watched = useRef<number[]>([]);

  const reload = useCallback(async (): Promise<Stats | undefined> => {
    const isLatest = begin();
    const value = unwrap(await call('getStats', { articleIds: watched.current }), onError);
    if (value && isLatest()) setStats(value);
    return value;
  }, [begin, onError]);

  const watch = useCallback(
    (ids: readonly number[]) => {
      const next = [...new Set(ids)].sort((a, b) => a - b);
      if (sameIds(next, watched.current)) return;
      watched.current = next;
      void reload();
    },
    [reload],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  return { stats, reload, watch };
}
