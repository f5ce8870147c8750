/**
 * What a speaker's words are made of: a role ("Foreign Office spokesperson"),
 * a person's name ("Shafqat Ali Khan"), or neither ("The Taliban government",
 * "Islamabad"). Works on words only; no article context (see coreference.ts).
 */
import * as functionWords from '../text/lexicon/function-words';
import * as organisations from '../text/lexicon/organisations';
import * as names from '../text/lexicon/names';
import * as time from '../text/lexicon/time';
import { CAPTION_LABELS } from '../text/lexicon/bylines';
import * as titles from '../text/lexicon/titles-and-roles';
import * as shape from '../text/word-shape';
import { alternation } from '../text/lexicon/words';

// Local bindings: read on every word of an article (see mentions.ts).
const { DETERMINERS, FUNCTION_WORDS } = functionWords;
const { ORGANISATION_WORDS } = organisations;
const { AFTER_A_HYPHEN_NOT_A_NAME, COMPASS, NAME_PARTICLES, PLACE_OPENERS } = names;
const { MONTHS, WEEKDAYS } = time;
const { AMBIGUOUS_TITLES, COURTESY_TITLES, HONORIFICS, NOT_AGENT_NOUNS, PARTY_AFFILIATIONS, PERSON_TITLES, PORTFOLIOS_AFTER_OF, PORTFOLIO_ENDING, ROLE_NOUNS, SPOKESPERSON_WORDS } = titles;
const { bareWord, isAllCaps, isCapitalisedWord, isInitials } = shape;

const HYPHENED_PARTICIPLE = new RegExp(`-(?:${alternation(AFTER_A_HYPHEN_NOT_A_NAME)})$`, 'u');

/** A word that can be part of a person's name. */
export function isNameWord(word: string): boolean {
  const w = bareWord(word);
  if (w === '' || /[^\p{L}\p{M}.'’-]/u.test(w)) return false;
  if (isInitials(w) || HONORIFICS.test(w)) return true;
  if (!isCapitalisedWord(w) || isAllCaps(w)) return false;
  if (HYPHENED_PARTICIPLE.test(w)) return false; // "Denmark-based"
  const lower = w.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !DETERMINERS.has(lower) && !ORGANISATION_WORDS.has(lower) && !PERSON_TITLES.has(lower) && !ROLE_NOUNS.has(lower);
}

/**
 * Do these words name one person? "Ali Amin Gandapur", "Mr. Li", "J.R. Ortiz",
 * "Ursula von der Leyen". Not "Pakistan Foreign Office", not "The Taliban".
 */
/** A word a person's role ends on, in any case: "chairman", "Commissioner", "CEO", "ambassador". */
export function isRoleWord(word: string): boolean {
  const lower = bareWord(word).toLowerCase();
  return ROLE_NOUNS.has(lower) || PERSON_TITLES.has(lower);
}

/**
 * The name in a quotation's dashed credit ("— Joey Ayoub"): a person's name of two words or more — not a wire or a
 * picture credit ("— Reuters", "— Getty Images", "— AP Photo") nor a label ("— Analysis").
 */
export function isCreditedPerson(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/s$/u, '');
  return words.length >= 2 && !CAPTION_LABELS.has(last) && isPersonName(words);
}

export function isPersonName(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  // A title never ends a name, but "Sen", "Gen", "Lord" without a full stop may: "Hun Sen", "Amartya Sen".
  const titleAtEnd = HONORIFICS.test(last) && (last.endsWith('.') || COURTESY_TITLES.test(last) || tokens.length === 1);
  if (!isNameWord(first) || !isNameWord(last) || isInitials(last) || titleAtEnd) return false;
  // "North Korean", "South Sudan", "New Hampshire": a compass word or "New" opens places and their demonyms, not people.
  if (tokens.length > 1 && (COMPASS.has(first.toLowerCase()) || PLACE_OPENERS.has(first.toLowerCase()))) return false;
  // "Last August, ...": a month or a weekday alone is a time ("April Ryan" is a name).
  if (tokens.length === 1 && (MONTHS.has(bareWord(first).toLowerCase()) || WEEKDAYS.has(bareWord(first).toLowerCase()))) return false;
  // A possessive may only end the name ("Khan's"), and only the caller decides what to do with it.
  return tokens.every((t, i) => (isNameWord(t) && (i === tokens.length - 1 || bareWord(t) === t)) || (i > 0 && i < tokens.length - 1 && NAME_PARTICLES.has(t)));
}

/** The words of a name with courtesy titles and possessives taken off, lower-cased: for matching. */
export function nameKey(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !COURTESY_TITLES.test(t)).map((t) => bareWord(t).toLowerCase());
}

export interface RoleAndName {
  /** The role words, as written: "Foreign Office spokesperson"; empty when there is none. */
  role: string[];
  /** The person's name, as written: "Shafqat Ali Khan". */
  name: string[];
}

