import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { ArticleSummary, BulkAction, ClaimDetail, ClaimFilter, ClaimSort, ReanalysisReport } from '../../core/api/contract';
import { call, exportCsvReport } from '../api/client';
import { isConnectionError, onReconnected } from '../api/connection';
import { desktopBridge } from '../api/bridge';
import { describeOutcome, type ImportOutcome } from '../api/importing';
import { onArticleImported, summariseImport, type ImportRun } from '../api/import-queue';
import { startTask, type TaskHandle } from '../api/tasks';
import { formatCount } from '../format';
import type { ErrorSink } from './useApi';
import { useArticleDrop } from './useArticleDrop';
import type { Selection } from './useClaimNavigation';

/** The article the delete dialog asks about. */
export interface DeleteTarget {
  id: number;
  title: string;
  claims: number;
}

export function deleteTargetFor(articles: readonly ArticleSummary[], id: number): DeleteTarget | null {
  const summary = articles.find((a) => a.id === id);
  return summary ? { id, title: summary.title, claims: summary.counts.total } : null;
}

const counted = (n: number, what: string) => `${formatCount(n)} ${what}${n === 1 ? '' : 's'}`;

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * "Re-analysed 18 claims: 2 speakers and 3 scores changed; 1 dispute suggestion withdrawn. Verdicts, notes,
 * sources and edits are as they were." What changed, then the suggestions added or withdrawn, each its own clause.
 */
export function reanalysisMessage(r: ReanalysisReport): string {
  const changes = (
    [
      [r.speakers, 'speaker'],
      [r.scores, 'score'],
      [r.figures, 'figure list'],
      [r.entities, 'name list'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, what]) => counted(n, what));
  const clauses = changes.length > 0 ? [`${listed(changes)} changed`] : [];
  if (r.suggestionsAdded > 0) clauses.push(counted(r.suggestionsAdded, 'new dispute suggestion'));
  if (r.suggestionsRemoved > 0) clauses.push(`${counted(r.suggestionsRemoved, 'dispute suggestion')} withdrawn`);
  const what = clauses.length === 0 ? 'nothing changed' : clauses.join('; ');
  const kept = r.handSpeakersKept > 0 ? ` ${counted(r.handSpeakersKept, 'speaker')} set by hand kept.` : '';
  return `Re-analysed ${counted(r.claims, 'claim')}: ${what}. Verdicts, notes, sources and edits are as they were.${kept}${clauses.length > 0 ? ' Undo (Ctrl+Z) takes it back.' : ''}`;
}

const BULK_DONE: Record<BulkAction, string> = {
  verified: 'marked Verified',
  disputed: 'marked Disputed',
  unverified: 'marked Unverified',
  clear: 'cleared',
  exclude: 'excluded',
  restore: 'restored',
};

/** The notice after a bulk action: how many of the selected claims it changed. */
export function bulkDoneMessage(action: BulkAction, selected: number, changed: number): string {
  return `${formatCount(changed)} of ${formatCount(selected)} selected claims ${BULK_DONE[action]}${changed < selected ? ' (the others already were)' : ''}. Undo (Ctrl+Z) reverses them all.`;
}

/** From this many claims a bulk action asks first: one click (or key) should not silently change a whole workspace. */
export const BULK_CONFIRM_AT = 500;

const BULK_DOING: Record<BulkAction, string> = {
  verified: 'Marking {n} Verified',
  disputed: 'Marking {n} Disputed',
  unverified: 'Marking {n} Unverified',
  clear: 'Clearing the verdict of {n}',
  exclude: 'Excluding {n}',
  restore: 'Restoring {n}',
};

const BULK_ASK: Record<BulkAction, { title: string; confirm: string }> = {
  verified: { title: 'Set {n} to Verified?', confirm: 'Set to Verified' },
  disputed: { title: 'Set {n} to Disputed?', confirm: 'Set to Disputed' },
  unverified: { title: 'Set {n} to Unverified?', confirm: 'Set to Unverified' },
  clear: { title: 'Clear the verdict of {n}?', confirm: 'Clear verdicts' },
  exclude: { title: 'Exclude {n} as non-claims?', confirm: 'Exclude' },
  restore: { title: 'Restore {n}?', confirm: 'Restore' },
};

const claimsText = (count: number) => counted(count, 'claim');

/** What a bulk action is doing while it runs ("Marking 86,686 claims Verified"). */
export function bulkDoingText(action: BulkAction, count: number): string {
  return BULK_DOING[action].replace('{n}', claimsText(count));
}

