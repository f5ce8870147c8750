import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../db/testing/temp-workspace';
import { call, callOrThrow } from './dispatch';
import type { Workspace } from './workspace';

const newWorkspace = useTempWorkspace();

/** Everything the claims table and its satellites hold for one article, as comparable rows. */
function claimState(ws: Workspace, articleId: number) {
  return {
    claims: ws.db.prepare('SELECT * FROM claims WHERE article_id = ? ORDER BY id').all(articleId),
    entities: ws.db.prepare('SELECT ce.* FROM claim_entities ce JOIN claims c ON c.id = ce.claim_id WHERE c.article_id = ? ORDER BY ce.claim_id, ce.ord').all(articleId),
    suggestions: ws.db.prepare('SELECT ds.* FROM dispute_suggestions ds JOIN claims c ON c.id = ds.claim_id WHERE c.article_id = ? ORDER BY ds.id').all(articleId),
    notes: ws.db.prepare('SELECT n.* FROM notes n JOIN claims c ON c.id = n.claim_id WHERE c.article_id = ? ORDER BY n.id').all(articleId),
    links: ws.db.prepare('SELECT cs.* FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id WHERE c.article_id = ? ORDER BY cs.claim_id, cs.source_id').all(articleId),
  };
}

describe('re-analyse article', () => {
  it('on an article the engine reads the same way today, changes nothing and says so', () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'loadSample', {});
    const before = claimState(ws, article.id);
    const report = callOrThrow(ws, 'reanalyzeArticle', { articleId: article.id });
    expect(report).toMatchObject({ speakers: 0, scores: 0, figures: 0, entities: 0, suggestionsAdded: 0, suggestionsRemoved: 0 });
    expect(report.claims).toBe(callOrThrow(ws, 'listClaims', { filter: { articleId: article.id } }).total);
    expect(report.claims).toBeLessThan((before.claims as unknown[]).length); // hidden rows are not claims to the reader
    expect(claimState(ws, article.id)).toEqual(before);
  });

  it('refreshes what an older engine stored, and keeps verdicts, notes, sources, edits, hand-set speakers and decided suggestions; one undo step', () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'loadSample', {});
    const rows = callOrThrow(ws, 'listClaims', { filter: { articleId: article.id } }).rows;
    const diplomat = rows.find((r) => r.speaker === 'one diplomat')!;
    const gandapur = rows.find((r) => r.text.includes('Gandapur has recently announced'))!;
    const deportation = rows.find((r) => r.text.includes('800,000 Afghans'))!;
    const denied = rows.find((r) => r.inArticleDispute === 'pending')!;
    const fresh = claimState(ws, article.id);

    // The fact-checker's work.
    callOrThrow(ws, 'setStatus', { claimId: deportation.id, status: 'disputed' });
    callOrThrow(ws, 'addNote', { claimId: deportation.id, body: 'UNHCR says 1.3 million.' });
    callOrThrow(ws, 'addSource', { claimId: deportation.id, url: 'https://example.org/unhcr', title: 'UNHCR', stance: 'contradicts' });
    callOrThrow(ws, 'setSpeaker', { claimId: diplomat.id, speaker: 'A senior diplomat in Islamabad' });
    const suggestion = callOrThrow(ws, 'getClaim', { claimId: denied.id }).suggestions[0]!;
    callOrThrow(ws, 'dismissSuggestion', { suggestionId: suggestion.id });
    // What an older engine left: no speaker, a low score, no figures, no entities, on Gandapur's claim and the deportation claim.
    ws.db.prepare("UPDATE claims SET speaker = NULL, check_worthiness = 0.1, reasons = '[]', figures = '[]' WHERE id IN (?, ?)").run(gandapur.id, deportation.id);
    ws.db.prepare('DELETE FROM claim_entities WHERE claim_id IN (?, ?)').run(gandapur.id, deportation.id);
    const stale = claimState(ws, article.id);

    const report = callOrThrow(ws, 'reanalyzeArticle', { articleId: article.id });
    expect(report).toMatchObject({ speakers: 1, scores: 2, figures: 2, entities: 2, handSpeakersKept: 1, suggestionsAdded: 0, suggestionsRemoved: 0 });

    const after = callOrThrow(ws, 'listClaims', { filter: { articleId: article.id } }).rows;
    const byId = (id: number) => after.find((r) => r.id === id)!;
    // Machine fields are back to what the engine reads.
    const freshRow = (id: number) => (fresh.claims as Array<Record<string, unknown>>).find((r) => r.id === id)!;
    for (const id of [gandapur.id, deportation.id]) {
      expect(byId(id).speaker).toBe(freshRow(id).speaker);
      expect(byId(id).checkWorthiness).toBe(freshRow(id).check_worthiness);
      expect(JSON.stringify(byId(id).figures)).toBe(freshRow(id).figures);
    }
    expect(byId(gandapur.id).speaker).toBe('Ali Amin Gandapur');
    expect(byId(deportation.id).entities.length).toBeGreaterThan(0);
    // The fact-checker's work is untouched.
    expect(byId(deportation.id)).toMatchObject({ status: 'disputed', noteCount: 1, sourceCount: 1 });
    expect(byId(diplomat.id)).toMatchObject({ speaker: 'A senior diplomat in Islamabad', speakerByHand: true });
    expect(callOrThrow(ws, 'getClaim', { claimId: denied.id }).suggestions[0]).toMatchObject({ id: suggestion.id, state: 'dismissed' });

    expect(callOrThrow(ws, 'getUndoState', {}).undo).toMatchObject({ operation: 'reanalyzeArticle', label: 're-analyse article' });
    callOrThrow(ws, 'undo', {});
    expect(claimState(ws, article.id)).toEqual(stale);
  });

  it('a reworded claim is read on its own words; an unknown article is refused and nothing changes', () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'loadSample', {});
    const row = callOrThrow(ws, 'listClaims', { filter: { articleId: article.id } }).rows.find((r) => r.text.includes('800,000 Afghans'))!;
    callOrThrow(ws, 'editClaim', { claimId: row.id, text: 'Pakistan has expelled 900,000 Afghans since November 2023.' });
    callOrThrow(ws, 'reanalyzeArticle', { articleId: article.id });
    const after = callOrThrow(ws, 'getClaim', { claimId: row.id }).claim;
    expect(after.text).toBe('Pakistan has expelled 900,000 Afghans since November 2023.');
    expect(after.figures).toContain('900,000 Afghans');

    const before = claimState(ws, article.id);
    expect(call(ws, 'reanalyzeArticle', { articleId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found_article' } });
    expect(call(ws, 'reanalyzeArticle', { articleId: 'x' } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(claimState(ws, article.id)).toEqual(before);
  });
});
