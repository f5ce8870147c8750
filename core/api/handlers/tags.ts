/**
 * Tags: free labels on claims (a topic, a desk). Added and removed on one
 * claim or many at once (the ticked claims, or every claim a filter shows),
 * renamed everywhere at once, merged into another tag by renaming to its
 * name, deleted from every claim. Each is one undo step and writes a history
 * entry per claim it changes.
 */
import { z } from 'zod';
import { getClaimRow } from '../../../db/queries/claims';
import { recordHistory } from '../../../db/queries/history';
import { sql } from '../../../db/queries/sql';
import { claimWhere } from '../../../db/queries/claims';
import { addClaimTag, claimsTagged, deleteTagRow, ensureTag, findTag, listTagCounts, removeClaimTag, renameTagRow, type TagCount } from '../../../db/queries/tags';
import type { ClaimFilter } from '../../../db/queries/types';
import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { claimFilter, id, requiredText } from '../schemas';
import type { Workspace } from '../workspace';
import { actorOf } from './claim-edits';
import { MAX_BULK_IDS } from './bulk';

/** A tag's name: one line, visible, at most 60 characters. */
const tagName = requiredText('A tag', 60).refine((v) => /^[^\p{Cc}\u2028\u2029]*$/u.test(v), 'A tag is one line of text, without control characters');

const target = z.union([z.object({ claimIds: z.array(id).min(1).max(MAX_BULK_IDS) }).strict(), z.object({ filter: claimFilter }).strict()]);

export interface TagResult {
  /** The tag as stored (the first spelling given to it). */
  tag: string;
  /** Claims the step was given. */
  selected: number;
  /** Of those, the ones it changed. */
  changed: number;
}

export interface TagRenameResult {
  /** The tag's name now. */
  tag: string;
  /** Claims carrying it now. */
  claims: number;
  /** True when the new name was another tag's: the two are one tag now. */
  merged: boolean;
}

function claimIdsOf(ws: Workspace, input: z.output<typeof target>): number[] {
  if ('claimIds' in input) {
    const ids = [...new Set(input.claimIds)];
    for (const claimId of ids) if (!getClaimRow(ws.db, claimId)) throw new ClaimdeskError('not_found_claim', `No claim with id ${claimId}: it was deleted (or its article was), perhaps in another window; nothing was changed. Reload to see the workspace as it is now.`);
    return ids;
  }
  const q = sql`SELECT c.id FROM claims c WHERE ${claimWhere(input.filter as ClaimFilter)} ORDER BY c.id`;
  return ws.db.prepare(q.text).pluck().all(...q.params) as number[];
}

function requireTag(ws: Workspace, name: string) {
  const tag = findTag(ws.db, name);
  if (!tag) throw new ClaimdeskError('not_found_tag', `No tag called “${name}”: nothing was changed.`);
  return tag;
}

export const tagOperations = {
  listTags: defineOperation({ input: z.object({}).strict(), write: false, handler: (ws): TagCount[] => listTagCounts(ws.db) }),

  tagClaims: defineOperation({
    input: z.object({ target, tag: tagName }).strict(),
    write: true,
    undoLabel: (input) => `tag “${input.tag}”`,
    handler: (ws, input): TagResult => {
      const ids = claimIdsOf(ws, input.target);
      const who = actorOf(ws);
      const tag = ensureTag(ws.db, input.tag, who.actor, who.at);
      let changed = 0;
      for (const claimId of ids) {
        if (!addClaimTag(ws.db, claimId, tag.id, who.actor, who.at)) continue;
        recordHistory(ws.db, { claimId, ...who, action: 'tag_added', oldValue: null, newValue: tag.name });
        changed++;
      }
      return { tag: tag.name, selected: ids.length, changed };
    },
  }),

  untagClaims: defineOperation({
    input: z.object({ target, tag: tagName }).strict(),
    write: true,
    undoLabel: (input) => `remove tag “${input.tag}”`,
    handler: (ws, input): TagResult => {
      const tag = requireTag(ws, input.tag);
      const ids = claimIdsOf(ws, input.target);
      const who = actorOf(ws);
      let changed = 0;
      for (const claimId of ids) {
        if (!removeClaimTag(ws.db, claimId, tag.id)) continue;
        recordHistory(ws.db, { claimId, ...who, action: 'tag_removed', oldValue: tag.name, newValue: null });
        changed++;
      }
      return { tag: tag.name, selected: ids.length, changed };
    },
  }),

  /** Renames a tag on every claim; renaming to another tag's name merges the two. */
  renameTag: defineOperation({
    input: z.object({ tag: tagName, to: tagName }).strict(),
    write: true,
    undoLabel: (input) => `rename tag “${input.tag}” to “${input.to}”`,
    handler: (ws, input): TagRenameResult => {
      const from = requireTag(ws, input.tag);
      const into = findTag(ws.db, input.to);
      const who = actorOf(ws);
      const claims = claimsTagged(ws.db, from.id);
      if (into === undefined || into.id === from.id) {
        // A new name, or the same tag spelt differently ("health" → "Health").
        if (from.name === input.to) return { tag: from.name, claims: claims.length, merged: false };
        renameTagRow(ws.db, from.id, input.to);
        for (const claimId of claims) recordHistory(ws.db, { claimId, ...who, action: 'tag_added', oldValue: from.name, newValue: input.to });
        return { tag: input.to, claims: claims.length, merged: false };
      }
      for (const claimId of claims) {
        removeClaimTag(ws.db, claimId, from.id);
        const added = addClaimTag(ws.db, claimId, into.id, who.actor, who.at);
        recordHistory(ws.db, { claimId, ...who, action: added ? 'tag_added' : 'tag_removed', oldValue: from.name, newValue: added ? into.name : null });
      }
      deleteTagRow(ws.db, from.id);
      return { tag: into.name, claims: claimsTagged(ws.db, into.id).length, merged: true };
    },
  }),

  /** Takes a tag off every claim and forgets it. */
  deleteTag: defineOperation({
    input: z.object({ tag: tagName }).strict(),
    write: true,
    undoLabel: (input) => `delete tag “${input.tag}”`,
    handler: (ws, input): TagResult => {
      const tag = requireTag(ws, input.tag);
      const who = actorOf(ws);
      const claims = claimsTagged(ws.db, tag.id);
      for (const claimId of claims) recordHistory(ws.db, { claimId, ...who, action: 'tag_removed', oldValue: tag.name, newValue: null });
      deleteTagRow(ws.db, tag.id);
      return { tag: tag.name, selected: claims.length, changed: claims.length };
    },
  }),
};
