import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, useTempWorkspace } from '../../db/testing/temp-workspace';
import { call, callOrThrow } from './dispatch';
import { closeWorkspace, openWorkspace, type Workspace } from './workspace';

const newWorkspace = useTempWorkspace();
const tempDir = useTempDir();

/** What a fact-checker's work consists of: every table but the audit trail and the undo list itself. */
function workState(ws: Workspace): Record<string, unknown[]> {
  const state: Record<string, unknown[]> = {};
  for (const table of ['articles', 'claims', 'notes', 'sources', 'claim_sources', 'claim_entities', 'dispute_suggestions']) {
    state[table] = ws.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
  }
  // The full-text index must follow the rows back and forth.
  state.search = ws.db.prepare('SELECT rowid, text, speaker, notes, sources FROM claim_search ORDER BY rowid').all();
  return state;
}

function visibleClaims(ws: Workspace, articleId: number) {
  return callOrThrow(ws, 'listClaims', { filter: { articleId }, limit: 500 }).rows;
}

function withSample(ws: Workspace) {
  const { article } = callOrThrow(ws, 'loadSample', {});
  const claims = visibleClaims(ws, article.id);
  return { articleId: article.id, claims };
}

describe('undo and redo', () => {
  it('nothing to undo in a fresh workspace; importing is not an undo step', () => {
    const ws = newWorkspace();
    expect(callOrThrow(ws, 'getUndoState', {})).toEqual({ undo: null, redo: null });
    withSample(ws);
    expect(callOrThrow(ws, 'getUndoState', {})).toEqual({ undo: null, redo: null });
    expect(call(ws, 'undo', {})).toMatchObject({ ok: false, error: { code: 'nothing_to_undo', message: 'Nothing to undo.' } });
    expect(call(ws, 'redo', {})).toMatchObject({ ok: false, error: { code: 'nothing_to_redo' } });
  });

  it('a verdict: undo restores the claim and says so in its history; redo gives it back', () => {
    const ws = newWorkspace();
    const { claims } = withSample(ws);
    const claim = claims[0]!;
    callOrThrow(ws, 'setPreferences', { reviewerName: 'Ana' });
    const before = workState(ws);
    callOrThrow(ws, 'setStatus', { claimId: claim.id, status: 'disputed' });
    const after = workState(ws);
    expect(callOrThrow(ws, 'getUndoState', {}).undo).toMatchObject({ operation: 'setStatus', label: 'verdict', actor: 'Ana' });

    const undone = callOrThrow(ws, 'undo', {});
    expect(undone.done).toMatchObject({ operation: 'setStatus' });
    expect(undone.state).toMatchObject({ undo: null, redo: { operation: 'setStatus' } });
    expect(workState(ws)).toEqual(before);
    const history = callOrThrow(ws, 'getHistory', { claimId: claim.id });
    expect(history.slice(0, 2)).toMatchObject([
      { action: 'status', oldValue: 'disputed', newValue: 'not reviewed', actor: 'Ana', reverts: 'undo' },
      { action: 'status', oldValue: 'not reviewed', newValue: 'disputed', reverts: null },
    ]);

    callOrThrow(ws, 'redo', {});
    expect(workState(ws)).toEqual(after);
    expect(callOrThrow(ws, 'getHistory', { claimId: claim.id })[0]).toMatchObject({ oldValue: 'not reviewed', newValue: 'disputed', reverts: 'redo' });
  });

  it('clear verdict returns a claim to not reviewed, and is undone like any change', () => {
    const ws = newWorkspace();
    const claim = withSample(ws).claims[1]!;
    callOrThrow(ws, 'setStatus', { claimId: claim.id, status: 'verified' });
    const cleared = callOrThrow(ws, 'clearStatus', { claimId: claim.id });
    expect(cleared.claim).toMatchObject({ status: 'unverified', reviewedBy: null, reviewedAt: null });
    expect(cleared.history[0]).toMatchObject({ action: 'status', oldValue: 'verified', newValue: 'not reviewed' });
    expect(callOrThrow(ws, 'getUndoState', {}).undo).toMatchObject({ operation: 'clearStatus', label: 'clear verdict' });
    callOrThrow(ws, 'undo', {});
    expect(callOrThrow(ws, 'getClaim', { claimId: claim.id }).claim).toMatchObject({ status: 'verified', reviewedAt: expect.any(String) });
    // Clearing a claim nobody reviewed changes nothing and adds no undo step.
    const other = withSample(ws).claims[2]!;
    const steps = ws.db.prepare('SELECT count(*) AS n FROM change_sets').get();
    callOrThrow(ws, 'clearStatus', { claimId: other.id });
    expect(ws.db.prepare('SELECT count(*) AS n FROM change_sets').get()).toEqual(steps);
  });

  it('a split, then a merge, then a note and a source: undone one step at a time, in reverse', () => {
    const ws = newWorkspace();
    const { articleId, claims } = withSample(ws);
    const claim = claims.find((c) => c.text.includes(','))!;
    const states = [workState(ws)];
    const split = callOrThrow(ws, 'splitClaim', { claimId: claim.id, at: claim.text.indexOf(',') + 1 });
    states.push(workState(ws));
    callOrThrow(ws, 'mergeClaims', { claimIds: [split.claims[0]!.id, split.claims[1]!.id] });
    states.push(workState(ws));
    callOrThrow(ws, 'addNote', { claimId: claim.id, body: 'Call the ministry.\nAsk for the 2023 figures.' });
    states.push(workState(ws));
    callOrThrow(ws, 'addSource', { claimId: claim.id, url: 'https://example.org/report', title: 'UNHCR report', stance: 'supports' });
    states.push(workState(ws));
    expect(visibleClaims(ws, articleId)).toHaveLength(claims.length);

    for (let i = states.length - 2; i >= 0; i--) {
      callOrThrow(ws, 'undo', {});
      expect(workState(ws)).toEqual(states[i]);
    }
    for (let i = 1; i < states.length; i++) {
      callOrThrow(ws, 'redo', {});
      expect(workState(ws)).toEqual(states[i]);
    }
  });

  it('a new change after an undo drops what could have been redone', () => {
    const ws = newWorkspace();
    const [a, b] = withSample(ws).claims;
    callOrThrow(ws, 'setStatus', { claimId: a!.id, status: 'verified' });
    callOrThrow(ws, 'undo', {});
    expect(callOrThrow(ws, 'getUndoState', {}).redo).not.toBeNull();
    callOrThrow(ws, 'setStatus', { claimId: b!.id, status: 'disputed' });
    expect(callOrThrow(ws, 'getUndoState', {})).toMatchObject({ undo: { operation: 'setStatus' }, redo: null });
  });

  it('a failed change is no undo step and leaves the undo list as it was', () => {
    const ws = newWorkspace();
    const [a] = withSample(ws).claims;
    callOrThrow(ws, 'setStatus', { claimId: a!.id, status: 'verified' });
    const state = callOrThrow(ws, 'getUndoState', {});
    expect(call(ws, 'setStatus', { claimId: 99999, status: 'verified' })).toMatchObject({ ok: false, error: { code: 'not_found_claim' } });
    expect(call(ws, 'addNote', { claimId: a!.id, body: '' })).toMatchObject({ ok: false });
    expect(callOrThrow(ws, 'getUndoState', {})).toEqual(state);
    expect(ws.db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 1 });
  });

  it('survives closing and reopening the workspace', () => {
    const dbPath = path.join(tempDir(), 'reopen.sqlite');
    let ws = openWorkspace({ dbPath, reviewer: 'Ana' });
    const [a] = withSample(ws).claims;
    const before = workState(ws);
    callOrThrow(ws, 'setStatus', { claimId: a!.id, status: 'disputed' });
    callOrThrow(ws, 'addNote', { claimId: a!.id, body: 'Two sources disagree.' });
    closeWorkspace(ws);
    ws = openWorkspace({ dbPath, reviewer: 'Ana' });
    try {
      expect(callOrThrow(ws, 'getUndoState', {}).undo).toMatchObject({ operation: 'addNote' });
      callOrThrow(ws, 'undo', {});
      callOrThrow(ws, 'undo', {});
      expect(workState(ws)).toEqual(before);
    } finally {
      closeWorkspace(ws);
    }
  });

  it('a step whose rows later changes took is dropped with the reason, and the next one still undoes', () => {
    const ws = newWorkspace();
    const [a, b] = withSample(ws).claims;
    callOrThrow(ws, 'setStatus', { claimId: a!.id, status: 'verified' });
    callOrThrow(ws, 'addNote', { claimId: b!.id, body: 'Check the date.' });
    // Something outside the undo list removes the note (a colleague's tool, a repair).
    ws.db.prepare('DELETE FROM notes').run();
    const outcome = callOrThrow(ws, 'undo', {});
    expect(outcome.done).toBeNull();
    expect(outcome.dropped).toMatchObject({ operation: 'addNote', reason: expect.stringContaining('later changes took its place') });
    expect(outcome.state.undo).toMatchObject({ operation: 'setStatus' });
    expect(callOrThrow(ws, 'undo', {}).done).toMatchObject({ operation: 'setStatus' });
    expect(callOrThrow(ws, 'getClaim', { claimId: a!.id }).claim.reviewedAt).toBeNull();
  });
});

