import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from './useClaimsPage';
import {
  claimQueryReducer,
  DEFAULT_SORT,
  filterFromFields,
  initialClaimQuery,
  lastPageOffset,
  listKey,
  offsetFor,
  pageForIndex,
  turnedOffset,
  type ClaimFilterFields,
} from './useClaimQuery';

const NO_FILTER: Omit<ClaimFilterFields, 'search'> = {
  articleId: null,
  status: '',
  includeHidden: false,
  speaker: '',
  entity: '',
  contestedInArticle: false,
  seenBefore: false,
  minWorthiness: null,
  tag: '',
};

describe('pageForIndex and lastPageOffset', () => {
  it('puts a row on the page that starts at the multiple of PAGE_SIZE at or below it', () => {
    expect(pageForIndex(0)).toBe(0);
    expect(pageForIndex(PAGE_SIZE - 1)).toBe(0);
    expect(pageForIndex(PAGE_SIZE)).toBe(PAGE_SIZE);
    expect(pageForIndex(2 * PAGE_SIZE + 7)).toBe(2 * PAGE_SIZE);
  });

  it('holds for any index: the row is on the page, and the page is a whole number of pages in', () => {
    fc.assert(
      fc.property(fc.nat(100_000), (index) => {
        const offset = pageForIndex(index);
        expect(offset % PAGE_SIZE).toBe(0);
        expect(offset).toBeLessThanOrEqual(index);
        expect(index).toBeLessThan(offset + PAGE_SIZE);
      }),
    );
  });

  it('finds the last page with rows, and the first page for an empty list', () => {
    expect(lastPageOffset(0)).toBe(0);
    expect(lastPageOffset(1)).toBe(0);
    expect(lastPageOffset(PAGE_SIZE)).toBe(0);
    expect(lastPageOffset(PAGE_SIZE + 1)).toBe(PAGE_SIZE);
    expect(lastPageOffset(3 * PAGE_SIZE)).toBe(2 * PAGE_SIZE);
  });
});

describe('turnedOffset', () => {
  it('turns one page either way within the list', () => {
    expect(turnedOffset(0, 1, 3 * PAGE_SIZE)).toBe(PAGE_SIZE);
    expect(turnedOffset(2 * PAGE_SIZE, -1, 3 * PAGE_SIZE)).toBe(PAGE_SIZE);
  });

  it('stops at the first and the last page', () => {
    expect(turnedOffset(0, -1, 3 * PAGE_SIZE)).toBe(0);
    expect(turnedOffset(2 * PAGE_SIZE, 1, 3 * PAGE_SIZE)).toBe(2 * PAGE_SIZE);
    expect(turnedOffset(0, 1, 10)).toBe(0);
    expect(turnedOffset(0, 1, 0)).toBe(0);
  });

  it('always lands on a page of the list', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.constantFrom<1 | -1>(1, -1), fc.nat(20 * PAGE_SIZE), (page, direction, total) => {
        const next = turnedOffset(page * PAGE_SIZE, direction, total);
        expect(next % PAGE_SIZE).toBe(0);
        expect(next).toBeGreaterThanOrEqual(0);
        expect(next).toBeLessThanOrEqual(lastPageOffset(total));
      }),
    );
  });
});

describe('offsetFor', () => {
  it('keeps the page asked for under the same list, and starts another list at its first page', () => {
    expect(offsetFor({ key: 'a', offset: 400 }, 'a')).toBe(400);
    expect(offsetFor({ key: 'a', offset: 400 }, 'b')).toBe(0);
  });
});

