/**
 * Reads the words that name a speaker: "Shafqat Ali Khan", "one diplomat",
 * "The Taliban government", "Foreign Office spokesperson Shafqat Ali Khan".
 * A speaker is a run of capitalised words and known title, role and
 * determiner words, ending on a name or a role noun.
 */
import { isAgentNoun, isPersonName, isRoleWord, nameAfterServedPlace } from '../attribution/names';
import { isTitleAbbreviation } from '../text/abbreviations';
import * as documentsLexicon from '../text/lexicon/documents';
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as namesLexicon from '../text/lexicon/names';
import * as timeLexicon from '../text/lexicon/time';
import * as clauseVerbsLexicon from '../text/lexicon/clause-verbs';
import { alternation } from '../text/lexicon/words';
import * as titlesAndRolesLexicon from '../text/lexicon/titles-and-roles';
import { isTimeBeforeName } from '../text/time';
import { writtenWords, type WrittenWord } from '../text/tokens';
import { bareWord, isAcronym, isCapitalisedOrNumber, isInitials } from '../text/word-shape';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const {
  DATA_PUBLISHING_PARTICIPLES, DOCUMENT_HOLDING_PARTICIPLES, DOCUMENT_NOUNS, INQUIRIES, IRREGULAR_PASTS_OF_SENDING, ISSUED_BY, ISSUED_DOCUMENTS, ISSUED_WHEN_WORDS,
  MANNERS_OF_SAYING,
} = documentsLexicon;
const { MONTHS, MONTHS_AS_FIRST_NAMES, NAME_ENDING_TIME_WORDS, TIME_PHRASE_ENDS, TIME_PHRASE_OPENERS, TIME_UNITS, WEEKDAYS } = timeLexicon;
const {
  ACCORDING_TO_CONNECTORS, ADVERB_STARTERS, AFTER_INVERTED_SPEAKER, AUXILIARIES, CLAUSE_NOUN_PHRASE_OPENERS, CLAUSE_OPENING_CONJUNCTIONS, DETERMINERS, FIRST_AND_SECOND_PERSON,
  AFFILIATION_PREPOSITIONS, FUNCTION_WORDS, GROUP_BODY_PREPOSITIONS, GROUP_CONNECTORS, GROUP_QUALIFYING_PREPOSITIONS, NOT_IN_A_CLAUSE_NOUN_PHRASE, PERSONAL_PRONOUNS,
  PHRASE_ENDS, POSSESSIVE_PRONOUNS, PREDICATE_MODALS_AND_AUXILIARIES, PRONOUNS,
} = functionWordsLexicon;
const { SPEAKER_NAME_CONNECTORS, WHERE_FROM_PARTICIPLES } = namesLexicon;
const { DESCRIBING_AGENT_PARTICIPLES } = clauseVerbsLexicon;
const {
  DESCRIBED_GROUPS, GROUP_QUALIFIERS, NOT_PEOPLE_PLURALS, OUTLET_JOURNALIST_NOUNS, PEOPLE_PLURAL, ROLE_NOUNS, ROLE_TO_PLACE_LINKS, ROLES_SERVING_A_PLACE, SERVING_ROLES, SPEAKER_MODIFIERS, TITLE_MODIFIERS,
} = titlesAndRolesLexicon;

/** "politicians", "strategists": people by what they do, in the plural (the class, beside the ROLE_NOUNS list). */
function isPeoplePlural(lower: string): boolean {
  return PEOPLE_PLURAL.test(lower) && !NOT_PEOPLE_PLURALS.has(lower);
}

