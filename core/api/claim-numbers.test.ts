import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../db/testing/temp-workspace';
import { callOrThrow } from './dispatch';

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
