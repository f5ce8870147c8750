import { z } from 'zod';
import { recordHistory } from '../../../db/queries/history';
import { getLink, getSource, insertSource, linkSource, searchSources, unlinkSource, type Source } from '../../../db/queries/sources';
import type { Stance } from '../../../db/queries/types';
import { ClaimdeskError } from '../../errors';
import { isRealDate } from '../../import/front-matter';
import { describeSource } from '../../report/labels';
import { defineOperation } from '../operation';
import { id, optionalText, stance } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';
import { claimDetail, requireClaim } from './claims';

function webAddress(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Only web addresses a browser can open (never javascript:, file: or data:), stored in canonical form. */
const sourceUrl = z
  .string()
  .trim()
  .min(1, 'Source URL must not be empty')
  .max(2048)
  .refine((value) => webAddress(value) !== null, 'Source URL must be a full http:// or https:// address')
  .transform((value) => webAddress(value)!.href);

/** YYYY, YYYY-MM or YYYY-MM-DD, and a date that exists. */
const publishedOn = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Source date must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => {
    const [year, month = 1, day = 1] = v.split('-').map(Number);
    return isRealDate(year!, month, day);
  }, 'Source date is not a real date')
  .optional()
  .transform((v) => v ?? null);

function link(ws: Workspace, claimId: number, sourceId: number, linkStance: Stance) {
  requireClaim(ws, claimId);
  const source = getSource(ws.db, sourceId);
  if (!source) throw new ClaimdeskError('not_found_source', `No source with id ${sourceId}.`);
  const before = getLink(ws.db, claimId, sourceId);
  const actor = reviewerOf(ws);
  const at = ws.now();
  linkSource(ws.db, claimId, sourceId, linkStance, actor, at);
  recordHistory(ws.db, {
    claimId,
    at,
    actor,
    action: 'source_linked',
    oldValue: before ? describeSource(source, before.stance) : null,
    newValue: describeSource(source, linkStance),
  });
  return claimDetail(ws, claimId);
}

export const sourceOperations = {
  /** Creates a source and attaches it to a claim, in one step as the form does it. */
  addSource: defineOperation({
    input: z
      .object({
        claimId: id,
        url: sourceUrl,
        title: optionalText(500),
        publisher: optionalText(200),
        publishedOn,
        excerpt: optionalText(5000),
        stance: stance.default('context'),
      })
      .strict(),
    write: true, undoLabel: 'add source',
    handler: (ws, input) => {
      requireClaim(ws, input.claimId); // before the source is created: a missing claim must leave nothing behind
      const sourceId = insertSource(ws.db, input, reviewerOf(ws), ws.now());
      return link(ws, input.claimId, sourceId, input.stance);
    },
  }),
  /** Attaches a source already in the workspace to another claim (or changes its stance). */
  linkSource: defineOperation({
    input: z.object({ claimId: id, sourceId: id, stance }).strict(),
    write: true, undoLabel: 'link source',
    handler: (ws, input) => link(ws, input.claimId, input.sourceId, input.stance),
  }),
  unlinkSource: defineOperation({
    input: z.object({ claimId: id, sourceId: id }).strict(),
    write: true, undoLabel: 'remove source',
    handler: (ws, input) => {
      requireClaim(ws, input.claimId);
      const source = getSource(ws.db, input.sourceId);
      const before = getLink(ws.db, input.claimId, input.sourceId);
      if (!source || !before) throw new ClaimdeskError('not_found_source', `Source ${input.sourceId} is not attached to claim ${input.claimId}.`);
      unlinkSource(ws.db, input.claimId, input.sourceId);
      recordHistory(ws.db, {
        claimId: input.claimId,
        at: ws.now(),
        actor: reviewerOf(ws),
        action: 'source_unlinked',
        oldValue: describeSource(source, before.stance),
        newValue: null,
      });
      return claimDetail(ws, input.claimId);
    },
  }),
  listSources: defineOperation({
    input: z.object({ query: z.string().trim().max(200).optional(), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    write: false,
    handler: (ws, input) => searchSources(ws.db, input.query || undefined, input.limit),
  }),
};
