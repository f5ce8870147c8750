import { useCallback, useEffect, useState } from 'react';
import type { Facets } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from './useApi';
import { useLatestRequest } from './useLatest';

const NONE: Facets = { speakers: [], entities: [] };

/** Speakers and entities for the filter menus, of the article picked (or all articles). */
export function useFacets(articleId: number | null, onError: ErrorSink) {
  const [facets, setFacets] = useState<Facets>(NONE);
  const begin = useLatestRequest();

  const reload = useCallback(async () => {
    const isLatest = begin();
    const value = unwrap(await call('listFacets', articleId === null ? {} : { articleId }), onError);
    if (value && isLatest()) setFacets(value);
  }, [articleId, begin, onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { facets, reload };
}
