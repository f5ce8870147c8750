import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../db/testing/temp-workspace';
import { call, callOrThrow } from './dispatch';

const newWorkspace = useTempWorkspace();

describe('claim numbers', () => {
  it('count the article’s shown claims from 1: hidden rows take none, and the numbers follow splits and exclusions', () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'loadSample', {});
    const all = callOrThrow(ws, 'listClaims', { filter: { articleId: article.id, includeHidden: true }, limit: 500 }).rows;
    // The sample's dateline is kept hidden at position 1: the first claim is number 1 all the same.
    expect(all[0]).toMatchObject({ position: 1, hidden: true, number: null });
    const shown = all.filter((c) => !c.hidden);
    expect(shown.map((c) => c.number)).toEqual(shown.map((_, i) => i + 1));
    expect(callOrThrow(ws, 'getArticle', { id: article.id }).claims.filter((h) => !h.hidden).map((h) => h.number)).toEqual(shown.map((_, i) => i + 1));

    callOrThrow(ws, 'excludeClaim', { claimId: shown[0]!.id });
    expect(callOrThrow(ws, 'getClaim', { claimId: shown[1]!.id }).claim.number).toBe(1);
    const csv = callOrThrow(ws, 'exportCsv', { filter: { articleId: article.id } }).csv;
    expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^${shown[1]!.id},[^,]*,[^,]*,1,`));
  });
});

describe('the check-worthiness filter', () => {
  it('keeps the claims at least that check-worthy, composes with the others, and refuses a value outside 0–1', () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'loadSample', {});
    const all = callOrThrow(ws, 'listClaims', { filter: { articleId: article.id }, limit: 500 }).rows;
    const strong = callOrThrow(ws, 'listClaims', { filter: { articleId: article.id, minWorthiness: 0.85 }, limit: 500 }).rows;
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.length).toBeLessThan(all.length);
    expect(strong.map((c) => c.id)).toEqual(all.filter((c) => (c.checkWorthiness ?? 0) >= 0.85).map((c) => c.id));
    callOrThrow(ws, 'setStatus', { claimId: strong[0]!.id, status: 'verified' });
    expect(callOrThrow(ws, 'listClaims', { filter: { minWorthiness: 0.85, status: 'verified' } }).total).toBe(1);
    expect(call(ws, 'listClaims', { filter: { minWorthiness: 1.5 } })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'filter.minWorthiness' } });
  });
});
