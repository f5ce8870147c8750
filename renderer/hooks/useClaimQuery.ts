import { useCallback, useMemo, useReducer } from 'react';
import type { ClaimFilter, ClaimSort, StatusFilter } from '../../core/api/contract';
import type { ErrorSink } from './useApi';
import { PAGE_SIZE, useClaimsPage } from './useClaimsPage';

/** What the filter bar and the article picker choose. `search` is the box as typed. */
export interface ClaimFilterFields {
  articleId: number | null;
  status: '' | StatusFilter;
  search: string;
  includeHidden: boolean;
  speaker: string;
  entity: string;
  contestedInArticle: boolean;
  seenBefore: boolean;
  minWorthiness: number | null;
  /** '' for any tag. */
  tag: string;
}

/** The page asked for, valid only for the filter and sort it was asked under (`key`). */
export interface Paging {
  key: string;
  offset: number;
}

export interface ClaimQueryState extends ClaimFilterFields {
  sort: ClaimSort;
  paging: Paging;
}

type SettableField = keyof ClaimFilterFields | 'sort';

export type ClaimQueryAction =
  | { [F in SettableField]: { type: 'set'; field: F; value: ClaimQueryState[F] } }[SettableField]
  /** The filter bar's Clear: every filter but the article, "show hidden" and the sort. */
  | { type: 'clearFilters' }
  /** Back to a list shown before (its article, filters, sort and page), e.g. after following a Seen before link. */
  | { type: 'restore'; state: ClaimQueryState }
  /** Jump to a page (an offset) of the list answering `key`. */
  | { type: 'page'; key: string; offset: number }
  /** The pager's Next/Previous from the page last asked for under `key`, kept within `total` rows. */
  | { type: 'turn'; key: string; direction: 1 | -1; total: number };

export const DEFAULT_SORT: ClaimSort = { column: 'position', direction: 'asc' };

export function initialClaimQuery(articleId: number | null): ClaimQueryState {
  return {
    articleId,
    status: '',
    search: '',
    includeHidden: false,
    speaker: '',
    entity: '',
    contestedInArticle: false,
    seenBefore: false,
    minWorthiness: null,
    tag: '',
    sort: DEFAULT_SORT,
    paging: { key: '', offset: 0 },
  };
}

/** The first row's offset of the page holding row `index` (0-based) of the filtered list. */
export function pageForIndex(index: number): number {
  return Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
}

/** The offset of the last page of a list of `total` rows (0 for an empty list). */
export function lastPageOffset(total: number): number {
  return pageForIndex(Math.max(total - 1, 0));
}

/** The page asked for under `key`: a new filter or sort starts at the first page. */
export function offsetFor(paging: Paging, key: string): number {
  return paging.key === key ? paging.offset : 0;
}

/** One page on from `from`, never before the first page nor past the last. */
export function turnedOffset(from: number, direction: 1 | -1, total: number): number {
  return Math.min(Math.max(from + direction * PAGE_SIZE, 0), lastPageOffset(total));
}

const CLEARED: Pick<ClaimFilterFields, 'status' | 'search' | 'speaker' | 'entity' | 'contestedInArticle' | 'seenBefore' | 'minWorthiness' | 'tag'> = {
  status: '',
  search: '',
  speaker: '',
  entity: '',
  contestedInArticle: false,
  seenBefore: false,
  minWorthiness: null,
  tag: '',
};

/** Filters, sort and paging. An unchanged value hands back the same state (no render, as with useState). */
export function claimQueryReducer(state: ClaimQueryState, action: ClaimQueryAction): ClaimQueryState {
  switch (action.type) {
    case 'set':
      return Object.is(state[action.field], action.value) ? state : { ...state, [action.field]: action.value };
    case 'clearFilters': {
      const changed = (Object.keys(CLEARED) as (keyof typeof CLEARED)[]).some((field) => !Object.is(state[field], CLEARED[field]));
      return changed ? { ...state, ...CLEARED } : state;
    }
    case 'restore':
      return action.state;
    case 'page':
      return { ...state, paging: { key: action.key, offset: action.offset } };
    case 'turn':
      return { ...state, paging: { key: action.key, offset: turnedOffset(offsetFor(state.paging, action.key), action.direction, action.total) } };
  }
}

