/**
 * What sits above the story: a `date YYYY-MM-DD` prefix, a headline, a
 * byline and a dateline ("ISLAMABAD -", "LONDON (Reuters) —"). None of them
 * is a claim, but each keeps its exact span so nothing of the article is lost.
 */
import { collapseWhitespace, isLowerAt, isSpaceCode, type TextSpan } from '../text/characters';
import { splitSentences } from './sentences';
import * as namesLexicon from '../text/lexicon/names';
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as timeLexicon from '../text/lexicon/time';
import * as titlesAndRolesLexicon from '../text/lexicon/titles-and-roles';
import * as organisationsLexicon from '../text/lexicon/organisations';
import * as bylinesLexicon from '../text/lexicon/bylines';
import { SPEECH_VERBS } from '../text/lexicon/reporting-verbs';
import { isPersonName } from '../attribution/names';
import { alternation } from '../text/lexicon/words';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const { NOT_DATELINE_PLACES } = namesLexicon;
const { DANGLING_LINE_ENDS } = functionWordsLexicon;
const { MONTH_NAME_PATTERN, MONTH_NUMBERS, TIME_ZONES, WEEKDAY_NAME_PATTERN } = timeLexicon;
const { AUTHOR_ROLES, NEWSROOM_ROLE_WORDS, PERSON_TITLES } = titlesAndRolesLexicon;
const { NEWS_AGENCIES } = organisationsLexicon;
const { BYLINE_NAME_JOINERS } = namesLexicon;
const {
  BEFORE_A_BYLINE_OUTLET, BEFORE_A_BYLINE_ROLE, BYLINE_OPENERS, CAPTION_LABELS, TIMESTAMP_AGO_UNITS, TIMESTAMP_LABELS, TIMESTAMP_MONTH_STEMS,
} = bylinesLexicon;

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
  /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:(?:[ \t]+|\/)\p{Lu}[\p{Lu}\p{M}'’.-]*){0,4})(?:,[ \t]*[\p{L}\p{N}.]+(?:[ \t]+[\p{L}\p{N}.]+){0,3}){0,2}(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(--|[-–—:]|\/\p{Lu}[\p{L} -]{1,20}\/\.?)/u;

/**
 * "Washington (CNN) —", "Uttar Pradesh [India], Dec 5 (ANI):": a place in mixed case, perhaps its country in square
 * brackets and a date, then a news agency in brackets and a dash or colon. The agency is the signal.
 */
const AGENCY_DATELINE =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:[ \t]*\[[^\]\n]{1,30}\])?(?:,[ \t]*[\p{L}\p{N}.]+(?:[ \t]+[\p{L}\p{N}.]+){0,3}){0,2}[ \t]*\(\p{Lu}[\p{L}&.]{1,11}(?:[ \t]+\p{Lu}[\p{L}.]{0,10}){0,2}\)[ \t]*(--|[-–—:])/u;

/** "Phnom Penh —", "Phnom Penh, Cambodia —", "Bangkok —": a place in mixed case and a long dash, read only straight after a byline. */
const MIXED_CASE_DATELINE =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:,[ \t]*\p{Lu}[\p{L}\p{M}.]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.]*){0,3}){0,2}[ \t]*(?:--|[–—])/u;

