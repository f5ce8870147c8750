import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { ClaimAnchor, ClaimSort, ClaimSortColumn } from '../../core/api/contract';
import { formatCount, formatDateTime, hiddenLabel, reviewState } from '../format';
import type { ClaimsPage } from '../hooks/useClaimsPage';
import { PAGE_SIZE } from '../hooks/useClaimsPage';
import { StatusBadge } from './StatusBadge';
import { WorthinessScore, WorthinessTooltip, type ScoreTip } from './WorthinessScore';

const column = createColumnHelper<ClaimAnchor>();

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why the table is empty: a filter that matches nothing, or an article whose sentences are all kept hidden. */
function emptyMessage(page: ClaimsPage): ReactNode {
  const { search, status, includeHidden, articleId, speaker, entity, contestedInArticle, seenBefore, minWorthiness } = page.filter;
  if (search || status || includeHidden || speaker || entity || contestedInArticle || seenBefore || minWorthiness !== undefined || page.total > 0) return 'No claims match this filter.';
  return (
    <>
      No claims here. {articleId === undefined ? 'Every sentence is a non-claim' : 'This article’s sentences are all non-claims'} (headlines, questions…): tick{' '}
      <span className="claims__nowrap">Show non-claims</span> to see them.
    </>
  );
}

// Column ids are the backend's sort columns, so TanStack's sorting state maps 1:1 to ClaimSort.
const COLUMNS = [
  column.display({
    id: 'select',
    enableSorting: false,
    header: (info) => {
      const bulk = info.table.options.meta?.bulk;
      if (!bulk) return null;
      return (
        <input
          type="checkbox"
          className="claims__check"
          aria-label="Select all shown claims"
          checked={bulk.allSelected}
          ref={(box) => {
            if (box) box.indeterminate = !bulk.allSelected && bulk.count > 0;
          }}
          onChange={bulk.toggleAll}
        />
      );
    },
    cell: (info) => {
      const bulk = info.table.options.meta?.bulk;
      const claim = info.row.original;
      if (!bulk) return null;
      return (
        <input
          type="checkbox"
          className="claims__check"
          aria-label={claim.number === null ? `Select non-claim (sentence ${claim.position})` : `Select claim ${claim.number}`}
          checked={bulk.isChecked(claim.id)}
          // The row is not selected by ticking it; Shift+click ticks a range.
          onClick={(e) => {
            e.stopPropagation();
            bulk.toggle(claim, e.shiftKey);
          }}
          onChange={() => undefined}
        />
      );
    },
  }),
  column.accessor('position', {
    id: 'position',
    header: '#',
    // The claim's number among its article's shown claims; a hidden row has none.
    cell: (info) => <span className="claims__num">{info.row.original.number ?? <span className="muted">·</span>}</span>,
  }),
  column.accessor('text', {
    id: 'text',
    header: 'Claim',
    cell: (info) => {
      const claim = info.row.original;
      return (
        <div className="claims__claim">
          <span className={`claims__text${claim.hidden ? ' claims__text--hidden' : ''}`} dir="auto">
            {claim.text}
          </span>
          {info.table.options.meta?.showArticle && (
            <span className="claims__article" dir="auto">
              {claim.articleTitle}
            </span>
          )}
          {claim.hidden && <span className="claims__kind">{hiddenLabel(claim.kind)}</span>}
        </div>
      );
    },
  }),
  column.accessor('speaker', {
    id: 'speaker',
    header: 'Speaker',
    // A speaker set or cleared by hand is marked so: the machine's guess and the fact-checker's word are not the same.
    cell: (info) => {
      const speaker = info.getValue();
      const byHand = info.row.original.speakerByHand;
      if (!speaker) {
        return byHand ? (
          <span className="muted claims__speaker-cleared" title="Cleared by hand: nobody makes this claim">
            — (cleared by hand)
          </span>
        ) : (
          <span className="muted" title="Not attributed">
            —
          </span>
        );
      }
      return (
        <span className="claims__speaker-cell">
          <span className="claims__speaker" title={byHand ? `${speaker} (set by hand)` : speaker} dir="auto">
            {speaker}
          </span>
          {byHand && (
            <span className="claims__by-hand" role="img" aria-label="set by hand" title="Set by hand">
              ✎
            </span>
          )}
        </span>
      );
    },
  }),
  column.accessor((claim) => reviewState(claim), {
    id: 'status',
    header: 'Status',
    cell: (info) => {
      const claim = info.row.original;
      return (
        <div className="claims__status">
          <StatusBadge state={info.getValue()} />
          {claim.inArticleDispute === 'pending' && (
            <span className="chip chip--suggested" title="A denial in the article suggests Disputed: accept or dismiss it in the detail panel (a accepts)">
              suggested: disputed
            </span>
          )}
        </div>
      );
    },
  }),
  column.accessor('checkWorthiness', {
    id: 'checkWorthiness',
    // "Check-worthy" fits the narrow column; the header's name stays the full word.
    header: () => (
      <span className="claims__worth-head">
        <span aria-hidden="true">Check-worthy</span>
        <span className="visually-hidden">Check-worthiness</span>
      </span>
    ),
    sortDescFirst: true,
    cell: (info) => <WorthinessScore claim={info.row.original} onTip={info.table.options.meta?.onScoreTip} />,
  }),
  column.accessor('reviewedBy', {
    id: 'reviewedAt',
    header: 'Reviewed by',
    cell: (info) => {
      const claim = info.row.original;
      if (!claim.reviewedBy) return <span className="muted">—</span>;
      return (
        <span className="claims__reviewer" title={formatDateTime(claim.reviewedAt)}>
          {claim.reviewedBy}
        </span>
      );
    },
  }),
  column.display({
    id: 'counts',
    header: () => (
      <span className="claims__counts-head">
        Notes<span aria-hidden="true"> ·</span>
        <span className="visually-hidden"> and</span> Sources
      </span>
    ),
    enableSorting: false,
    cell: (info) => {
      const { noteCount, sourceCount } = info.row.original;
      return (
        <span className="claims__counts">
          <span aria-hidden="true">
            <span className={noteCount ? '' : 'muted'}>{noteCount}</span>
            <span className="muted"> · </span>
            <span className={sourceCount ? '' : 'muted'}>{sourceCount}</span>
          </span>
          <span className="visually-hidden">
            {plural(noteCount, 'note')}, {plural(sourceCount, 'source')}
          </span>
        </span>
      );
    },
  }),
];

