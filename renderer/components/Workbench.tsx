import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ErrorSink } from '../hooks/useApi';
import { useArticle } from '../hooks/useArticle';
import { useBulkSelection } from '../hooks/useBulkSelection';
import { useClaimActions } from '../hooks/useClaimActions';
import { useClaimDetail } from '../hooks/useClaimDetail';
import { useClaimNavigation } from '../hooks/useClaimNavigation';
import { useClaimQuery, type ClaimQueryState } from '../hooks/useClaimQuery';
import { useFacets } from '../hooks/useFacets';
import type { Stats } from '../hooks/useStats';
import type { MenuHandle } from './SearchableMenu';
import { useRefreshOnReturn } from '../hooks/useRefreshOnReturn';
import { useUndo } from '../hooks/useUndo';
import { useWorkbenchShortcuts } from '../hooks/useWorkbenchShortcuts';
import { useWorkspaceActions } from '../hooks/useWorkspaceActions';
import { claimName, formatCount } from '../format';
import { ArticleView } from './ArticleView';
import { BulkToolbar } from './BulkToolbar';
import { ClaimsTable, type BulkTicks } from './ClaimsTable';
import { ConfirmDialog } from './ConfirmDialog';
import { DetailPanel } from './DetailPanel';
import { DropOverlay } from './DropOverlay';
import { FilterBar } from './FilterBar';
import { ManageTagsDialog } from './ManageTagsDialog';
import { initialPanesStyle, PaneSplitter } from './PaneSplitter';
import { ReportDialog } from './ReportDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TopBar } from './TopBar';

export interface WorkbenchProps {
  stats: Stats;
  reloadStats: () => Promise<Stats | undefined>;
  /** Names the articles whose counts the top bar shows (the one picked and the one on screen). */
  watchArticles: (ids: readonly number[]) => void;
  initialArticleId: number | null;
  /** Goes up when the desktop shell says the workspace changed (e.g. File → Import). */
  workspaceVersion: number;
  onError: ErrorSink;
  notify: (text: string) => void;
}

/**
 * The main screen: claims table, article text and the selected claim, kept in step.
 * Each concern is a hook: what the table shows (useClaimQuery), the selection and
 * j/k (useClaimNavigation), changes to a claim (useClaimActions) and beyond it
 * (useWorkspaceActions), and the keys (useWorkbenchShortcuts); this composes them.
 */
