import { recordHistory, type HistoryAction } from '../../../db/queries/history';
import { applyChangeSet, historyOfChangeSet, setChangeSetState, UndoConflict, undoState, type ChangeSetSummary, type UndoState } from '../../../db/undo';
import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { empty } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';

export type { ChangeSetSummary, UndoState } from '../../../db/undo';

export interface UndoOutcome {
  /** The action undone or redone; null when it could not be applied. */
  done: ChangeSetSummary | null;
  /**
   * An action whose rows later changes have taken (say, a deleted article
   * imported again): it is dropped from the undo list, and this says why.
   */
  dropped: (ChangeSetSummary & { reason: string }) | null;
  state: UndoState;
}

/**
 * Undo or redo the next step: every row it changed goes back (or forward) in
 * this one transaction, and each claim's history gains an entry saying so;
 * the entries of the original action stay, so the audit trail only grows.
 */
function step(ws: Workspace, direction: 'undo' | 'redo'): UndoOutcome {
  const next = undoState(ws.db)[direction];
  if (next === null) throw new ClaimdeskError(direction === 'undo' ? 'nothing_to_undo' : 'nothing_to_redo', direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
  try {
    // A savepoint: a change set that no longer applies leaves nothing half-done.
    ws.db.transaction(() => applyChangeSet(ws.db, next.id, direction))();
  } catch (err) {
    if (!(err instanceof UndoConflict)) throw err;
    setChangeSetState(ws.db, next.id, 'stale');
    return { done: null, dropped: { ...next, reason: `later changes took its place (${err.message})` }, state: undoState(ws.db) };
  }
  setChangeSetState(ws.db, next.id, direction === 'undo' ? 'undone' : 'done');
  const actor = reviewerOf(ws);
  const at = ws.now();
  for (const entry of historyOfChangeSet(ws.db, next.id)) {
    recordHistory(ws.db, {
      claimId: entry.claimId,
      at,
      actor,
      action: entry.action as HistoryAction,
      // An undo reads new -> old; a redo repeats old -> new.
      oldValue: direction === 'undo' ? entry.newValue : entry.oldValue,
      newValue: direction === 'undo' ? entry.oldValue : entry.newValue,
      reverts: direction,
      changeSetId: next.id,
    });
  }
  return { done: next, dropped: null, state: undoState(ws.db) };
}

export const undoOperations = {
  getUndoState: defineOperation({ input: empty, write: false, handler: (ws) => undoState(ws.db) }),
  undo: defineOperation({ input: empty, write: true, handler: (ws) => step(ws, 'undo') }),
  redo: defineOperation({ input: empty, write: true, handler: (ws) => step(ws, 'redo') }),
};