/** The backend's filter for the fields, with `searchText` as the search words. */
export function filterFromFields(fields: Omit<ClaimFilterFields, 'search'>, searchText: string): ClaimFilter {
  const f: ClaimFilter = {};
  if (fields.articleId !== null) f.articleId = fields.articleId;
  if (fields.status) f.status = fields.status;
  const words = searchText.trim();
  if (words) f.search = words;
  if (fields.includeHidden) f.includeHidden = true;
  if (fields.speaker) f.speaker = fields.speaker;
  if (fields.entity) f.entity = fields.entity;
  if (fields.contestedInArticle) f.contestedInArticle = true;
  if (fields.seenBefore) f.seenBefore = true;
  if (fields.minWorthiness !== null) f.minWorthiness = fields.minWorthiness;
  if (fields.tag) f.tag = fields.tag;
  return f;
}

/** Identifies a list: a new key starts at its first page, with no claims ticked. */
export function listKey(filter: ClaimFilter, sort: ClaimSort): string {
  return JSON.stringify([filter, sort]);
}

/**
 * What the claims table shows: the filters (the search as typed: useClaimsPage
 * keeps one request on its way and sends only the newest key after it), the sort,
 * the page, and that page fetched from the backend.
 */
export function useClaimQuery(initialArticleId: number | null, onError: ErrorSink) {
  const [state, dispatch] = useReducer(claimQueryReducer, initialArticleId, initialClaimQuery);
  const { articleId, status, search, includeHidden, speaker, entity, contestedInArticle, seenBefore, minWorthiness, tag, sort } = state;

  const filterFor = useCallback(
    (searchText: string): ClaimFilter =>
      filterFromFields({ articleId, status, includeHidden, speaker, entity, contestedInArticle, seenBefore, minWorthiness, tag }, searchText),
    [articleId, status, includeHidden, speaker, entity, contestedInArticle, seenBefore, minWorthiness, tag],
  );
  const filter = useMemo(() => filterFor(search), [filterFor, search]);

  // A new filter or sort starts at the first page.
  const filterKey = listKey(filter, sort);
  const offset = offsetFor(state.paging, filterKey);
  const setOffset = useCallback((next: number) => dispatch({ type: 'page', key: filterKey, offset: next }), [filterKey]);
  /**
   * The pager's Next/Previous: counted from the page last asked for, not the one on screen, so
   * two quick clicks turn two pages even while the first is still on its way.
   */
  const turnPage = useCallback((direction: 1 | -1, total: number) => dispatch({ type: 'turn', key: filterKey, direction, total }), [filterKey]);

  const setters = useMemo(() => {
    const setter =
      <F extends SettableField>(field: F) =>
      (value: ClaimQueryState[F]) =>
        dispatch({ type: 'set', field, value } as ClaimQueryAction);
    return {
      setArticleId: setter('articleId'),
      setStatus: setter('status'),
      setSearch: setter('search'),
      setIncludeHidden: setter('includeHidden'),
      setSpeaker: setter('speaker'),
      setEntity: setter('entity'),
      setContestedInArticle: setter('contestedInArticle'),
      setSeenBefore: setter('seenBefore'),
      setMinWorthiness: setter('minWorthiness'),
      setTag: setter('tag'),
      setSort: setter('sort'),
      clearFilters: () => dispatch({ type: 'clearFilters' }),
      restore: (saved: ClaimQueryState) => dispatch({ type: 'restore', state: saved }),
    };
  }, []);

  const query = useMemo(() => ({ filter, sort, offset }), [filter, sort, offset]);
  const claims = useClaimsPage(query, onError);
  const page = claims.page;
  const rows = page?.rows ?? [];

  return { ...state, state, ...setters, filter, filterFor, filterKey, offset, setOffset, turnPage, claims, page, rows };
}