/** The question asked before a bulk action on BULK_CONFIRM_AT claims or more ("Set 86,686 claims to Verified?"), or null below it. */
export function bulkQuestion(action: BulkAction, count: number): { title: string; confirm: string } | null {
  if (count < BULK_CONFIRM_AT) return null;
  const ask = BULK_ASK[action];
  return { title: ask.title.replace('{n}', claimsText(count)), confirm: ask.confirm };
}

/**
 * A bulk action whose answer never came (the connection was lost): was it applied? A bulk action is one
 * transaction and one undo step, so it was if the undo list's top step is a bulk action newer than the one
 * on top before it was sent.
 */
export function bulkWasApplied(before: { id: number } | null, after: { id: number; operation: string } | null): boolean {
  return after !== null && after.operation === 'bulkReview' && (before === null || after.id > before.id);
}

/** Past this many files an import ends on one line of counts rather than a line per file. */
const DESCRIBED_ONE_BY_ONE = 3;

/**
 * What an import says: each failure as an error, the successes in one notice
 * (counts only when many files came or Cancel was pressed), and the article to
 * show (the last imported).
 */
export function importReport(outcomes: readonly ImportOutcome[], run?: ImportRun): { errors: string[]; notice: string | null; articleId: number | null } {
  const errors = outcomes.filter((o) => !o.ok).map(describeOutcome);
  const done = outcomes.filter((o) => o.ok);
  const last = done.at(-1);
  const summed = run !== undefined && (run.cancelled || run.total > DESCRIBED_ONE_BY_ONE || run.outcomes.length < run.total);
  return {
    errors,
    notice: summed ? summariseImport(run) : done.length ? done.map(describeOutcome).join(' ') : null,
    articleId: last && last.ok ? last.result.article.id : null,
  };
}

export interface WorkspaceActionsOptions {
  articles: readonly ArticleSummary[];
  reloadStats: () => Promise<unknown>;
  /** The search as typed, the filter for it, and the sort: what an export writes. */
  search: string;
  filterFor: (searchText: string) => ClaimFilter;
  sort: ClaimSort;
  setArticleId: (articleId: number | null) => void;
  selectionRef: MutableRefObject<Selection | null>;
  deselect: () => void;
  claims: { reload: () => Promise<void> };
  article: { reload: () => Promise<void> };
  detail: { setDetail: (fresh: ClaimDetail) => void; reload: () => Promise<void> };
  facets: { invalidate: () => void };
  bulk: { count: number; target: () => { claimIds: number[] } | { filter: ClaimFilter }; clear: () => void };
  setBusy: (busy: boolean) => void;
  refreshUndo: MutableRefObject<() => Promise<void>>;
  /** Goes up when the desktop shell says the workspace changed (e.g. File → Import). */
  workspaceVersion: number;
  notify: (text: string) => void;
  onError: ErrorSink;
}

/**
 * Changes beyond one claim — renaming and deleting an article, bulk review,
 * import and export, an undo step — and what is reloaded after each; also the
 * desktop shell's "workspace changed" and "export" events.
 */
