import { useCallback, useEffect, useState } from 'react';
import type { ClaimAnchor, ClaimHighlight, OpResult } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from './useApi';
import { useLatestRequest } from './useLatest';

export type ArticleWithClaims = OpResult<'getArticle'>;

/** The text of one article and where each of its claims sits in it. */
export function useArticle(articleId: number | null, onError: ErrorSink) {
  const [data, setData] = useState<ArticleWithClaims | null>(null);
  /** The article whose last load failed (its error already shown): the pane stops saying it is opening it. */
  const [failedId, setFailedId] = useState<number | null>(null);
  const begin = useLatestRequest();

  const reload = useCallback(async () => {
    const isLatest = begin();
    if (articleId === null) {
      setData(null);
      return;
    }
    setFailedId(null);
    const value = unwrap(await call('getArticle', { id: articleId }), onError);
    if (!isLatest()) return;
    if (value) setData(value);
    else setFailedId(articleId);
  }, [articleId, begin, onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Recolours one highlight from a claim just changed, without refetching the whole text. */
  const patchHighlight = useCallback((claim: ClaimAnchor) => {
    setData((current) => {
      if (!current || current.article.id !== claim.articleId) return current;
      const claims = current.claims.map(
        (h): ClaimHighlight => (h.id === claim.id ? { ...h, status: claim.status, reviewed: claim.reviewedAt !== null, hidden: claim.hidden } : h),
      );
      return { ...current, claims };
    });
  }, []);

  const current = data && articleId !== null && data.article.id === articleId ? data : null;
  return { data: current, failed: current === null && articleId !== null && failedId === articleId, reload, patchHighlight };
}