const MAX_SPEAKER_WORDS = 12;
/** "China's", "Pakistan’s": a capitalised possessive that can open a description. */
function isPossessiveName(word: string): boolean {
  return /^[\p{Lu}\p{N}].*['’]s?$/u.test(word) && bareWord(word) !== word;
}

/** "(IGP)", "(ISPR)": an acronym in brackets inside a name or a title ("Inspector General of Police (IGP) A Satish Ganesh"). */
const BRACKETED_ACRONYM = /^\(\p{Lu}[\p{Lu}\p{N}&.-]{1,10}\)$/u;

function isSpeakerWord(word: string, extraConnectors?: Set<string>): boolean {
  const w = bareWord(word);
  if (w === '' || /[^\p{L}\p{M}\p{N}.&'’-]/u.test(w)) return false;
  if (isCapitalisedOrNumber(w)) return true;
  const lower = w.toLowerCase();
  return (
    DETERMINERS.has(lower) ||
    SPEAKER_MODIFIERS.has(lower) ||
    // "the information minister", "the chief whip": the words a title is qualified with.
    TITLE_MODIFIERS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    isPeoplePlural(lower) ||
    DOCUMENT_NOUNS.has(lower) ||
    SPEAKER_NAME_CONNECTORS.has(lower) ||
    PRONOUNS.has(lower) ||
    DESCRIPTIVE_ADJECTIVE.test(w) ||
    (extraConnectors?.has(lower) ?? false)
  );
}

/**
 * "The We Company’s recently named executive chair Marcelo Claure", "the newly elected mayor": an adverb and a participle
 * inside a description, read as part of it when a word of a speaker follows them.
 */
function inDescription(tokens: readonly WrittenWord[], index: number): boolean {
  const word = (i: number) => (tokens[i]?.text ?? '').replace(/[,.;:!?”"»)\]]+$/u, '');
  const adverb = (w: string) => /^\p{Ll}{2,}ly$/u.test(w);
  const participle = (w: string) => /^\p{Ll}{2,}(?:ed|en)$/u.test(w);
  if (adverb(word(index))) return participle(word(index + 1)) && isSpeakerWord(word(index + 2));
  return participle(word(index)) && adverb(word(index - 1)) && isSpeakerWord(word(index + 1));
}

/** "congressional investigators", "medical experts", "parliamentary officials": an adjective of a body or a field. */
const DESCRIPTIVE_ADJECTIVE = /^\p{Ll}{3,}(?:ional|ical|ial|tary|iary|ian)$/u;


/** A determiner or a possessive opens the phrase before `at`, lower-case words at most between ("the", "a local", "Harris's"). */
function determinedBefore(words: readonly WrittenWord[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const text = words[k]?.text ?? '';
    if (DETERMINERS.has(text.toLowerCase()) || isPossessiveName(text)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(text)) return false;
  }
  return false;
}

/** The word a speaker's description can end on: a name, or a noun like "diplomat". */
function isHead(word: string): boolean {
  const w = bareWord(word);
  const lower = w.toLowerCase();
  if (ROLE_NOUNS.has(lower) || isPeoplePlural(lower) || DOCUMENT_NOUNS.has(lower) || isAcronym(w)) return true;
  if (isAgentNoun(w)) return true;
  if (!/\p{L}/u.test(w)) return false; // "51", "46": an age or a count, never a speaker
  return isCapitalisedOrNumber(w) && !FUNCTION_WORDS.has(lower) && !DETERMINERS.has(lower) && !PERSONAL_PRONOUNS.has(lower);
}

function isValidSpeaker(run: WrittenWord[]): boolean {
  const last = run[run.length - 1];
  const first = run[0];
  if (!last || !first || run.length > MAX_SPEAKER_WORDS) return false;
  if (run.length === 1 && PRONOUNS.has(first.text.toLowerCase())) return true;
  // ("The US State Department": "US" in capitals is the country, not "us".)
  if (run.some((t) => t.text !== 'US' && (PERSONAL_PRONOUNS.has(t.text.toLowerCase()) || FIRST_AND_SECOND_PERSON.has(t.text.toLowerCase())))) return false;
  if (SPEAKER_NAME_CONNECTORS.has(first.text.toLowerCase())) return false;
  // "A poll released Tuesday shows": a weekday or a month alone is a time, never who speaks ("May" alone may be Theresa May).
  const alone = bareWord(first.text).toLowerCase();
  if (run.length === 1 && (WEEKDAYS.has(alone) || (MONTHS.has(alone) && !MONTHS_AS_FIRST_NAMES.has(alone)))) return false;
  // ("the singer", "a pensioner": a doer's noun names someone only after a determiner, not "enforcer", "stronger".)
  const bareHead = bareWord(last.text);
  const head = bareHead.toLowerCase();
  if (isAgentNoun(bareHead) && !ROLE_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head) && !isPeoplePlural(head) && !DETERMINERS.has(first.text.toLowerCase()) && !isPossessiveName(first.text)) return false;
  // "No 10", "Number 10": the prime minister's office.
  if (run.length === 2 && /^(?:No\.?|Number)$/u.test(first.text) && /^10['’]?s?$/u.test(last.text)) return true;
  return isHead(last.text) || (endsOnNamedTime(run) && isHead(run[run.length - 2]?.text ?? ''));
}

/** Capitalised words just before index `k` ("South Korea’s": "South"). */
function capitalisedBefore(tokens: WrittenWord[], k: number): number {
  let j = k;
  while (j > 0 && j > k - 4) {
    const text = tokens[j - 1]?.text ?? '';
    const lower = text.toLowerCase();
    if (!isCapitalisedOrNumber(text) || FUNCTION_WORDS.has(lower) || DETERMINERS.has(lower) || /[^\p{L}\p{N}.&-]/u.test(text)) break;
    j--;
  }
  return j;
}

/**
 * "the provincial disaster authority", "China’s commerce ministry": a
 * determiner or a possessive name, a few words, then a role noun.
 */
function describedRole(tokens: WrittenWord[]): WrittenWord[] | null {
  const last = tokens[tokens.length - 1];
  if (!last || !ROLE_NOUNS.has(bareWord(last.text).toLowerCase())) return null;
  for (let k = tokens.length - 2; k >= Math.max(0, tokens.length - 6); k--) {
    const token = tokens[k];
    if (!token) return null;
    const lower = bareWord(token.text).toLowerCase();
    if (DETERMINERS.has(lower)) return tokens.slice(k);
    if (isPossessiveName(token.text) && !PRONOUNS.has(lower)) {
      const from = capitalisedBefore(tokens, k);
      const opener = bareWord(tokens[from - 1]?.text ?? '').toLowerCase();
      return tokens.slice(from > 0 && DETERMINERS.has(opener) ? from - 1 : from);
    }
    if (FUNCTION_WORDS.has(lower) || PRONOUNS.has(lower) || /[^\p{L}\p{N}'’.-]/u.test(token.text)) return null;
  }
  return null;
}

/**
 * "Records", "A new study", "census figures": a document or data with no body named
 * behind it. Not a speaker (the article states it in its own voice).
 */
/**
 * Can the noun phrase's head do something in words — a name, a role, people by what they do, a body, a document, a
 * pronoun? ("The union raised concerns": yes; "the bloodshed raised fears that …": an event, no.)
 */
export function headCanSpeak(run: readonly WrittenWord[]): boolean {
  const last = run[run.length - 1];
  return last !== undefined && (isHead(last.text) || PRONOUNS.has(bareWord(last.text).toLowerCase()));
}

export function isAuthorlessDocument(run: WrittenWord[]): boolean {
  const head = bareWord(run[run.length - 1]?.text ?? '');
  // "Records show": capitalised only by opening the sentence.
  const text = run.length === 1 ? head.toLowerCase() : head;
  if (INQUIRIES.has(text)) return false;
  return issued({ text, start: 0, end: 0 }) && !run.some((t) => isPossessiveName(t.text)) && nameBeforeDocument(run) === null;
}

/** "the letter", "A statement from the ministry", "Records": a word for a document, whatever its case. */
export const isDocumentWord = (word: string): boolean => {
  const lower = bareWord(word).toLowerCase();
  return ISSUED_DOCUMENTS.has(lower) || DOCUMENT_NOUNS.has(lower);
};

/** "report", "figures" as common nouns: "Office for National Statistics" is a name, not statistics. */
const issued = (t: WrittenWord | undefined): boolean => {
  const text = t?.text ?? '';
  return /^\p{Ll}/u.test(text) && (ISSUED_DOCUMENTS.has(text) || DOCUMENT_NOUNS.has(text));
};

/**
 * "its latest annual report" -> "its", "the union's latest survey" -> "the union",
 * "a survey of its members" -> "its": a document names its author by a possessive.
 */
function possessorOf(run: WrittenWord[]): WrittenWord[] | null {
  // The document is the head of the phrase: "the International Rhino Foundation's 2026 State of the Rhino report".
  const h = run.findIndex((t, i) => issued(t) && !issued(run[i + 1]));
  if (h < 0) return null;
  for (let i = 0; i < h; i++) {
    const token = run[i] as WrittenWord;
    if (POSSESSIVE_PRONOUNS.has(token.text.toLowerCase())) return [token];
    const text = bareWord(token.text);
    if (text !== token.text && /\p{L}/u.test(text)) {
      const owner = [...run.slice(0, i), { text, start: token.start, end: token.start + text.length }];
      return isValidSpeaker(owner) ? owner : null;
    }
  }
  // "a survey of its members"
  const owner = run[h + 2];
  if (run[h + 1]?.text === 'of' && owner && POSSESSIVE_PRONOUNS.has(owner.text.toLowerCase())) return [owner];
  return null;
}

/** "figures the agency published Friday" -> "the agency": a document, then who made it. */
function authorInRelative(run: WrittenWord[], k: number): WrittenWord[] | null {
  const j = k + 1;
  const opener = run[j]?.text ?? '';
  if (!/^(?:the|a|an)$/iu.test(opener) && !/^\p{Lu}/u.test(opener)) return null;
  for (let v = j + 1; v < run.length && v <= j + 5; v++) {
    const word = run[v]?.text ?? '';
    if (/^\p{Ll}{2,}ed$/u.test(word) || IRREGULAR_PASTS_OF_SENDING.has(word)) {
      const author = run.slice(j, v);
      return isValidSpeaker(author) ? author : null;
    }
  }
  return null;
}

/**
 * "Home Office figures", "according to ONS data": a body's name before a document noun is its author.
 * Not a single word opening the sentence ("Official figures", "New data"), nor a month ("January figures").
 */
function nameBeforeDocument(run: WrittenWord[]): WrittenWord[] | null {
  const h = run.findIndex((t, i) => i >= 1 && issued(t));
  const last = run[h];
  if (!last || h < 0) return null;
  // "figures published by the Environment Agency": the author follows (see sourceOfStatement).
  if (run.slice(h + 1, h + 3).some((t) => t.text === 'by')) return null;
  let from = 0;
  // "the latest Home Office figures": the determiner and lower-case words before the name.
  while (from < h && /^\p{Ll}/u.test(run[from]?.text ?? '') || (from === 0 && /^(?:The|An?)$/u.test(run[0]?.text ?? ''))) from++;
  const name = run.slice(from, h);
  if (name.length === 0 || name.length > 6) return null;
  const lastName = name[name.length - 1]?.text ?? '';
  if (!isCapitalisedOrNumber(lastName) || bareWord(lastName) !== lastName) return null;
  for (const t of name) {
    const lower = t.text.toLowerCase();
    if (SPEAKER_NAME_CONNECTORS.has(lower) && t !== name[0]) continue;
    if (!isCapitalisedOrNumber(t.text) || FUNCTION_WORDS.has(lower) || DETERMINERS.has(lower) || TIME_PHRASE_ENDS.has(lower) || /\d/u.test(t.text)) return null;
    if (name.length === 1 && SPEAKER_MODIFIERS.has(lower)) return null; // "Official figures", "Government data"
  }
  if (name.length === 1 && !isAcronym(lastName) && (name[0]?.start ?? 0) === 0) return null;
  // "A British study", "A Brexit report", "A Christmas survey": after "a", one word is what the document is about, not
  // who wrote it (unless an acronym: "A BBC report"); "A New York Times article" names its author.
  if (from > 0 && /^an?$/iu.test(run[0]?.text ?? '') && name.length === 1 && !isAcronym(lastName)) return null;
  return name;
}

export function sourceOfStatement(run: WrittenWord[]): WrittenWord[] {
  const possessor = possessorOf(run);
  if (possessor) return possessor;
  const named = nameBeforeDocument(run);
  if (named) return named;
  let k = 0;
  if (DETERMINERS.has((run[0]?.text ?? '').toLowerCase())) k++;
  while (k < run.length - 2 && !issued(run[k]) && /^\p{Ll}/u.test(run[k]?.text ?? '')) k++;
  // "Figures from the Office for National Statistics show": capitalised only by opening the sentence.
  const opening = k === 0 && run[0] ? { ...run[0], text: run[0].text.toLowerCase() } : undefined;
  if (!issued(run[k]) && !(opening && issued(opening) && ISSUED_BY.has((run[1]?.text ?? '').toLowerCase()))) return run;
  // "documents seen by the Guardian": the document alone (no author named), not who has seen it.
  if (DOCUMENT_HOLDING_PARTICIPLES.has(run[k + 1]?.text ?? '')) return run.slice(0, k + 1);
  const author = authorInRelative(run, k);
  if (author) return author;
  let by = k + 1;
  // "figures published by the Environment Agency", "data compiled by LSEG"
  if (DATA_PUBLISHING_PARTICIPLES.has(run[by]?.text ?? '')) by++;
  // "a report in Axios": a publication named after "in" (not a time: "a report in March").
  if (run[by]?.text === 'in') {
    const the = /^the$/iu.test(run[by + 1]?.text ?? '') ? 1 : 0;
    const first = (run[by + 1 + the]?.text ?? '').toLowerCase();
    const publication = /^\p{Lu}/u.test(run[by + 1 + the]?.text ?? '') && !MONTHS.has(first) && !WEEKDAYS.has(first) && !DETERMINERS.has(first);
    // "a report in March", "a study in the journal": the document alone.
    const source = run.slice(by + 1);
    return publication && isValidSpeaker(source) ? source : run.slice(0, by);
  }
  if (!ISSUED_BY.has((run[by]?.text ?? '').toLowerCase())) return run;
  const source = dropLeadingAdjective(run.slice(by + 1));
  return isValidSpeaker(source) ? source : run;
}

/** The speaker at the end of `tokens` (the words just before the verb), if they form one. */
/**
 * "Tuesday Mitsotakis", "On Monday Smith", "in May Smith": a weekday (or a month after "in", "since" ...)
 * glued to the front of a name is a time, never part of the name.
 */
function dropLeadingTime(run: WrittenWord[], before: string): WrittenWord[] {
  let previous = before;
  let out = run;
  while (out.length > 1 && isTimeBeforeName(out[0]?.text ?? '', previous)) {
    previous = out[0]?.text ?? '';
    out = out.slice(1);
  }
  return out;
}

/** "in a statement", "in an interview": how something was said, between the speaker and the verb. */
const MANNER = new RegExp(`^(?:${alternation(MANNERS_OF_SAYING)})$`, 'u');

/**
 * "USA Today", "Mail Today", "Sky News Tonight": a capitalised "Today" or "Tonight" after a capitalised word is the end
 * of a name (the time is written in lower case mid-sentence: "The minister today said"). Not a weekday or a month.
 */
function endsOnNamedTime(words: readonly WrittenWord[]): boolean {
  const last = words[words.length - 1]?.text ?? '';
  return words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(last) && NAME_ENDING_TIME_WORDS.has(last.toLowerCase()) && /^\p{Lu}/u.test(words[words.length - 2]?.text ?? '');
}

/** Drops a time phrase or a manner phrase from the end: "Norvenia on Wednesday" -> "Norvenia". */
function dropTimeOrManner(words: WrittenWord[]): boolean {
  const last = bareWord(words[words.length - 1]?.text ?? '').toLowerCase();
  if (TIME_PHRASE_ENDS.has(last) || /^(?:19|20)\d\d$/u.test(last)) {
    let k = words.length - 1;
    while (k > 0 && TIME_PHRASE_OPENERS.has((words[k - 1]?.text ?? '').toLowerCase())) k--;
    if (k === words.length - 1 && !/^(?:today|yesterday|tonight)$/u.test(last)) return false; // "Monday said": not a time phrase
    if (k === words.length - 1 && endsOnNamedTime(words)) return false;
    words.length = k;
    return true;
  }
  // "has for years accused", "has for decades argued": how long, between the auxiliary and the verb.
  if (TIME_UNITS.has(last)) {
    let k = words.length - 2;
    if (/^(?:many|several|some)$/u.test(words[k]?.text ?? '')) k--;
    if (words[k]?.text === 'for') {
      words.length = k;
      return true;
    }
  }
  if (MANNER.test(last) && /^(?:a|an)$/u.test(words[words.length - 2]?.text ?? '') && /^in$/iu.test(words[words.length - 3]?.text ?? '')) {
    words.length -= 3;
    return true;
  }
  return false;
}

/** The speaker the words open on: "Aslanov did not deny" -> "Aslanov". */
export function leadingSpeaker(tokens: WrittenWord[]): WrittenWord[] | null {
  let k = 0;
  // ("Inspector General of Police (IGP) A Satish Ganesh": an acronym in brackets inside the title, a name after it.)
  const inside = (i: number) => BRACKETED_ACRONYM.test(tokens[i]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
  while (k < tokens.length && k < MAX_SPEAKER_WORDS && (isSpeakerWord(tokens[k]?.text ?? '') || inside(k)) && !/[,;:]$/u.test(tokens[k]?.text ?? '')) k++;
  if (k < tokens.length && /[,;:]$/u.test(tokens[k]?.text ?? '')) return null; // "Khan, 45, ...": not read here
  const run = tokens.slice(0, k).filter((t) => !BRACKETED_ACRONYM.test(t.text));
  return run.length > 0 ? speakerAtEnd(run) : null;
}

/** "Denmark-based", "Kirongo-owned": a where-from adjective. */
const WHERE_FROM_ADJECTIVE = new RegExp(`-(?:${alternation(WHERE_FROM_PARTICIPLES)})$`, 'iu');

/** "Denmark-based Nordfragt" -> "Nordfragt": a where-from adjective before a name is not part of it. */
function dropLeadingAdjective(run: WrittenWord[]): WrittenWord[] {
  // "the Kirongo-based Ruvala Human Rights Observatory": past a determiner too.
  const at = run.length > 2 && /^the$/iu.test(run[0]?.text ?? '') ? 1 : 0;
  const first = run[at]?.text ?? '';
  if (run.length > at + 1 && WHERE_FROM_ADJECTIVE.test(first) && isCapitalisedOrNumber(run[at + 1]?.text ?? '')) return run.slice(at + 1);
  return run;
}

/** "Republicans", "Democrats", "Conservatives": members of a party, capitalised. */
const PARTY_MEMBERS = /^\p{Lu}\p{Ll}+(?:ans|ats|ives|als|ists|ites)$/u;

/** "interviewed by", "seen by": a participle before the agent of a description ("Three witnesses interviewed by Reuters"). */
const DESCRIBING_AGENT_PARTICIPLE = new RegExp(String.raw`^\p{Ll}+(?:ed|en)$|^(?:${alternation(DESCRIBING_AGENT_PARTICIPLES)})$`, 'u');

/** A head a noun can qualify: a role or people by what they do ("law enforcers", "health workers"). */
/**
 * "Overnight", "Elsewhere" opening a sentence: an adverb, not a noun before a group ("Health care providers"). (The
 * function words among them, "But", "Meanwhile", are dropped from the speaker's front later.)
 */
function opensAsAdverb(word: string): boolean {
  const lower = bareWord(word).toLowerCase();
  return ADVERB_STARTERS.has(lower) && !FUNCTION_WORDS.has(lower);
}

function isGroupHead(word: string): boolean {
  const lower = bareWord(word).toLowerCase();
  return isRoleWord(lower) || isPeoplePlural(lower);
}

function isGroupNoun(word: string): boolean {
  return ROLE_NOUNS.has(bareWord(word).toLowerCase()) || PARTY_MEMBERS.test(word);
}

export function speakerAtEnd(tokens: WrittenWord[]): WrittenWord[] | null {
  const words = [...tokens];
  for (let changed = true; changed && words.length > 0; ) {
    changed = false;
    const word = words[words.length - 1]?.text ?? '';
    const lower = word.toLowerCase();
    const adverb = /^\p{Ll}{3,}ly$/u.test(word) && !ROLE_NOUNS.has(lower); // "recently", not "family" or "Italy"
    // "Home Office figures published on Thursday show": the document, without when it came out.
    const issuedWhen = ISSUED_WHEN_WORDS.has(word) && DOCUMENT_NOUNS.has(bareWord(words[words.length - 2]?.text ?? '').toLowerCase());
    if ((AUXILIARIES.has(lower) && !endsOnNamedTime(words)) || adverb || issuedWhen) {
      words.pop();
      changed = true;
    } else changed = dropTimeOrManner(words);
  }
  let i = words.length;
  for (;;) {
    if (i > 0 && isSpeakerWord(words[i - 1]?.text ?? '')) i--;
    // "The singer", "a local pensioner": a doer's noun ends a description after a determiner (not "After the equaliser
    // Arteta", where it is no speaker's head).
    else if (i === words.length && i > 1 && isAgentNoun(bareWord(words[i - 1]?.text ?? '')) && determinedBefore(words, i - 1)) i--;
    // "Officials in Ohio", "a spokesperson from the ministry": a role noun, then where it is from.
    else if (i > 1 && GROUP_CONNECTORS.has(words[i - 1]?.text ?? '') && isGroupNoun(words[i - 2]?.text ?? '')) i--;
    // "A source close to Prime Minister Boris Johnson", "an aide to President William Ruto": whom the role serves.
    else if (i > 2 && words[i - 1]?.text === 'to' && (words[i - 2]?.text === 'close' || words[i - 2]?.text === 'near') && isGroupNoun(words[i - 3]?.text ?? '')) i -= 2;
    else if (i > 1 && words[i - 1]?.text === 'to' && SERVING_ROLES.has(words[i - 2]?.text ?? '')) i--;
    // "The former law enforcers", "local health workers": one noun qualifying the head, after a determiner or a modifier
    // (in the singular, as such a noun is: "the questions readers have been asking" is a relative clause).
    // ("…, aid groups said", "Health care providers say", "one neo-bank CEO said": the noun may open the clause, capitalised
    // only by opening it.)
    else if (i === words.length - 1 && i > 0 && isGroupHead(words[i]!.text) && /^\p{Ll}[\p{Ll}-]*[^s\P{Ll}]$/u.test(words[i - 1]!.text) && !FUNCTION_WORDS.has(words[i - 1]!.text) && (i === 1 || (isSpeakerWord(words[i - 2]!.text) && (!isCapitalisedOrNumber(words[i - 2]!.text) || (i === 2 && !opensAsAdverb(words[0]!.text)))))) i--;
    // "Editors of the journal Analytical Chemistry": what the name is, between "of the" and the name of a group's body.
    else if (i > 3 && i < words.length && /^\p{Ll}{3,}$/u.test(words[i - 1]?.text ?? '') && words[i - 2]?.text === 'the' && words[i - 3]?.text === 'of' && isGroupNoun(words[i - 4]?.text ?? '')) i--;
    else break;
  }
  // "Although no group claimed responsibility": a subject nobody is, no speaker.
  if (i > 0 && /^no$/iu.test(words[i - 1]?.text ?? '')) return null;
  let run = words.length - i > MAX_SPEAKER_WORDS ? [] : words.slice(i);
  // "Three witnesses interviewed by Reuters": the people described, not the agent inside the description.
  if (i >= 3 && run.length > 0 && words[i - 1]?.text === 'by' && DESCRIBING_AGENT_PARTICIPLE.test(words[i - 2]?.text ?? '')) {
    const described = speakerAtEnd(words.slice(0, i - 2));
    const head = bareWord(described?.[described.length - 1]?.text ?? '').toLowerCase();
    const from = described ? words.indexOf(described[0] as WrittenWord) : -1;
    if (described && ROLE_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head) && !ISSUED_DOCUMENTS.has(head) && from >= 0 && from + described.length === i - 2 && words.length - from <= MAX_SPEAKER_WORDS) {
      return words.slice(from);
    }
  }
  // "Recently Khan", "as Pakistan", "On Tuesday Mitsotakis": drop words capitalised only by position, and a time.
  for (let dropped = true; dropped && run.length > 0; ) {
    const text = bareWord(run[0]?.text ?? '');
    const lower = text.toLowerCase();
    const first = words.indexOf(run[0] as WrittenWord);
    const timeless = dropLeadingTime(run, first > 0 ? (words[first - 1]?.text ?? '') : '');
    dropped = timeless !== run;
    if (dropped) run = timeless;
    else if (!isAcronym(text) && (FUNCTION_WORDS.has(lower) || SPEAKER_NAME_CONNECTORS.has(lower) || ACCORDING_TO_CONNECTORS.has(lower))) {
      run = run.slice(1);
      dropped = true;
    }
  }
  // ("UN envoy for Syria Geir Pedersen": the name after the place, before any longer description is read.)
  const served = roleToPlace(words, run);
  if (served) return isValidSpeaker(served) ? sourceOfStatement(served) : null;
  let described = describedRole(words);
  // "Officials at the city's mobility department": a group, then the body it belongs to.
  const at = described ? words.indexOf(described[0] as WrittenWord) : -1;
  if (described && at >= 2 && GROUP_BODY_PREPOSITIONS.has(words[at - 1]?.text ?? '') && isGroupNoun(words[at - 2]?.text ?? '')) {
    const opener = at >= 3 && DETERMINERS.has((words[at - 3]?.text ?? '').toLowerCase()) ? at - 3 : at - 2;
    described = words.slice(opener);
  }
  if (described && described.length > run.length) run = described;
  run = dropOutlet(dropLeadingAdjective(run));
  return isValidSpeaker(run) ? sourceOfStatement(run) : null;
}

/**
 * "China’s ambassador to Britain Liu Xiaming" -> the name after the place; "The US ambassador to Israel" -> the whole
 * description (the place a role is to, for or of is not who speaks).
 */
function roleToPlace(words: WrittenWord[], whole: WrittenWord[]): WrittenWord[] | null {
  // ("UN envoy for Syria Geir Pedersen": the run may hold the role and its link too, "for" being a word of titles.)
  // ("Secretary of State for Health Matt Hancock": the role may have its own "of" before the link.)
  const role = (k: number): boolean => ROLES_SERVING_A_PLACE.has(bareWord(whole[k - 1]?.text ?? '').toLowerCase()) || (k >= 3 && whole[k - 2]?.text === 'of' && ROLES_SERVING_A_PLACE.has(bareWord(whole[k - 3]?.text ?? '').toLowerCase()));
  const inside = whole.findIndex((t, k) => k >= 1 && k < whole.length - 1 && ROLE_TO_PLACE_LINKS.has(t.text) && role(k));
  const run = inside > 0 ? whole.slice(inside + 1) : whole;
  const first = words.indexOf(run[0] as WrittenWord);
  if (first < 2 || !ROLE_TO_PLACE_LINKS.has(words[first - 1]?.text ?? '') || (inside <= 0 && !ROLES_SERVING_A_PLACE.has(bareWord(words[first - 2]?.text ?? '').toLowerCase()))) return null;
  // The place or portfolio: one word ("Britain", "the UN"), then more only while they are a portfolio's ("Home Affairs").
  const place = nameAfterServedPlace(run.map((t) => t.text), run[0]?.text === 'the' ? 2 : 1);
  const name = run.slice(place);
  if (name.length >= 2 && name.length <= 4 && isPersonName(name.map((t) => t.text))) return name;
  if (name.length > 0 && run.length > place) return null;
  let start = first - 2;
  while (start > 0 && isSpeakerWord(words[start - 1]?.text ?? '') && !PRONOUNS.has((words[start - 1]?.text ?? '').toLowerCase())) start--;
  return words.slice(start, first + run.length);
}

/**
 * "Al Jazeera's Zeina Khodr", "The BBC's Lyse Doucet", "Reuters' Jonathan Landay" -> the person:
 * an outlet's (or a party's, a country's) possessive before a person's full name is not part of it.
 */
function dropOutlet(run: WrittenWord[]): WrittenWord[] {
  for (let p = run.length - 3; p >= 0; p--) {
    if (!isPossessiveName(run[p]?.text ?? '')) continue;
    const name = run.slice(p + 1);
    return isPersonName(name.map((t) => t.text)) ? name : run;
  }
  return dropAffiliation(run);
}

/** "Sophal of Occidental College", "Jane Doe at the Brookings Institution": a person's name, then where they work. */
function dropAffiliation(run: WrittenWord[]): WrittenWord[] {
  const at = run.findIndex((t, i) => i >= 1 && i <= 4 && AFFILIATION_PREPOSITIONS.has(t.text));
  if (at < 0 || at === run.length - 1) return run;
  const name = run.slice(0, at);
  const body = run[at + 1]?.text === 'the' ? run[at + 2] : run[at + 1];
  // "Archbishop of Canterbury Justin Welby", "Duke of Sussex Prince Harry": a title of a place, then the person's name.
  const tail = run.slice(at + 1).map((t) => t.text);
  if (tail.length >= 3 && isPersonName(tail.slice(-2))) return run;
  return isPersonName(name.map((t) => t.text)) && /^\p{Lu}/u.test(body?.text ?? '') ? name : run;
}

/** The speaker after the verb: "..., said one diplomat.", "according to the ministry". */
export function speakerAfter(masked: string, from: number, inverted: boolean): WrittenWord[] | null {
  const tokens = writtenWords(masked, from, Math.min(masked.length, from + 200));
  const extra = inverted ? undefined : ACCORDING_TO_CONNECTORS;
  const run: WrittenWord[] = [];
  let endedAtBoundary = true;
  let nextWord = '';
  for (const [index, token] of tokens.entries()) {
    if (/^["“«([]/u.test(token.text)) {
      endedAtBoundary = false;
      nextWord = token.text;
      break;
    }
    const m = /^(.*?)([,.;:!?”"»)\]]+)$/u.exec(token.text);
    let core = m?.[1] ?? token.text;
    let trailing = m?.[2] ?? '';
    const next = tokens[index + 1]?.text ?? '';
    if (trailing === '.' && (isTitleAbbreviation(core) || (isInitials(core) && /^\p{Lu}/u.test(next)))) {
      core = token.text; // "Mr.", "J.", "J.R."
      trailing = '';
    }
    if (core !== '' && !isSpeakerWord(core, extra) && !inDescription(tokens, index)) {
      endedAtBoundary = false;
      nextWord = core;
      break;
    }
    if (core !== '') run.push({ text: core, start: token.start, end: token.start + core.length });
    if (trailing !== '' || run.length > MAX_SPEAKER_WORDS) break;
  }
  // "said Khan at a press conference": end on the name, not on "at a"; "said Mitsotakis Tuesday": not on the day.
  while (run.length > 1 && WEEKDAYS.has(bareWord(run[run.length - 1]?.text ?? '').toLowerCase())) {
    nextWord = run.pop()?.text ?? '';
    endedAtBoundary = false;
  }
  while (run.length > 0 && !isHead(run[run.length - 1]?.text ?? '') && !endsOnNamedTime(run)) {
    nextWord = run.pop()?.text ?? '';
    endedAtBoundary = false;
  }
  // "said an employee of the aid group", "said a report from Kotak Institutional Equities": a role noun or a document,
  // then whose it is, up to the sentence's punctuation.
  const head = bareWord(run[run.length - 1]?.text ?? '').toLowerCase();
  if (inverted && !endedAtBoundary && (nextWord === 'of' || nextWord === 'from') && (ROLE_NOUNS.has(head) || isDocumentWord(head))) {
    const phrase = nounPhraseAfter(tokens);
    return sourceOfStatement(phrase && phrase.length > run.length ? phrase : run);
  }
  if (inverted && !endedAtBoundary && !AFTER_INVERTED_SPEAKER.has(nextWord.toLowerCase()) && !WEEKDAYS.has(nextWord.toLowerCase())) return null;
  if (inverted && run.length === 1 && PRONOUNS.has(run[0]?.text.toLowerCase() ?? '') && !endedAtBoundary) return null;
  // "…,” Mayer, Disney’s chairman, said Tuesday at the conference": a day or a month after the verb is when, never who.
  if (run.length === 1 && (WEEKDAYS.has(bareWord(run[0]!.text).toLowerCase()) || MONTHS.has(bareWord(run[0]!.text).toLowerCase()))) return null;
  if (!inverted) {
    // "according to local estate agents", "according to figures published by the Environment Agency":
    // after "according to", the noun phrase up to the punctuation is the source, whatever its words.
    const phrase = nounPhraseAfter(tokens);
    if (phrase && phrase.length > run.length) return sourceOfStatement(dropLeadingAdjective(phrase));
  }
  // ("said Al Jazeera's Zeina Khodr": "Al" alone would open no speaker.)
  const own = dropOutlet(run);
  return isValidSpeaker(own) ? sourceOfStatement(dropLeadingAdjective(own)) : null;
}

/** The noun phrase at the start of `tokens`, up to punctuation: at most 10 words, no verbs we can see. */
function nounPhraseAfter(tokens: WrittenWord[]): WrittenWord[] | null {
  const out: WrittenWord[] = [];
  for (const token of tokens.slice(0, 11)) {
    if (/^["“«([]/u.test(token.text)) break;
    const m = /^(.*?)([,.;:!?”"»)\]]+)$/u.exec(token.text);
    const core = m?.[1] ?? token.text;
    const lower = core.toLowerCase();
    if (core === '' || PHRASE_ENDS.has(lower) || PRONOUNS.has(lower) || FIRST_AND_SECOND_PERSON.has(lower) || AUXILIARIES.has(lower) || PREDICATE_MODALS_AND_AUXILIARIES.has(lower)) break;
    if (/[^\p{L}\p{M}\p{N}.&'’-]/u.test(core)) break;
    out.push({ text: core, start: token.start, end: token.start + core.length });
    if (m) break;
  }
  while (out.length > 0) {
    const last = bareWord(out[out.length - 1]?.text ?? '').toLowerCase();
    if (!FUNCTION_WORDS.has(last) && !SPEAKER_NAME_CONNECTORS.has(last) && !DETERMINERS.has(last) && !ACCORDING_TO_CONNECTORS.has(last)) break;
    out.pop();
  }
  const last = out[out.length - 1]?.text ?? '';
  return out.length > 0 && out.length <= MAX_SPEAKER_WORDS && /\p{L}/u.test(last) && !/ly$/u.test(last) ? out : null;
}

/** "our reporter", "our correspondents": the outlet's own journalists after "our". */
const OUTLET_JOURNALIST = new RegExp(`^(?:${alternation(OUTLET_JOURNALIST_NOUNS)})s?$`, 'u');

/**
 * "a diplomat familiar with the preparations", "the hydrologist": a whole
 * clause (from a comma or a quotation mark to the verb) that is one noun
 * phrase opening on a determiner, with a person's or a body's noun in it.
 */
export function clauseNounPhrase(tokens: WrittenWord[], afterBreak: boolean): WrittenWord[] | null {
  const words = [...tokens];
  while (words.length > 0 && dropTimeOrManner(words));
  while (words.length > 0 && AUXILIARIES.has((words[words.length - 1]?.text ?? '').toLowerCase())) words.pop();
  // "The minister went on television and (said)": a verb phrase the reporting verb is joined to, not a noun phrase.
  if (CLAUSE_OPENING_CONJUNCTIONS.has((words[words.length - 1]?.text ?? '').toLowerCase())) return null;
  const first = (words[0]?.text ?? '').toLowerCase();
  // "our reporter at the scene", "our correspondent in Kabul": the outlet's own journalist.
  const ourJournalist = first === 'our' && OUTLET_JOURNALIST.test(words[1]?.text ?? '');
  // "Sources close to the player", "People familiar with the talks": a group described by what follows it.
  const describedGroup = DESCRIBED_GROUPS.has(first) && GROUP_QUALIFIERS.has(words[1]?.text ?? '');
  // "Critics of the plan", "proponents of the hidden chamber hypothesis": a group, then what it is of.
  const qualifiedGroup = ROLE_NOUNS.has(first) && /s$/u.test(first) && GROUP_QUALIFYING_PREPOSITIONS.has(words[1]?.text ?? '');
  if (words.length < 2 || words.length > 8 || (!CLAUSE_NOUN_PHRASE_OPENERS.has(first) && !ourJournalist && !describedGroup && !qualifiedGroup)) return null;
  for (const w of words.slice(1)) {
    const lower = w.text.toLowerCase();
    if (/[^\p{L}\p{M}'’-]/u.test(w.text) || PRONOUNS.has(lower) || FIRST_AND_SECOND_PERSON.has(lower) || PHRASE_ENDS.has(lower)) return null;
    if (NOT_IN_A_CLAUSE_NOUN_PHRASE.has(lower)) return null;
  }
  // "the hydrologist", "the coastal hydrologist": a few lower-case words and nothing else.
  // Only after a quotation or a comma: at the start of a sentence "The attack claimed 20 lives".
  if (afterBreak && words.length <= 4 && words.slice(1).every((w) => /^\p{Ll}/u.test(w.text) && !FUNCTION_WORDS.has(w.text) && !/ly$/u.test(w.text))) return words;
  // "a diplomat familiar with the preparations": a role noun early on, then what qualifies it.
  const role = words.findIndex((w, i) => i > 0 && i <= 3 && ROLE_NOUNS.has(bareWord(w.text).toLowerCase()));
  return role > 0 || describedGroup || qualifiedGroup ? words : null;
}