declare module '@tanstack/react-table' {
  // Same type parameter as TanStack's declaration, or the interfaces would not merge.
  interface TableMeta<TData extends RowData> {
    /** All articles are listed: show each claim's article under its text. */
    showArticle?: boolean;
    /** Hovering a check-worthiness score shows its reasons (null: the pointer left). */
    onScoreTip?: (tip: ScoreTip | null) => void;
    /** The ticked claims for a bulk action. */
    bulk?: BulkTicks;
  }
}

/** The table's view of the bulk selection. */
export interface BulkTicks {
  count: number;
  allSelected: boolean;
  isChecked: (claimId: number) => boolean;
  toggle: (claim: ClaimAnchor, range: boolean) => void;
  toggleAll: () => void;
}

export interface ClaimsTableProps {
  page: ClaimsPage | null;
  loading: boolean;
  sort: ClaimSort;
  onSortChange: (sort: ClaimSort) => void;
  selectedId: number | null;
  onSelect: (claim: ClaimAnchor) => void;
  onMove: (delta: 1 | -1) => void;
  /** Next (1) or previous (-1) page; `total` rows match the filter. */
  onPage: (direction: 1 | -1, total: number) => void;
  showArticle: boolean;
  tableRef?: Ref<HTMLTableElement>;
  bulk: BulkTicks;
}

/**
 * The claims of the current filter, one page (from the backend) at a time,
 * with only the rows in view in the DOM. Sorting and paging are requests to
 * the backend, never done here.
 */
