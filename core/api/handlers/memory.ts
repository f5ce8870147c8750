import { z } from 'zod';
import { dismissMatch, isStoredMatch } from '../../../db/queries/claim-memory';
import { recordHistory } from '../../../db/queries/history';
import { getLink, linkSource, listSourcesForClaim } from '../../../db/queries/sources';
import { ClaimdeskError } from '../../errors';
import { describeSource } from '../../report/labels';
import { defineOperation } from '../operation';
import { id } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';
import { claimDetail, giveVerdict, requireClaim, type ClaimDetail } from './claims';
import { sameAddressOnClaim } from './sources';

/**
 * `Use this verdict`: the fact-checker takes the verdict given to the same
 * claim in another article, with its sources (same stances). The verdict is
 * theirs from now on (stamped with their name, history old -> new), and the
 * whole thing is one undo step. Sources already linked stay as they are, and a
 * source at an address the claim already has is not taken over.
 */
function useEarlierVerdict(ws: Workspace, input: { claimId: number; earlierClaimId: number }): ClaimDetail {
  const claim = requireClaim(ws, input.claimId);
  const earlier = requireClaim(ws, input.earlierClaimId);
  if (!isStoredMatch(ws.db, claim.id, earlier.id)) {
    throw new ClaimdeskError('not_seen_before', `Claim ${earlier.id} is not listed as seen before for claim ${claim.id}.`);
  }
  if (earlier.reviewedAt === null) {
    throw new ClaimdeskError('no_earlier_verdict', `Claim ${earlier.id} has not been reviewed: there is no verdict to use.`);
  }
  const actor = reviewerOf(ws);
  const at = ws.now();
  giveVerdict(ws, claim, earlier.status, actor, at);
  for (const source of listSourcesForClaim(ws.db, earlier.id)) {
    // Already on the claim, or another source at the same address is (one address is never on a claim twice).
    if (getLink(ws.db, claim.id, source.id) || sameAddressOnClaim(ws, claim.id, source)) continue;
    linkSource(ws.db, claim.id, source.id, source.stance, actor, at);
    recordHistory(ws.db, { claimId: claim.id, at, actor, action: 'source_linked', oldValue: null, newValue: describeSource(source, source.stance) });
  }
  return claimDetail(ws, claim.id);
}

/**
 * `Not the same claim`: the fact-checker says a match is wrong. It is no
 * longer shown (either side), filtered on or exported, and matching again
 * never brings it back; one undo step restores it.
 */
function dismissEarlierMatch(ws: Workspace, input: { claimId: number; otherClaimId: number }): ClaimDetail {
  const claim = requireClaim(ws, input.claimId);
  requireClaim(ws, input.otherClaimId);
  if (!dismissMatch(ws.db, claim.id, input.otherClaimId, reviewerOf(ws), ws.now())) {
    throw new ClaimdeskError('not_seen_before', `Claim ${input.otherClaimId} is not listed as seen before for claim ${claim.id}.`);
  }
  return claimDetail(ws, claim.id);
}

export const memoryOperations = {
  dismissMatch: defineOperation({
    input: z.object({ claimId: id, otherClaimId: id }).strict(),
    write: true,
    undoLabel: 'not the same claim',
    handler: dismissEarlierMatch,
  }),
  useEarlierVerdict: defineOperation({
    input: z.object({ claimId: id, earlierClaimId: id }).strict(),
    write: true,
    undoLabel: 'use earlier verdict',
    handler: useEarlierVerdict,
  }),
};
