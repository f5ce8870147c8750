/** Time words: months, weekdays, seasons, time units and zones, and the words around a date. Lower case unless said otherwise. */
import { words } from './words';

export const MONTHS = words(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.`);

/** Months that are also first names ("April said", "June said" after "June Sarpong"), and "May" (Theresa May). */
export const MONTHS_AS_FIRST_NAMES = words(`april may june august`);

export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** "Tue 14 May 2024": weekday abbreviations (sat and sun only before a day number: "The Sun" is a newspaper). */
export const WEEKDAY_ABBREVIATIONS = words(`mon tue tues wed thu thur thurs fri sat sun`);

/** "Jan. 5": month abbreviations written with a capital, before a day number (see abbreviations.ts). */
export const MONTH_ABBREVIATIONS = words(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`);

/** Time zones written after a time: "18.32 BST", "10pm GMT". Never names. Upper case. */
export const TIME_ZONES = words(`
  GMT BST UTC CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT
  IST PKT AEST AEDT ACST ACDT AWST NZST NZDT JST KST HKT SGT WIB MSK SAST WAT CAT EAT ET PT CT MT`);

export const TIME_UNITS = words(`
  second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years
  decade decades century centuries quarter quarters weekend weekends night nights`);

/** Relative time words: "last year", "earlier this month". */
export const RELATIVE_TIME = words(`last next this past previous coming current`);

/** Words in front of a date or duration: "since November 2023", "within two weeks". Longest first. */
export const TIME_QUALIFIERS: ReadonlyArray<readonly string[]> = [
  ['by', 'the', 'end', 'of'],
  ['at', 'the', 'end', 'of'],
  ['until', 'the', 'end', 'of'],
  ['before', 'the', 'end', 'of'],
  ['by', 'the', 'start', 'of'],
  ['at', 'the', 'start', 'of'],
  ['by', 'the', 'middle', 'of'],
  ['in', 'the', 'middle', 'of'],
  ['the', 'end', 'of'],
  ['the', 'start', 'of'],
  ['as', 'of'],
  ['as', 'early', 'as'],
  ['no', 'later', 'than'],
  ['in', 'the', 'past'],
  ['in', 'the', 'last'],
  ['in', 'the', 'next'],
  ['over', 'the', 'past'],
  ['over', 'the', 'last'],
  ['over', 'the', 'next'],
  ['for', 'the', 'past'],
  ['for', 'the', 'last'],
  ['since'],
  ['until'],
  ['till'],
  ['before'],
  ['after'],
  ['within'],
  ['during'],
  ['by'],
  ['from'],
  ['in'],
  ['on'],
  ['for'],
  ['through'],
  ['throughout'],
];

/** Words that end a time phrase: "on Wednesday", "on Tuesday evening", "last week", "in 2021". */
export const TIME_PHRASE_ENDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...[...MONTHS].filter((m) => !m.endsWith('.')),
  ...words(`morning afternoon evening night week weekend month year today yesterday tonight`),
]);

/** Time words that may end a name when capitalised after a capitalised word: "USA Today", "Sky News Tonight". */
export const NAME_ENDING_TIME_WORDS = words(`today tonight`);

/** Words that, with weekdays, months, time units and "this"/"last", only say when: "this weekend", "on Monday", "over the past week". */
export const WHEN_WORDS = words(`on in at the over during weekend weekends today tonight yesterday tomorrow morning afternoon evening night earlier later`);

/** Words that open or join a time phrase. */
export const TIME_PHRASE_OPENERS: ReadonlySet<string> = new Set([...words(`on in at last this next earlier late early during the`), ...WEEKDAYS]);

/** A month is a time only after one of these ("in May Smith said"); alone it may be a name ("April Ryan", "Theresa May"). */
export const MONTH_OPENERS = words(`in on since last this next early late by until from mid during`);

export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month names that are also common words: months only beside a number ("May 2024", "12 March"). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = words(`may march mar jun dec sep jan aug oct nov feb apr jul sept`);

export const MONTH_NAME_PATTERN = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

export const WEEKDAY_NAME_PATTERN = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?';

// core/analysis/worthiness.ts

/** Words of time before the month May ("in May", "since May"), written lower case; the pattern allows a capital first letter. */
export const TIME_PREPOSITIONS_BEFORE_MAY = words(`in since until by from last next this early late mid of during before after through`);

// core/analysis/figures.ts

/** Words after a time of day ("10:30 am", "18.32 hrs"), lower case, besides the time zones. */
export const CLOCK_WORDS = words(`am pm gmt utc pst est pkt ist hrs`);

/** Words before "May" or "March" that make it the month ("in March", "since May", "early June"). */
export const BEFORE_AMBIGUOUS_MONTH = words(`in since until till by from last next this early late mid mid- of through between during before after`);

/** Periods after "last", "next" or "this" that make a date ("last year", "next fiscal year", "this spring"). */
export const RELATIVE_PERIODS = words(`year month week decade century quarter weekend night fortnight season spring summer autumn fall winter fiscal`);

// core/import/speaker.ts

/** After a verb closing a quotation: where or when it was said ("in a televised address", "last week"). */
export const QUOTATION_TAIL_OPENERS = words(`in on at during from via outside last this late early earlier later yesterday today`);

/** When and where, closing a sentence after its verb: " at a briefing on Friday.", " on Tuesday.". */
export const CLOSING_CIRCUMSTANCE_OPENERS = words(`at on in during after late earlier last this yesterday today tonight`);

// core/import/sentences.ts

/** After "“…?” Forte said": what may follow the verb in the same sentence — when, where, "again" ("before Election Day"). */
export const ATTRIBUTION_TAIL_OPENERS = words(`before after on at during last this yesterday today later earlier then again also via from in`);
