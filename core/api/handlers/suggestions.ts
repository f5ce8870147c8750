/**
 * Deciding on an in-article dispute. A denial the article reports only ever
 * suggests `disputed`; the fact-checker accepts it (the claim becomes
 * disputed, in the history like any verdict, with the denial as the reason)
 * or dismisses it. Neither happens by itself.
 */
import { z } from 'zod';
import { recordHistory } from '../../../db/queries/history';
import { decideSuggestion, describeEvidence, getSuggestion, type DisputeSuggestion } from '../../../db/queries/suggestions';
import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { id } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';
import { claimDetail, giveVerdict, requireClaim, type ClaimDetail } from './claims';

function requireSuggestion(ws: Workspace, suggestionId: number): DisputeSuggestion {
  const suggestion = getSuggestion(ws.db, suggestionId);
  if (!suggestion) throw new ClaimdeskError('not_found_suggestion', `No in-article dispute suggestion with id ${suggestionId}.`);
  return suggestion;
}

/** Accepting sets the verdict to disputed (even one dismissed before: people change their minds). */
function acceptSuggestion(ws: Workspace, input: { suggestionId: number }): ClaimDetail {
  const suggestion = requireSuggestion(ws, input.suggestionId);
  if (suggestion.state === 'accepted') return claimDetail(ws, suggestion.claimId);
  const claim = requireClaim(ws, suggestion.claimId);
  const actor = reviewerOf(ws);
  const at = ws.now();
  const evidence = describeEvidence(suggestion);
  decideSuggestion(ws.db, suggestion.id, 'accepted', actor, at);
  // Already disputed by a reviewer: the verdict and who gave it stand; only the evidence is recorded.
  if (claim.status !== 'disputed' || claim.reviewedAt === null) giveVerdict(ws, claim, 'disputed', actor, at);
  recordHistory(ws.db, { claimId: claim.id, at, actor, action: 'suggestion_accepted', oldValue: null, newValue: `${suggestion.stance === 'doubts' ? 'Doubted by' : 'Disputed by'}: ${evidence}` });
  return claimDetail(ws, claim.id);
}

/** Dismissing leaves the verdict alone; an accepted suggestion is undone by changing the verdict instead. */
function dismissSuggestion(ws: Workspace, input: { suggestionId: number }): ClaimDetail {
  const suggestion = requireSuggestion(ws, input.suggestionId);
  if (suggestion.state === 'dismissed') return claimDetail(ws, suggestion.claimId);
  if (suggestion.state === 'accepted') {
    throw new ClaimdeskError('conflict', 'This suggestion was already accepted; change the verdict to undo it.');
  }
  const actor = reviewerOf(ws);
  const at = ws.now();
  decideSuggestion(ws.db, suggestion.id, 'dismissed', actor, at);
  recordHistory(ws.db, {
    claimId: suggestion.claimId,
    at,
    actor,
    action: 'suggestion_dismissed',
    oldValue: null,
    newValue: `${suggestion.stance === 'doubts' ? 'Not doubted by' : 'Not disputed by'}: ${describeEvidence(suggestion)}`,
  });
  return claimDetail(ws, suggestion.claimId);
}

const input = z.object({ suggestionId: id }).strict();

export const suggestionOperations = {
  acceptSuggestion: defineOperation({ input, write: true, undoLabel: 'accept suggestion', handler: acceptSuggestion }),
  dismissSuggestion: defineOperation({ input, write: true, undoLabel: 'dismiss suggestion', handler: dismissSuggestion }),
};