export function useWorkspaceActions(options: WorkspaceActionsOptions) {
  const { articles, reloadStats, search, filterFor, sort, setArticleId, selectionRef, deselect } = options;
  const { claims, article, detail, facets, bulk, setBusy, refreshUndo, workspaceVersion, notify, onError } = options;

  // --- the article's title --------------------------------------------------
  /** Saves a new title and shows it everywhere: picker, article header, table rows, detail panel. */
  const { reload: reloadArticle } = article;
  const { reload: reloadClaims } = claims;
  const { reload: reloadDetail } = detail;
  const renameArticle = useCallback(
    async (id: number, title: string): Promise<boolean> => {
      const result = await call('renameArticle', { id, title });
      if (!result.ok) {
        onError(result.error);
        return false;
      }
      await Promise.all([reloadStats(), reloadArticle(), reloadClaims(), reloadDetail(), refreshUndo.current()]);
      notify(`Article renamed to “${result.value.title}”.`);
      return true;
    },
    [notify, onError, refreshUndo, reloadArticle, reloadClaims, reloadDetail, reloadStats],
  );

  /** After a change to many claims at once: the filter menus counted again; the table, article, counts, undo list and open claim reloaded. */
  const reloadAfterChange = useCallback(async () => {
    facets.invalidate();
    const current = selectionRef.current;
    await Promise.all([claims.reload(), article.reload(), reloadStats(), refreshUndo.current(), current ? detail.reload() : Promise.resolve()]);
  }, [article, claims, detail, facets, refreshUndo, reloadStats, selectionRef]);

  // --- bulk review ----------------------------------------------------------
  /** A bulk action waiting for its confirmation, and one running (said in the bulk bar while it runs). */
  const [bulkAsk, setBulkAsk] = useState<{ action: BulkAction; count: number; title: string; confirm: string } | null>(null);
  const [bulkRunning, setBulkRunning] = useState<string | null>(null);
  const applyBulk = useCallback(
    async (action: BulkAction, count: number) => {
      const doing = bulkDoingText(action, count);
      setBusy(true);
      setBulkRunning(doing);
      const before = await call('getUndoState', {});
      const result = await call('bulkReview', { target: bulk.target(), action });
      setBusy(false);
      setBulkRunning(null);
      if (!result.ok) {
        if (isConnectionError(result.error) && before.ok) {
          // The connection banner says the server is gone; this says what became of the change, once it can be known.
          onError({ code: 'bulk_unconfirmed', message: `${doing}: no answer (the connection was lost). Whether it was applied is checked when Claimdesk answers again.` });
          const stop = onReconnected(() => {
            stop();
            void call('getUndoState', {}).then((after) => {
              if (!after.ok) return;
              if (bulkWasApplied(before.value.undo, after.value.undo)) notify(`${doing}: it was applied before the connection was lost. Undo (Ctrl+Z) reverses it.`);
              else onError({ code: 'bulk_not_applied', message: `${doing} was NOT applied: the claims are as they were. Select them again to retry.` });
              void reloadAfterChange();
            });
          });
          return;
        }
        onError(result.error);
        return;
      }
      const { selected, changed } = result.value;
      notify(bulkDoneMessage(action, selected, changed));
      bulk.clear();
      await reloadAfterChange();
    },
    [bulk, notify, onError, reloadAfterChange, setBusy],
  );
  /** A bulk action from the bar or a verdict key: on BULK_CONFIRM_AT claims or more, asked first. */
  const runBulk = useCallback(
    async (action: BulkAction) => {
      // (The question asked once, kept with what it asks about.)
      const question = bulkQuestion(action, bulk.count);
      if (question) {
        setBulkAsk({ action, count: bulk.count, ...question });
        return;
      }
      await applyBulk(action, bulk.count);
    },
    [applyBulk, bulk.count],
  );
  const confirmBulk = useCallback(() => {
    if (!bulkAsk) return;
    setBulkAsk(null);
    void applyBulk(bulkAsk.action, bulkAsk.count);
  }, [applyBulk, bulkAsk]);
  const cancelBulk = useCallback(() => setBulkAsk(null), []);

  // --- tags ---------------------------------------------------------------------
  /**
   * Puts a tag on, or takes it off: one claim (the detail panel), or the ticked claims / the whole filter
   * (the bulk toolbar, `target` null). True once done; everything showing tags is reloaded.
   */
  const changeTag = useCallback(
    async (op: 'tagClaims' | 'untagClaims', tag: string, claimIds: number[] | null): Promise<boolean> => {
      setBusy(true);
      const result = await call(op, { target: claimIds ? { claimIds } : bulk.target(), tag });
      setBusy(false);
      if (!result.ok) {
        onError(result.error);
        return false;
      }
      if (claimIds === null) {
        const { selected, changed } = result.value;
        notify(`${op === 'tagClaims' ? 'Tagged' : 'Took the tag off'} ${formatCount(changed)} of ${formatCount(selected)} ${selected === 1 ? 'claim' : 'claims'}: “${result.value.tag}”.`);
        bulk.clear();
      }
      await reloadAfterChange();
      return true;
    },
    [bulk, notify, onError, reloadAfterChange, setBusy],
  );
  /** Renames a tag everywhere (to another tag's name: merges the two), or deletes it from every claim. */
  const manageTag = useCallback(
    async (tag: string, change: { to: string } | 'delete'): Promise<boolean> => {
      setBusy(true);
      const result = change === 'delete' ? await call('deleteTag', { tag }) : await call('renameTag', { tag, to: change.to });
      setBusy(false);
      if (!result.ok) {
        onError(result.error);
        return false;
      }
      const value = result.value;
      if ('merged' in value) notify(value.merged ? `Merged “${tag}” into “${value.tag}”: ${formatCount(value.claims)} claims carry it.` : `Renamed “${tag}” to “${value.tag}” on ${formatCount(value.claims)} claims.`);
      else notify(`Deleted the tag “${value.tag}” from ${formatCount(value.changed)} claims.`);
      await reloadAfterChange();
      return true;
    },
    [notify, onError, reloadAfterChange, setBusy],
  );

  // --- deleting an article --------------------------------------------------
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const askDelete = useCallback(
    (id: number) => {
      const target = deleteTargetFor(articles, id);
      if (target) setDeleting(target);
    },
    [articles],
  );
  const cancelDelete = useCallback(() => setDeleting(null), []);
  const confirmDelete = useCallback(async () => {
    const target = deleting;
    setDeleting(null);
    if (!target) return;
    const result = await call('deleteArticle', { id: target.id });
    if (!result.ok) {
      onError(result.error);
      return;
    }
    deselect();
    setArticleId(null);
    facets.invalidate();
    notify(`Deleted “${result.value.deleted.title}” and its ${formatCount(result.value.deleted.claims)} claims. Undo (Ctrl+Z) brings them back.`);
    await Promise.all([reloadStats(), refreshUndo.current()]);
  }, [deleting, deselect, facets, notify, onError, refreshUndo, reloadStats, setArticleId]);

  // --- re-analysing an article ----------------------------------------------
  const reanalyze = useCallback(
    async (id: number) => {
      setBusy(true);
      const result = await call('reanalyzeArticle', { articleId: id });
      setBusy(false);
      if (!result.ok) {
        onError(result.error);
        return;
      }
      notify(reanalysisMessage(result.value));
      await reloadAfterChange();
    },
    [notify, onError, reloadAfterChange, setBusy],
  );

  // --- import and export ----------------------------------------------------
  const onImported = useCallback(
    (outcomes: ImportOutcome[], run?: ImportRun) => {
      const report = importReport(outcomes, run);
      for (const message of report.errors) onError({ code: 'import', message });
      if (report.notice) notify(report.notice);
      if (report.articleId !== null) {
        deselect();
        setArticleId(report.articleId);
        void reloadStats();
      }
    },
    [deselect, notify, onError, reloadStats, setArticleId],
  );

  // Files dropped anywhere on the window: imported exactly like "Import article".
  const { dragging, importing } = useArticleDrop(onImported);

  // During a long import the article list, the counts, the filter menus (and the table of all articles) follow, once a second at most.
  const refreshAfterImport = useRef(() => {});
  refreshAfterImport.current = () => {
    facets.invalidate();
    void reloadStats();
    // Showing every article: the new claims join the table too.
    if (filterFor(search).articleId === undefined) void claims.reload();
  };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = onArticleImported(() => {
      timer ??= setTimeout(() => {
        timer = null;
        refreshAfterImport.current();
      }, 1000);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, []);

  const [exporting, setExporting] = useState(false);
  const runExport = useCallback(async () => {
    setExporting(true);
    // Rows counted as they are written, with Cancel (renderer/components/TaskProgress.tsx); shown
    // from the first count on, so never beside the desktop app's save dialog.
    const controller = new AbortController();
    const shown: { task: TaskHandle | null } = { task: null };
    try {
      // The search as typed, not the debounced one: Export right after typing exports what the box says.
      const result = await exportCsvReport(filterFor(search), sort, {
        signal: controller.signal,
        onRows: (written, total) => {
          shown.task ??= startTask('export', total, () => controller.abort());
          shown.task.update({ done: written, total });
        },
      });
      if (!result.ok) onError(result.error);
      else if (result.value && 'cancelled' in result.value) notify('Export cancelled; nothing was saved.');
      else if (result.value) notify(`Exported ${formatCount(result.value.rowCount)} claims to ${result.value.where}.`);
    } finally {
      shown.task?.finish();
      setExporting(false);
    }
  }, [filterFor, search, sort, notify, onError]);

  // --- desktop shell events -------------------------------------------------
  const latest = useRef({ runExport, reloadAll: () => {} });
  latest.current = {
    runExport,
    reloadAll: () => {
      void claims.reload();
      void article.reload();
      void detail.reload();
      facets.invalidate();
    },
  };
  useEffect(() => {
    if (workspaceVersion > 0) latest.current.reloadAll();
  }, [workspaceVersion]);
  useEffect(() => desktopBridge()?.onMenuExportCsv(() => void latest.current.runExport()), []);

  // --- undo and redo --------------------------------------------------------
  /** After an undo or redo: everything on screen as the step left it; a claim it removed is no longer selected. */
  const afterUndoStep = useCallback(async () => {
    const current = selectionRef.current;
    if (current) {
      const still = await call('getClaim', { claimId: current.id });
      if (still.ok) detail.setDetail(still.value);
      else deselect();
    }
    facets.invalidate();
    await Promise.all([claims.reload(), article.reload(), reloadStats()]);
  }, [article, claims, deselect, detail, facets, reloadStats, selectionRef]);

  return { renameArticle, runBulk, bulkAsk, confirmBulk, cancelBulk, bulkRunning, changeTag, manageTag, reanalyze, deleting, askDelete, cancelDelete, confirmDelete, onImported, dragging, importing, exporting, runExport, afterUndoStep };
}
