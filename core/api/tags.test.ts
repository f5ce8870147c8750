import { describe, expect, it } from 'vitest';
import { snapshotDatabase, useTempWorkspace } from '../../db/testing/temp-workspace';
import { call, callOrThrow } from './dispatch';
import type { Workspace } from './workspace';

const newWorkspace = useTempWorkspace();

function sampleClaims(ws: Workspace) {
  const article = callOrThrow(ws, 'loadSample', {}).article;
  return { article, rows: callOrThrow(ws, 'listClaims', { filter: { articleId: article.id } }).rows };
}

describe('tags', () => {
  it('go on ticked claims in one step, are found by the tag filter in any case, and show on the claim', () => {
    const ws = newWorkspace();
    const { rows } = sampleClaims(ws);
    const [a, b, c] = rows;
    expect(callOrThrow(ws, 'tagClaims', { target: { claimIds: [a!.id, b!.id] }, tag: 'Border security' })).toEqual({ tag: 'Border security', selected: 2, changed: 2 });
    // The same tag in another case is the same tag, kept as first written; a claim carries it once.
    expect(callOrThrow(ws, 'tagClaims', { target: { claimIds: [b!.id, c!.id] }, tag: 'border SECURITY' })).toEqual({ tag: 'Border security', selected: 2, changed: 1 });
    expect(callOrThrow(ws, 'listTags', {})).toEqual([{ name: 'Border security', claims: 3 }]);
    expect(callOrThrow(ws, 'listClaims', { filter: { tag: 'border security' } }).rows.map((r) => r.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(callOrThrow(ws, 'getClaim', { claimId: a!.id }).tags).toEqual(['Border security']);
    expect(callOrThrow(ws, 'getHistory', { claimId: c!.id })[0]).toMatchObject({ action: 'tag_added', oldValue: null, newValue: 'Border security', actor: 'Tess Tester' });
    expect(callOrThrow(ws, 'getUndoState', {}).undo).toMatchObject({ operation: 'tagClaims', label: 'tag “border SECURITY”' });
  });

  it('go on every claim a filter shows, and come off again; undo brings back what was there', () => {
    const ws = newWorkspace();
    const { article, rows } = sampleClaims(ws);
    const filter = { articleId: article.id };
    expect(callOrThrow(ws, 'tagClaims', { target: { filter }, tag: 'Pakistan desk' })).toMatchObject({ selected: rows.length, changed: rows.length });
    const tagged = snapshotDatabase(ws);
    expect(callOrThrow(ws, 'untagClaims', { target: { claimIds: [rows[0]!.id] }, tag: 'pakistan desk' })).toMatchObject({ changed: 1 });
    expect(callOrThrow(ws, 'getClaim', { claimId: rows[0]!.id }).tags).toEqual([]);
    callOrThrow(ws, 'undo', {});
    expect(callOrThrow(ws, 'getClaim', { claimId: rows[0]!.id }).tags).toEqual(['Pakistan desk']);
    expect(snapshotDatabase(ws).claim_tags).toEqual(tagged.claim_tags);
    callOrThrow(ws, 'undo', {});
    expect(callOrThrow(ws, 'listTags', {})).toEqual([]);
  });

  it('rename everywhere at once, merge into another tag by taking its name, and delete from every claim', () => {
    const ws = newWorkspace();
    const { rows } = sampleClaims(ws);
    const [a, b, c] = rows;
    callOrThrow(ws, 'tagClaims', { target: { claimIds: [a!.id, b!.id] }, tag: 'helth' });
    callOrThrow(ws, 'tagClaims', { target: { claimIds: [b!.id, c!.id] }, tag: 'Health' });
    expect(callOrThrow(ws, 'renameTag', { tag: 'helth', to: 'Health policy' })).toEqual({ tag: 'Health policy', claims: 2, merged: false });
    expect(callOrThrow(ws, 'getClaim', { claimId: a!.id }).tags).toEqual(['Health policy']);
    expect(callOrThrow(ws, 'getHistory', { claimId: a!.id })[0]).toMatchObject({ action: 'tag_added', oldValue: 'helth', newValue: 'Health policy' });
    // Renaming to an existing tag's name (any case) merges them: b carried both and keeps one.
    expect(callOrThrow(ws, 'renameTag', { tag: 'Health policy', to: 'health' })).toEqual({ tag: 'Health', claims: 3, merged: true });
    expect(callOrThrow(ws, 'listTags', {})).toEqual([{ name: 'Health', claims: 3 }]);
    expect(callOrThrow(ws, 'getClaim', { claimId: b!.id }).tags).toEqual(['Health']);
    // A change of case only is a rename of the same tag.
    expect(callOrThrow(ws, 'renameTag', { tag: 'Health', to: 'HEALTH' })).toEqual({ tag: 'HEALTH', claims: 3, merged: false });
    callOrThrow(ws, 'undo', {});
    callOrThrow(ws, 'undo', {});
    expect(callOrThrow(ws, 'listTags', {})).toEqual([
      { name: 'Health', claims: 2 },
      { name: 'Health policy', claims: 2 },
    ]);
    expect(callOrThrow(ws, 'deleteTag', { tag: 'health' })).toMatchObject({ tag: 'Health', changed: 2 });
    expect(callOrThrow(ws, 'getClaim', { claimId: c!.id }).tags).toEqual([]);
    expect(callOrThrow(ws, 'getHistory', { claimId: c!.id })[0]).toMatchObject({ action: 'tag_removed', oldValue: 'Health' });
  });

  it('refuse a bad tag or a missing claim by name and change nothing', () => {
    const ws = newWorkspace();
    const { rows } = sampleClaims(ws);
    callOrThrow(ws, 'tagClaims', { target: { claimIds: [rows[0]!.id] }, tag: 'Kept' });
    const before = snapshotDatabase(ws);
    const refusals: Array<[string, unknown, string]> = [
      ['tagClaims', { target: { claimIds: [rows[0]!.id] }, tag: '   ' }, 'invalid_input'],
      ['tagClaims', { target: { claimIds: [rows[0]!.id] }, tag: 'two\nlines' }, 'invalid_input'],
      ['tagClaims', { target: { claimIds: [rows[0]!.id] }, tag: 'x'.repeat(61) }, 'invalid_input'],
      ['tagClaims', { target: { claimIds: [rows[0]!.id, 999_999] }, tag: 'New' }, 'not_found_claim'],
      ['tagClaims', { target: { claimIds: [] }, tag: 'New' }, 'invalid_input'],
      ['untagClaims', { target: { claimIds: [rows[0]!.id] }, tag: 'Never made' }, 'not_found_tag'],
      ['renameTag', { tag: 'Never made', to: 'Other' }, 'not_found_tag'],
      ['renameTag', { tag: 'Kept', to: '' }, 'invalid_input'],
      ['deleteTag', { tag: 'Never made' }, 'not_found_tag'],
      ['listClaims', { filter: { tag: '' } }, 'invalid_input'],
    ];
    for (const [op, input, code] of refusals) {
      const result = call(ws, op as 'tagClaims', input as never);
      expect(result.ok, `${op} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(code);
    }
    expect(snapshotDatabase(ws)).toEqual(before);
  });
});