type Step =
  | { kind: 'verdict'; pick: number; status: 'verified' | 'disputed' | 'unverified' }
  | { kind: 'clear'; pick: number }
  | { kind: 'note'; pick: number; body: string }
  | { kind: 'editNote'; pick: number; body: string }
  | { kind: 'deleteNote'; pick: number }
  | { kind: 'source'; pick: number; stance: 'supports' | 'contradicts' | 'context' }
  | { kind: 'unlink'; pick: number }
  | { kind: 'exclude'; pick: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'split'; pick: number; at: number }
  | { kind: 'merge'; pick: number }
  | { kind: 'edit'; pick: number }
  | { kind: 'rename'; title: string }
  | { kind: 'accept'; pick: number };

const pick = fc.nat(1000);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !s.includes('\0'));
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('verdict' as const), pick, status: fc.constantFrom('verified' as const, 'disputed' as const, 'unverified' as const) }),
  fc.record({ kind: fc.constant('clear' as const), pick }),
  fc.record({ kind: fc.constant('note' as const), pick, body: text }),
  fc.record({ kind: fc.constant('editNote' as const), pick, body: text }),
  fc.record({ kind: fc.constant('deleteNote' as const), pick }),
  fc.record({ kind: fc.constant('source' as const), pick, stance: fc.constantFrom('supports' as const, 'contradicts' as const, 'context' as const) }),
  fc.record({ kind: fc.constant('unlink' as const), pick }),
  fc.record({ kind: fc.constant('exclude' as const), pick }),
  fc.record({ kind: fc.constant('restore' as const), pick }),
  fc.record({ kind: fc.constant('split' as const), pick, at: fc.nat(200) }),
  fc.record({ kind: fc.constant('merge' as const), pick }),
  fc.record({ kind: fc.constant('edit' as const), pick }),
  fc.record({ kind: fc.constant('rename' as const), title: text }),
  fc.record({ kind: fc.constant('accept' as const), pick }),
);

