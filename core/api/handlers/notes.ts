import { z } from 'zod';
import { recordHistory } from '../../../db/queries/history';
import { deleteNote, getNote, insertNote, updateNote, type Note } from '../../../db/queries/notes';
import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { id, requiredText } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';
import { claimDetail, requireClaim } from './claims';

const noteBody = requiredText('Note', 20_000);

function requireNote(ws: Workspace, noteId: number): Note {
  const note = getNote(ws.db, noteId);
  if (!note) throw new ClaimdeskError('not_found_note', `This note is no longer there (note ${noteId}): it was deleted, perhaps in another window. Reload to see the claim's notes as they are now.`);
  return note;
}

export const noteOperations = {
  addNote: defineOperation({
    input: z.object({ claimId: id, body: noteBody }).strict(),
    write: true, undoLabel: 'add note',
    handler: (ws, input) => {
      requireClaim(ws, input.claimId);
      const actor = reviewerOf(ws);
      const at = ws.now();
      insertNote(ws.db, input.claimId, input.body, actor, at);
      recordHistory(ws.db, { claimId: input.claimId, at, actor, action: 'note_added', oldValue: null, newValue: input.body });
      return claimDetail(ws, input.claimId);
    },
  }),
  editNote: defineOperation({
    // `seenBody`: the note as the editor opened it (the app sends it): refused when another window changed it since.
    input: z.object({ noteId: id, body: noteBody, seenBody: z.string().max(40_000).optional() }).strict(),
    write: true, undoLabel: 'edit note',
    handler: (ws, input) => {
      const note = requireNote(ws, input.noteId);
      if (input.seenBody !== undefined && input.seenBody !== note.body) {
        throw new ClaimdeskError('changed_elsewhere', 'This note was changed in another window since you opened it, so nothing was saved. Reload to see it as it is now.');
      }
      const actor = reviewerOf(ws);
      const at = ws.now();
      updateNote(ws.db, note.id, input.body, at);
      recordHistory(ws.db, { claimId: note.claimId, at, actor, action: 'note_edited', oldValue: note.body, newValue: input.body });
      return claimDetail(ws, note.claimId);
    },
  }),
  deleteNote: defineOperation({
    input: z.object({ noteId: id }).strict(),
    write: true, undoLabel: 'delete note',
    handler: (ws, input) => {
      const note = requireNote(ws, input.noteId);
      deleteNote(ws.db, note.id);
      recordHistory(ws.db, { claimId: note.claimId, at: ws.now(), actor: reviewerOf(ws), action: 'note_deleted', oldValue: note.body, newValue: null });
      return claimDetail(ws, note.claimId);
    },
  }),
};
