import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setPreference } from '../../db/queries/preferences';
import { snapshotDatabase, useTempDir } from '../../db/testing/temp-workspace';
import { call, callOrThrow } from './dispatch';
import { closeWorkspace, openWorkspace, type Workspace } from './workspace';

// B7 (user test 2): two windows on one claim; the later save silently overwrote the other's edit or verdict.
// Two windows are two connections to one workspace file, as the desktop app's and browser mode's are.
const tempDir = useTempDir();

const ARTICLE = `Land disputes

Hun Sen said land disputes were his biggest regret in 30 years of rule.

More than 770,000 people have been affected by land conflicts since 2000, a rights group said.`;

function twoWindows(): { a: Workspace; b: Workspace; close: () => void } {
  const dbPath = path.join(tempDir(), 'claimdesk.sqlite');
  const a = openWorkspace({ dbPath });
  setPreference(a.db, 'reviewerName', 'Ana');
  const b = openWorkspace({ dbPath, reviewer: 'Ben' });
  return { a, b, close: () => [a, b].forEach(closeWorkspace) };
}

describe('a change made in another window since this one last saw the claim', () => {
  it('a verdict sent with the verdict it saw is refused, with a plain error, when another window gave one since; nothing changes', () => {
    const { a, b, close } = twoWindows();
    try {
      const article = callOrThrow(a, 'importArticle', { text: ARTICLE }).article;
      const claim = callOrThrow(a, 'listClaims', { filter: { articleId: article.id } }).rows[0]!;
      // Both windows show it not reviewed.
      const seenByB = callOrThrow(b, 'getClaim', { claimId: claim.id }).claim;
      const seenByA = callOrThrow(a, 'getClaim', { claimId: claim.id }).claim;
      const afterA = callOrThrow(a, 'setStatus', { claimId: claim.id, status: 'verified', seen: { status: seenByA.status, reviewedAt: seenByA.reviewedAt } });
      expect(afterA.claim.reviewedBy).toBe('Ana');

      const before = snapshotDatabase(b);
      const refused = call(b, 'setStatus', { claimId: claim.id, status: 'disputed', seen: { status: seenByB.status, reviewedAt: seenByB.reviewedAt } });
      expect(refused).toEqual({
        ok: false,
        error: { code: 'changed_elsewhere', message: expect.stringMatching(/^This claim was changed in another window since you last saw it, so nothing was saved\. Reload/) },
      });
      expect(call(b, 'clearStatus', { claimId: claim.id, seen: { status: seenByB.status, reviewedAt: seenByB.reviewedAt } })).toMatchObject({ ok: false, error: { code: 'changed_elsewhere' } });
      expect(snapshotDatabase(b)).toEqual(before);

      // Having seen A's verdict, B may change it.
      const now = callOrThrow(b, 'getClaim', { claimId: claim.id }).claim;
      expect(callOrThrow(b, 'setStatus', { claimId: claim.id, status: 'disputed', seen: { status: now.status, reviewedAt: now.reviewedAt } }).claim).toMatchObject({ status: 'disputed', reviewedBy: 'Ben' });
      // Without `seen` (the CLI, scripts) a verdict is given as before.
      expect(callOrThrow(a, 'setStatus', { claimId: claim.id, status: 'unverified' }).claim.status).toBe('unverified');
    } finally {
      close();
    }
  });

  it('a claim edit sent with the text its editor opened on is refused when another window edited the claim since; nothing changes', () => {
    const { a, b, close } = twoWindows();
    try {
      const article = callOrThrow(a, 'importArticle', { text: ARTICLE }).article;
      const claim = callOrThrow(a, 'listClaims', { filter: { articleId: article.id } }).rows[1]!;
      const opened = claim.text;
      callOrThrow(a, 'editClaim', { claimId: claim.id, text: `${opened} [EDIT FROM TAB A]`, seenText: opened });

      const before = snapshotDatabase(b);
      const refused = call(b, 'editClaim', { claimId: claim.id, text: `${opened} [EDIT FROM TAB B]`, seenText: opened });
      expect(refused).toMatchObject({ ok: false, error: { code: 'changed_elsewhere', message: expect.stringContaining('changed in another window') } });
      expect(snapshotDatabase(b)).toEqual(before);
      expect(callOrThrow(b, 'getClaim', { claimId: claim.id }).claim.text).toBe(`${opened} [EDIT FROM TAB A]`);

      // The text as it is now (its line breaks as a text field gives them) is accepted.
      const edited = callOrThrow(b, 'editClaim', { claimId: claim.id, text: `${opened} [B, having seen A]`, seenText: `${opened} [EDIT FROM TAB A]` });
      expect(edited.claim.text).toBe(`${opened} [B, having seen A]`);
    } finally {
      close();
    }
  });

  it('a note edit is refused when another window changed the note since, and a note deleted elsewhere is said in plain words', () => {
    const { a, b, close } = twoWindows();
    try {
      const article = callOrThrow(a, 'importArticle', { text: ARTICLE }).article;
      const claim = callOrThrow(a, 'listClaims', { filter: { articleId: article.id } }).rows[0]!;
      const note = callOrThrow(a, 'addNote', { claimId: claim.id, body: 'Check the 1993 land law.' }).notes[0]!;
      callOrThrow(a, 'editNote', { noteId: note.id, body: 'Check the 2001 land law.', seenBody: note.body });

      const before = snapshotDatabase(b);
      expect(call(b, 'editNote', { noteId: note.id, body: 'Mine.', seenBody: note.body })).toMatchObject({
        ok: false,
        error: { code: 'changed_elsewhere', message: expect.stringMatching(/^This note was changed in another window/) },
      });
      expect(snapshotDatabase(b)).toEqual(before);

      // B15: deleted in one window, saved in the other.
      callOrThrow(a, 'deleteNote', { noteId: note.id });
      const gone = call(b, 'editNote', { noteId: note.id, body: 'Mine.', seenBody: 'Check the 2001 land law.' });
      expect(gone).toMatchObject({ ok: false, error: { code: 'not_found_note' } });
      if (!gone.ok) {
        expect(gone.error.message).toMatch(/^This note is no longer there .*deleted, perhaps in another window/);
        expect(gone.error.message).not.toMatch(/^No note with id/);
      }
    } finally {
      close();
    }
  });
});