/** Runs one step against whatever the workspace holds now; a step that does not apply simply fails. */
function runStep(ws: Workspace, articleId: number, step: Step): void {
  const all = callOrThrow(ws, 'listClaims', { filter: { articleId, includeHidden: true }, limit: 500 }).rows;
  const claim = 'pick' in step ? all[step.pick % all.length]! : all[0]!;
  const notes = ws.db.prepare('SELECT id FROM notes ORDER BY id').all() as Array<{ id: number }>;
  const links = ws.db.prepare('SELECT claim_id AS claimId, source_id AS sourceId FROM claim_sources ORDER BY claim_id, source_id').all() as Array<{ claimId: number; sourceId: number }>;
  switch (step.kind) {
    case 'verdict':
      call(ws, 'setStatus', { claimId: claim.id, status: step.status });
      break;
    case 'clear':
      call(ws, 'clearStatus', { claimId: claim.id });
      break;
    case 'note':
      call(ws, 'addNote', { claimId: claim.id, body: step.body });
      break;
    case 'editNote':
      if (notes.length > 0) call(ws, 'editNote', { noteId: notes[step.pick % notes.length]!.id, body: step.body });
      break;
    case 'deleteNote':
      if (notes.length > 0) call(ws, 'deleteNote', { noteId: notes[step.pick % notes.length]!.id });
      break;
    case 'source':
      call(ws, 'addSource', { claimId: claim.id, url: `https://example.org/${step.pick}`, title: `Report ${step.pick}`, stance: step.stance });
      break;
    case 'unlink':
      if (links.length > 0) call(ws, 'unlinkSource', links[step.pick % links.length]!);
      break;
    case 'exclude':
      call(ws, 'excludeClaim', { claimId: claim.id });
      break;
    case 'restore': {
      const hidden = all.filter((row) => row.hidden);
      if (hidden.length > 0) call(ws, 'restoreClaim', { claimId: hidden[step.pick % hidden.length]!.id });
      break;
    }
    case 'split':
      call(ws, 'splitClaim', { claimId: claim.id, at: 1 + (step.at % Math.max(1, claim.text.length - 1)) });
      break;
    case 'merge': {
      const next = all[(step.pick % all.length) + 1];
      if (next) call(ws, 'mergeClaims', { claimIds: [claim.id, next.id] });
      break;
    }
    case 'edit':
      call(ws, 'editClaim', { claimId: claim.id, text: `${claim.text} (as reworded)` });
      break;
    case 'rename':
      call(ws, 'renameArticle', { id: articleId, title: step.title });
      break;
    case 'accept': {
      const pending = ws.db.prepare("SELECT id FROM dispute_suggestions WHERE state = 'pending' ORDER BY id").all() as Array<{ id: number }>;
      if (pending.length > 0) call(ws, 'acceptSuggestion', { suggestionId: pending[step.pick % pending.length]!.id });
      break;
    }
  }
}

