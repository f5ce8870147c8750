import { describe, expect, it } from 'vitest';
import { snapshotDatabase, useTempWorkspace } from '../../db/testing/temp-workspace';
import { call, callOrThrow } from './dispatch';

const newWorkspace = useTempWorkspace();

function withTwoArticles() {
  const ws = newWorkspace();
  const sample = callOrThrow(ws, 'loadSample', {}).article;
  const other = callOrThrow(ws, 'importArticle', { text: 'LONDON - Officials said 1,200 families were moved in March.\n\nThe river rose 3 metres overnight, the agency said.' }).article;
  return { ws, sample, other };
}

describe('bulkReview', () => {
  it('gives every claim a filter matches one verdict, in one undo step, with a history entry each', () => {
    const { ws, sample, other } = withTwoArticles();
    const filter = { articleId: sample.id };
    const shown = callOrThrow(ws, 'listClaims', { filter, limit: 500 }).rows;
    const result = callOrThrow(ws, 'bulkReview', { target: { filter }, action: 'disputed' });
    expect(result).toEqual({ action: 'disputed', selected: shown.length, changed: shown.length });
    expect(callOrThrow(ws, 'listClaims', { filter: { ...filter, status: 'disputed' }, limit: 500 }).total).toBe(shown.length);
    // The other article and the hidden rows are untouched.
    expect(callOrThrow(ws, 'listClaims', { filter: { articleId: other.id, status: 'not_reviewed' } }).total).toBeGreaterThan(0);
    expect(callOrThrow(ws, 'listClaims', { filter: { ...filter, includeHidden: true, status: 'not_reviewed' } }).total).toBeGreaterThan(0);
    for (const claim of shown) expect(callOrThrow(ws, 'getHistory', { claimId: claim.id })[0]).toMatchObject({ action: 'status', oldValue: 'not reviewed', newValue: 'disputed', actor: 'Tess Tester' });
    expect(callOrThrow(ws, 'getUndoState', {}).undo).toMatchObject({ operation: 'bulkReview', label: 'Disputed for the selected claims' });

    callOrThrow(ws, 'undo', {});
    expect(callOrThrow(ws, 'listClaims', { filter: { ...filter, status: 'not_reviewed' }, limit: 500 }).total).toBe(shown.length);
    expect(callOrThrow(ws, 'getUndoState', {}).undo).toBeNull();
  });

  it('counts only the claims it changed, and clears, excludes and restores ticked claims', () => {
    const { ws, sample } = withTwoArticles();
    const [a, b, c] = callOrThrow(ws, 'listClaims', { filter: { articleId: sample.id } }).rows;
    callOrThrow(ws, 'setStatus', { claimId: a!.id, status: 'verified' });
    expect(callOrThrow(ws, 'bulkReview', { target: { claimIds: [a!.id, b!.id] }, action: 'verified' })).toMatchObject({ selected: 2, changed: 1 });
    expect(callOrThrow(ws, 'bulkReview', { target: { claimIds: [a!.id, b!.id, c!.id] }, action: 'clear' })).toMatchObject({ selected: 3, changed: 2 });
    expect(callOrThrow(ws, 'getClaim', { claimId: a!.id }).claim.reviewedAt).toBeNull();
    expect(callOrThrow(ws, 'bulkReview', { target: { claimIds: [b!.id, c!.id] }, action: 'exclude' })).toMatchObject({ changed: 2 });
    expect(callOrThrow(ws, 'getClaim', { claimId: b!.id }).claim.hidden).toBe(true);
    expect(callOrThrow(ws, 'bulkReview', { target: { claimIds: [b!.id, c!.id] }, action: 'restore' })).toMatchObject({ changed: 2 });
    expect(callOrThrow(ws, 'getClaim', { claimId: c!.id }).claim.hidden).toBe(false);
  });

  it('refuses an unknown claim, an empty selection and an unknown action, changing nothing', () => {
    const { ws, sample } = withTwoArticles();
    const [a] = callOrThrow(ws, 'listClaims', { filter: { articleId: sample.id } }).rows;
    const before = snapshotDatabase(ws);
    expect(call(ws, 'bulkReview', { target: { claimIds: [a!.id, 99999] }, action: 'verified' })).toMatchObject({ ok: false, error: { code: 'not_found_claim' } });
    expect(call(ws, 'bulkReview', { target: { claimIds: [] }, action: 'verified' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call(ws, 'bulkReview', { target: { claimIds: [a!.id] }, action: 'maybe' as 'verified' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(snapshotDatabase(ws)).toEqual(before);
  });
});