/** A word of a ministry's portfolio after "Minister of": a known one, the "and" joining two, or an abstract noun by its ending. */
function isPortfolioWord(token: string): boolean {
  const lower = bareWord(token).toLowerCase();
  return lower === 'and' || PORTFOLIOS_AFTER_OF.has(lower) || (lower.length > 5 && PORTFOLIO_ENDING.test(lower));
}

/**
 * Where the name starts among the words after a role's "for" or "to", from `from` (past the place's first word): past
 * a portfolio's words ("Home Affairs Amit Shah"), and in a portfolio of unknown words at the last two ("Health and Aged
 * Care Mark Butler"), unless a lower-case particle joins more ("Mohammed bin Salman").
 */
export function nameAfterServedPlace(words: readonly string[], from: number): number {
  let place = from;
  while (place < words.length - 2 && isPortfolioWord(words[place] ?? '')) place++;
  if (words.length - place > 2 && !words.slice(place).some((w) => /^\p{Ll}/u.test(w))) place = words.length - 2;
  return place;
}

/**
 * "Foreign Office spokesperson Shafqat Ali Khan" -> role + name;
 * "Khyber Pakhtunkhaw Chief Minister Ali Amin Gandapur" -> role + name;
 * "Sen. J.R. Ortiz" -> name only; "General Motors", "the Foreign Office" -> null.
 */
export function splitRoleAndName(tokens: readonly string[]): RoleAndName | null {
  for (let k = tokens.length - 2; k >= 0; k--) {
    const word = tokens[k] ?? '';
    const lower = word.toLowerCase();
    if (!PERSON_TITLES.has(lower)) continue;
    let name = tokens.slice(k + 1);
    let roleEnd = k + 1;
    // "Chancellor of the Exchequer Daniel Okafor", "Minister of Foreign Affairs Ishaq Dar".
    if (name[0] === 'of') {
      let j = k + 2;
      if (tokens[j] === 'the') j++;
      while (j < tokens.length - 1 && isPortfolioWord(tokens[j] ?? '')) j++;
      name = tokens.slice(j);
      roleEnd = j;
      // ("The mayor of London", "the governor of Texas": one word straight after "of" is what the office is of, not a name;
      // "Secretary of State Blinken" has a portfolio between.)
      if (name.length < 2 && j === k + 2 + (tokens[k + 2] === 'the' ? 1 : 0)) return null;
      if (!isPersonName(name) || (name.length > 2 && j === k + 2 + (tokens[k + 2] === 'the' ? 1 : 0))) {
        // Nothing known about the portfolio: a name is most often its last two words.
        if (name.length < 3 || !isPersonName(name.slice(-2))) return null;
        roleEnd = tokens.length - 2;
        name = name.slice(-2);
      }
    }
    if (!isPersonName(name)) return null;
    if (k === 0 && name.length === 1 && AMBIGUOUS_TITLES.has(lower)) return null;
    return { role: tokens.slice(0, roleEnd), name };
  }
  // "Youth Rehabilitation Vong Sauth" (the end of "Minister of … Veterans and Youth Rehabilitation Vong Sauth"): a
  // portfolio's words before the name are not the name.
  let from = 0;
  while (from < tokens.length - 2 && isPortfolioWord(tokens[from] ?? '')) from++;
  if (from > 0 && tokens.slice(0, from).some((t) => PORTFOLIO_ENDING.test(bareWord(t).toLowerCase())) && isPersonName(tokens.slice(from))) {
    return { role: tokens.slice(0, from), name: tokens.slice(from) };
  }
  // "Independent Andy Preston", "Liberal Democrat Tim Farron": a party before a full name is what the person is.
  let party = 0;
  while (party < tokens.length - 2 && PARTY_AFFILIATIONS.has((tokens[party] ?? '').toLowerCase())) party++;
  if (party > 0 && isPersonName(tokens.slice(party))) return { role: tokens.slice(0, party), name: tokens.slice(party) };
  return isPersonName(tokens) ? { role: [], name: [...tokens] } : null;
}

/** Role words reduced for matching: no determiners or possessive endings, lower case. */
export function roleKey(tokens: readonly string[]): string[] {
  return tokens
    .map((t) => bareWord(t).toLowerCase())
    .filter((t) => t !== '' && !DETERMINERS.has(t) && t !== 'the' && !FUNCTION_WORDS.has(t));
}

/** "spokesman" and "spokesperson" are the same role. */
export function sameRoleHead(a: string, b: string): boolean {
  return a === b || (SPOKESPERSON_WORDS.has(a) && SPOKESPERSON_WORDS.has(b));
}

/** A role a single person holds: ends on a singular title ("the Foreign Office spokesperson"). */
export function isSingularPersonRole(tokens: readonly string[]): boolean {
  const head = bareWord(tokens[tokens.length - 1] ?? '').toLowerCase();
  return PERSON_TITLES.has(head);
}

/** A lower-case noun of a doer: "singer", "entertainer", "pensioner", "cyclist", "comedian" (not "-ant", "-ent": "statement"). */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian)$/u;
export const isAgentNoun = (word: string): boolean => AGENT_NOUN.test(word) && !FUNCTION_WORDS.has(word) && !NOT_AGENT_NOUNS.has(word);
