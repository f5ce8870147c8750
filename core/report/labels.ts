import type { Stance, Verdict } from '../../db/queries/types';

/**
 * How a claim's review state reads in a report or a terminal: a verdict once
 * someone has given one, "not reviewed" before. "unverified" means a person
 * checked and could not verify; it never stands for "nobody looked".
 */
export function reviewLabel(claim: { status: Verdict; reviewedAt: string | null }): string {
  return claim.reviewedAt === null ? 'not reviewed' : claim.status;
}

/** "UNHCR returns update <https://example.org/x> [supports]": one source as the history shows it. */
export function describeSource(source: { title: string | null; url: string }, stance: Stance): string {
  return `${source.title ? `${source.title} ` : ''}<${source.url}> [${stance}]`;
}

// Any run of whitespace holding a line break (including NEL, LS, PS, which some viewers break on).
const LINE_BREAKS = /\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g;

/** The text on one line: a report lists one source per line, so a source's own line breaks become spaces. */
function oneLine(value: string | null): string {
  return (value ?? '').replace(LINE_BREAKS, ' ').trim();
}

/**
 * "UNHCR returns update — UNHCR, 2025-03-01 <https://example.org/x> [supports] “1,214 families relocated”":
 * one source as the report lists it, on one line, empty fields left out.
 * Without publisher, date or excerpt it reads exactly as describeSource.
 */
export function describeSourceInFull(
  source: { title: string | null; publisher: string | null; publishedOn: string | null; url: string; excerpt: string | null },
  stance: Stance,
): string {
  const byline = [oneLine(source.publisher), oneLine(source.publishedOn)].filter(Boolean).join(', ');
  const head = [oneLine(source.title), byline].filter(Boolean).join(' — ');
  const excerpt = oneLine(source.excerpt);
  return [head, `<${oneLine(source.url)}>`, `[${stance}]`, excerpt && `“${excerpt}”`].filter(Boolean).join(' ');
}

/** "Ana (2026-01-01T09:00:00.000Z): Called the ministry." */
export function describeNote(note: { author: string; createdAt: string; body: string }): string {
  return `${note.author} (${spreadsheetTime(note.createdAt)}): ${note.body}`;
}

const ISO_UTC = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/;

/**
 * "2026-12-07T10:11:20.208Z" as "2026-12-07 10:11:20": the form Excel, LibreOffice and Google Sheets read as a
 * date and time (the ISO form with T and Z stays text there, so the column would not sort or filter as dates).
 * Still UTC (the README says so; the header keeps the name sheets already read it by). Anything else is written as stored.
 */
export function spreadsheetTime(iso: string): string {
  const m = ISO_UTC.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

