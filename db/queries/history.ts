import type { Db } from '../open';

export const HISTORY_ACTIONS = [
  'status',
  'note_added',
  'note_edited',
  'note_deleted',
  'source_linked',
  'source_unlinked',
  'claim_edited',
  'claim_split',
  'claim_merged',
  'claim_added',
  'claim_excluded',
  'claim_restored',
  'suggestion_accepted',
  'suggestion_dismissed',
  'speaker_set',
  'tag_added',
  'tag_removed',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface HistoryEntry {
  id: number;
  claimId: number;
  at: string;
  actor: string;
  action: HistoryAction;
  oldValue: string | null;
  newValue: string | null;
  /** Set on the entries an undo or redo writes: this entry reverses (or repeats) an earlier action. */
  reverts: 'undo' | 'redo' | null;
}

export function recordHistory(
  db: Db,
  entry: Omit<HistoryEntry, 'id' | 'reverts'> & { reverts?: 'undo' | 'redo'; changeSetId?: number },
): void {
  db.prepare('INSERT INTO history (claim_id, at, actor, action, old_value, new_value, reverts, change_set_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    entry.claimId,
    entry.at,
    entry.actor,
    entry.action,
    entry.oldValue,
    entry.newValue,
    entry.reverts ?? null,
    entry.changeSetId ?? null,
  );
}

export function listHistory(db: Db, claimId: number): HistoryEntry[] {
  return db
    .prepare(`SELECT id, claim_id AS claimId, at, actor, action, old_value AS oldValue, new_value AS newValue, reverts
      FROM history WHERE claim_id = ? ORDER BY id DESC`)
    .all(claimId) as HistoryEntry[];
}
