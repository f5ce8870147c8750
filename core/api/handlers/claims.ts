import { z } from 'zod';
import { tagsOfClaim } from '../../../db/queries/tags';
import { clearClaimVerdict, countClaims, getClaimRow, indexOfClaim, listClaimRows, setClaimSpeaker, setClaimVerdict, type ClaimAnchor } from '../../../db/queries/claims';
import { listHistory, recordHistory, type HistoryEntry } from '../../../db/queries/history';
import { listNotes, type Note } from '../../../db/queries/notes';
import { listSourcesForClaim, type LinkedSource } from '../../../db/queries/sources';
import { claimsDisputedBy, suggestionsForClaim, type DisputedClaim, type DisputeSuggestion } from '../../../db/queries/suggestions';
import { listFacets } from '../../../db/queries/facets';
import { listSeenBefore, type SeenBefore } from '../../../db/queries/claim-memory';
import { SPEAKER_KINDS, type SpeakerKind, type Verdict } from '../../../db/queries/types';
import { publishedSpeakerKind } from '../../report/claimreview';
import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { claimFilter, claimSort, DEFAULT_SORT, id, userText, verdict } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';

/** Everything the detail panel shows for one claim. */
export interface ClaimDetail {
  claim: ClaimAnchor;
  notes: Note[];
  sources: LinkedSource[];
  history: HistoryEntry[];
  /** Denials in the article that target this claim, each suggesting `disputed`. */
  suggestions: DisputeSuggestion[];
  /** When this claim reports a denial: the claims it disputes. */
  disputes: DisputedClaim[];
  /** The same claim in other articles (claim memory), best match first: a suggestion, never a verdict. */
  seenBefore: SeenBefore[];
  /** The claim's tags, by name. */
  tags: string[];
  /** How a ClaimReview publishes the speaker: as set by hand, else guessed from the name; null without a speaker. */
  speakerPublishedAs: SpeakerKind | null;
}

export const MAX_PAGE_SIZE = 500;

const listInput = z
  .object({
    filter: claimFilter.default({}),
    sort: claimSort.default(DEFAULT_SORT),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
    /** Also report where this claim sits in the filtered, sorted list (to jump to its page). */
    locateClaimId: id.optional(),
  })
  .strict();

export function requireClaim(ws: Workspace, claimId: number): ClaimAnchor {
  const claim = getClaimRow(ws.db, claimId);
  if (!claim) throw new ClaimdeskError('not_found_claim', `No claim with id ${claimId}: it was deleted (or its article was), perhaps in another window. Reload to see the workspace as it is now.`);
  return claim;
}

/** What a stale write is told: another window (or the CLI) changed the claim after this caller last saw it. */
export const CHANGED_ELSEWHERE = 'This claim was changed in another window since you last saw it, so nothing was saved. Reload to see it as it is now.';

/** A claim's verdict as a caller last saw it: sent with a verdict, so one given in another window meanwhile is not overwritten unseen. */
export const seenVerdict = z
  .object({ status: verdict, reviewedAt: z.string().nullable() })
  .strict()
  .optional();

/** Refuses, changing nothing, when the claim's verdict is no longer the one the caller saw. */
export function requireSeenVerdict(claim: ClaimAnchor, seen: z.output<typeof seenVerdict>): void {
  if (seen === undefined) return;
  const same = seen.reviewedAt === null ? claim.reviewedAt === null : claim.reviewedAt === seen.reviewedAt && claim.status === seen.status;
  if (!same) throw new ClaimdeskError('changed_elsewhere', CHANGED_ELSEWHERE);
}

export function claimDetail(ws: Workspace, claimId: number): ClaimDetail {
  const claim = requireClaim(ws, claimId);
  return {
    claim,
    notes: listNotes(ws.db, claimId),
    sources: listSourcesForClaim(ws.db, claimId),
    history: listHistory(ws.db, claimId),
    suggestions: suggestionsForClaim(ws.db, claimId),
    disputes: claimsDisputedBy(ws.db, claimId),
    seenBefore: listSeenBefore(ws.db, claimId),
    tags: tagsOfClaim(ws.db, claimId),
    speakerPublishedAs: publishedSpeakerKind(claim.speaker, claim.speakerKind),
  };
}

function listClaims(ws: Workspace, input: z.output<typeof listInput>) {
  const { filter, sort, offset, limit } = input;
  return {
    total: countClaims(ws.db, filter),
    offset,
    rows: listClaimRows(ws.db, filter, sort, offset, limit),
    locatedIndex: input.locateClaimId === undefined ? null : indexOfClaim(ws.db, input.locateClaimId, filter, sort),
  };
}

/**
 * Gives a verdict. Setting any verdict, even the one already there, marks
 * the claim reviewed by this reviewer now; the history keeps old -> new,
 * with "not reviewed" as the old value of a first review.
 */