describe('undo, as a property', () => {
  it('any sequence of changes, then as many undos, leaves the work exactly as it started; redo brings it all back', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 16 }), (steps) => {
        const ws = newWorkspace();
        const { articleId } = withSample(ws);
        const start = workState(ws);
        for (const step of steps) runStep(ws, articleId, step);
        const end = workState(ws);
        const count = (ws.db.prepare("SELECT count(*) AS n FROM change_sets WHERE state = 'done'").get() as { n: number }).n;
        for (let i = 0; i < count; i++) expect(callOrThrow(ws, 'undo', {}).done).not.toBeNull();
        expect(callOrThrow(ws, 'getUndoState', {}).undo).toBeNull();
        expect(workState(ws)).toEqual(start);
        for (let i = 0; i < count; i++) expect(callOrThrow(ws, 'redo', {}).done).not.toBeNull();
        expect(workState(ws)).toEqual(end);
        closeWorkspace(ws);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('holds for a sequence with every kind of change in it', () => {
    const ws = newWorkspace();
    const { articleId } = withSample(ws);
    const start = workState(ws);
    const steps: Step[] = [
      { kind: 'verdict', pick: 3, status: 'disputed' },
      { kind: 'verdict', pick: 4, status: 'verified' },
      { kind: 'clear', pick: 4 },
      { kind: 'note', pick: 3, body: 'First line.\nSecond line.' },
      { kind: 'note', pick: 5, body: 'Another note' },
      { kind: 'editNote', pick: 0, body: 'Reworded note' },
      { kind: 'deleteNote', pick: 1 },
      { kind: 'source', pick: 3, stance: 'contradicts' },
      { kind: 'source', pick: 6, stance: 'supports' },
      { kind: 'unlink', pick: 1 },
      { kind: 'exclude', pick: 7 },
      { kind: 'restore', pick: 0 },
      { kind: 'split', pick: 8, at: 20 },
      { kind: 'merge', pick: 8 },
      { kind: 'edit', pick: 9 },
      { kind: 'rename', title: 'Pakistan and the Afghan deportations' },
      { kind: 'accept', pick: 0 },
    ];
    for (const step of steps) runStep(ws, articleId, step);
    const operations = (ws.db.prepare('SELECT operation FROM change_sets ORDER BY id').all() as Array<{ operation: string }>).map((row) => row.operation);
    expect(new Set(operations)).toEqual(
      new Set(['acceptSuggestion', 'addNote', 'addSource', 'clearStatus', 'deleteNote', 'editClaim', 'editNote', 'excludeClaim', 'mergeClaims', 'renameArticle', 'restoreClaim', 'setStatus', 'splitClaim', 'unlinkSource']),
    );
    const end = workState(ws);
    for (let i = 0; i < operations.length; i++) callOrThrow(ws, 'undo', {});
    expect(workState(ws)).toEqual(start);
    for (let i = 0; i < operations.length; i++) callOrThrow(ws, 'redo', {});
    expect(workState(ws)).toEqual(end);
  });
});

