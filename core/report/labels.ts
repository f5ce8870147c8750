import type { Stance, Verdict } from '../../db/queries/types';

/**
 * How a claim's review state reads in a report or a terminal: a verdict once
 * someone has given one, "not reviewed" before. "unverified" means a person
 * checked and could not verify; it never stands for "nobody looked".
 */
export function reviewLabel(claim: { status: Verdict; reviewedAt: string | null }): string {
  return claim.reviewedAt === null ? 'not reviewed' : claim.status;
}

/** "UNHCR returns update <https://example.org/x> [supports]": one source as history and reports show it. */
export function describeSource(source: { title: string | null; url: string }, stance: Stance): string {
  return `${source.title ? `${source.title} ` : ''}<${source.url}> [${stance}]`;
}

/** "Ana (2026-01-01T09:00:00.000Z): Called the ministry." */
export function describeNote(note: { author: string; createdAt: string; body: string }): string {
  return `${note.author} (${note.createdAt}): ${note.body}`;
}
