/**
 * What a speaker's words are made of: a role ("Foreign Office spokesperson"),
 * a person's name ("Shafqat Ali Khan"), or neither ("The Taliban government",
 * "Islamabad"). Works on words only; no article context (see coreference.ts).
 */
import * as lists from '../import/speaker-words';

// Local bindings: read on every word of an article (see mentions.ts).
const { DETERMINERS, FUNCTION_WORDS, ROLE_NOUNS, words } = lists;

/** Titles and roles a single person holds: "Chief Minister", "spokesperson", "Senator". */
export const PERSON_TITLES = words(`
  spokesperson spokesman spokeswoman minister president vice-president premier chancellor secretary
  secretary-general director-general attorney-general governor-general ambassador envoy commander director
  chairman chairwoman chairperson chair ceo cfo coo founder co-founder professor economist analyst adviser advisor
  aide mayor governor senator representative congressman congresswoman lawmaker legislator judge justice prosecutor
  attorney lawyer general colonel lieutenant captain sergeant admiral marshal officer official diplomat negotiator
  leader head manager researcher scientist doctor physician coach king queen prince princess sheikh emir pope
  cardinal bishop imam cleric rabbi inspector superintendent commissioner sheriff detective correspondent editor
  journalist author historian activist campaigner candidate councillor councilor councilman councilwoman mp
  chief executive deputy hydrologist engineer expert strategist pollster administrator registrar ombudsman
  chairperson speaker president-elect emeritus principal dean rector provost treasurer auditor consul counsel member
  resident farmer shopkeeper teacher student nurse worker owner witness survivor villager elder trader merchant`);

/** Titles that also begin names of things: "General Motors", "Head Start", "Major League". */
const AMBIGUOUS_TITLES = words(`general head chief justice speaker principal executive chair counsel`);

/** Courtesy titles kept with the name they belong to: "Mr. Li", "Dr. Fatima Shah". */
export const HONORIFICS = /^(?:Mr|Mrs|Ms|Messrs|Mme|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Brig|Rev|Hon|Pres|Amb|Sir|Dame|Lord|Lady)\.?$/u;
/** Courtesy titles left out when matching names: "Mr. Khan" is "Shafqat Ali Khan". */
const COURTESY = /^(?:Mr|Mrs|Ms|Messrs|Mme|Dr|Prof|Sir|Dame)\.?$/u;

/** Words that make a capitalised name the name of an organisation or a place, not a person. */
export const ORGANISATION_WORDS = words(`
  office ministry department government party council bank agency commission committee court police army forces
  force group company corporation corp corp. inc inc. ltd ltd. llc plc association organisation organization union
  front movement league institute university college school hospital authority board foundation fund service
  services network news times post journal bureau administration assembly parliament senate congress club society
  center centre trust alliance coalition federation church mosque airlines airways motors reserve nations republic
  kingdom states province city county district watch international media press tribune herald gazette daily
  telegraph guardian observer reuters monitor institution initiative programme program project capital partners
  holdings group industries systems technologies labs laboratories studio studios council cabinet navy air taliban
  state region valley island islands river sea ocean mountains street square palace house hall embassy consulate
  directorate secretariat division unit brigade command corps exchange market markets stock index water gas energy
  power electric electricity logistics cargo freight rail railways airline oil petroleum steel pharma
  pharmaceuticals insurance capital foods fc afc cooperative co-op brands enterprises`);

/** Name particles between capitalised words: "Ali bin Hassan", "Ursula von der Leyen". */
const NAME_PARTICLES = words(`bin ibn al el de del della da di du van von der den la le ter ten dos das`);

/** "Gandapur's" -> "Gandapur". */
export function bareWord(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 39 && last !== 0x2019) return word; // s ' ’
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

const UPPER_START = /^\p{Lu}/u;

/** Called for every word of every sentence: ASCII is decided without a regular expression. */
export function isCapitalisedWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word.slice(0, 2));
}