export function Workbench({ stats, reloadStats, watchArticles, initialArticleId, workspaceVersion, onError, notify }: WorkbenchProps) {
  const query = useClaimQuery(initialArticleId, onError);
  const { articleId, claims, page, rows, filter } = query;
  const facets = useFacets(articleId, onError);
  const nav = useClaimNavigation({
    page,
    rows,
    filterKey: query.filterKey,
    offset: query.offset,
    setOffset: query.setOffset,
    turnPage: query.turnPage,
    locate: claims.locate,
    notify,
  });
  const { selection } = nav;
  const tableRef = useRef<HTMLTableElement>(null);
  /** After a choice in the article picker or the status filter: j/k/v/d/u go on from the table. */
  const focusTable = useCallback(() => tableRef.current?.focus({ preventScroll: true }), []);

  // The article and the selected claim's detail follow the selection one render later (a deferred
  // value): a new page, filter or sort paints its rows first, and the article pane and the detail
  // panel (another article's text, the claim's notes and sources, their requests) come after.
  const shownSelection = useDeferredValue(selection);
  const shownRow = useDeferredValue(nav.selectedRow);
  const shownArticleId = shownSelection?.articleId ?? articleId;
  const article = useArticle(shownArticleId, onError);
  const detail = useClaimDetail(shownSelection?.id ?? null, onError);

  const [busy, setBusy] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [reportsOpen, setReportsOpen] = useState(false);
  const [tagsOpen, setTagsOpen] = useState(false);
  /** Set once the undo list exists (below): every change makes a new undo step. */
  const refreshUndo = useRef<() => Promise<void>>(async () => {});

  const actions = useClaimActions({
    selection,
    selectionRef: nav.selectionRef,
    selectedRow: nav.selectedRow,
    choose: nav.choose,
    showIndex: nav.showIndex,
    selectFromArticle: nav.selectFromArticle,
    verdictGivenTo: nav.verdictGivenTo,
    editDirty: nav.editDirty,
    claims,
    article,
    detail,
    reloadFacets: facets.invalidate,
    setEntity: query.setEntity,
    reloadStats,
    setBusy,
    refreshUndo,
    notify,
    focusTable,
    onError,
  });

  // Bulk review: ticks belong to the list they were made in.
  const bulk = useBulkSelection(query.filterKey);
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

  /** What a change made elsewhere reloads in place: the counts, the article choice, the selection, the table and panes. */
  const shown = {
    reloadStats,
    setArticleId: query.setArticleId,
    selectionRef: nav.selectionRef,
    deselect: nav.deselect,
    claims,
    article,
    detail,
    facets,
    refreshUndo,
  };
  const workspace = useWorkspaceActions({
    ...shown,
    articles: stats.articles,
    search: query.search,
    filterFor: query.filterFor,
    sort: query.sort,
    bulk,
    setBusy,
    workspaceVersion,
    notify,
    onError,
  });
  const { deleting } = workspace;

  const undo = useUndo({ onError, notify, afterStep: workspace.afterUndoStep, enabled: !helpOpen && !reportsOpen && !tagsOpen && deleting === null && workspace.bulkAsk === null });
  refreshUndo.current = undo.refresh;

  /** The top bar's article list, which `o` opens. */
  const articleListRef = useRef<MenuHandle>(null);
  const keys = useWorkbenchShortcuts({
    rows,
    loading: claims.loading,
    selectionRef: nav.selectionRef,
    move: nav.move,
    setVerdict: actions.setVerdict,
    clearVerdict: actions.clearVerdict,
    bulk,
    runBulk: workspace.runBulk,
    editShown: actions.editShown,
    runExport: workspace.runExport,
    excludeOrRestore: actions.excludeOrRestore,
    addClaimFromSelection: actions.addClaimFromSelection,
    decidePending: actions.decidePending,
    toggleHelp: () => setHelpOpen((open) => !open),
    openArticleList: () => articleListRef.current?.open(),
    enabled: !helpOpen && !reportsOpen && !tagsOpen && deleting === null && workspace.bulkAsk === null,
    notify,
  });

  // Back from another window or tab (or a CLI import): what it changed is shown, in place.
  useRefreshOnReturn({
    ...shown,
    stats,
    articleId,
    openArticleList: () => articleListRef.current?.open(),
    notify,
  });


  // A Seen before link opens the other claim's article in full (picker, table, panes and the keys all
  // on it), and "Back to …" returns to the list and the claim it was followed from.
  const [cameFrom, setCameFrom] = useState<{ query: ClaimQueryState; claim: { id: number; articleId: number } | null; label: string; to: number } | null>(null);
  const openSeenBefore = useCallback(
    async (claimId: number, otherArticleId: number) => {
      const here = nav.selectedRow;
      const title = stats.articles.find((a) => a.id === (here?.articleId ?? articleId))?.title ?? 'all articles';
      const from = { query: query.state, claim: nav.selectionRef.current, label: here ? `${title}, ${claimName(here, false)}` : title, to: otherArticleId };
      // Already in the table (its article, or all articles, under the filters shown): select it there.
      const index = articleId === null || articleId === otherArticleId ? await claims.locate(claimId) : null;
      if (index === undefined) return;
      setCameFrom(from);
      if (index !== null) {
        nav.choose({ id: claimId, articleId: otherArticleId });
        nav.showIndex(index);
        return;
      }
      query.clearFilters();
      query.setArticleId(otherArticleId);
      nav.openWhenListed({ id: claimId, articleId: otherArticleId });
    },
    [articleId, claims, nav, query, stats.articles],
  );
  const goBack = useCallback(() => {
    if (!cameFrom) return;
    setCameFrom(null);
    query.restore(cameFrom.query);
    if (cameFrom.claim) nav.openWhenListed(cameFrom.claim);
    else nav.deselect();
    focusTable();
  }, [cameFrom, focusTable, nav, query]);
  // Another article picked by hand: there is nothing to go back to.
  useEffect(() => {
    if (cameFrom && articleId !== cameFrom.to && articleId !== cameFrom.query.articleId) setCameFrom(null);
  }, [articleId, cameFrom]);

  const [panesStyle] = useState(initialPanesStyle);


  // --- layout ---------------------------------------------------------------
  const currentArticle = stats.articles.find((a) => a.id === shownArticleId) ?? null;
  useEffect(() => watchArticles([articleId, shownArticleId].filter((id): id is number => id !== null)), [watchArticles, articleId, shownArticleId]);

  return (
    <div className="workbench">
      <TopBar
        picked={stats.articles.find((a) => a.id === articleId) ?? null}
        articleCount={stats.articleCount}
        overall={stats.overall}
        pickedArticleId={articleId}
        onPickArticle={(id) => {
          query.setArticleId(id);
          nav.deselect();
        }}
        focusTable={focusTable}
        articleList={articleListRef}
        currentArticle={currentArticle}
        onImported={workspace.onImported}
        importing={workspace.importing}
        onExport={() => void workspace.runExport()}
        exporting={workspace.exporting}
        onReports={() => setReportsOpen(true)}
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
      <main className="panes" style={panesStyle}>
        <section className="pane pane--table">
          <FilterBar
            status={query.status}
            onStatus={query.setStatus}
            speaker={query.speaker}
            onSpeaker={query.setSpeaker}
            entity={query.entity}
            onEntity={query.setEntity}
            contestedInArticle={query.contestedInArticle}
            onContestedInArticle={query.setContestedInArticle}
            seenBefore={query.seenBefore}
            onSeenBefore={query.setSeenBefore}
            minWorthiness={query.minWorthiness}
            onMinWorthiness={query.setMinWorthiness}
            tag={query.tag}
            onTag={query.setTag}
            onManageTags={() => setTagsOpen(true)}
            facets={facets.facets}
            facetsStale={facets.stale}
            onOpenFacets={facets.refreshIfStale}
            onClear={query.clearFilters}
            search={query.search}
            onSearch={query.setSearch}
            includeHidden={query.includeHidden}
            onIncludeHidden={query.setIncludeHidden}
            searchRef={keys.searchRef}
            focusTable={focusTable}
          />
          {cameFrom && (
            <div className="back-bar">
              <button type="button" className="link-button" onClick={goBack} title="Back to the list and the claim the Seen before link was followed from">
                ← Back to {cameFrom.label}
              </button>
            </div>
          )}
          <BulkToolbar count={bulk.count} all={bulk.allSelected} busy={busy} running={workspace.bulkRunning} onAction={(action) => void workspace.runBulk(action)} onTag={(tag) => workspace.changeTag('tagClaims', tag, null)} onClear={bulk.clear} />
          <ClaimsTable
            bulk={bulkTicks}
            page={page}
            loading={claims.loading}
            sort={query.sort}
            onSortChange={query.setSort}
            selectedId={selection?.id ?? null}
            onSelect={nav.choose}
            onMove={nav.move}
            onPage={nav.pagerTurn}
            showArticle={articleId === null && stats.articleCount > 1}
            tableRef={tableRef}
          />
        </section>
        <div className="pane pane--article" id="article-pane">
          <ArticleView
            data={article.data}
            loading={shownArticleId !== null && !article.failed}
            failed={article.failed}
            selectedId={shownSelection?.id ?? null}
            showHidden={query.includeHidden}
            onSelectClaim={(id, a) => void nav.selectFromArticle(id, a)}
            onRename={workspace.renameArticle}
            onDelete={workspace.askDelete}
            onReanalyze={(id) => void workspace.reanalyze(id)}
            onAddClaim={actions.addClaimFromSelection}
            onTextSelection={keys.onTextSelection}
            busy={busy}
          />
        </div>
        <PaneSplitter articleId="article-pane" />
        <div className="pane pane--detail">
          <DetailPanel
            claim={shownRow}
            detail={detail.detail}
            articleBody={article.data?.article.body ?? null}
            editing={actions.editing}
            neighbours={actions.neighbours}
            actions={actions.claimActions}
            onOpenSeenBefore={(id, other) => {
              void openSeenBefore(id, other).then(() => focusTable());
            }}
            busy={busy}
            onVerdict={(v) => void actions.setVerdict(v)}
            onClearVerdict={() => void actions.clearVerdict()}
            notes={actions.noteActions}
            sources={actions.sourceActions}
            tags={{
              known: facets.facets.tags,
              onAdd: (claimId, tag) => workspace.changeTag('tagClaims', tag, [claimId]),
              onRemove: (claimId, tag) => workspace.changeTag('untagClaims', tag, [claimId]),
              onFilter: (tag) => query.setTag(tag),
            }}
            noteRef={keys.noteRef}
            sourceUrlRef={keys.sourceUrlRef}
            speakerRef={keys.speakerRef}
            onError={onError}
          />
        </div>
      </main>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ManageTagsDialog
        open={tagsOpen}
        onClose={() => setTagsOpen(false)}
        busy={busy}
        onRename={(tag, to) => workspace.manageTag(tag, { to })}
        onDelete={(tag) => workspace.manageTag(tag, 'delete')}
        onError={onError}
      />
      <ReportDialog
        open={reportsOpen}
        onClose={() => setReportsOpen(false)}
        filter={query.filterFor(query.search)}
        sort={query.sort}
        claimCount={page?.total ?? null}
        onError={onError}
        notify={notify}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this article?"
        confirm="Delete"
        danger
        onConfirm={() => void workspace.confirmDelete()}
        onCancel={workspace.cancelDelete}
      >
        <p>
          “{deleting?.title}” and its {formatCount(deleting?.claims ?? 0)} claims go, with their verdicts, notes, history and the sources no other article uses.
        </p>
        <p className="muted">Undo (Ctrl+Z) brings it all back.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={workspace.bulkAsk !== null}
        title={workspace.bulkAsk?.title ?? ''}
        confirm={workspace.bulkAsk?.confirm ?? ''}
        onConfirm={workspace.confirmBulk}
        onCancel={workspace.cancelBulk}
      >
        <p>Every one of them changes, in one step; Undo (Ctrl+Z) reverses it.</p>
      </ConfirmDialog>
      {workspace.dragging && <DropOverlay />}
    </div>
  );
}