describe('deleting an article', () => {
  it('takes its claims, notes, links and history, keeps a source another article uses, and is undone whole', () => {
    const ws = newWorkspace();
    const first = withSample(ws);
    const second = callOrThrow(ws, 'importArticle', { text: 'LONDON - Officials said 1,200 families were moved in March.\n\nThe river rose 3 metres overnight, the agency said.', filename: 'flood.txt' });
    const [kept] = visibleClaims(ws, second.article.id);
    const [gone, other] = first.claims;
    callOrThrow(ws, 'setStatus', { claimId: gone!.id, status: 'disputed' });
    callOrThrow(ws, 'addNote', { claimId: gone!.id, body: 'Ask the ministry.' });
    const shared = callOrThrow(ws, 'addSource', { claimId: gone!.id, url: 'https://example.org/shared', title: 'Shared report', stance: 'supports' }).sources[0]!;
    callOrThrow(ws, 'linkSource', { claimId: kept!.id, sourceId: shared.id, stance: 'context' });
    callOrThrow(ws, 'addSource', { claimId: other!.id, url: 'https://example.org/only-here', title: 'Only here', stance: 'contradicts' });
    const before = workState(ws);
    const historyBefore = ws.db.prepare('SELECT * FROM history WHERE claim_id = ? ORDER BY id').all(gone!.id);

    expect(callOrThrow(ws, 'deleteArticle', { id: first.articleId }).deleted).toMatchObject({ id: first.articleId, claims: first.claims.length });
    expect(callOrThrow(ws, 'listArticles', {}).map((a) => a.id)).toEqual([second.article.id]);
    expect(ws.db.prepare('SELECT count(*) AS n FROM claims WHERE article_id = ?').get(first.articleId)).toEqual({ n: 0 });
    expect(ws.db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
    expect((ws.db.prepare('SELECT url FROM sources ORDER BY id').all() as Array<{ url: string }>).map((s) => s.url)).toEqual(['https://example.org/shared']);
    expect(callOrThrow(ws, 'listClaims', { filter: { search: 'Afghans' } }).total).toBe(0);
    expect(call(ws, 'deleteArticle', { id: first.articleId })).toMatchObject({ ok: false, error: { code: 'not_found_article' } });

    expect(callOrThrow(ws, 'undo', {}).done).toMatchObject({ operation: 'deleteArticle', label: 'delete article' });
    expect(workState(ws)).toEqual(before);
    expect(ws.db.prepare('SELECT * FROM history WHERE claim_id = ? AND reverts IS NULL ORDER BY id').all(gone!.id)).toEqual(historyBefore);
    expect(callOrThrow(ws, 'listClaims', { filter: { search: 'Afghans' } }).total).toBeGreaterThan(0);
    callOrThrow(ws, 'redo', {});
    expect(callOrThrow(ws, 'listArticles', {})).toHaveLength(1);
  });
});

describe('who is reviewing', () => {
  it('a workspace with no reviewer name refuses changes until it has one; importing needs none; no OS account name stands in', () => {
    const ws = openWorkspace({ dbPath: path.join(tempDir(), 'nameless.sqlite') });
    try {
      expect(callOrThrow(ws, 'getPreferences', {})).toEqual({ reviewerName: null, publisher: { name: null, url: null, reviewUrlTemplate: null } });
      const { claims } = withSample(ws);
      expect(ws.db.prepare('SELECT imported_by FROM articles').get()).toEqual({ imported_by: '' });
      const before = workState(ws);
      expect(call(ws, 'setStatus', { claimId: claims[0]!.id, status: 'verified' })).toMatchObject({ ok: false, error: { code: 'reviewer_required', message: expect.stringContaining('Who is reviewing?') } });
      expect(call(ws, 'addNote', { claimId: claims[0]!.id, body: 'x' })).toMatchObject({ ok: false, error: { code: 'reviewer_required' } });
      expect(workState(ws)).toEqual(before);
      expect(callOrThrow(ws, 'getUndoState', {})).toEqual({ undo: null, redo: null });
      callOrThrow(ws, 'setPreferences', { reviewerName: 'Farah Khan' });
      expect(callOrThrow(ws, 'setStatus', { claimId: claims[0]!.id, status: 'verified' }).claim.reviewedBy).toBe('Farah Khan');
    } finally {
      closeWorkspace(ws);
    }
  });

  it('a name given for the run (the CLI --reviewer) comes before the saved one', () => {
    const dbPath = path.join(tempDir(), 'named.sqlite');
    const ws = openWorkspace({ dbPath, reviewer: '  Omar  ' });
    try {
      const { claims } = withSample(ws);
      callOrThrow(ws, 'setPreferences', { reviewerName: 'Farah Khan' });
      expect(callOrThrow(ws, 'setStatus', { claimId: claims[0]!.id, status: 'disputed' }).claim.reviewedBy).toBe('Omar');
      expect(ws.db.prepare('SELECT imported_by FROM articles').get()).toEqual({ imported_by: 'Omar' });
    } finally {
      closeWorkspace(ws);
    }
  });
});

describe('undo and claim memory', () => {
  it('undoing the deletion of an article brings back its claims’ seen-before matches', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'importArticle', { text: 'ISLAMABAD - More than 800,000 Afghans have been expelled from Pakistan since November 2023, the UN refugee agency said.' });
    const later = callOrThrow(ws, 'importArticle', { text: 'KABUL - Over 800,000 Afghans have been deported from Pakistan since November 2023, according to the UN refugee agency.' });
    const [claim] = visibleClaims(ws, later.article.id);
    const matches = ws.db.prepare('SELECT * FROM claim_matches ORDER BY 1, 2').all();
    expect(callOrThrow(ws, 'getClaim', { claimId: claim!.id }).seenBefore).toHaveLength(1);
    callOrThrow(ws, 'deleteArticle', { id: later.article.id });
    expect(ws.db.prepare('SELECT count(*) AS n FROM claim_matches').get()).toEqual({ n: 0 });
    callOrThrow(ws, 'undo', {});
    expect(ws.db.prepare('SELECT * FROM claim_matches ORDER BY 1, 2').all()).toEqual(matches);
    expect(callOrThrow(ws, 'getClaim', { claimId: claim!.id }).seenBefore).toHaveLength(1);
  });
});
