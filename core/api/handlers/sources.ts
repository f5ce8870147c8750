import { z } from 'zod';
import { recordHistory } from '../../../db/queries/history';
import { getLink, getSource, insertSource, linkSource, listSourcesForClaim, searchSources, unlinkSource, type Source } from '../../../db/queries/sources';
import type { Stance } from '../../../db/queries/types';
import { ClaimdeskError } from '../../errors';
import { isRealDate } from '../../import/front-matter';
import { describeSource } from '../../report/labels';
import { defineOperation } from '../operation';
import { id, optionalText, stance, userText } from '../schemas';
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

/** "dawn.com/news/1" is typed far more often than "https://dawn.com/news/1": an address without a scheme gets https://. */
function withScheme(value: string): string {
  const trimmed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/]+\.[a-z]{2,}:\d/i.test(trimmed)) return trimmed;
  return /^[^\s/]+\.[^\s/]+/.test(trimmed) ? `https://${trimmed.replace(/^\/+/, '')}` : trimmed;
}

/** Only web addresses a browser can open (never javascript:, file: or data:), stored in canonical form. */
const sourceUrl = userText('Source URL')
  .trim()
  .min(1, 'Source URL must not be empty')
  .max(2048)
  .transform(withScheme)
  .refine((value) => webAddress(value) !== null, 'Source URL must be a web address (https://…)')
  .transform((value) => webAddress(value)!.href);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month's name or its abbreviation of three letters or more ("Feb", "Sept.", "February"); nothing else. */
function monthNumber(word: string): number | null {
  const name = word.replace(/\.$/, '').toLowerCase();
  if (name.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(name));
  return index >= 0 ? index + 1 : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A source's date as people write it, stored as YYYY, YYYY-MM or YYYY-MM-DD:
 * "2025-02-17", "2025/02/17", "17 Feb 2025", "17 February 2025",
 * "February 17, 2025", "Feb 2025". Digits-only day/month orders
 * ("02/03/2025") are refused: which is the month cannot be told.
 */
export function parseSourceDate(value: string): string | null {
  const text = value.trim().replace(/\s+/g, ' ').replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  let match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  let year: number;
  let month: number | null = null;
  let day: number | null = null;
  if (match) {
    year = Number(match[1]);
    month = match[2] ? Number(match[2]) : null;
    day = match[3] ? Number(match[3]) : null;
  } else if ((match = /^(\d{1,2}) ([a-z]+\.?),? (\d{4})$/i.exec(text))) {
    [day, month, year] = [Number(match[1]), monthNumber(match[2]!), Number(match[3])];
    if (month === null) return null;
  } else if ((match = /^([a-z]+\.?) (\d{1,2}),? (\d{4})$/i.exec(text))) {
    [month, day, year] = [monthNumber(match[1]!), Number(match[2]), Number(match[3])];
    if (month === null) return null;
  } else if ((match = /^([a-z]+\.?),? (\d{4})$/i.exec(text))) {
    [month, year] = [monthNumber(match[1]!), Number(match[2])];
    if (month === null) return null;
  } else return null;
  if (!isRealDate(year, month ?? 1, day ?? 1)) return null;
  return month === null ? String(year) : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

const publishedOn = userText('Source date')
  .trim()
  .max(100, 'Source date is longer than 100 characters')
  .transform((value, ctx) => {
    if (value === '') return null;
    const parsed = parseSourceDate(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: `Source date “${value.slice(0, 40)}” is not a date Claimdesk can read: write it like 2025-02-17 or 17 Feb 2025` });
      return z.NEVER;
    }
    return parsed;
  })
  .optional()
  .transform((v) => v ?? null);

/**
 * The source already on the claim at the same address as `source`, if it is another source row: the same
 * address twice on one claim is one source shown twice (and listed twice in the CSV). A file's address is
 * its contents' hash, so the same file under another name is the same address.
 */
export function sameAddressOnClaim(ws: Workspace, claimId: number, source: Pick<Source, 'id' | 'url'>): Source | undefined {
  return listSourcesForClaim(ws.db, claimId).find((linked) => linked.url === source.url && linked.id !== source.id);
}

/** How a refusal names a source already on the claim: a file by its name, a web source by its address. */
function nameOfSource(source: Source): string {
  return source.fileName !== null ? `the file ${source.fileName} (the same contents)` : source.url;
}

/**
 * Links a source to a claim (or changes its stance) with a history entry; the claim's detail after.
 * Every way of attaching a source comes through here, so the same address is refused here, once.
 */
export function linkToClaim(ws: Workspace, claimId: number, sourceId: number, linkStance: Stance) {
  requireClaim(ws, claimId);
  const source = getSource(ws.db, sourceId);
  if (!source) throw new ClaimdeskError('not_found_source', `No source with id ${sourceId}.`);
  const before = getLink(ws.db, claimId, sourceId);
  // (A stance change of a link already there is no second address, even where an older workspace holds one.)
  const same = before ? undefined : sameAddressOnClaim(ws, claimId, source);
  if (same) {
    throw new ClaimdeskError('conflict', `This claim already has ${nameOfSource(same)} as a source, so it was not added again. Change that source's stance on the claim instead.`);
  }
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
        title: optionalText('Source title', 500),
        publisher: optionalText('Publisher', 200),
        publishedOn,
        excerpt: optionalText('Excerpt', 5000),
        stance: stance.default('context'),
      })
      .strict(),
    write: true, undoLabel: 'add source',
    handler: (ws, input) => {
      requireClaim(ws, input.claimId); // before the source is created: a missing claim must leave nothing behind
      // The same address already on the claim is refused by linkToClaim; the write is one transaction, so the
      // source made here is not kept either.
      const sourceId = insertSource(ws.db, input, reviewerOf(ws), ws.now());
      return linkToClaim(ws, input.claimId, sourceId, input.stance);
    },
  }),
  /** Attaches a source already in the workspace to another claim (or changes its stance). */
  linkSource: defineOperation({
    input: z.object({ claimId: id, sourceId: id, stance }).strict(),
    write: true, undoLabel: 'link source',
    handler: (ws, input) => linkToClaim(ws, input.claimId, input.sourceId, input.stance),
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
    input: z.object({ query: userText('Search').trim().max(200).optional(), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    write: false,
    handler: (ws, input) => searchSources(ws.db, input.query || undefined, input.limit),
  }),
};