/** "J.", "J.R.", "J.R": initials. */
export function isInitials(word: string): boolean {
  if (word.length > 8 || !isCapitalisedWord(word)) return false;
  if (word.length > 1 && word.charCodeAt(1) !== 46 && !/^\p{Lu}$/u.test(word)) return false;
  return /^(?:\p{Lu}\.)+\p{Lu}?\.?$|^\p{Lu}$/u.test(word);
}

function isAllCaps(word: string): boolean {
  return word.length >= 2 && isCapitalisedWord(word.slice(1)) && /^\p{Lu}{2,}$/u.test(word);
}

/** A word that can be part of a person's name. */
export function isNameWord(word: string): boolean {
  const w = bareWord(word);
  if (w === '' || /[^\p{L}\p{M}.'’-]/u.test(w)) return false;
  if (isInitials(w) || HONORIFICS.test(w)) return true;
  if (!isCapitalisedWord(w) || isAllCaps(w)) return false;
  if (/-(?:based|owned|led|backed|registered|listed|run|born|funded|controlled)$/u.test(w)) return false; // "Denmark-based"
  const lower = w.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !DETERMINERS.has(lower) && !ORGANISATION_WORDS.has(lower) && !PERSON_TITLES.has(lower) && !ROLE_NOUNS.has(lower);
}

/**
 * Do these words name one person? "Ali Amin Gandapur", "Mr. Li", "J.R. Ortiz",
 * "Ursula von der Leyen". Not "Pakistan Foreign Office", not "The Taliban".
 */
export function isPersonName(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (!isNameWord(first) || !isNameWord(last) || isInitials(last) || HONORIFICS.test(last)) return false;
  // A possessive may only end the name ("Khan's"), and only the caller decides what to do with it.
  return tokens.every((t, i) => (isNameWord(t) && (i === tokens.length - 1 || bareWord(t) === t)) || (i > 0 && i < tokens.length - 1 && NAME_PARTICLES.has(t)));
}

/** The words of a name with courtesy titles and possessives taken off, lower-cased: for matching. */
export function nameKey(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !COURTESY.test(t)).map((t) => bareWord(t).toLowerCase());
}

export interface RoleAndName {
  /** The role words, as written: "Foreign Office spokesperson"; empty when there is none. */
  role: string[];
  /** The person's name, as written: "Shafqat Ali Khan". */
  name: string[];
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
      while (j < tokens.length - 1 && PORTFOLIO.has(bareWord(tokens[j] ?? '').toLowerCase())) j++;
      name = tokens.slice(j);
      roleEnd = j;
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
  return isPersonName(tokens) ? { role: [], name: [...tokens] } : null;
}

/** What a minister or secretary is "of": "Secretary of State", "Minister of Foreign Affairs". */
const PORTFOLIO = words(`
  exchequer affairs foreign interior defence defense finance health education state justice commerce trade energy
  agriculture transport labour labor housing environment treasury home staff information communications culture
  tourism planning development industry economy economic science technology security welfare works water power
  railways ports shipping religious minorities human rights law parliamentary national local government women
  youth sports sport digital climate fisheries food employment pensions veterans homeland`);

/** Role words reduced for matching: no determiners or possessive endings, lower case. */
export function roleKey(tokens: readonly string[]): string[] {
  return tokens
    .map((t) => bareWord(t).toLowerCase())
    .filter((t) => t !== '' && !DETERMINERS.has(t) && t !== 'the' && !FUNCTION_WORDS.has(t));
}

const SPOKESPERSON = words(`spokesperson spokesman spokeswoman`);

/** "spokesman" and "spokesperson" are the same role. */
export function sameRoleHead(a: string, b: string): boolean {
  return a === b || (SPOKESPERSON.has(a) && SPOKESPERSON.has(b));
}

/** A role a single person holds: ends on a singular title ("the Foreign Office spokesperson"). */
export function isSingularPersonRole(tokens: readonly string[]): boolean {
  const head = bareWord(tokens[tokens.length - 1] ?? '').toLowerCase();
  return PERSON_TITLES.has(head);
}
