/**
 * What sits above the story: a `date YYYY-MM-DD` prefix, a headline, a
 * byline and a dateline ("ISLAMABAD -", "LONDON (Reuters) —"). None of them
 * is a claim, but each keeps its exact span so nothing of the article is lost.
 */
import { collapseWhitespace, isLowerAt, isSpaceCode, type TextSpan } from './characters';
import { splitSentences } from './sentences';

export interface DatePrefix extends TextSpan {
  /** 'YYYY-MM-DD', or null when the prefix names a day that does not exist. */
  date: string | null;
}

export interface Dateline extends TextSpan {
  /** As written, without the dash or colon: 'ISLAMABAD', 'LONDON (Reuters)'. */
  place: string;
}

const DATE_PREFIX = /^\s*(date:?[ \t]+(\d{4})-(\d{2})-(\d{2}))(?=\s|$)/i;

export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1000) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A leading `date 2025-02-18` (case-insensitive), as in the sample articles. */
export function matchDatePrefix(text: string): DatePrefix | null {
  const m = DATE_PREFIX.exec(text.slice(0, 256));
  if (!m || m[1] === undefined) return null;
  const end = m[0].length;
  const [year, month, day] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const date = isRealDate(year, month, day) ? `${m[2]}-${m[3]}-${m[4]}` : null;
  return { start: end - m[1].length, end, date };
}

/**
 * Upper-case place words, optionally ", Feb 3" or ", Lebanon", optionally an
 * agency in brackets, then a dash or colon. Upper case is the signal: an
 * ordinary sentence never starts like this.
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,4})(?:,[ \t]*[\p{L}\p{N}.]+(?:[ \t]+[\p{L}\p{N}.]+){0,3}){0,2}(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:--|[-–—:])/u;

/** Labels that look like datelines but are not places. */
const NOT_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENT', 'NOTE',
  "EDITOR'S NOTE", 'EDITOR’S NOTE', 'CORRECTION', 'WATCH', 'LIVE', 'VIDEO', 'PHOTO', 'PHOTOS', 'FILE', 'FILE PHOTO',
  'FACT CHECK', 'FACT-CHECK', 'WARNING', 'DISCLAIMER', 'SUMMARY', 'RELATED', 'READ MORE', 'ADVERTISEMENT', 'SOURCE',
  'SOURCES', 'FAQ', 'UPDATE.', 'CLAIM', 'VERDICT', 'RATING', 'FACT',
]);

export function matchDateline(text: string, start: number, lineEnd: number): Dateline | null {
  const window = text.slice(start, Math.min(lineEnd, start + 160));
  const m = DATELINE.exec(window);
  if (!m || m[1] === undefined) return null;
  const end = start + m[0].length;
  // The dash or colon must stand free: "ISLAMABAD - The", not "U.S.-China".
  if (end < lineEnd && !isSpaceCode(text.charCodeAt(end))) return null;
  const city = m[1];
  if ((city.match(/\p{Lu}/gu) ?? []).length < 3 || NOT_PLACES.has(collapseWhitespace(city))) return null;
  const place = collapseWhitespace(m[0].replace(/\s*(?:--|[-–—:])$/u, ''));
  return { start, end, place };
}

const BYLINE =
  /^(?:By|BY|by)[ \t]+(?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:[ \t]+|[ \t]*,[ \t]*)(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|del|da|van|von|der|al|bin|in|for|of|the))*$/u;

/** "By Jane Doe", "By JANE DOE, Reuters", "By Jane Doe and Omar Farooq" on a line of its own. */
export function isByline(text: string, line: TextSpan): boolean {
  if (line.end - line.start > 100) return false;
  // "*By the Data Desk*", "_By Jane Doe_": Markdown emphasis around it.
  const value = text.slice(line.start, line.end).replace(/^([*_]{1,2})(.*)\1$/u, '$2');
  return value.split(/\s+/).length <= 12 && BYLINE.test(value);
}

/** A first line ending in one of these words was wrapped mid-sentence, not a headline. */
const DANGLING_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'that', 'by', 'at', 'from', 'as', 'but', 'is',
  'are', 'was', 'were', 'its', 'their', 'his', 'her',
]);

/**
 * A headline: the article's first line, short (at most 20 words), no full stop
 * at the end, and more text after it. `nextLine` is the following line of the
 * same paragraph, if any (a lower-case start there means the line was wrapped).
 */
export function isHeadline(text: string, line: TextSpan, nextLine: TextSpan | null): boolean {
  if (line.end - line.start > 250 || !hasTextAfter(text, line.end)) return false;
  const value = text.slice(line.start, line.end);
  const words = value.split(/\s+/);
  if (words.length > 20 || !/\p{L}/u.test(value) || isLowerAt(text, line.start)) return false;
  if (/[.,;:(\-–—]$/u.test(value)) return false;
  if (DANGLING_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) return false;
  if (nextLine && isLowerAt(text, nextLine.start)) return false;
  return splitSentences(text, line.start, line.end).length === 1;
}

function hasTextAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** "Photo: ...", "Image credit - ...", "(Photo by ...)": a caption or picture credit paragraph. */
// The label must be followed by a colon, a bar or a spaced dash: "Video-game sales rose" and "Photo-ID laws" are claims.
const CAPTION = /^\(?(?:photo|image|picture|caption|video|graphic|illustration)s?(?:[ \t]+(?:by|credit|courtesy))?(?:[ \t]*[:：|]|[ \t]+[—–-][ \t])/iu;

export function isCaption(text: string, span: TextSpan): boolean {
  return CAPTION.test(text.slice(span.start, Math.min(span.end, span.start + 40)));
}

/** "Updated 14:05", "*Published March 3, 2025*", "Last updated: 2 hours ago" on a short line of its own. */
// It must also hold a time or date ("14:05", "March 3", "2 hours ago", "2025-03-01"): "Published figures show ..." is a claim.
const TIMESTAMP_LINE = /^[*_]*(?:last[ \t]+)?(?:updated|published|posted|modified)\b[^\n]{0,60}$/iu;
const TIME_OR_DATE =
  /\d{1,2}[:.]\d{2}|\d{4}-\d{2}-\d{2}|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:today|yesterday)\b/iu;

export function isTimestampLine(text: string, span: TextSpan): boolean {
  if (span.end - span.start > 80) return false;
  const line = text.slice(span.start, span.end);
  return TIMESTAMP_LINE.test(line) && TIME_OR_DATE.test(line);
}

/** The `title:` and `date:` of YAML front matter (quotes removed; the date only if it is a real YYYY-MM-DD). */
export function readFrontMatter(block: string): { title: string | null; date: string | null } {
  const field = (name: string): string | null => {
    const m = new RegExp(`^${name}[ \\t]*:[ \\t]*(.+?)[ \\t]*$`, 'imu').exec(block);
    return m ? m[1]!.replace(/^(["'])(.*)\1$/u, '$2').trim() || null : null;
  };
  const rawDate = field('date');
  const m = rawDate ? /^(\d{4})-(\d{2})-(\d{2})\b/u.exec(rawDate) : null;
  const date = m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  return { title: field('title'), date };
}

/** "Key points:", "What we know so far:": a short lead-in to what follows, not a claim. */
export function isLeadIn(text: string, span: TextSpan): boolean {
  if (span.end - span.start > 80) return false;
  const value = text.slice(span.start, span.end);
  return /:[*_]*$/u.test(value) && !/[.!?]/u.test(value) && value.split(/\s+/u).length <= 8;
}
