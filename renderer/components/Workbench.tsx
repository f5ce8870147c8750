import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BulkAction, ClaimAnchor, ClaimDetail, ClaimFilter, ClaimSort, OpInput, OpResult, StatusFilter, Verdict } from '../../core/api/contract';
import { call, exportCsvReport } from '../api/client';
import { desktopBridge } from '../api/bridge';
import { describeOutcome, type ImportOutcome } from '../api/importing';
import { formatCount, REVIEW_LABELS } from '../format';
import type { ApiError, ErrorSink } from '../hooks/useApi';
import { useArticle } from '../hooks/useArticle';
import { useClaimDetail } from '../hooks/useClaimDetail';
import { PAGE_SIZE, useClaimsPage } from '../hooks/useClaimsPage';
import { useDebounced } from '../hooks/useDebounced';
import { useFacets } from '../hooks/useFacets';
import { useArticleDrop } from '../hooks/useArticleDrop';
import { useShortcuts } from '../hooks/useShortcuts';
import { useBulkSelection } from '../hooks/useBulkSelection';
import { useUndo } from '../hooks/useUndo';
import type { Stats } from '../hooks/useStats';
import { ArticleView } from './ArticleView';
import { BulkToolbar } from './BulkToolbar';
import { ClaimsTable, type BulkTicks } from './ClaimsTable';
import { ConfirmDialog } from './ConfirmDialog';
import { DetailPanel, type ClaimActions } from './DetailPanel';
import { DropOverlay } from './DropOverlay';
import { FilterBar } from './FilterBar';
import type { NoteActions } from './NotesSection';
import { ShortcutsDialog } from './ShortcutsDialog';
import type { FieldError, NewSourceInput, SourceActions } from './SourcesSection';
import { TopBar } from './TopBar';

/** Operations that change one claim and hand back its fresh detail. */
type ClaimMutation =
  | 'setStatus'
  | 'clearStatus'
  | 'addNote'
  | 'editNote'
  | 'deleteNote'
  | 'addSource'
  | 'linkSource'
  | 'unlinkSource'
  | 'acceptSuggestion'
  | 'dismissSuggestion'
  | 'useEarlierVerdict';

/** Operations that change which claims an article has, or their spans: the article, table and counts are reloaded after them. */
type ClaimEdit = 'editClaim' | 'splitClaim' | 'mergeClaims' | 'addClaim' | 'excludeClaim' | 'restoreClaim';

interface Selection {
  id: number;
  articleId: number;
}

export interface WorkbenchProps {
  stats: Stats;
  reloadStats: () => Promise<unknown>;
  initialArticleId: number | null;
  /** Goes up when the desktop shell says the workspace changed (e.g. File → Import). */
  workspaceVersion: number;
  onError: ErrorSink;
  notify: (text: string) => void;
}

const DEFAULT_SORT: ClaimSort = { column: 'position', direction: 'asc' };