export function matchDateline(text: string, start: number, lineEnd: number, afterByline = false): Dateline | null {
  const window = text.slice(start, Math.min(lineEnd, start + 160));
  const agency = AGENCY_DATELINE.exec(window);
  const m = DATELINE.exec(window) ?? agency ?? (afterByline ? MIXED_CASE_DATELINE.exec(window) : null);
  if (!m || m[1] === undefined) return null;
  const end = start + m[0].length;
  // The dash or colon must stand free: "ISLAMABAD - The", not "U.S.-China".
  if (end < lineEnd && !isSpaceCode(text.charCodeAt(end))) return null;
  const city = m[1];
  // Places joined by a slash ("SEOUL/TOKYO —", "NEW YORK/LONDON (Reuters) -") before a dash, each a word of four letters
  // or more: not "AC/DC —", "USD/JPY -", "HIV/AIDS:", "TW/CW:".
  if (city.includes('/') && (m[2] === ':' || !city.split('/').every((place) => /\p{L}{4,}/u.test(place)))) return null;
  // ("Bangkok —", "Phnom Penh —" in mixed case only straight after a byline: elsewhere "The deal —" opens a sentence.)
  if ((city.match(/\p{Lu}/gu) ?? []).length < (afterByline || m === agency ? 1 : 3) || NOT_DATELINE_PLACES.has(collapseWhitespace(city))) return null;
  // (A mixed-case place is a dateline only before a sentence and with a news agency: not "Apple (AAPL) - shares rose",
  // "Walmart (WMT) — Shares rose", "Keir Starmer (Labour): The Prime Minister promised".)
  if (m === agency && (!/^\s*[\p{Lu}\p{N}"“‘']/u.test(text.slice(end, end + 4)) || !NEWS_AGENCIES.has((/\(([^()]+)\)[^()]*$/u.exec(m[0])?.[1] ?? '').trim().toLowerCase()))) return null;
  // ("MOSCOW, February 3. /TASS/.": the agency between slashes ends it, as a dash would.)
  const place = collapseWhitespace(m[2] !== undefined && m[2].startsWith('/') ? m[0] : m[0].replace(/\s*(?:--|[-–—:])$/u, ''));
  return { start, end, place };
}

/** "14 May 2024", "May 14, 2024", "2024-05-14". */
const DATE_WORDS = `(?:(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(${MONTH_NAME_PATTERN})\\.?,?[ \\t]+(\\d{4})|(${MONTH_NAME_PATTERN})\\.?[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))`;
const TIME_OF_DAY = '(?:\\d{1,2}[.:]\\d{2}(?:[ \\t]*(?:a|p)\\.?m\\.?)?|\\d{1,2}[ \\t]*(?:a|p)\\.?m\\.?)(?:[ \\t]+\\(?[A-Z]{2,5}\\)?)?';
/**
 * A line that is only a date and perhaps a weekday and a time: "Tue 14 May
 * 2024 18.32 BST", "Published: May 14, 2024 at 6:32pm EDT", "14 May 2024".
 */
const DATE_TIME_LINE = new RegExp(
  `^[*_]*(?:(?:last[ \\t]+)?(?:${alternation(TIMESTAMP_LABELS)}|first[ \\t]+published)(?:[ \\t]+on)?[ \\t]*:?[ \\t]*)?(?:${WEEKDAY_NAME_PATTERN}[ \\t]+)?${DATE_WORDS}(?:[ \\t]*(?:,|at|·|\\||-|–)?[ \\t]*${TIME_OF_DAY})?[*_]*$`,
  'iu',
);

const NEWSROOM_ROLE = `(?:${NEWSROOM_ROLE_WORDS.join('|')})s?`;
const NEWSROOM_ROLE_CAPITALISED = `(?:${NEWSROOM_ROLE_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})s?`;
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const NAME_JOINER = `(?:${alternation(BYLINE_NAME_JOINERS)})`;
/** ", transport blogger", " Health Reporter": a role after the name, perhaps with the employer after a comma. */
const ROLE_TAIL = `(?:,[ \\t]*|[ \\t]+)(?:(?:${alternation(BEFORE_A_BYLINE_ROLE)})[ \\t]+)?(?:[\\p{L}'’&-]+[ \\t]+){0,4}${NEWSROOM_ROLE}(?:[ \\t]*,[ \\t]*${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3})?`;
/** A pattern of lower-case words that matches them in any case (for a regex without the 'i' flag). */
const anyCase = (source: string) => source.replace(/(?<!\\)\b[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
/** ", 14 May 2024", " on May 14, 2024": a date after a byline. */
const DATE_TAIL = `(?:[ \\t]*(?:,|on|\\||·|-|–)[ \\t]*(?:${anyCase(WEEKDAY_NAME_PATTERN)}[ \\t]+)?${anyCase(DATE_WORDS.replace(/\((?!\?)/g, '(?:'))}(?:[ \\t]*(?:,|at)?[ \\t]*${anyCase(TIME_OF_DAY)})?)?`;

/** " from the Associated Press", " of Reuters", " for BBC News": the byline's outlet. */
const OUTLET_TAIL = `(?:[ \\t]+(?:${alternation(BEFORE_A_BYLINE_OUTLET)})[ \\t]+(?:the[ \\t]+)?${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,4})`;

/** "Posted by", "Words by": the word before "by", in either case of its first letter. */
const BYLINE_OPENER = anyCase(alternation(BYLINE_OPENERS));

const BYLINE_WITHOUT_OUTLET = new RegExp(
  `^(?:(?:${BYLINE_OPENER})[ \\t]+by|By|BY|by)[ \\t]+(?:[Tt]he[ \\t]+)?${NAME_WORD}(?:(?:[ \\t]+|[ \\t]*,[ \\t]*)(?:${NAME_WORD}|${NAME_JOINER}))*?(?:${ROLE_TAIL})?${DATE_TAIL}$`,
  'u',
);

const BYLINE = new RegExp(
  `^(?:(?:${BYLINE_OPENER})[ \\t]+by|By|BY|by)[ \\t]+(?:[Tt]he[ \\t]+)?${NAME_WORD}(?:(?:[ \\t]+|[ \\t]*,[ \\t]*)(?:${NAME_WORD}|${NAME_JOINER}))*?(?:${ROLE_TAIL})?${OUTLET_TAIL}?${DATE_TAIL}$`,
  'u',
);
/**
 * A name and a role with no "By": "Peter Walker Political correspondent",
 * "Jane Doe, Health Editor". With a role in capitals only when a date-time
 * line follows (a Title Case headline reads the same).
 */
const NAME_AND_ROLE = new RegExp(
  `^(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,3}?),?[ \\t]+(?:\\p{Lu}[\\p{L}&-]*[ \\t]+){0,3}?(${NEWSROOM_ROLE}|${NEWSROOM_ROLE_CAPITALISED})$`,
  'u',
);

function withoutEmphasis(value: string): string {
  return value.replace(/^([*_]{1,2})(.*)\1$/u, '$2');
}

/** The next line with text after `from` (blank lines skipped), trimmed. */
function nextLineText(text: string, from: number): string {
  const rest = text.slice(from, from + 400).replace(/^[^\n]*\n/u, '').replace(/^\s*\n/u, '');
  return (rest.split('\n')[0] ?? '').trim();
}

/**
 * "By Jane Doe", "By JANE DOE, Reuters", "By Jane Doe and Omar Farooq",
 * "*Posted by Sam Patel, transport blogger*" on a line of its own; a name and
 * role ("Peter Walker Political correspondent"); or the date-time line of a
 * byline block ("Tue 14 May 2024 18.32 BST").
 */
export function isByline(text: string, line: TextSpan): boolean {
  if (line.end - line.start <= MAX_AUTHOR_LINE && isAuthorLine(withoutEmphasis(text.slice(line.start, line.end).trim()))) return true;
  if (line.end - line.start > 100) return false;
  // "*By the Data Desk*", "_By Jane Doe_": Markdown emphasis around it.
  const value = withoutEmphasis(text.slice(line.start, line.end).trim());
  if (value.split(/\s+/).length > 14) return false;
  if (DATE_TIME_LINE.test(value)) return true;
  if (BYLINE.test(value)) {
    // ("By Sea from Libya" is a headline: an outlet after a name of two words or more, "By DANICA KIRKA from the AP".)
    const outlet = new RegExp(`^\\S+[ \\t]+(.*?)${OUTLET_TAIL}`, 'u').exec(value);
    return outlet === null || BYLINE_WITHOUT_OUTLET.test(value) || (outlet[1] ?? '').trim().split(/\s+/u).length >= 2;
  }
  const named = NAME_AND_ROLE.exec(value);
  if (!named) return false;
  return /^\p{Ll}/u.test(named[2]!) || DATE_TIME_LINE.test(withoutEmphasis(nextLineText(text, line.end)));
}

const MAX_AUTHOR_LINE = 400;

/**
 * An author's line, as The Conversation and many journals print it: a name,
 * then a role and where the author works, each part capitalised and set off
 * by commas or semicolons, with no full stop ("Jane Doe, Senior Lecturer in
 * Law, University of Leeds"; "Ana Ruiz, Ex-professora titular, Universidade
 * de São Paulo"). The role names what a person is (`PERSON_TITLES`,
 * `AUTHOR_ROLES`). A sentence ("Jane Doe, a lecturer at Leeds, said …") has
 * a lower-case part and ends on a full stop.
 */
function isAuthorLine(value: string): boolean {
  if (/[.!?]["'”’)]*$/u.test(value)) return false;
  const parts = value.split(/[ \t]*[,;][ \t]*/u);
  if (parts.length < 3 || !parts.every((p) => /^\p{Lu}/u.test(p))) return false;
  if (!isPersonName((parts[0] ?? '').split(/[ \t]+/u))) return false;
  const roleWords = (parts[1] ?? '').toLowerCase().split(/[ \t-]+/u);
  return roleWords.some((w) => PERSON_TITLES.has(w) || AUTHOR_ROLES.has(w));
}

/**
 * The day a date-time line names, as 'YYYY-MM-DD' ("Tue 14 May 2024 18.32
 * BST" -> '2024-05-14'); null when the line is not one or the day does not exist.
 */
export function readLineDate(text: string, line: TextSpan): string | null {
  if (line.end - line.start > 100) return null;
  const m = DATE_TIME_LINE.exec(withoutEmphasis(text.slice(line.start, line.end).trim()));
  if (!m) return null;
  const [year, month, day] = m[3]
    ? [Number(m[3]), MONTH_NUMBERS.get(m[2]!.slice(0, 3).toLowerCase())!, Number(m[1])]
    : m[6]
      ? [Number(m[6]), MONTH_NUMBERS.get(m[4]!.slice(0, 3).toLowerCase())!, Number(m[5])]
      : [Number(m[7]), Number(m[8]), Number(m[9])];
  if (!isRealDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A headline: the article's first line, short (at most 20 words), no full stop
 * at the end, and more text after it; one sentence, or more when it stands
 * alone straight above a byline (`bylineNext`). `nextLine` is the following line of the
 * same paragraph, if any (a lower-case start there means the line was wrapped).
 */
export function isHeadline(text: string, line: TextSpan, nextLine: TextSpan | null, bylineNext = false): boolean {
  if (line.end - line.start > 250 || !hasTextAfter(text, line.end)) return false;
  const value = text.slice(line.start, line.end);
  const words = value.split(/\s+/);
  if (words.length > 20 || !/\p{L}/u.test(value) || isLowerAt(text, line.start)) return false;
  if (/[.,;:(\-–—]$/u.test(value)) return false;
  if (DANGLING_LINE_ENDS.has((words[words.length - 1] ?? '').toLowerCase())) return false;
  if (nextLine && isLowerAt(text, nextLine.start)) return false;
  // "X is stepping down. His legacy will be mixed, at best": two sentences make a headline line when a byline follows it.
  return bylineNext || splitSentences(text, line.start, line.end).length === 1;
}

function hasTextAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** "Photo: ...", "Image credit - ...", "(Photo by ...)": a caption or picture credit paragraph. */
// The label must be followed by a colon, a bar or a spaced dash: "Video-game sales rose" and "Photo-ID laws" are claims.
const CAPTION = new RegExp(String.raw`^\(?(?:${alternation(CAPTION_LABELS)})s?(?:[ \t]+(?:by|credit|courtesy))?(?:[ \t]*[:：|]|[ \t]+[—–-][ \t])`, 'iu');

export function isCaption(text: string, span: TextSpan): boolean {
  return CAPTION.test(text.slice(span.start, Math.min(span.end, span.start + 40)));
}

/**
 * The article's date from its byline block or time-stamp lines, for an
 * article without a `date` prefix or front matter: the first hidden byline or
 * metadata row that is a date-time line ("Tue 14 May 2024 18.32 BST",
 * "Published: May 14, 2024"), an "Updated …" one only when there is no other.
 */
export function dateFromLines(text: string, rows: ReadonlyArray<TextSpan & { kind: string }>): string | null {
  let updated: string | null = null;
  for (const row of rows) {
    if (row.kind === 'claim') break;
    if (row.kind !== 'byline' && row.kind !== 'metadata') continue;
    const date = readLineDate(text, row);
    if (!date) continue;
    if (!/^[*_\s]*(?:last[ \t]+)?(?:updated|modified)\b/iu.test(text.slice(row.start, row.end))) return date;
    updated ??= date;
  }
  return updated;
}

/** "Updated 14:05", "*Published March 3, 2025*", "Last updated: 2 hours ago" on a short line of its own. */
// It must also hold a time or date ("14:05", "March 3", "2 hours ago", "2025-03-01"): "Published figures show ..." is a claim.
const TIMESTAMP_LINE = new RegExp(String.raw`^[*_]*(?:last[ \t]+)?(?:${alternation(TIMESTAMP_LABELS)})\b[^\n]{0,60}$`, 'iu');
const TIME_OR_DATE =
  new RegExp(
    String.raw`\d{1,2}[:.]\d{2}|\d{4}-\d{2}-\d{2}|\b\d+\s+(?:${alternation(TIMESTAMP_AGO_UNITS)})\s+ago\b|\b(?:${alternation(TIMESTAMP_MONTH_STEMS)})[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:${alternation(TIMESTAMP_MONTH_STEMS)})[a-z]*\b|\b(?:today|yesterday)\b`,
    'iu',
  );

export function isTimestampLine(text: string, span: TextSpan): boolean {
  if (span.end - span.start > 80) return false;
  const line = text.slice(span.start, span.end);
  return (TIMESTAMP_LINE.test(line) && TIME_OR_DATE.test(line)) || DATE_TIME_LINE.test(withoutEmphasis(line.trim())) || isClockLine(withoutEmphasis(line.trim()));
}

/** "11:12 A.M. EDT", "2.30pm", "14:05 GMT": a line that is a clock time alone (a transcript's or live blog's time stamp). */
const CLOCK_LINE = /^(\d{1,2})[:.](\d{2})(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\s+(\p{L}{2,5}))?$/u;

function isClockLine(line: string): boolean {
  const m = CLOCK_LINE.exec(line);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return false;
  return m[3] === undefined || TIME_ZONES.has(m[3].toUpperCase());
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

/**
 * "Key points:", "What we know so far:": a short lead-in to what follows, not a claim. Not "President Obama also
 * said:": a speaker and a verb of saying before the colon introduce what they said (attribution.ts reads the list after it).
 */
export function isLeadIn(text: string, span: TextSpan): boolean {
  if (span.end - span.start > 80) return false;
  const value = text.slice(span.start, span.end);
  if (!/:[*_]*$/u.test(value) || /[.!?]/u.test(value) || value.split(/\s+/u).length > 8) return false;
  // ("What the experts say:", "Here's what they said:": a heading's question, still a lead-in.)
  if (/^(?:what|how|why|where|when|who|here['’]?s|here is)\s/iu.test(value)) return true;
  return !SPEECH_VERBS.has(/(\p{Ll}+)\s*:[*_]*$/u.exec(value)?.[1] ?? '');
}

/**
 * "Sun Narin and Malis Tum", "David Boyle": a line of one to four people's names and nothing else. Straight under the
 * headline it is a byline without "By" (as VOA and many wire sites print it); the caller checks that place.
 */
export function isNamesLine(value: string): boolean {
  const line = withoutEmphasis(value.trim());
  if (line.length === 0 || line.length > 80 || /[.!?:;"“”]$/u.test(line)) return false;
  const parts = line.split(/\s*,\s*|\s+(?:and|&)\s+/u).filter((p) => p !== '').map((p) => p.split(/\s+/u));
  if (parts.length === 0 || parts.length > 4 || parts.some((tokens) => tokens.length < 2 || tokens.length > 4)) return false;
  // ("Sun Narin and Ten Soksreinith": a name the rules cannot read as one — "Ten" is a number — beside one they can, each
  // two to four capitalised words.)
  const capitalisedWords = (tokens: string[]) => tokens.every((t) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(t));
  const named = parts.filter((tokens) => isPersonName(tokens));
  return named.length === parts.length || (named.length > 0 && parts.every(capitalisedWords));
}
