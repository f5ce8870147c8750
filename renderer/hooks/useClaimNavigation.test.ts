import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from './useClaimsPage';
import { pageForIndex } from './useClaimQuery';
import { nextSelectionAfter, offsetAfterEmptyPage, resolveMove, rowAt, selectionOnArrival, type ArrivalContext, type MoveContext, type PendingTurn } from './useClaimNavigation';

interface Row {
  id: number;
}

/** Rows with ids from..from+count-1: a row's id is its index in the whole list plus 1000. */
function rowsFrom(index: number, count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({ id: 1000 + index + i }));
}

function context(rows: Row[], overrides: Partial<MoveContext<Row>> = {}): MoveContext<Row> {
  return { rows, offset: 0, total: rows.length, selectedId: null, lastIndex: 0, pending: null, ...overrides };
}

describe('resolveMove', () => {
  const rows = rowsFrom(0, 5);

  it('selects the first row when nothing is selected, and does nothing on an empty page', () => {
    expect(resolveMove(context(rows), 1)).toEqual({ kind: 'select', row: rows[0] });
    expect(resolveMove(context(rows), -1)).toEqual({ kind: 'select', row: rows[0] });
    expect(resolveMove(context([]), 1)).toEqual({ kind: 'none' });
  });

  it('moves to the next and the previous row on the page', () => {
    expect(resolveMove(context(rows, { selectedId: rows[2]!.id, lastIndex: 2 }), 1)).toEqual({ kind: 'select', row: rows[3] });
    expect(resolveMove(context(rows, { selectedId: rows[2]!.id, lastIndex: 2 }), -1)).toEqual({ kind: 'select', row: rows[1] });
  });

  it('turns to the next page from the last row, and to the previous page from the first', () => {
    const page2 = rowsFrom(PAGE_SIZE, PAGE_SIZE);
    const onPage2 = { offset: PAGE_SIZE, total: 3 * PAGE_SIZE };
    expect(resolveMove(context(page2, { ...onPage2, selectedId: page2.at(-1)!.id }), 1)).toEqual({ kind: 'turn', at: 2 * PAGE_SIZE });
    expect(resolveMove(context(page2, { ...onPage2, selectedId: page2[0]!.id }), -1)).toEqual({ kind: 'turn', at: PAGE_SIZE - 1 });
  });

  it('stays put at either end of the list', () => {
    expect(resolveMove(context(rows, { selectedId: rows[4]!.id }), 1)).toEqual({ kind: 'none' });
    expect(resolveMove(context(rows, { selectedId: rows[0]!.id }), -1)).toEqual({ kind: 'none' });
  });

  it('goes on from where a claim that left the page was: j takes the row now in its place, k the one before', () => {
    const gone = { selectedId: 1, lastIndex: 2 };
    expect(resolveMove(context(rows, gone), 1)).toEqual({ kind: 'select', row: rows[2] });
    expect(resolveMove(context(rows, gone), -1)).toEqual({ kind: 'select', row: rows[1] });
  });

  it('settles a claim that left the page on the nearest row when it was at an end of the list', () => {
    // It was the last of four rows; three are left.
    const left = rowsFrom(0, 3);
    expect(resolveMove(context(left, { selectedId: 1, lastIndex: 3 }), 1)).toEqual({ kind: 'select', row: left[2] });
    expect(resolveMove(context(left, { selectedId: 1, lastIndex: 0 }), -1)).toEqual({ kind: 'select', row: left[0] });
  });

  it('counts a press made while a page is on its way, within the list', () => {
    const pending: PendingTurn = { offset: PAGE_SIZE, at: PAGE_SIZE };
    const waiting = context(rowsFrom(0, PAGE_SIZE), { total: PAGE_SIZE + 2, selectedId: 1000 + PAGE_SIZE - 1, pending });
    expect(resolveMove(waiting, 1)).toEqual({ kind: 'turn', at: PAGE_SIZE + 1 });
    expect(resolveMove(waiting, -1)).toEqual({ kind: 'turn', at: PAGE_SIZE - 1 });
    expect(resolveMove({ ...waiting, pending: { offset: PAGE_SIZE, at: PAGE_SIZE + 1 } }, 1)).toEqual({ kind: 'turn', at: PAGE_SIZE + 1 });
  });

  it('walks a held-down j or k through every row of a list of several pages, in order, none skipped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 * PAGE_SIZE + 5 }), fc.constantFrom<1 | -1>(1, -1), (total, delta) => {
        // The list as the backend pages it; a page arrives before the next press.
        const load = (offset: number) => ({ offset, rows: rowsFrom(offset, Math.min(PAGE_SIZE, total - offset)) });
        let page = load(delta > 0 ? 0 : pageForIndex(total - 1));
        let selectedId: number | null = delta > 0 ? null : 1000 + total - 1;
        let pending: PendingTurn | null = null;
        const visited: number[] = selectedId === null ? [] : [selectedId - 1000];
        for (let press = 0; press < total + 2; press++) {
          const index = page.rows.findIndex((r) => r.id === selectedId);
          const outcome = resolveMove({ rows: page.rows, offset: page.offset, total, selectedId, lastIndex: Math.max(index, 0), pending }, delta);
          if (outcome.kind === 'none') break;
          if (outcome.kind === 'turn') {
            pending = { offset: pageForIndex(outcome.at), at: outcome.at };
            page = load(pending.offset);
            const arrived = selectionOnArrival(page, { isNewQuery: false, pending, selectedId, verdictGiven: null, wasShown: selectedId, lastIndex: 0 });
            expect(arrived.consumed).toBe('pending');
            pending = null;
            selectedId = (arrived.row as Row).id;
          } else selectedId = outcome.row.id;
          visited.push(selectedId - 1000);
        }
        const expected = Array.from({ length: total }, (_, i) => (delta > 0 ? i : total - 1 - i));
        expect(visited).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});

describe('nextSelectionAfter and rowAt', () => {
  const rows = rowsFrom(0, 3);

  it('takes the row now in the place of the one gone, or the last row', () => {
    expect(nextSelectionAfter(rows, 1)).toBe(rows[1]);
    expect(nextSelectionAfter(rows, 3)).toBe(rows[2]);
    expect(nextSelectionAfter([], 0)).toBeNull();
  });

  it('finds a row of the whole list on its page, clamped to the rows the page has', () => {
    expect(rowAt(rows, 400, 401)).toBe(rows[1]);
    expect(rowAt(rows, 400, 450)).toBe(rows[2]);
    expect(rowAt(rows, 400, 399)).toBe(rows[0]);
    expect(rowAt([], 400, 400)).toBeNull();
  });
});

describe('selectionOnArrival', () => {
  const rows = rowsFrom(0, 4);
  const page = { rows, offset: 0 };
  const base: ArrivalContext = { isNewQuery: false, pending: null, selectedId: rows[1]!.id, verdictGiven: null, wasShown: rows[1]!.id, lastIndex: 1 };

  it('selects the row a j/k page turn asked for when its page arrives', () => {
    const turned = { rows: rowsFrom(PAGE_SIZE, 4), offset: PAGE_SIZE };
    expect(selectionOnArrival(turned, { ...base, pending: { offset: PAGE_SIZE, at: PAGE_SIZE + 2 } })).toEqual({ row: turned.rows[2], consumed: 'pending' });
  });

  it('ignores a page turn asked for another page', () => {
    expect(selectionOnArrival(page, { ...base, pending: { offset: PAGE_SIZE, at: PAGE_SIZE } })).toEqual({ row: null, consumed: null });
  });

  it('selects the first row when nothing is selected', () => {
    expect(selectionOnArrival(page, { ...base, selectedId: null })).toEqual({ row: rows[0], consumed: null });
    expect(selectionOnArrival({ rows: [], offset: 0 }, { ...base, selectedId: null })).toEqual({ row: null, consumed: null });
  });

  it('starts a new filter at its first row unless it still lists the selected claim', () => {
    expect(selectionOnArrival(page, { ...base, isNewQuery: true, selectedId: 1 })).toEqual({ row: rows[0], consumed: null });
    expect(selectionOnArrival(page, { ...base, isNewQuery: true })).toEqual({ row: null, consumed: null });
  });

  it('selects nothing when a new filter matches no claim (v/d/u must not change a claim the table no longer shows)', () => {
    expect(selectionOnArrival({ rows: [], offset: 0 }, { ...base, isNewQuery: true })).toEqual({ row: 'none', consumed: null });
  });

  it('selects nothing when a verdict moved the last claim out of the filter', () => {
    expect(selectionOnArrival({ rows: [], offset: 0 }, { ...base, verdictGiven: base.selectedId })).toEqual({ row: 'none', consumed: 'verdict' });
  });

  it('starts a new sort at its first row even when it still lists the selected claim (read from the top)', () => {
    expect(selectionOnArrival(page, { ...base, isNewQuery: true, isNewSort: true })).toEqual({ row: rows[0], consumed: null });
    // A page turn j/k asked for still lands where it was asked.
    expect(selectionOnArrival(page, { ...base, isNewQuery: true, isNewSort: true, pending: { offset: 0, at: 2 } })).toEqual({ row: rows[2], consumed: 'pending' });
  });

  it('keeps the selection across a refresh that still lists it', () => {
    expect(selectionOnArrival(page, { ...base, verdictGiven: base.selectedId })).toEqual({ row: null, consumed: null });
  });

  it('selects the row that took the place of a claim a verdict moved out of the filter', () => {
    const gone = { ...base, selectedId: 1, wasShown: 1, verdictGiven: 1, lastIndex: 2 };
    expect(selectionOnArrival(page, gone)).toEqual({ row: rows[2], consumed: 'verdict' });
    expect(selectionOnArrival(page, { ...gone, lastIndex: 9 })).toEqual({ row: rows[3], consumed: 'verdict' });
  });

  it('leaves a claim selected from the article (never listed), or one given no verdict, selected', () => {
    expect(selectionOnArrival(page, { ...base, selectedId: 1, wasShown: 2, verdictGiven: 1 })).toEqual({ row: null, consumed: null });
    expect(selectionOnArrival(page, { ...base, selectedId: 1, wasShown: 1, verdictGiven: null })).toEqual({ row: null, consumed: null });
  });
});

describe('offsetAfterEmptyPage', () => {
  it('turns an emptied page back to the last page with claims', () => {
    expect(offsetAfterEmptyPage({ rows: [], offset: 2 * PAGE_SIZE, total: PAGE_SIZE + 3 })).toBe(PAGE_SIZE);
    expect(offsetAfterEmptyPage({ rows: [], offset: PAGE_SIZE, total: 0 })).toBe(0);
  });

  it('leaves the first page, and a page with rows, where they are', () => {
    expect(offsetAfterEmptyPage({ rows: [], offset: 0, total: 0 })).toBeNull();
    expect(offsetAfterEmptyPage({ rows: rowsFrom(0, 1), offset: PAGE_SIZE, total: PAGE_SIZE + 1 })).toBeNull();
  });
});