export function ClaimsTable({ page, loading, sort, onSortChange, selectedId, onSelect, onMove, onPage, showArticle, tableRef, bulk }: ClaimsTableProps) {
  const rows = page?.rows ?? [];
  const total = page?.total ?? 0;
  const offset = page?.offset ?? 0;
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.direction === 'desc' }], [sort]);
  const [scoreTip, setScoreTip] = useState<ScoreTip | null>(null);

  const table = useReactTable({
    data: rows,
    columns: COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (claim) => String(claim.id),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting },
    meta: { showArticle, onScoreTip: setScoreTip, bulk },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      onSortChange(first ? { column: first.id as ClaimSortColumn, direction: first.desc ? 'desc' : 'asc' } : { column: 'position', direction: 'asc' });
    },
  });
  const tableRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows start below the sticky header: offset them by its height, and never scroll a row under it.
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const measure = () => setHeadHeight(head.offsetHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(head);
    return () => observer.disconnect();
  }, []);
  // A new page, filter or sort paints the rows in view first; the rows kept ready beyond them
  // (overscan, for smooth scrolling) follow one render later, after the frame (a deferred value).
  const pageKey = page ? page.key : '';
  const settledPageKey = useDeferredValue(pageKey);
  // A new page's rows are guessed at the height rows last measured (wrapped text, the article's title
  // under it), so the rows first put in the DOM are the rows that fit the view.
  const rowEstimate = useRef(52);
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowEstimate.current,
    overscan: settledPageKey === pageKey ? 12 : 2,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    // Unrounded: table rows are fractional heights, and rounding them adds up down the page. Sizes come
    // only from the ResizeObserver, which reports each new row once the browser has laid it out anyway:
    // reading a new row's height here (getBoundingClientRect) forced a layout inside React's commit and
    // then a second render before the frame. Until its report, a new row counts at the estimate; a row
    // mounting again keeps the size it was measured at.
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) {
        if (box.blockSize > 0) rowEstimate.current = box.blockSize;
        return box.blockSize;
      }
      const known = instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element)));
      return known ?? rowEstimate.current;
    },
    // Rows are keyed by their place on the page (see the rows below): a size belongs to a place, and a
    // place whose new claim is as tall as the last keeps its size without being measured again.
    getItemKey: (index) => index,
  });

  // A new page or a new filter starts at the top; a refresh of the same page keeps its place.
  useEffect(() => {
    // (Already at the top: scrolling there would only force a layout.)
    if (virtualizer.scrollOffset) virtualizer.scrollToOffset(0);
  }, [pageKey, virtualizer]);

  // Follow the selection (j/k, a click in the article), but not every refresh of the rows:
  // a verdict must not make the table jump.
  const selectedIndex = rows.findIndex((r) => r.id === selectedId);
  const selectedIndexRef = useRef(selectedIndex);
  selectedIndexRef.current = selectedIndex;
  const selectedOnPage = selectedIndex >= 0;
  useEffect(() => {
    const index = selectedIndexRef.current;
    if (index < 0) return;
    // Already in full view (by the virtualizer's own last reading): scrolling there would only force a layout.
    const item = virtualizer.measurementsCache[index];
    const top = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    if (item && height > 0 && item.start >= top + headHeight && item.end <= top + height) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, selectedOnPage, pageKey, virtualizer, headHeight]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onMove(event.key === 'ArrowDown' ? 1 : -1);
    }
  }

  const items = virtualizer.getVirtualItems();
  const padTop = items[0] ? items[0].start - headHeight : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - headHeight) : 0;
  const columnCount = table.getVisibleLeafColumns().length;
  const first = rows.length ? offset + 1 : 0;
  const last = rows.length ? offset + rows.length : 0;

  return (
    <div className="claims">
      <div className="claims__scroll" ref={scrollRef} onKeyDown={onKeyDown} onScroll={() => setScoreTip((tip) => (tip && tip.anchor.isConnected && tip.anchor.matches(':hover') ? { ...tip } : null))}>
        <table className="claims__table" aria-label="Claims" aria-rowcount={total + 1} aria-busy={loading} tabIndex={0} ref={tableRef}>
          <colgroup>
            <col className="col-select" />
            <col className="col-num" />
            <col className="col-claim" />
            <col className="col-speaker" />
            <col className="col-status" />
            <col className="col-worth" />
            <col className="col-reviewer" />
            <col className="col-counts" />
          </colgroup>
          <thead ref={headRef}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th key={header.id} scope="col" className={`claims__head--${header.column.id}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                      {canSort ? (
                        <button type="button" className="claims__sort" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span className={`claims__arrow${sorted ? ' claims__arrow--on' : ''}`} aria-hidden="true">
                            {sorted === 'desc' ? '▼' : '▲'}
                          </span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr className="claims__pad" aria-hidden="true">
                <td colSpan={columnCount} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = tableRows[item.index]!;
              const claim = row.original;
              const selected = claim.id === selectedId;
              return (
                <tr
                  // By place, not by claim: a new page, filter or sort updates the rows already in the
                  // DOM (their text and attributes) instead of removing them and building new ones.
                  key={item.index}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-claim-id={claim.id}
                  aria-rowindex={offset + item.index + 2}
                  aria-current={selected ? 'true' : undefined}
                  className={`claims__row${selected ? ' claims__row--selected' : ''}`}
                  onClick={() => onSelect(claim)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.column.id} className={`claims__cell claims__cell--${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr className="claims__pad" aria-hidden="true">
                <td colSpan={columnCount} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {page && rows.length === 0 && <p className="claims__empty">{emptyMessage(page)}</p>}
      </div>
      {scoreTip && <WorthinessTooltip tip={scoreTip} />}
      <div className="claims__pager">
        <span className="claims__range" aria-live="polite">
          {page ? (
            <>
              {formatCount(first)}–{formatCount(last)} of {formatCount(total)}
            </>
          ) : loading ? (
            'Loading…'
          ) : (
            'Claims not loaded'
          )}
        </span>
        <span className="claims__pages">
          <button type="button" className="button button--small" disabled={offset === 0} onClick={() => onPage(-1, total)}>
            Previous page
          </button>
          <button type="button" className="button button--small" disabled={offset + rows.length >= total} onClick={() => onPage(1, total)}>
            Next page
          </button>
        </span>
      </div>
    </div>
  );
}
