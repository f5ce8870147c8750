import { z } from 'zod';
import { getClaimRow } from '../../../db/queries/claims';
import { sql } from '../../../db/queries/sql';
import { claimWhere } from '../../../db/queries/claims';
import type { ClaimFilter, Verdict } from '../../../db/queries/types';
import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { claimFilter, id } from '../schemas';
import type { Workspace } from '../workspace';
import { actorOf, excludeOne, restoreOne } from './claim-edits';
import { clearVerdict, giveVerdict } from './claims';

/** What one bulk step does to every claim it is given. */
export const BULK_ACTIONS = ['verified', 'disputed', 'unverified', 'clear', 'exclude', 'restore'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The most claims one explicit selection may name (a whole filter has no such limit). */
export const MAX_BULK_IDS = 100_000;

const bulkInput = z
  .object({
    /** The claims ticked one by one, or every claim the filter matches (across pages). */
    target: z.union([z.object({ claimIds: z.array(id).min(1).max(MAX_BULK_IDS) }).strict(), z.object({ filter: claimFilter }).strict()]),
    action: z.enum(BULK_ACTIONS),
  })
  .strict();

export interface BulkResult {
  action: BulkAction;
  /** Claims the step was given. */
  selected: number;
  /** Of those, the ones it changed (a claim already Disputed is not given Disputed again). */
  changed: number;
}

function claimIdsMatching(ws: Workspace, filter: ClaimFilter): number[] {
  const q = sql`SELECT c.id FROM claims c WHERE ${claimWhere(filter)} ORDER BY c.id`;
  return (ws.db.prepare(q.text).all(...q.params) as Array<{ id: number }>).map((row) => row.id);
}

/**
 * One verdict, clearing, exclusion or restoring over many claims: one
 * transaction, one history entry per claim changed, one undo step. A verdict
 * given in bulk is a verdict like any other: it marks each claim reviewed.
 */
function bulkReview(ws: Workspace, input: z.output<typeof bulkInput>): BulkResult {
  const ids = 'claimIds' in input.target ? [...new Set(input.target.claimIds)] : claimIdsMatching(ws, input.target.filter);
  const who = actorOf(ws);
  let changed = 0;
  for (const claimId of ids) {
    const claim = getClaimRow(ws.db, claimId);
    if (!claim) throw new ClaimdeskError('not_found_claim', `No claim with id ${claimId}: it was deleted (or its article was), perhaps in another window; nothing was changed. Reload to see the workspace as it is now.`);
    switch (input.action) {
      case 'clear':
        if (clearVerdict(ws, claim, who.actor, who.at)) changed++;
        break;
      case 'exclude':
        if (excludeOne(ws, claim, who)) changed++;
        break;
      case 'restore':
        if (restoreOne(ws, claim, who)) changed++;
        break;
      default: {
        const verdict: Verdict = input.action;
        if (claim.reviewedAt !== null && claim.status === verdict) break;
        giveVerdict(ws, claim, verdict, who.actor, who.at);
        changed++;
      }
    }
  }
  return { action: input.action, selected: ids.length, changed };
}

const LABELS: Record<BulkAction, string> = {
  verified: 'Verified for the selected claims',
  disputed: 'Disputed for the selected claims',
  unverified: 'Unverified for the selected claims',
  clear: 'clear verdicts of the selected claims',
  exclude: 'exclude the selected claims',
  restore: 'restore the selected claims',
};

export const bulkOperations = {
  bulkReview: defineOperation({ input: bulkInput, write: true, undoLabel: (input) => LABELS[input.action], handler: bulkReview }),
};