/** The main screen: claims table, article text and the selected claim, kept in step. */
export function Workbench({ stats, reloadStats, initialArticleId, workspaceVersion, onError, notify }: WorkbenchProps) {
  // --- what the table shows -------------------------------------------------
  const [articleId, setArticleId] = useState<number | null>(initialArticleId);
  const [status, setStatus] = useState<'' | StatusFilter>('');
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebounced(search, 200);
  const [includeHidden, setIncludeHidden] = useState(false);
  const [sort, setSort] = useState<ClaimSort>(DEFAULT_SORT);
  const [speaker, setSpeaker] = useState('');
  const [entity, setEntity] = useState('');
  const [disputedInArticle, setDisputedInArticle] = useState(false);
  const [seenBefore, setSeenBefore] = useState(false);
  const [minWorthiness, setMinWorthiness] = useState<number | null>(null);

  const filterFor = useCallback(
    (searchText: string): ClaimFilter => {
      const f: ClaimFilter = {};
      if (articleId !== null) f.articleId = articleId;
      if (status) f.status = status;
      const words = searchText.trim();
      if (words) f.search = words;
      if (includeHidden) f.includeHidden = true;
      if (speaker) f.speaker = speaker;
      if (entity) f.entity = entity;
      if (disputedInArticle) f.disputedInArticle = true;
      if (seenBefore) f.seenBefore = true;
      if (minWorthiness !== null) f.minWorthiness = minWorthiness;
      return f;
    },
    [articleId, status, includeHidden, speaker, entity, disputedInArticle, seenBefore, minWorthiness],
  );
  const filter = useMemo(() => filterFor(debouncedSearch), [filterFor, debouncedSearch]);

  // A new filter or sort starts at the first page.
  const filterKey = JSON.stringify([filter, sort]);
  const [paging, setPaging] = useState({ key: filterKey, offset: 0 });
  const offset = paging.key === filterKey ? paging.offset : 0;
  const setOffset = useCallback((next: number) => setPaging({ key: filterKey, offset: next }), [filterKey]);
  /**
   * The pager's Next/Previous: counted from the page last asked for, not the one on screen, so
   * two quick clicks turn two pages even while the first is still on its way.
   */
  const turnPage = useCallback(
    (direction: 1 | -1, total: number) =>
      setPaging((current) => {
        const from = current.key === filterKey ? current.offset : 0;
        const lastPage = Math.max(0, Math.floor(Math.max(total - 1, 0) / PAGE_SIZE) * PAGE_SIZE);
        return { key: filterKey, offset: Math.min(Math.max(from + direction * PAGE_SIZE, 0), lastPage) };
      }),
    [filterKey],
  );

  const query = useMemo(() => ({ filter, sort, offset }), [filter, sort, offset]);
  const claims = useClaimsPage(query, onError);
  const facets = useFacets(articleId, onError);
  const page = claims.page;
  const rows = page?.rows ?? [];

  // --- selection ------------------------------------------------------------
  const [selection, setSelection] = useState<Selection | null>(null);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  /** Where the selected row was: if a refresh filters it out, j/k continue from there. */
  const lastIndex = useRef(0);
  /**
   * After turning the page with j/k: the page asked for, and the row to select once it arrives
   * (`at`, its index in the whole filtered list). Presses made while it loads move `at`, so none is lost.
   */
  const pending = useRef<{ offset: number; at: number } | null>(null);
  // Another filter or sort starts again at its first row; a page turn asked for under the old one is void.
  useEffect(() => {
    pending.current = null;
  }, [filterKey]);

  // The ref moves at once, so keys pressed faster than React renders (a held-down j) each count.
  const select = useCallback((claim: Pick<ClaimAnchor, 'id' | 'articleId'>) => {
    const next = { id: claim.id, articleId: claim.articleId };
    selectionRef.current = next;
    setSelection(next);
  }, []);

  const selectedIndex = selection ? rows.findIndex((r) => r.id === selection.id) : -1;
  /** The selected claim when it was last seen on the page (null: selected from elsewhere, e.g. the article). */
  const wasShown = useRef<number | null>(null);
  /** The claim just given (or cleared of) a verdict: if the filter now hides it, the next one is selected. */
  const verdictGiven = useRef<number | null>(null);
  if (selectedIndex >= 0) {
    lastIndex.current = selectedIndex;
    wasShown.current = selection!.id;
  }
  const selectedRow = selectedIndex >= 0 ? rows[selectedIndex]! : null;

  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    if (!page) return;
    const isNewQuery = shownKey.current !== page.key;
    shownKey.current = page.key;
    const want = pending.current;
    if (want && want.offset === page.offset) {
      pending.current = null;
      // Clamped: the list may have changed while the page was on its way.
      const row = page.rows[Math.min(Math.max(want.at - page.offset, 0), page.rows.length - 1)];
      if (row) select(row);
      return;
    }
    const current = selectionRef.current;
    // Nothing selected yet, or a new filter/sort no longer shows it: start at the top.
    if (!current || (isNewQuery && !page.rows.some((r) => r.id === current.id))) {
      if (page.rows[0]) select(page.rows[0]);
      return;
    }
    // A refresh of the same list without the selected claim (a verdict under "Not reviewed" moved it
    // out of the filter): the claim that took its place is selected, so j and the verdict keys go on from there.
    if (verdictGiven.current === current.id && wasShown.current === current.id && !page.rows.some((r) => r.id === current.id)) {
      verdictGiven.current = null;
      const next = page.rows[Math.min(lastIndex.current, page.rows.length - 1)];
      if (next) select(next);
    }
  }, [page, select]);

  // A page emptied under us (its claims undone, deleted or moved out of the filter): back to the last page with claims.
  useEffect(() => {
    if (page && page.rows.length === 0 && page.offset > 0) setOffset(page.total > 0 ? Math.floor((page.total - 1) / PAGE_SIZE) * PAGE_SIZE : 0);
  }, [page, setOffset]);

  /** Turns to the page holding row `at` of the filtered list; that row is selected when the page arrives. */
  const turnTo = useCallback(
    (at: number) => {
      const pageOffset = Math.floor(at / PAGE_SIZE) * PAGE_SIZE;
      pending.current = { offset: pageOffset, at };
      setOffset(pageOffset);
    },
    [setOffset],
  );

  /** The claim editor holds words not yet saved: j/k wait for Save or Cancel rather than throw them away. */
  const editDirtyRef = useRef(false);

  const move = useCallback(
    (delta: 1 | -1) => {
      if (!page) return;
      if (editDirtyRef.current) {
        notify('The claim’s new words are not saved: Ctrl+Enter saves them, Esc cancels.');
        return;
      }
      const want = pending.current;
      if (want) {
        // A page is on its way (j or k held down across a page boundary): this press counts too,
        // and if it runs past that page as well, the page after it is asked for instead.
        turnTo(Math.min(Math.max(want.at + delta, 0), Math.max(page.total - 1, 0)));
        return;
      }
      const current = selectionRef.current;
      const list = page.rows;
      if (!current) {
        if (list[0]) select(list[0]);
        return;
      }
      const index = list.findIndex((r) => r.id === current.id);
      // Gone from this page (e.g. a verdict moved it out of the filter): the row now in its place is "next".
      const target = index >= 0 ? index + delta : delta > 0 ? lastIndex.current : lastIndex.current - 1;
      if (target >= 0 && target < list.length) {
        select(list[target]!);
        return;
      }
      const at = page.offset + target;
      if (at >= 0 && at < page.total) {
        turnTo(at);
        return;
      }
      // Past either end of the list: a selection that left the page settles on the nearest row.
      if (index < 0 && list.length) select(target < 0 ? list[0]! : list[list.length - 1]!);
    },
    [notify, page, select, turnTo],
  );

  // --- the article and the selected claim's detail -----------------------------
  const shownArticleId = selection?.articleId ?? articleId;
  const article = useArticle(shownArticleId, onError);
  const detail = useClaimDetail(selection?.id ?? null, onError);

  const selectFromArticle = useCallback(
    async (claimId: number, inArticle: number) => {
      pending.current = null;
      select({ id: claimId, articleId: inArticle });
      const index = await claims.locate(claimId);
      if (index === undefined) return;
      if (index === null) {
        notify('That sentence is not in the table with the current filter.');
        return;
      }
      const target = Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
      lastIndex.current = index - target;
      if (target !== offset) setOffset(target);
    },
    [claims, notify, offset, select, setOffset],
  );

  // --- changes --------------------------------------------------------------
  const [busy, setBusy] = useState(false);
  /** Set once the undo list exists (below): every change makes a new undo step. */
  const refreshUndo = useRef<() => Promise<void>>(async () => {});

  /** Shows a changed claim everywhere it appears: detail, table row, highlight, counts. */
  const applyDetail = useCallback(
    (fresh: ClaimDetail) => {
      detail.setDetail(fresh);
      claims.patchRow(fresh.claim);
      article.patchHighlight(fresh.claim);
      void claims.reload();
      void reloadStats();
    },
    [detail, claims, article, reloadStats],
  );

  /** A change to the workspace: busy while it runs; its value, or null once the error has been shown. */
  /** `handles` may take an error in hand (true: not shown as a notice), as a form marks a field. */
  const send = useCallback(
    async <K extends ClaimMutation | ClaimEdit>(op: K, input: OpInput<K>, handles?: (error: ApiError) => boolean): Promise<OpResult<K> | null> => {
      setBusy(true);
      const result = await call(op, input);
      setBusy(false);
      if (result.ok) {
        void refreshUndo.current();
        return result.value;
      }
      if (!handles?.(result.error)) onError(result.error);
      return null;
    },
    [onError],
  );

  const mutate = useCallback(
    async <K extends ClaimMutation>(op: K, input: OpInput<K>, handles?: (error: ApiError) => boolean): Promise<ClaimDetail | null> => {
      const value = await send(op, input, handles);
      if (value === null) return null;
      const fresh = value as ClaimDetail;
      applyDetail(fresh);
      return fresh;
    },
    [applyDetail, send],
  );

  const setVerdict = useCallback(
    async (verdict: Verdict) => {
      const current = selectionRef.current;
      if (!current) {
        notify('Select a claim first (j / k).');
        return;
      }
      verdictGiven.current = current.id;
      const fresh = await mutate('setStatus', { claimId: current.id, status: verdict });
      if (fresh) notify(`Claim ${fresh.claim.number ?? fresh.claim.position} marked ${REVIEW_LABELS[verdict]}.`);
    },
    [mutate, notify],
  );

  const clearVerdict = useCallback(async () => {
    const current = selectionRef.current;
    if (!current) {
      notify('Select a claim first (j / k).');
      return;
    }
    verdictGiven.current = current.id;
    const fresh = await mutate('clearStatus', { claimId: current.id });
    if (fresh) notify(`Claim ${fresh.claim.number ?? fresh.claim.position}: verdict cleared, not reviewed.`);
  }, [mutate, notify]);

  const noteActions = useMemo<NoteActions>(
    () => ({
      add: async (body) => (selectionRef.current ? (await mutate('addNote', { claimId: selectionRef.current.id, body })) !== null : false),
      edit: async (noteId, body) => (await mutate('editNote', { noteId, body })) !== null,
      remove: async (noteId) => (await mutate('deleteNote', { noteId })) !== null,
    }),
    [mutate],
  );

  const sourceActions = useMemo<SourceActions>(
    () => ({
      add: async (input: NewSourceInput) => {
        const current = selectionRef.current;
        if (!current) return false;
        let marked: FieldError | null = null;
        // A field the form can mark (a date it cannot read, an address that is not one): said at the field.
        const added = await mutate('addSource', { claimId: current.id, ...input }, (error) => {
          if (error.code !== 'invalid_input' || !error.field || !(error.field in input)) return false;
          marked = { field: error.field as keyof NewSourceInput, message: error.message.replace(/^\w+: [\w.]+: /, '') };
          return true;
        });
        return added !== null ? true : (marked ?? false);
      },
      link: async (sourceId, stance) =>
        selectionRef.current ? (await mutate('linkSource', { claimId: selectionRef.current.id, sourceId, stance })) !== null : false,
      unlink: async (sourceId) =>
        selectionRef.current ? (await mutate('unlinkSource', { claimId: selectionRef.current.id, sourceId })) !== null : false,
    }),
    [mutate],
  );

  // --- editing claims ---------------------------------------------------------
  const [editing, setEditing] = useState(false);
  // Another claim selected: its own text, not the editor of the last one.
  const selectedId = selection?.id ?? null;
  useEffect(() => setEditing(false), [selectedId]);

  const { invalidate: reloadFacets } = facets;
  /**
   * Runs an edit, then selects the claim it leaves (the edited, merged or new
   * one) and shows it everywhere: table (turning to its page), article
   * highlights, counts, filter menus and the detail panel.
   */
  const runEdit = useCallback(
    async <K extends ClaimEdit>(op: K, input: OpInput<K>, target: (value: OpResult<K>) => ClaimAnchor, done: (claim: ClaimAnchor) => string): Promise<boolean> => {
      const value = await send(op, input);
      if (value === null) return false;
      const claim = target(value);
      const sameClaim = selectionRef.current?.id === claim.id;
      pending.current = null;
      select(claim);
      // Another claim selected (merged into the previous one, or a new one): selecting it loads its detail.
      // Reloading here would ask for the claim selected before, which a merge may have removed.
      if (sameClaim) {
        if ('notes' in (value as object)) detail.setDetail(value as ClaimDetail);
        else void detail.reload();
      }
      setEditing(false);
      notify(done(claim));
      void article.reload();
      void reloadStats();
      void reloadFacets();
      await claims.reload();
      const index = await claims.locate(claim.id);
      if (typeof index === 'number') {
        const target = Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
        lastIndex.current = index - target;
        if (target !== offset) setOffset(target);
      }
      return true;
    },
    [article, claims, detail, notify, offset, reloadFacets, reloadStats, select, send, setOffset],
  );

  /** The claim the detail panel shows: fresh from the backend when loaded, else the table's row. */
  const shownClaim = detail.detail?.claim ?? selectedRow;
  const shownClaimRef = useRef(shownClaim);
  shownClaimRef.current = shownClaim;

  /** The shown claims just before and after the selected one in its article (for merging). */
  const neighbours = useMemo(() => {
    const highlights = article.data?.claims ?? [];
    const current = highlights.find((h) => h.id === selectedId);
    if (!current || current.hidden) return { previous: null, next: null };
    const shown = highlights.filter((h) => !h.hidden && h.id !== current.id);
    return {
      previous: shown.filter((h) => h.position < current.position).at(-1) ?? null,
      next: shown.find((h) => h.position > current.position) ?? null,
    };
  }, [article.data, selectedId]);

  const claimActions = useMemo<ClaimActions>(
    () => ({
      startEdit: () => setEditing(true),
      cancelEdit: () => setEditing(false),
      editDirty: (dirty) => {
        editDirtyRef.current = dirty;
      },
      save: (claimId, text) => runEdit('editClaim', { claimId, text }, (d) => d.claim, (c) => `Claim ${c.number ?? c.position} edited.`),
      split: (claimId, at) =>
        runEdit('splitClaim', { claimId, at }, (r) => r.claims[0], (c) => `Claim ${c.number ?? c.position} split in two: claims ${c.number ?? c.position} and ${(c.number ?? c.position) + 1}.`),
      merge: (claimId, otherId) => runEdit('mergeClaims', { claimIds: [claimId, otherId] }, (d) => d.claim, (c) => `Merged into claim ${c.number ?? c.position}.`),
      exclude: (claimId) =>
        runEdit('excludeClaim', { claimId }, (d) => d.claim, () => 'Excluded: hidden as a non-claim (x or Restore brings it back).'),
      restore: (claimId) => runEdit('restoreClaim', { claimId }, (d) => d.claim, (c) => `Restored as claim ${c.number ?? c.position}.`),
      accept: async (suggestionId) => {
        const fresh = await mutate('acceptSuggestion', { suggestionId });
        if (fresh) notify(`Claim ${fresh.claim.number ?? fresh.claim.position} marked Disputed, as the article’s denial suggests.`);
      },
      dismiss: async (suggestionId) => {
        const fresh = await mutate('dismissSuggestion', { suggestionId });
        if (fresh) notify(`Suggestion dismissed: claim ${fresh.claim.number ?? fresh.claim.position} keeps its verdict.`);
      },
      selectClaim: (claimId, inArticle) => void selectFromArticle(claimId, inArticle),
      filterByEntity: (name) => {
        setEntity(name);
        notify(`Showing claims that name ${name}.`);
      },
      useEarlierVerdict: async (claimId, otherClaimId) => {
        const fresh = await mutate('useEarlierVerdict', { claimId, earlierClaimId: otherClaimId });
        if (fresh) notify(`Claim ${fresh.claim.number ?? fresh.claim.position} marked ${REVIEW_LABELS[fresh.claim.status]}, with the sources of the claim seen before. Undo (Ctrl+Z) takes it back.`);
      },
    }),
    [mutate, notify, runEdit, selectFromArticle],
  );

  const addClaimFromSelection = useCallback(
    (inArticle: number, start: number, end: number) =>
      runEdit('addClaim', { articleId: inArticle, start, end }, (d) => d.claim, (c) => `Claim ${c.number ?? c.position} added from the article.`),
    [runEdit],
  );
  /** The words selected in the article view, if any: `a` adds them as a claim. */
  const articleSelection = useRef<{ articleId: number; start: number; end: number } | null>(null);

  /**
   * Accepts or dismisses the selected claim's pending in-article dispute —
   * only this claim's own: a detail panel still loading must not decide for
   * the claim selected before.
   */
  const decidePending = useCallback(
    (decision: 'accept' | 'dismiss') => {
      const selected = selectionRef.current;
      if (!selected) {
        notify('Select a claim first (j / k).');
        return;
      }
      const decide = (shown: ClaimDetail) => {
        const pending = shown.suggestions.find((sg) => sg.state === 'pending');
        if (pending) void claimActions[decision](pending.id);
        else notify('No pending in-article dispute on this claim. (To add a claim, select words in the article, then press a.)');
      };
      if (detail.detail?.claim.id === selected.id) {
        decide(detail.detail);
        return;
      }
      void call('getClaim', { claimId: selected.id }).then((result) => {
        if (!result.ok) onError(result.error);
        else if (selectionRef.current?.id === selected.id) decide(result.value);
      });
    },
    [claimActions, detail.detail, notify, onError],
  );

  /** `a`: add the selected words as a claim; with nothing selected, accept the pending in-article dispute. */
  const pressA = useCallback(() => {
    const words = articleSelection.current;
    if (words) {
      void addClaimFromSelection(words.articleId, words.start, words.end).then((added) => {
        if (added) window.getSelection()?.removeAllRanges();
      });
      return;
    }
    decidePending('accept');
  }, [addClaimFromSelection, decidePending]);

  /** `x`: exclude the selected claim, or restore it if it is hidden. */
  const pressX = useCallback(() => {
    const claim = shownClaimRef.current;
    if (!claim) {
      notify('Select a claim first (j / k).');
      return;
    }
    void (claim.hidden ? claimActions.restore(claim.id) : claimActions.exclude(claim.id));
  }, [claimActions, notify]);

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
    [notify, onError, reloadArticle, reloadClaims, reloadDetail, reloadStats],
  );

  // --- bulk review ----------------------------------------------------------
  const bulk = useBulkSelection(filterKey);
  const bulkTicks = useMemo<BulkTicks>(
    () => ({
      count: bulk.count,
      allSelected: bulk.allSelected,
      isChecked: bulk.isChecked,
      toggle: (claim, range) => bulk.toggle(rows, claim, range),
      toggleAll: () => (bulk.count > 0 ? bulk.clear() : bulk.selectAll(filter, page?.total ?? 0)),
    }),
    [bulk, filter, page?.total, rows],
  );
  const runBulk = useCallback(
    async (action: BulkAction) => {
      setBusy(true);
      const result = await call('bulkReview', { target: bulk.target(), action });
      setBusy(false);
      if (!result.ok) {
        onError(result.error);
        return;
      }
      const { selected, changed } = result.value;
      const done = { verified: 'marked Verified', disputed: 'marked Disputed', unverified: 'marked Unverified', clear: 'cleared', exclude: 'excluded', restore: 'restored' }[action];
      notify(`${formatCount(changed)} of ${formatCount(selected)} selected claims ${done}${changed < selected ? ' (the others already were)' : ''}. Undo (Ctrl+Z) reverses them all.`);
      bulk.clear();
      facets.invalidate();
      const current = selectionRef.current;
      await Promise.all([claims.reload(), article.reload(), reloadStats(), refreshUndo.current(), current ? detail.reload() : Promise.resolve()]);
    },
    [article, bulk, claims, detail, facets, notify, onError, reloadStats],
  );

  // --- deleting an article --------------------------------------------------
  const [deleting, setDeleting] = useState<{ id: number; title: string; claims: number } | null>(null);
  const askDelete = useCallback(
    (id: number) => {
      const summary = stats.articles.find((a) => a.id === id);
      if (summary) setDeleting({ id, title: summary.title, claims: summary.counts.total });
    },
    [stats.articles],
  );
  const confirmDelete = useCallback(async () => {
    const target = deleting;
    setDeleting(null);
    if (!target) return;
    const result = await call('deleteArticle', { id: target.id });
    if (!result.ok) {
      onError(result.error);
      return;
    }
    selectionRef.current = null;
    setSelection(null);
    setArticleId(null);
    facets.invalidate();
    notify(`Deleted “${result.value.deleted.title}” and its ${formatCount(result.value.deleted.claims)} claims. Undo (Ctrl+Z) brings them back.`);
    await Promise.all([reloadStats(), refreshUndo.current()]);
  }, [deleting, facets, notify, onError, reloadStats]);

  // --- import and export ----------------------------------------------------
  const onImported = useCallback(
    (outcomes: ImportOutcome[]) => {
      for (const outcome of outcomes) {
        if (!outcome.ok) onError({ code: 'import', message: describeOutcome(outcome) });
      }
      const done = outcomes.filter((o) => o.ok);
      if (done.length) notify(done.map(describeOutcome).join(' '));
      const last = done.at(-1);
      if (last && last.ok) {
        setSelection(null);
        setArticleId(last.result.article.id);
        void reloadStats();
      }
    },
    [notify, onError, reloadStats],
  );

  // Files dropped anywhere on the window: imported exactly like "Import article".
  const { dragging, importing: dropImporting } = useArticleDrop(onImported);

  const [exporting, setExporting] = useState(false);
  const runExport = useCallback(async () => {
    setExporting(true);
    // The search as typed, not the debounced one: Export right after typing exports what the box says.
    const result = await exportCsvReport(filterFor(search), sort);
    setExporting(false);
    if (!result.ok) onError(result.error);
    else if (result.value) notify(`Exported ${formatCount(result.value.rowCount)} claims to ${result.value.where}.`);
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

  // --- keyboard -------------------------------------------------------------
  const [helpOpen, setHelpOpen] = useState(false);

  // --- undo and redo --------------------------------------------------------
  /** After an undo or redo: everything on screen as the step left it; a claim it removed is no longer selected. */
  const afterUndoStep = useCallback(async () => {
    const current = selectionRef.current;
    if (current) {
      const still = await call('getClaim', { claimId: current.id });
      if (still.ok) detail.setDetail(still.value);
      else {
        selectionRef.current = null;
        setSelection(null);
      }
    }
    facets.invalidate();
    await Promise.all([claims.reload(), article.reload(), reloadStats()]);
  }, [article, claims, detail, facets, reloadStats]);
  const undo = useUndo({ onError, notify, afterStep: afterUndoStep, enabled: !helpOpen && deleting === null });
  refreshUndo.current = undo.refresh;
  const searchRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const sourceUrlRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  /** After a choice in the article picker or the status filter: j/k/v/d/u go on from the table. */
  const focusTable = useCallback(() => tableRef.current?.focus({ preventScroll: true }), []);
  const focusField = (field: HTMLElement | null, event: KeyboardEvent) => {
    event.preventDefault(); // or the key itself would be typed into the field
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'nearest' });
    } else notify('Select a claim first (j / k).');
  };
  /** `e` edits the claim; Shift+E exports what the table shows (an "E" from Caps Lock is still e). */
  const pressE = (e: KeyboardEvent) => {
    if (e.repeat) return;
    e.preventDefault(); // or the "e" would be typed into the editor it opens
    if (e.shiftKey) void runExport();
    else if (shownClaimRef.current) setEditing(true);
    else notify('Select a claim first (j / k).');
  };
  useShortcuts(
    {
      j: () => move(1),
      k: () => move(-1),
      v: (e) => !e.repeat && void setVerdict('verified'),
      d: (e) => !e.repeat && void setVerdict('disputed'),
      u: (e) => !e.repeat && void setVerdict('unverified'),
      c: (e) => !e.repeat && void clearVerdict(),
      ' ': (e) => {
        // On a checkbox or button Space is that control's own.
        if (e.target instanceof HTMLInputElement || e.target instanceof HTMLButtonElement) return;
        // Space ticks the current row for a bulk action (and does not scroll the table).
        e.preventDefault();
        if (e.repeat) return;
        const current = rows.find((r) => r.id === selectionRef.current?.id);
        if (current) bulk.toggle(rows, current, false);
        else notify('Select a claim first (j / k).');
      },
      Escape: () => {
        if (bulk.count > 0) bulk.clear();
      },
      '/': (e) => focusField(searchRef.current, e),
      n: (e) => focusField(noteRef.current, e),
      s: (e) => focusField(sourceUrlRef.current, e),
      e: (e) => pressE(e),
      x: (e) => !e.repeat && pressX(),
      E: (e) => pressE(e),
      // Shift+A dismisses; an "A" from Caps Lock (no Shift) is still a.
      a: (e) => !e.repeat && pressA(),
      A: (e) => {
        if (e.repeat) return;
        if (e.shiftKey) decidePending('dismiss');
        else pressA();
      },
      '?': (e) => {
        e.preventDefault();
        setHelpOpen((open) => !open);
      },
    },
    { enabled: !helpOpen && deleting === null, always: ['?'] },
  );

  // --- layout ---------------------------------------------------------------
  const currentArticle = stats.articles.find((a) => a.id === shownArticleId) ?? null;

  return (
    <div className="workbench">
      <TopBar
        articles={stats.articles}
        overall={stats.overall}
        pickedArticleId={articleId}
        onPickArticle={(id) => {
          setArticleId(id);
          setSelection(null);
        }}
        focusTable={focusTable}
        currentArticle={currentArticle}
        onImported={onImported}
        importing={dropImporting}
        onExport={() => void runExport()}
        exporting={exporting}
        onShowShortcuts={() => setHelpOpen(true)}
        onError={onError}
        undo={{
          canUndo: undo.state.undo !== null && !undo.stepping && !busy,
          canRedo: undo.state.redo !== null && !undo.stepping && !busy,
          undoTitle: undo.describe('undo'),
          redoTitle: undo.describe('redo'),
          onUndo: undo.undo,
          onRedo: undo.redo,
        }}
      />
      <main className="panes">
        <section className="pane pane--table">
          <FilterBar
            status={status}
            onStatus={setStatus}
            speaker={speaker}
            onSpeaker={setSpeaker}
            entity={entity}
            onEntity={setEntity}
            disputedInArticle={disputedInArticle}
            onDisputedInArticle={setDisputedInArticle}
            seenBefore={seenBefore}
            onSeenBefore={setSeenBefore}
            minWorthiness={minWorthiness}
            onMinWorthiness={setMinWorthiness}
            facets={facets.facets}
            facetsStale={facets.stale}
            onOpenFacets={facets.refreshIfStale}
            onClear={() => {
              setStatus('');
              setSearch('');
              setSpeaker('');
              setEntity('');
              setDisputedInArticle(false);
              setSeenBefore(false);
              setMinWorthiness(null);
            }}
            search={search}
            onSearch={setSearch}
            includeHidden={includeHidden}
            onIncludeHidden={setIncludeHidden}
            searchRef={searchRef}
            focusTable={focusTable}
          />
          <BulkToolbar count={bulk.count} all={bulk.allSelected} busy={busy} onAction={(action) => void runBulk(action)} onClear={bulk.clear} />
          <ClaimsTable
            bulk={bulkTicks}
            page={page}
            loading={claims.loading}
            sort={sort}
            onSortChange={setSort}
            selectedId={selection?.id ?? null}
            onSelect={(claim) => {
              pending.current = null; // a click wins over a page turn j/k started
              select(claim);
            }}
            onMove={move}
            onPage={(direction, total) => {
              pending.current = null; // the pager's page, not one j/k asked for
              turnPage(direction, total);
            }}
            showArticle={articleId === null && stats.articles.length > 1}
            tableRef={tableRef}
          />
        </section>
        <div className="pane pane--article">
          <ArticleView
            data={article.data}
            loading={shownArticleId !== null}
            selectedId={selection?.id ?? null}
            showHidden={includeHidden}
            onSelectClaim={(id, a) => void selectFromArticle(id, a)}
            onRename={renameArticle}
            onDelete={askDelete}
            onAddClaim={addClaimFromSelection}
            onTextSelection={(words) => {
              articleSelection.current = words;
            }}
            busy={busy}
          />
        </div>
        <div className="pane pane--detail">
          <DetailPanel
            claim={selectedRow}
            detail={detail.detail}
            articleBody={article.data?.article.body ?? null}
            editing={editing}
            neighbours={neighbours}
            actions={claimActions}
            busy={busy}
            onVerdict={(v) => void setVerdict(v)}
            onClearVerdict={() => void clearVerdict()}
            notes={noteActions}
            sources={sourceActions}
            noteRef={noteRef}
            sourceUrlRef={sourceUrlRef}
            onError={onError}
          />
        </div>
      </main>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this article?"
        confirm="Delete"
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>
          “{deleting?.title}” and its {formatCount(deleting?.claims ?? 0)} claims go, with their verdicts, notes, history and the sources no other article uses.
        </p>
        <p className="muted">Undo (Ctrl+Z) brings it all back.</p>
      </ConfirmDialog>
      {dragging && <DropOverlay />}
    </div>
  );
}
