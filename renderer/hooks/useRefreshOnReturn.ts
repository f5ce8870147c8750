import { useEffect, useRef, type MutableRefObject } from 'react';
import type { ClaimDetail } from '../../core/api/contract';
import { call } from '../api/client';
import type { Selection } from './useClaimNavigation';
import type { Stats } from './useStats';

export interface RefreshOnReturnOptions {
  /** The counts on screen now (their change stamp is what "changed" is measured against). */
  stats: Stats;
  /** Loads the counts again (one request); resolves to them, or undefined when that failed. */
  reloadStats: () => Promise<Stats | undefined>;
  /** The article picked in the top bar (null: all articles). */
  articleId: number | null;
  setArticleId: (articleId: number | null) => void;
  selectionRef: MutableRefObject<Selection | null>;
  deselect: () => void;
  claims: { reload: () => Promise<void> };
  article: { reload: () => Promise<void> };
  detail: { setDetail: (fresh: ClaimDetail) => void };
  facets: { invalidate: () => void };
  refreshUndo: MutableRefObject<() => Promise<void>>;
  openArticleList: () => void;
  notify: (text: string) => void;
}

/** What the workbench says when the article it showed was deleted elsewhere. */
export function articleGoneMessage(title: string | null): string {
  return `${title ? `“${title}”` : 'The article you had open'} is no longer in this workspace: it was deleted, perhaps in another window. Showing all articles.`;
}

/**
 * Another window or a CLI command may have changed the workspace while this
 * one was hidden or in the background: when it comes back (visible, focused),
 * the counts are asked for once; only when their change stamp moved is the
 * rest reloaded — the table, the article, the open claim, the filter menus,
 * the undo list — in place, keeping the selection and the scroll position.
 * An article that is gone is said to be gone, and the article list opens.
 */
export function useRefreshOnReturn(options: RefreshOnReturnOptions): void {
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    let running = false;
    const refresh = async () => {
      const { stats: before, reloadStats, articleId, selectionRef } = latest.current;
      const fresh = await reloadStats();
      if (!fresh || fresh.changeStamp === before.changeStamp) return;
      const o = latest.current;
      const exists = (id: number) => fresh.articles.some((a) => a.id === id);
      o.facets.invalidate();
      void o.refreshUndo.current();
      if (articleId !== null && !exists(articleId)) {
        o.deselect();
        o.setArticleId(null);
        o.notify(articleGoneMessage(before.articles.find((a) => a.id === articleId)?.title ?? null));
        o.openArticleList();
        return;
      }
      const selection = selectionRef.current;
      let articleShown = articleId !== null;
      if (selection) {
        // The claim still there: its panel refreshed; gone (its article deleted, merged away): nothing selected.
        const still = await call('getClaim', { claimId: selection.id });
        if (still.ok) {
          o.detail.setDetail(still.value);
          articleShown = true;
        } else o.deselect();
      }
      await Promise.all([o.claims.reload(), articleShown ? o.article.reload() : Promise.resolve()]);
    };
    const onReturn = () => {
      // Coming back fires both events: one request for the two.
      if (document.visibilityState !== 'visible' || running) return;
      running = true;
      void refresh().finally(() => {
        running = false;
      });
    };
    document.addEventListener('visibilitychange', onReturn);
    window.addEventListener('focus', onReturn);
    return () => {
      document.removeEventListener('visibilitychange', onReturn);
      window.removeEventListener('focus', onReturn);
    };
  }, []);
}