describe('claimQueryReducer', () => {
  const start = initialClaimQuery(7);

  it('starts on the given article, unfiltered, in article order, at the first page', () => {
    expect(start.articleId).toBe(7);
    expect(start.sort).toEqual(DEFAULT_SORT);
    expect(filterFromFields(start, start.search)).toEqual({ articleId: 7 });
    expect(offsetFor(start.paging, 'anything')).toBe(0);
  });

  it('sets one field and leaves the others', () => {
    const next = claimQueryReducer(start, { type: 'set', field: 'speaker', value: 'Ana' });
    expect(next.speaker).toBe('Ana');
    expect({ ...next, speaker: start.speaker }).toEqual(start);
  });

  it('hands back the same state for a value already set, as useState does', () => {
    expect(claimQueryReducer(start, { type: 'set', field: 'status', value: '' })).toBe(start);
    const searched = claimQueryReducer(start, { type: 'set', field: 'search', value: 'tax' });
    expect(searched).not.toBe(start);
    expect(claimQueryReducer(searched, { type: 'set', field: 'search', value: 'tax' })).toBe(searched);
  });

  it('clears every filter but the article, "show hidden" and the sort', () => {
    const sort = { column: 'status', direction: 'desc' } as const;
    let state = start;
    state = claimQueryReducer(state, { type: 'set', field: 'status', value: 'disputed' });
    state = claimQueryReducer(state, { type: 'set', field: 'search', value: 'budget' });
    state = claimQueryReducer(state, { type: 'set', field: 'speaker', value: 'Ana' });
    state = claimQueryReducer(state, { type: 'set', field: 'entity', value: 'Kabul' });
    state = claimQueryReducer(state, { type: 'set', field: 'contestedInArticle', value: true });
    state = claimQueryReducer(state, { type: 'set', field: 'seenBefore', value: true });
    state = claimQueryReducer(state, { type: 'set', field: 'minWorthiness', value: 0.5 });
    state = claimQueryReducer(state, { type: 'set', field: 'includeHidden', value: true });
    state = claimQueryReducer(state, { type: 'set', field: 'sort', value: sort });
    const cleared = claimQueryReducer(state, { type: 'clearFilters' });
    expect(cleared).toEqual({ ...start, includeHidden: true, sort });
    expect(claimQueryReducer(cleared, { type: 'clearFilters' })).toBe(cleared);
  });

  it('counts two quick page turns from the page last asked for', () => {
    const total = 5 * PAGE_SIZE;
    let state = claimQueryReducer(start, { type: 'turn', key: 'k', direction: 1, total });
    state = claimQueryReducer(state, { type: 'turn', key: 'k', direction: 1, total });
    expect(offsetFor(state.paging, 'k')).toBe(2 * PAGE_SIZE);
    state = claimQueryReducer(state, { type: 'turn', key: 'k', direction: -1, total });
    expect(offsetFor(state.paging, 'k')).toBe(PAGE_SIZE);
  });

  it('turns from the first page of a list other than the one paged before', () => {
    let state = claimQueryReducer(start, { type: 'page', key: 'old', offset: 3 * PAGE_SIZE });
    state = claimQueryReducer(state, { type: 'turn', key: 'new', direction: 1, total: 10 * PAGE_SIZE });
    expect(state.paging).toEqual({ key: 'new', offset: PAGE_SIZE });
  });
});

describe('filterFromFields', () => {
  it('leaves out every filter not in use', () => {
    expect(filterFromFields(NO_FILTER, '')).toEqual({});
    expect(filterFromFields(NO_FILTER, '   ')).toEqual({});
  });

  it('passes every filter in use, with the search words trimmed', () => {
    const fields = { articleId: 3, status: 'not_reviewed', includeHidden: true, speaker: 'Ana', entity: 'Kabul', contestedInArticle: true, seenBefore: true, minWorthiness: 0.4, tag: 'Health' } as const;
    expect(filterFromFields(fields, '  tax rise ')).toEqual({ ...fields, search: 'tax rise' });
  });

  it('keeps a minimum check-worthiness of 0 and an article id of 0', () => {
    expect(filterFromFields({ ...NO_FILTER, minWorthiness: 0, articleId: 0 }, '')).toEqual({ minWorthiness: 0, articleId: 0 });
  });
});

describe('listKey', () => {
  it('tells lists apart by filter and by sort', () => {
    const key = listKey({ articleId: 1 }, DEFAULT_SORT);
    expect(listKey({ articleId: 1 }, { ...DEFAULT_SORT })).toBe(key);
    expect(listKey({ articleId: 2 }, DEFAULT_SORT)).not.toBe(key);
    expect(listKey({ articleId: 1 }, { column: 'position', direction: 'desc' })).not.toBe(key);
  });
});
