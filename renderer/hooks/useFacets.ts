import { useCallback, useEffect, useRef, useState } from 'react';
import type { Facets } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from './useApi';
import { useLatestRequest } from './useLatest';

const NONE: Facets = { speakers: [], entities: [], tags: [] };

/**
 * Speakers and entities for the filter menus, of the article picked (or all
 * articles). Counting them over every article of a large workspace takes a
 * while, so after an edit they are only marked stale and counted again when
 * a menu is next opened; one article's are counted at once.
 */
export function useFacets(articleId: number | null, onError: ErrorSink) {
  const [facets, setFacets] = useState<Facets>(NONE);
  const [stale, setStale] = useState(false);
  const staleRef = useRef(false);
  const begin = useLatestRequest();

  const reload = useCallback(async () => {
    const isLatest = begin();
    staleRef.current = false;
    setStale(false);
    const value = unwrap(await call('listFacets', articleId === null ? {} : { articleId }), onError);
    if (value && isLatest()) setFacets(value);
  }, [articleId, begin, onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** The claims changed (an edit, an import). */
  const invalidate = useCallback(() => {
    if (articleId !== null) {
      void reload();
      return;
    }
    staleRef.current = true;
    setStale(true);
  }, [articleId, reload]);

  /** A menu is being opened: bring it up to date if anything changed since. */
  const refreshIfStale = useCallback(() => {
    if (staleRef.current) void reload();
  }, [reload]);

  return { facets, stale, reload, invalidate, refreshIfStale };
}