function setStatus(ws: Workspace, input: { claimId: number; status: z.output<typeof verdict>; seen?: z.output<typeof seenVerdict> }): ClaimDetail {
  const claim = requireClaim(ws, input.claimId);
  requireSeenVerdict(claim, input.seen);
  giveVerdict(ws, claim, input.status, reviewerOf(ws), ws.now());
  return claimDetail(ws, claim.id);
}

/**
 * Sets a claim's verdict as given by `actor` at `at`, and writes old -> new
 * to its history ("not reviewed" as the old value of a first review).
 */
export function giveVerdict(ws: Workspace, claim: ClaimAnchor, status: Verdict, actor: string, at: string): void {
  setClaimVerdict(ws.db, claim.id, status, actor, at);
  recordHistory(ws.db, {
    claimId: claim.id,
    at,
    actor,
    action: 'status',
    oldValue: claim.reviewedAt === null ? 'not reviewed' : claim.status,
    newValue: status,
  });
}

/**
 * Back to not reviewed (the `c` key): the verdict returns to the default and
 * the reviewer stamp goes; the history keeps old -> "not reviewed".
 * A claim nobody reviewed is left as it is.
 */
function clearStatus(ws: Workspace, input: { claimId: number; seen?: z.output<typeof seenVerdict> }): ClaimDetail {
  const claim = requireClaim(ws, input.claimId);
  requireSeenVerdict(claim, input.seen);
  clearVerdict(ws, claim, reviewerOf(ws), ws.now());
  return claimDetail(ws, claim.id);
}

/** Back to not reviewed, with old -> "not reviewed" in the history; false when nobody had reviewed it. */
export function clearVerdict(ws: Workspace, claim: ClaimAnchor, actor: string, at: string): boolean {
  if (claim.reviewedAt === null) return false;
  clearClaimVerdict(ws.db, claim.id);
  recordHistory(ws.db, { claimId: claim.id, at, actor, action: 'status', oldValue: claim.status, newValue: 'not reviewed' });
  return true;
}

/** Control characters and line breaks have no place in a name. */
const ONE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;

/**
 * Sets who makes the claim, by hand (`Edit speaker`): empty clears it. The
 * machine never overwrites a speaker set by hand (an edit, a merge, a
 * re-analysis keep it); the history keeps old -> new.
 */
function setSpeaker(ws: Workspace, input: { claimId: number; speaker: string; speakerKind?: SpeakerKind | null | undefined }): ClaimDetail {
  const claim = requireClaim(ws, input.claimId);
  const speaker = input.speaker === '' ? null : input.speaker;
  // Without a kind given, a kind set by hand stays while the name does; a new name is guessed again.
  const kind = speaker === null ? null : input.speakerKind !== undefined ? input.speakerKind : speaker === claim.speaker ? claim.speakerKind : null;
  if (speaker === claim.speaker && kind === claim.speakerKind && claim.speakerByHand) return claimDetail(ws, claim.id);
  setClaimSpeaker(ws.db, claim.id, speaker, kind);
  const described = (name: string | null, byHand: SpeakerKind | null) => (name === null ? 'not attributed' : byHand === null ? name : `${name} (${byHand})`);
  recordHistory(ws.db, {
    claimId: claim.id,
    at: ws.now(),
    actor: reviewerOf(ws),
    action: 'speaker_set',
    oldValue: described(claim.speaker, claim.speakerKind),
    newValue: described(speaker, kind),
  });
  return claimDetail(ws, claim.id);
}

const claimIdInput = z.object({ claimId: id }).strict();

export const claimOperations = {
  listClaims: defineOperation({ input: listInput, write: false, handler: listClaims }),
  getClaim: defineOperation({ input: claimIdInput, write: false, handler: (ws, input) => claimDetail(ws, input.claimId) }),
  // `seen`: the verdict as the caller last saw it (the app sends it): refused when another window changed it since.
  setStatus: defineOperation({ input: z.object({ claimId: id, status: verdict, seen: seenVerdict }).strict(), write: true, undoLabel: 'verdict', handler: setStatus }),
  clearStatus: defineOperation({ input: z.object({ claimId: id, seen: seenVerdict }).strict(), write: true, undoLabel: 'clear verdict', handler: clearStatus }),
  setSpeaker: defineOperation({
    input: z
      .object({
        claimId: id,
        speaker: userText('Speaker').trim().max(200, 'A speaker is at most 200 characters').regex(ONE_LINE, 'A speaker is one line of text, without control characters'),
        /** 'person' or 'organization' as the fact-checker says; null: guess from the name; left out: as it was. */
        speakerKind: z.enum(SPEAKER_KINDS).nullable().optional(),
      })
      .strict(),
    write: true,
    undoLabel: 'set speaker',
    handler: setSpeaker,
  }),
  listFacets: defineOperation({
    input: z.object({ articleId: id.optional() }).strict(),
    write: false,
    handler: (ws, input) => listFacets(ws.db, input.articleId),
  }),
  getHistory: defineOperation({
    input: claimIdInput,
    write: false,
    handler: (ws, input) => {
      requireClaim(ws, input.claimId);
      return listHistory(ws.db, input.claimId);
    },
  }),
};
