/**
 * Resolves a speaker, as written at its attribution, to the fullest form the
 * article has introduced before it:
 *
 * - a surname or part of a name to the full name ("Gandapur" -> "Ali Amin Gandapur");
 * - a role to the person introduced holding it ("The Foreign Office
 *   spokesperson" -> "Shafqat Ali Khan", after "Foreign Office spokesperson
 *   Shafqat Ali Khan" or "Shafqat Ali Khan, the Foreign Office spokesperson,");
 * - "he"/"she" to the last person who spoke, "it" to the last organisation,
 *   "they" to the last group, when nobody else has come in between;
 * - a role title before a name is dropped ("Foreign Office spokesperson
 *   Shafqat Ali Khan" -> "Shafqat Ali Khan"); courtesy and abbreviated titles
 *   stay ("Dr. Fatima Shah", "Sen. J.R. Ortiz").
 *
 * Anything else stays as written: "The Taliban government", "Islamabad",
 * "Senior Pakistani diplomats", "one diplomat".
 *
 * Feed it the article's sentences in order: `observe` each sentence, then
 * `resolve` the speaker found in it.
 */
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as organisationsLexicon from '../text/lexicon/organisations';
import * as reportingVerbsLexicon from '../text/lexicon/reporting-verbs';
import * as titlesAndRolesLexicon from '../text/lexicon/titles-and-roles';
import * as namesLexicon from '../text/lexicon/names';
import * as documentsLexicon from '../text/lexicon/documents';
import { bareWord, isCapitalisedWord } from '../text/word-shape';
import { scanMentions, type OrganisationMention, type PersonMention } from './mentions';
import { isPersonName, isSingularPersonRole, nameKey, roleKey, sameRoleHead, splitRoleAndName } from './names';
import { alternation } from '../text/lexicon/words';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const {
  CLAUSE_SUBORDINATORS, DESCRIBED_BY_WHOM_LINKS, DESCRIBED_BY_WHOM_OPENERS, DETERMINERS, FUNCTION_WORDS, GROUP_HEAD_CONNECTORS, GROUP_SUBJECT_OPENERS, INDEFINITE,
  PREPOSITIONS_BEFORE_A_SUBJECT_PATTERN,
} = functionWordsLexicon;
const { BODIES_BY_OPENING, ORGANISATION_NOUNS, ORGANISATION_SPEAKER_HEADS, ORGANISATION_WORDS } = organisationsLexicon;
const { SAYING_IT } = reportingVerbsLexicon;
const {
  ANY_OFFICE_DESCRIPTIONS, DROPPED_TITLES, GENDERED_TITLES, HONORIFICS, NOT_OF_THE_OFFICE, OFFICE_EQUIVALENTS, OPPOSITE_ROLES, OTHER_OFFICE_MARKERS, PERSON_TITLES, PLURAL_GROUP_NOUNS, RANK_ABBREVIATIONS,
  ROLE_NOUNS,
} = titlesAndRolesLexicon;
const { PLACE_KINDS, PLACE_NAME_HEADS, PROPER_SPEAKER_JOINERS } = namesLexicon;
const { STUDY_KINDS } = documentsLexicon;

export type SpeakerKind = 'person' | 'group' | 'organisation';

interface Spoken {
  sentence: number;
  paragraph: number;
  speaker: string;
  kind: SpeakerKind;
  /** Lower-cased name words, for a person. */
  key: string[];
  /** "X said it would ...": X may be a company whatever its name looks like. */
  itSpoke?: boolean;
}

/** "said it would", "added that its": the speaker is an organisation. */
const SAID_IT = new RegExp(`(?<![\\p{L}])(?:${alternation(SAYING_IT)})\\s+(?:that\\s+)?(?:it|its)(?![\\p{L}])`, 'u');
/** (The part of NAME_THEN_RELATIVE most sentences lack, tested first.) */
const RELATIVE_AFTER_COMMA = /,\s+(?:which|who|whose)(?![\p{L}])/u;
/** "Dunmore Health, which", "Tharo, whose": one to five capitalised words, then ", which" / ", who" / ", whose". */
const NAME_THEN_RELATIVE = /(?<![\p{L}])((?:\p{Lu}[\p{L}&'’-]*\s+){0,4}\p{Lu}[\p{L}&'’-]*),\s+(which|who|whose)(?![\p{L}])/gu;
/** The word before a name that makes it an object, not what a following ", which" is about. */
const PREPOSITIONS_BEFORE_A_NAME = new RegExp(String.raw`^(?:${PREPOSITIONS_BEFORE_A_SUBJECT_PATTERN}|to|at|in|on|about|against)$`, 'u');
/** ", which is not his real name", ", which is a pseudonym": about the name itself. */
const NAME_ITSELF = /^\s+is\s+(?:not\s+)?(?:his|her|their|a)\s+(?:real\s+|full\s+)?(?:name|pseudonym)/u;
/** How far back (in sentences) "the firm" looks for the firm it means. */
const ORGANISATION_REACH = 15;
/** How many sentences back "The report said" may find who issued the report. */
const DOCUMENT_REACH = 5;
/** "reports", "statements": the singular, so "the report" finds "published two reports". */
function singularDocument(noun: string): string {
  const lower = noun.toLowerCase();
  return lower.endsWith('s') && lower !== 'analysis' && lower !== 'news' ? lower.slice(0, -1) : lower;
}
/** How many sentences back "the premier", "the 74-year-old" may find the one person named. */
const PERSON_DESCRIPTION_REACH = 3;
/** How many sentences back "the company" may find the body a sentence opened on, when none was named as one. */
const ORGANISATION_OPENING_REACH = 3;
/** How many earlier organisations "the regulator" looks through, beyond that reach, for the only one it can be. */
const MAX_ORGANISATION_LOOKBACK = 300;
/** How many people with one surname are kept for look-ups (the most recent). */
const MAX_SAME_SURNAME = 32;
/** "Maj. Gen. Tom Hill": the rank among the abbreviations opening a name that is `head`, else the first. */
function rankOf(name: string, head: string): string | undefined {
  const ranks: string[] = [];
  for (const word of name.split(' ')) {
    const rank = RANK_ABBREVIATIONS[word.replace(/\.$/u, '')];
    if (rank === undefined) break;
    ranks.push(rank);
  }
  return ranks.includes(head) ? head : ranks[0];
}

/** How many of the most recent people introduced a role is looked up among. */
const MAX_ROLE_LOOKBACK = 200;
/** How far back (in sentences) a pronoun may look for whom it stands for. */
const PRONOUN_REACH = 4;
/** How many sentences of a quotation a pronoun may look past on top of that. */
const MAX_QUOTED_SKIPPED = 12;
/** "the study's authors", "The report's authors", "the authors", "the study authors", "the researchers". */
const STUDY_AUTHORS = new RegExp(String.raw`^the\s+(?:(?:${alternation(STUDY_KINDS)})(?:['’]s)?\s+)?(?:authors|researchers)$`, 'iu');

/** "The researchers, from ...", "Local farmers say": a sentence opening on a plural group noun. */
const GROUP_SUBJECT = new RegExp(String.raw`^(?:(?:${alternation(GROUP_SUBJECT_OPENERS)})\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{L}+)(?=[\s,])`, 'u');
function groupSubject(sentence: string): string | null {
  const m = GROUP_SUBJECT.exec(sentence.slice(0, 80));
  if (!m || !isPlural(m[1] ?? '') || !/^\p{Lu}/u.test(m[0])) return null;
  return m[0];
}

/**
 * A title dropped before a name: courtesy titles with or without a full stop; ranks and offices only abbreviated with
 * one ("Gen Z", "Sen Kumar Das", "Lady Bird Johnson" are names).
 */
const DROPPED_TITLE = new RegExp(`^(?:${alternation(DROPPED_TITLES)})\\.?$`, 'u');
function isDroppedTitle(word: string): boolean {
  if (DROPPED_TITLE.test(word)) return true;
  return word.endsWith('.') && (HONORIFICS.test(word) || Object.hasOwn(RANK_ABBREVIATIONS, word.slice(0, -1))) && !/^(?:Lord|Lady)\.?$/u.test(word);
}

/**
 * A person's name as the guide writes a speaker: without the courtesy titles and ranks before it ("Dr Lawrence
 * Mwangi", "Sir Keir Starmer", "Lt. Gen. Ahmad Sharif Chaudhry" → the name), when at least two name words remain
 * ("Mr Odinga" alone keeps its title: the surname is not all the article gave).
 */
function withoutHonorifics(speaker: string): string {
  const tokens = speaker.split(' ');
  let k = 0;
  // ("energy Gwede Mantashe", the end of "Minister of mineral resources and energy Gwede Mantashe": a portfolio's
  // lower-case words before a full name are no part of it.)
  // (Not "the Red Crescent": an article before a body's name belongs to it.)
  const lowerBeforeName = (i: number): boolean =>
    /^\p{Ll}/u.test(tokens[i] ?? '') && !DETERMINERS.has(tokens[i] ?? '') && !INDEFINITE.has(tokens[i] ?? '') && tokens.slice(i + 1).every((t) => /^\p{Lu}/u.test(t));
  while (k < tokens.length - 2 && (isDroppedTitle(tokens[k] ?? '') || lowerBeforeName(k))) k++;
  return k > 0 && isPersonName(tokens.slice(k)) ? tokens.slice(k).join(' ') : speaker;
}

function tokensOf(speaker: string): string[] {
  return speaker.split(/\s+/u).filter((t) => t !== '');
}

function isPlural(word: string): boolean {
  const lower = bareWord(word).toLowerCase();
  if (PLURAL_GROUP_NOUNS.has(lower)) return true;
  return ROLE_NOUNS.has(lower) && /[^s]s$|men$|people$/u.test(lower) && !/(?:ss|us|is)$/u.test(lower);
}

/** "freight analytics firm CargoIndex" -> "CargoIndex": a lower-case noun for what a body is, then its name. */
function namedAfterNoun(tokens: string[]): string | null {
  let k = tokens.length - 1;
  while (k > 0 && isCapitalisedWord(tokens[k] ?? '')) k--;
  if (k === tokens.length - 1) return null;
  // "the British newspaper the Guardian", "the rights group the Patient Voice Alliance": the name keeps its article.
  const the = tokens[k] === 'the' && k > 0 ? 1 : 0;
  const noun = bareWord(tokens[k - the] ?? '');
  if (!/^\p{Ll}/u.test(noun)) return null;
  if (!ORGANISATION_NOUNS.has(noun) && !ROLE_NOUNS.has(noun)) return null;
  return tokens.slice(k + 1 - the).join(' ');
}

/** "A spokesman for", "a source close to", "an aide to": a description opening on an article and pointing at someone else. */
function isDescribedByWhom(role: readonly string[]): boolean {
  return DESCRIBED_BY_WHOM_OPENERS.has((role[0] ?? '').toLowerCase()) && role.some((w) => DESCRIBED_BY_WHOM_LINKS.has(w));
}

/** Rank abbreviations as role words: "gen" -> "general". */
const RANKS = new Map(Object.entries(RANK_ABBREVIATIONS).map(([abbreviation, rank]) => [abbreviation.toLowerCase(), rank]));

/**
 * Whether a description's head ("minister", "premier", "official") can name someone introduced with the role words
 * `role` and the name `name` (its ranks count: "Maj Gen Winthai Suvaree" is "the general"). A role naming no office
 * ("a spokesman for the Foreign Office" kept as "foreign office", "his counterpart") can be anyone's, as can someone
 * introduced with none ("Claire Hollins ran the clinic" is "the former manager"; "Dr" says no office: Dr Nkosazana
 * Dlamini-Zuma is a minister).
 */
function holdsOffice(head: string, role: readonly string[], name: readonly string[]): boolean {
  const words = [...roleKey(role).map((w) => RANKS.get(w) ?? w), ...name.flatMap((w) => RANKS.get(bareWord(w).toLowerCase().replace(/\.$/u, '')) ?? [])];
  if (ANY_OFFICE_DESCRIPTIONS.has(head) || !words.some((w) => PERSON_TITLES.has(w))) return true;
  if (words.some((w) => sameRoleHead(head, w) || w === `${head}s`)) return true;
  // ("Permanent Secretary", "Press Secretary" are no ministers; "Attorney General" no officer; "England captain" no police.)
  if (words.some((w) => NOT_OF_THE_OFFICE.has(w))) return false;
  return (OFFICE_EQUIVALENTS[head] ?? []).some((w) => words.includes(w));
}


/** "The water regulator", "the mobility department": "the", a few lower-case words, a body's noun. */
function isDescribedBody(tokens: string[]): boolean {
  if (tokens.length < 3 || tokens.length > 5 || !/^the$/iu.test(tokens[0] ?? '') || !ORGANISATION_NOUNS.has(tokens[tokens.length - 1] ?? '')) return false;
  return tokens.slice(1, -1).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t));
}

/** "its" is "it", "their" "they", "his" "he", "her" "she" (lower case in, lower case out). */
function subjectPronoun(written: string): string {
  return written === 'its' ? 'it' : written === 'their' ? 'they' : written === 'his' ? 'he' : written === 'her' ? 'she' : written;
}

/** "production" and "Productions", "bank" and "Banks": a word and its plural. */
function sameWordStem(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;
}

/** "Former Prime Minister Paul Keating", "Deputy Prime Minister Richard Marles" are not who "the Prime Minister" is (unless "the former Prime Minister"). */
function heldOnce(theirs: readonly string[], wanted: readonly string[]): boolean {
  return theirs.some((w) => OTHER_OFFICE_MARKERS.has(w) && !wanted.includes(w));
}

/** "the 14th-ranked Schwartzman" -> "Schwartzman", when `known` says the article has named that person. */
function describedKnownPerson(tokens: string[], known: (key: string[]) => boolean): string | null {
  if (tokens.length < 3 || !/^the$/iu.test(tokens[0] ?? '')) return null;
  let k = 1;
  while (k < tokens.length - 1 && /^[\p{Ll}\p{N}][\p{L}\p{N}-]*$/u.test(tokens[k] ?? '') && !FUNCTION_WORDS.has(tokens[k] ?? '')) k++;
  const name = tokens.slice(k);
  if (k === 1 || name.length > 3 || !name.every((t) => isCapitalisedWord(t))) return null;
  return known(nameKey(name)) ? name.join(' ') : null;
}

export class Coreference {
  private readonly persons: PersonMention[] = [];
  /** Organisations named with what they are, in article order, with the sentence they were named in. */
  private readonly organisations: (OrganisationMention & { sentence: number })[] = [];
  private sentenceCount = 0;
  /** Last word of a name -> the people whose name ends on it, in article order. */
  private readonly bySurname = new Map<string, PersonMention[]>();
  private readonly places = new Set<string>();
  /** Surnames at least one person was introduced with a cue for ("Chief Minister Ali Amin Gandapur"). */
  private readonly strongSurnames = new Set<string>();
  /** Sentence index -> who spoke in it (resolved). */
  private readonly spokenAt = new Map<number, Spoken>();
  /**
   * Person (resolved name) -> the pronoun their title says ("Mr Ellery"), or how often "he" and "she" were resolved to
   * them ("she said" after "Claire Hollins"). A resolution can be wrong, so one alone decides nothing (see disagrees).
   */
  private readonly pronounOf = new Map<string, { titled?: 'he' | 'she'; he: number; she: number }>();
  /** Name keys the article follows with ", which" ("Dunmore Health, which is owned by …"): things, not people (NAME_THEN_RELATIVE). */
  private readonly things = new Set<string>();
  /** Per sentence: the person it opens on, or a capitalised word it opens on. */
  private readonly mentioned: {
    subject: PersonMention | null;
    opening: string | null;
    /** The whole name the sentence opens on as its subject, as written ("Volkswagen do Brasil"). */
    openingName: string | null;
    /** The sentence says "its" ("… at its São Bernardo plant"): what it opens on may be a body. */
    its: boolean;
    openingWord: string | null;
    capitalised: string[];
    group: string | null;
  }[] = [];
  /** The sentence last observed, with the people it mentions (for "Although X declined …, he said"). */
  private current: { sentence: number; text: string; offset: number; persons: PersonMention[] } | null = null;
  /** Per sentence: it opens inside a quotation (the speaker's own words, which a later "he said" looks past). */
  private readonly quoted: boolean[] = [];
  /** Lower-cased words the article has capitalised inside a sentence (not at its start), bounded. */
  private readonly capitalisedInside = new Set<string>();
  /** Each sentence's text, in order (the strings the caller passed: nothing is copied). */
  private readonly texts: string[] = [];
  /** Documents the article said someone issued ("Global Witness published a report"), in article order. */
  private readonly documents: { noun: string; issuer: string; sentence: number }[] = [];
  /** Sentence index -> the people (full names) it mentions. */
  private readonly personsAt = new Map<number, PersonMention[]>();

  /** Places known before the first sentence: the dateline's ("Phnom Penh", "Cambodia"). */
  knowPlaces(places: readonly string[]): void {
    for (const place of places) {
      const key = place.trim().toLowerCase();
      if (key !== '') this.places.add(key);
    }
  }

  /** Reads the people and places a sentence introduces. Call once per sentence, in order. */
  observe(sentence: string, offset: number, quoted = false): void {
    this.quoted.push(quoted);
    const found = scanMentions(sentence, offset);
    this.current = { sentence: this.sentenceCount, text: sentence, offset, persons: found.persons };
    // "in Mayer’s career" after "Kevin Mayer said": a possessive surname of a person the article has named in full is no
    // place (but "Refugees in Jordan" after "Michael Jordan" is).
    for (const place of found.places) if (!found.possessivePlaces.includes(place) || !this.bySurname.get(place)?.some((p) => p.key.length >= 2)) this.places.add(place);
    this.personsAt.set(this.sentenceCount, found.persons.filter((p) => !this.isPlace(p) && p.key.length >= 2));
    for (const person of found.persons) {
      if (this.isPlace(person)) continue;
      // "Tanzania's ruling party, Chama Cha Mapinduzi,": named after what it is, a body, not a person.
      const noun = person.role[person.role.length - 1];
      if (noun !== undefined && ORGANISATION_NOUNS.has(noun) && !ROLE_NOUNS.has(noun)) {
        this.organisations.push({ name: person.name, head: noun, described: person.role, at: person.at, sentence: this.sentenceCount });
      } else this.addPerson({ ...person, context: sentence });
    }
    for (const organisation of found.organisations) this.organisations.push({ ...organisation, sentence: this.sentenceCount });
    // "Dunmore Health, which …" is a thing; "Tharo, whose name has been changed, …" a person.
    for (const m of RELATIVE_AFTER_COMMA.test(sentence) ? sentence.matchAll(NAME_THEN_RELATIVE) : []) {
      const name = m[1] ?? '';
      const key = nameKey(tokensOf(name));
      if (m[2]?.toLowerCase() === 'which') {
        // Not "a letter to Elizabeth Warren, which was released" (what "which" stands for comes before the name), nor
        // "Ahmed, which is not his real name" (the name itself).
        const before = /([\p{L}]+)\s*$/u.exec(sentence.slice(0, m.index ?? 0))?.[1]?.toLowerCase() ?? '';
        const after = sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
        if (key.length >= 2 && !PREPOSITIONS_BEFORE_A_NAME.test(before) && !NAME_ITSELF.test(after)) this.things.add(key.join(' '));
      }
      // (A name with a title before it, "Labour MP Anna Whitcombe, whose …", is the mentions' to read.)
      else if (key.length > 0 && splitRoleAndName(tokensOf(name))?.role.length === 0 && !this.places.has(key.join(' ')) && this.fullName(key) === null) {
        this.addPerson({ name, key, role: [], strong: true, at: offset + (m.index ?? 0), context: sentence });
      }
    }
    this.sentenceCount++;
    if (this.capitalisedInside.size < 5000) for (const w of found.capitalised) this.capitalisedInside.add(w);
    this.texts.push(sentence);
    this.mentioned.push({
      subject: found.persons.find((p) => p.subject && !this.isPlace(p)) ?? null,
      opening: found.openingSubject,
      openingName: found.openingName,
      its: /(?<![\p{L}])its(?![\p{L}])/u.test(sentence),
      openingWord: found.openingSubject === null ? null : (/^[\p{L}\p{N}&.-]+/u.exec(sentence)?.[0] ?? null),
      capitalised: found.capitalised,
      group: groupSubject(sentence),
    });
  }

  /**
   * "Koh Thom", "Phnom Penh": a name the article uses as a place is no person. (A person named with a title or a
   * role stays one: "Prime Minister Hun Sen".)
   */
  private isPlace(person: PersonMention): boolean {
    return !person.strong && this.places.has(person.key.join(' '));
  }

  private addPerson(person: PersonMention): void {
    this.persons.push(person);
    const surname = person.key[person.key.length - 1];
    if (surname === undefined) return;
    const list = this.bySurname.get(surname);
    // "Okafor, 54," is a cue for a surname alone: it must not hide "Margaret Okafor", introduced before without one.
    if (person.strong && person.key.length >= 2) this.strongSurnames.add(surname);
    if (!list) this.bySurname.set(surname, [person]);
    else {
      list.push(person);
      // Only recent mentions matter; a long file must not make every look-up slower.
      if (list.length > 2 * MAX_SAME_SURNAME) list.splice(0, list.length - MAX_SAME_SURNAME);
    }
  }

  /**
   * The fullest earlier name that ends on these name words ("Gandapur",
   * "Ali Khan", "Mr. Khan"): the most recent longer name, else the most
   * recent same name (which may carry a title: "Mr. Khan" for "Khan").
   */
  private fullName(key: string[]): PersonMention | null {
    const surname = key[key.length - 1];
    if (surname === undefined) return null;
    if (key.length === 1 && this.places.has(surname)) return null;
    const list = this.bySurname.get(surname);
    if (!list) return null;
    const anyStrong = this.strongSurnames.has(surname);
    let same: PersonMention | null = null;
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i];
      if (!p || p.key.length < key.length) continue;
      if (!p.strong && key.length === 1 && anyStrong) continue;
      // "Prek Chrey", named before the article showed it to be a place ("in Prek Chrey commune").
      if (p.key.length > 1 && this.isPlace(p)) continue;
      const tail = p.key.slice(p.key.length - key.length);
      if (!tail.every((w, k) => w === key[k])) continue;
      if (p.key.length > key.length) return p;
      same ??= p;
    }
    return same;
  }

  /**
   * "Srettha" after "Prime Minister Srettha Thavisin", "Budi" after "Health Minister Budi Gunadi Sadikin": a given name
   * alone, as Thai, Indonesian and Cambodian reports call people, is the one person introduced with it (two such
   * people make it a guess). Only names introduced with a cue (a title, a role) count.
   */
  private byGivenName(word: string): PersonMention | null {
    if (this.places.has(word) || this.bySurname.get(word)?.some((p) => p.key.length >= 2)) return null;
    let found: PersonMention | null = null;
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - MAX_ROLE_LOOKBACK); i--) {
      const p = this.persons[i];
      if (!p || !p.strong || p.key.length < 2 || p.key[0] !== word) continue;
      if (found && found.key.join(' ') !== p.key.join(' ')) return null;
      found ??= p;
    }
    return found;
  }

  /**
   * "President Obama" -> "Barack Obama": the fuller name the article gave the same person, when it gave only one fuller
   * name with that surname (two — "Barack Obama", "Michelle Obama" — leave it as introduced with the role).
   */
  private fullerOf(p: PersonMention): PersonMention {
    if (p.key.length !== 1) return p;
    const head = p.role[p.role.length - 1];
    const fuller = (this.bySurname.get(p.key[0]!) ?? []).filter((q) => q.key.length > 1 && !this.isPlace(q));
    // Only one person of that surname named in full, and named with the same role ("President Barack Obama"): not
    // "His son Hunter Biden" for "President Biden".
    if (new Set(fuller.map((q) => q.key.join(' '))).size !== 1 || head === undefined) return p;
    const q = fuller[fuller.length - 1]!;
    const theirs = q.role[q.role.length - 1];
    return theirs !== undefined && sameRoleHead(head, theirs) ? q : p;
  }

  /** The person last introduced holding a role these words name ("The Foreign Office spokesperson"). */
  private holderOf(role: string[]): PersonMention | null {
    const head = role[role.length - 1];
    if (head === undefined) return null;
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - MAX_ROLE_LOOKBACK); i--) {
      const p = this.persons[i];
      // "Lt. Marcus Reyes": an abbreviated rank in the name is the role "the lieutenant" names.
      const theirHead = p?.role[p.role.length - 1] ?? rankOf(p?.name ?? '', head);
      if (!p || theirHead === undefined) continue;
      const roleWords = new Set(p.role);
      if (heldOnce(p.role, role)) continue;
      if (sameRoleHead(head, theirHead) && role.slice(0, -1).every((w) => roleWords.has(w))) return this.fullerOf(p);
    }
    // "the Russian Foreign Ministry's spokeswoman" after "the ministry's spokeswoman Maria Zakharova": more words than
    // she was introduced with, none against hers, and nobody else in reach holding a role of that name.
    const qualifiers = role.slice(0, -1);
    if (qualifiers.length === 0) return null;
    let only: PersonMention | null = null;
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - MAX_ROLE_LOOKBACK); i--) {
      const p = this.persons[i];
      const theirHead = p?.role[p.role.length - 1];
      if (!p || theirHead === undefined || !sameRoleHead(head, theirHead) || heldOnce(p.role, role)) continue;
      const full = this.fullName(p.key) ?? p;
      if (only !== null && only.key.join(' ') !== full.key.join(' ')) return null;
      // (Introduced by the head alone — "the ministry's spokeswoman Maria Zakharova" read as "spokeswoman" — the
      // sentence she was introduced in must say one of the description's words: not "spokesman Matthew Miller told
      // reporters in Washington" for "the Chinese foreign ministry's spokesman".)
      const context = p.context?.toLowerCase() ?? '';
      const said = p.role.length > 1 ? qualifiers.some((w) => p.role.includes(w)) : qualifiers.some((w) => context.includes(w.slice(0, Math.max(4, w.length - 2))));
      if (!said) return null;
      only = full;
    }
    return only;
  }

  /**
   * "the regulator", "the water regulator", "the mobility department": the body last named or described
   * as one (with these describing words, if any) within reach; further back, the only such body the
   * article named.
   */
  private namedOrganisation(noun: string, sentence: number, modifiers: string[] = []): string | null {
    const fits = (o: OrganisationMention): boolean => {
      if (o.head !== noun && !(o.kinds?.includes(noun) ?? false)) return false;
      if (modifiers.length === 0) return true;
      const known = new Set([...tokensOf(o.name.toLowerCase()).map((w) => bareWord(w)), ...(o.described ?? [])]);
      return modifiers.every((m) => known.has(m));
    };
    // The organisation that spoke in the sentence before, if it has a proper name ("the production company" for
    // "Dick Clark Productions", which said so: its describing words must be words of its name).
    let spoke: Spoken | null = null;
    for (let s = sentence - 1; s >= 0 && sentence - s <= 2; s--) {
      const p = this.spokenAt.get(s);
      if (!p) continue;
      const tokens = tokensOf(p.speaker);
      const proper = tokens.every((t) => isCapitalisedWord(t) || PROPER_SPEAKER_JOINERS.has(t));
      const head = bareWord(tokens[tokens.length - 1] ?? '').toLowerCase();
      // A group ("Officials", "Residents") is never "the company" or "the ministry".
      // ("The rights group Licadho said …" then "the union said": a body named as what it is is not another kind of body.)
      const named = this.organisations.find((o) => o.name === p.speaker);
      const described = modifiers.length === 0 || (proper && modifiers.every((m) => tokens.some((t) => sameWordStem(bareWord(t).toLowerCase(), m))));
      if ((p.kind === 'organisation' || p.itSpoke === true) && (proper || head === noun) && !(tokens.length === 2 && /^the$/iu.test(tokens[0] ?? '')) && described && (!named || modifiers.length > 0 || fits(named))) spoke = p;
      break;
    }
    let i = this.organisations.length - 1;
    for (; i >= 0; i--) {
      const o = this.organisations[i];
      if (!o || sentence - o.sentence > ORGANISATION_REACH) break;
      // "Halberg Logistik said it would appeal. “...,” the company said.": the body that just spoke, not one named before it.
      if (spoke && o.sentence < spoke.sentence) return spoke.speaker;
      if (fits(o)) return o.name;
    }
    if (spoke) return spoke.speaker;
    let only: string | null = null;
    for (let n = 0; i >= 0 && n < MAX_ORGANISATION_LOOKBACK; i--, n++) {
      const o = this.organisations[i];
      if (!o || !fits(o) || o.name === only) continue;
      if (only !== null) return null; // two of them: which one is a guess
      only = o.name;
    }
    return only;
  }

  /** A company, bank or club named earlier whose name starts with these capitalised words. */
  private companyNamed(tokens: string[], sentence: number): string | null {
    if (tokens.length > 3 || !tokens.every((t) => isCapitalisedWord(t) && bareWord(t) === t)) return null;
    if (tokens.length === 1 && this.places.has(tokens[0]?.toLowerCase() ?? '')) return null;
    for (let i = this.organisations.length - 1; i >= 0; i--) {
      const o = this.organisations[i];
      if (!o || sentence - o.sentence > 4 * ORGANISATION_REACH) break;
      if (!o.kinds?.some((k) => k === 'company' || k === 'club')) continue;
      const words = tokensOf(o.name).filter((w, k) => k > 0 || !/^the$/iu.test(w));
      if (words.length > tokens.length && tokens.every((t, k) => words[k] === t)) return o.name;
    }
    return null;
  }

  /**
   * "the diplomat" after "..., a diplomat familiar with the preparations said":
   * the one a recent sentence described with the same noun.
   */
  private describedEarlier(tokens: string[], sentence: number): string | null {
    if (tokens.length !== 2 || !/^the$/iu.test(tokens[0] ?? '')) return null;
    const noun = (tokens[1] ?? '').toLowerCase();
    for (let s = sentence - 1; s >= 0 && sentence - s <= 3; s--) {
      const p = this.spokenAt.get(s);
      if (!p) continue;
      const words = tokensOf(p.speaker);
      const at = words.findIndex((w, i) => i <= 3 && w.toLowerCase() === noun);
      if (at > 0 && words.length > 2 && INDEFINITE.has((words[0] ?? '').toLowerCase())) return p.speaker;
      return null;
    }
    return null;
  }

  /**
   * The person the article is about: of the people introduced with a full
   * name, the one whose surname comes up most often (the first on a tie).
   * An interview's answers are theirs.
   */
  mainPerson(): string | null {
    const counts = new Map<string, number>();
    for (const m of this.mentioned) for (const w of m.capitalised) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const m of this.mentioned) if (m.opening !== null) counts.set(m.opening, (counts.get(m.opening) ?? 0) + 1);
    let best: PersonMention | null = null;
    let bestCount = 0;
    for (const p of this.persons) {
      const surname = p.key[p.key.length - 1];
      if (surname === undefined || p.key.length < 2) continue;
      const n = counts.get(surname) ?? 0;
      if (n > bestCount) {
        best = p;
        bestCount = n;
      }
    }
    return best?.name ?? null;
  }

  /** What kind of source a speaker is, as far as its words tell. */
  kindOf(tokens: string[]): SpeakerKind {
    const last = tokens[tokens.length - 1] ?? '';
    const lowerLast = bareWord(last).toLowerCase();
    // "Analysts at J. P. Morgan", "Officials in Ohio": the head is the noun before the connector.
    const connector = tokens.findIndex((t) => GROUP_HEAD_CONNECTORS.has(t));
    const head = connector > 0 ? (tokens[connector - 1] ?? '') : last;
    if (tokens.some((t) => t === 'and' || t === 'or') || isPlural(head)) return 'group';
    if (/^\p{Lu}{2,}$/u.test(last) || ORGANISATION_SPEAKER_HEADS.has(lowerLast) || tokens.some((t) => ORGANISATION_WORDS.has(bareWord(t).toLowerCase()))) return 'organisation';
    if (tokens.length === 1 && this.places.has(lowerLast)) return 'organisation';
    if (DETERMINERS.has((tokens[0] ?? '').toLowerCase()) && tokens.slice(1).every((t) => isCapitalisedWord(t) || t === 'of' || t === 'for')) return 'organisation'; // "The Guardian"
    return 'person';
  }

  /**
   * "he"/"she": walking back, the last person who spoke, or who a sentence
   * opened on ("Kelly is blunter."); an unknown subject in between ("Ali
   * welcomed the report.") makes it a guess, so nobody.
   * "it": the last speaker, if an organisation; "they": a group or organisation.
   */
  private pronoun(written: string, sentence: number, paragraph: number): string | null {
    // "according to its annual report": "its" is "it", "their" is "they".
    const pronoun = subjectPronoun(written);
    const person = pronoun !== 'it' && pronoun !== 'they';
    // "Although Chab Suy declined to discuss it, he said …": the person in the opening subordinate clause.
    const opener = person && this.current?.sentence === sentence ? (/^\W*(\p{L}+)/u.exec(this.current.text)?.[1]?.toLowerCase() ?? '') : '';
    if (this.current && CLAUSE_SUBORDINATORS.has(opener)) {
      const at = new RegExp(`(?<![\\p{L}])${pronoun}(?![\\p{L}])`, 'iu').exec(this.current.text)?.index ?? -1;
      if (at > 0) {
        const before = this.current.persons.filter((p) => p.at < this.current!.offset + at && !this.places.has(p.key.join(' ')));
        const named = before[before.length - 1];
        if (named) return this.fullName(named.key)?.name ?? named.name;
      }
    }
    // "“… So we became landless. My father cleared some land …,” he said.": the sentences of the quotation itself
    // do not count towards how far back "he" may look (up to a bound), nor do their words name whom it stands for.
    let quotedSkipped = 0;
    for (let s = sentence - 1; s >= 0 && sentence - s - quotedSkipped <= PRONOUN_REACH; s--) {
      const p = this.spokenAt.get(s);
      if (p && paragraph - p.paragraph > 2) return null;
      if (!p && this.quoted[s] === true && quotedSkipped < MAX_QUOTED_SKIPPED) {
        quotedSkipped++;
        continue;
      }
      if (p) {
        // "“…,” she said." about Claire Hollins, then "“…,” he said.": someone the article has not named, not her.
        if (person && p.kind === 'person') return this.disagrees(p.speaker, pronoun) ? null : p.speaker;
        if (!person) return (pronoun === 'it' ? p.kind === 'organisation' : p.kind !== 'person') && sentence - s <= 2 ? p.speaker : null;
        continue;
      }
      const m = this.mentioned[s];
      // "The researchers followed 12,000 patients. They reported ...": the group a sentence opened on.
      if (!person) {
        if (pronoun === 'they' && m?.group && sentence - s <= 2) return m.group;
        continue;
      }
      if (!m) continue;
      if (m.subject) {
        const subject = this.fullName(m.subject.key)?.name ?? m.subject.name;
        return this.disagrees(subject, pronoun) ? null : subject;
      }
      const opening = m.opening === null ? null : this.fullName([m.opening]);
      if (opening) return opening.name;
      // "Asked about jobs, Rao was cautious.": a person already named, further into the sentence.
      for (const word of m.capitalised) {
        const known = this.fullName([word]);
        if (known) return known.name;
      }
      // A sentence opening on someone new stops the look back; not one opening on a common word ("Fresh halibut fillets
      // routinely sell for $24 …" between "said Tyler Besecker" and "He said …"), which the article never capitalises inside.
      if (m.opening !== null && (this.capitalisedInside.has(m.opening) || !this.writtenInLowerCase(m.opening, sentence))) return null;
    }
    return pronoun === 'it' ? (this.recentOrganisation(sentence) ?? this.openingBody(sentence)) : null;
  }

  private pronounSeen(name: string): { titled?: 'he' | 'she'; he: number; she: number } {
    let seen = this.pronounOf.get(name);
    if (!seen) this.pronounOf.set(name, (seen = { he: 0, she: 0 }));
    return seen;
  }

  /** Is `name` someone the article calls by the other personal pronoun than `pronoun` ("he" for a "she")? */
  private disagrees(name: string, pronoun: string): boolean {
    if (pronoun !== 'he' && pronoun !== 'she') return false;
    const known = this.pronounOf.get(withoutHonorifics(name));
    if (known === undefined) return false;
    if (known.titled !== undefined) return known.titled !== pronoun;
    // Twice the other pronoun and never this one: the article has settled it.
    return pronoun === 'he' ? known.she >= 2 && known.he === 0 : known.he >= 2 && known.she === 0;
  }

  /** Does the article write this word in lower case before sentence `before` ("fresh halibut", so "Fresh …" opens on no name)? */
  private writtenInLowerCase(word: string, before: number): boolean {
    if (!/^\p{Ll}+$/u.test(word)) return false;
    const pattern = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u');
    for (let k = Math.max(0, before - 200); k < before; k++) if (pattern.test(this.texts[k] ?? '')) return true;
    return false;
  }

  /**
   * "Northgrid cut power to 40,000 homes. It said ...": the one-word name the sentence before opened on, when
   * nobody spoke in it, the article capitalises that word elsewhere too (a name, not "Prices"), and it is no one's name.
   */
  private openingBody(sentence: number): string | null {
    const m = this.mentioned[sentence - 1];
    const word = m?.openingWord ?? null;
    if (!m || word === null || m.opening === null || this.spokenAt.has(sentence - 1) || m.subject !== null) return null;
    if (!this.capitalisedInside.has(m.opening) || this.fullName([m.opening]) !== null || ROLE_NOUNS.has(m.opening)) return null;
    return word;
  }

  /**
   * "Volkswagen do Brasil announced 2,000 job cuts. The company said …": the name a recent sentence (up to
   * ORGANISATION_OPENING_REACH back, nobody else speaking in between) opened on as its subject, when it is nobody's
   * name and no place ("Gaza City", "Lake Victoria"). A one-word name must be one the article capitalises inside a
   * sentence too ("Shares fell 3%. The company said": "shares" is no body). Only "the company", "the party" and the
   * other nouns of BODIES_BY_OPENING: "the regulator", "the union" after "Thames Water faces a fine" are other bodies.
   */
  private bodyOpeningBefore(noun: string, sentence: number): string | null {
    if (!BODIES_BY_OPENING.has(noun)) return null;
    // Bodies named as what they are decide (namedOrganisation): two of them stay a guess, a club is no company.
    if (this.organisations.some((o) => o.head === noun || (o.kinds?.includes(noun) ?? false))) return null;
    for (let s = sentence - 1; s >= 0 && sentence - s <= ORGANISATION_OPENING_REACH; s--) {
      const m = this.mentioned[s];
      const name = m?.openingName ?? null;
      const spoke = this.spokenAt.get(s);
      // Someone else spoke since; or the name spoke as a person would ("Khan said …"), not a body ("… at its plant").
      if (spoke && (spoke.speaker !== name || (spoke.kind === 'person' && spoke.itSpoke !== true && m?.its !== true))) return null;
      if (!m || m.subject !== null || name === null) continue;
      const words = tokensOf(name);
      const last = bareWord(words[words.length - 1] ?? '').toLowerCase();
      if (this.places.has(name.toLowerCase()) || this.places.has((words[0] ?? '').toLowerCase()) && words.length === 1) continue;
      if (this.fullName([last]) !== null || ROLE_NOUNS.has(last) || PLACE_KINDS.has(last) || PLACE_NAME_HEADS.has(last)) continue;
      if (this.organisations.some((o) => o.name === name)) continue;
      if (words.length === 1 && !this.capitalisedInside.has(last)) continue;
      // ("Coupang’s customer compensation plan … came under fire. The company said": the body, not its possessive.)
      return name.replace(/['’]s?$/u, '');
    }
    return null;
  }

  /**
   * "Sheikh Hasina, Bangladesh's prime minister, spoke to parliament. … The premier said": a person described in
   * other words than she was introduced with is the one person the recent sentences (up to PERSON_DESCRIPTION_REACH
   * back) named, or who spoke in them; two people there make it a guess, so nobody.
   */
  private onlyPersonBefore(sentence: number): PersonMention | null {
    let found: PersonMention | null = null;
    for (let s = sentence - 1; s >= 0 && sentence - s <= PERSON_DESCRIPTION_REACH; s--) {
      const spoke = this.spokenAt.get(s);
      const here = [...(this.personsAt.get(s) ?? [])];
      // (Who spoke counts when known as a person with a full name: an unknown "Eurostat said" is only guessed one.)
      if (spoke && spoke.kind === 'person' && spoke.key.length >= 2 && this.fullName(spoke.key) !== null) here.push({ name: spoke.speaker, key: spoke.key, role: [], strong: true, at: -1 });
      for (const p of here) {
        // Only someone introduced with a role of their own ("Sheikh Hasina, Bangladesh's prime minister,"), or who spoke:
        // "Ahmed Khan, 32, was jailed. The judge said …" is someone else.
        if (p.role.length === 0 && p.at !== -1) continue;
        const full = this.fullName(p.key) ?? p;
        if (found === null) found = full;
        else if (found.key.join(' ') !== full.key.join(' ')) return null;
      }
    }
    return found;
  }

  /** "Westbrook Holdings cut jobs. ..., according to its report.": the body named just before, if nobody spoke since. */
  private recentOrganisation(sentence: number): string | null {
    const o = this.organisations[this.organisations.length - 1];
    if (!o || sentence - o.sentence > 2) return null;
    for (let s = o.sentence; s < sentence; s++) if (this.spokenAt.has(s)) return null;
    return o.name;
  }

  /**
   * The speaker of sentence `sentence` (as found there, e.g. "Gandapur",
   * "he", "Foreign Office spokesperson Shafqat Ali Khan") resolved against
   * what the article said before. Records the result for later pronouns.
   */
  /**
   * A transcript's role label ("PRIME MINISTER:" read as "the Prime Minister"): the person the article names in that
   * role, else the role itself. Never the one person around: the label is the transcript's own word for who speaks,
   * and the person around may be whom a question names ("This morning Prime Minister, Alexander Downer said …").
   */
  resolveLabel(written: string, sentence: number, paragraph: number): string | null {
    const tokens = tokensOf(written);
    if (!isSingularPersonRole(tokens) || splitRoleAndName(tokens) !== null) return this.resolve(written, false, sentence, paragraph);
    const holder = this.holderOf(roleKey(tokens))?.name ?? null;
    const speaker = holder ?? this.describedEarlier(tokens, sentence) ?? written;
    this.remember(speaker, sentence, paragraph);
    return withoutHonorifics(speaker);
  }

  resolve(written: string, isPronoun: boolean, sentence: number, paragraph: number, text = ''): string | null {
    if (isPronoun) {
      const lower = written.toLowerCase();
      const resolved = this.pronoun(lower, sentence, paragraph);
      if (resolved !== null) this.remember(resolved, sentence, paragraph);
      const personal = subjectPronoun(lower);
      // ("It said …" after "Dunmore Health said …": still the body, for the next "it".)
      const spoken = this.spokenAt.get(sentence);
      if (resolved !== null && spoken && personal === 'it') spoken.kind = 'organisation';
      if (resolved !== null && (personal === 'he' || personal === 'she')) this.pronounSeen(withoutHonorifics(resolved))[personal]++;
      return resolved === null ? null : withoutHonorifics(resolved);
    }
    const { speaker, key, role } = this.nameOf(written, sentence);
    // "Mr Ellery", "Ms Hollins": the title says which pronoun the article will use.
    const gendered = GENDERED_TITLES[(tokensOf(written)[0] ?? '').replace(/\.$/u, '')];
    if (gendered !== undefined && key.length > 0) this.pronounSeen(withoutHonorifics(speaker)).titled ??= gendered;
    // "Halberg Logistik said it would appeal": "it" after the verb says an organisation spoke.
    const itSpoke = key.length === 0 || !this.isKnownPerson(key) ? SAID_IT.test(text) : false;
    this.remember(speaker, sentence, paragraph, key, role);
    const spoken = this.spokenAt.get(sentence);
    if (spoken && itSpoke) spoken.itSpoke = true;
    return withoutHonorifics(speaker);
  }

  /**
   * "Global Witness published a report on Tuesday": who issued a document, as the article names them (resolved like a
   * speaker, but nobody spoke). A later "The report said" is theirs (issuerOf).
   */
  noteIssued(noun: string, written: string, sentence: number): void {
    const { speaker } = this.nameOf(written, sentence);
    this.documents.push({ noun: singularDocument(noun), issuer: withoutHonorifics(speaker), sentence });
    if (this.documents.length > 2 * DOCUMENT_REACH) this.documents.splice(0, this.documents.length - DOCUMENT_REACH);
  }

  /** "The report said …", "The statement said …": who issued the last such document, up to DOCUMENT_REACH sentences back. */
  issuerOf(noun: string, sentence: number): string | null {
    const wanted = singularDocument(noun);
    for (let i = this.documents.length - 1; i >= 0; i--) {
      const d = this.documents[i];
      if (!d || sentence - d.sentence > DOCUMENT_REACH) break;
      if (d.noun === wanted) return d.issuer;
    }
    return null;
  }

  /** The fullest form of a speaker as written, against what the article said before (no record of it speaking). */
  private nameOf(written: string, sentence: number): { speaker: string; key: string[]; role?: string[] } {
    // "Volkswagen do Brasil announced …", read as "Brasil" (cut at the lower-case particle): the whole name the
    // sentence opens on.
    const opening = this.mentioned[sentence]?.openingName ?? null;
    if (opening !== null && opening.endsWith(` ${written}`) && /^\S+(?: \S+)? \p{Ll}+$/u.test(opening.slice(0, -written.length - 1))) written = opening;
    // "the 14th-ranked Schwartzman", "the in-form Smith": what the article calls someone it has named, then the name.
    const described = describedKnownPerson(tokensOf(written), (key) => this.fullName(key) !== null);
    if (described !== null) written = described;
    const tokens = tokensOf(written);
    let speaker = written;
    let key: string[] = [];
    const split = splitRoleAndName(tokens);
    // "Westbrook" after "Westbrook Bank", "Harbour City" after "Harbour City FC": the fullest name.
    const company = split && split.role.length === 0 && this.fullName(nameKey(split.name)) ? null : this.companyNamed(tokens, sentence);
    if (company) speaker = company;
    else if (split && isDescribedByWhom(split.role)) {
      // "A spokesman for Prime Minister Boris Johnson", "a source close to Boris Johnson": someone described by whom
      // they serve or know, never that person.
      speaker = written;
    } else if (split) {
      const name = split.name.join(' ');
      key = nameKey(split.name);
      // ("Mr Tse" after "Tse Chun-chung": a family name written first; the bare mention itself knows no more.)
      let full = this.fullName(key);
      if (key.length === 1 && (full === null || full.key.length === 1)) full = this.byGivenName(key[0] ?? '') ?? full;
      // "Mrs Okafor" after "Margaret Okafor": more name words, whatever the titles.
      if (full && (tokensOf(full.name).length > split.name.length || full.key.length > key.length)) {
        speaker = full.name;
        key = full.key;
      } else speaker = name;
      if (split.role.length > 0) return { speaker, key, role: split.role };
    } else if (STUDY_AUTHORS.test(written)) {
      // "the study's authors", "the researchers": the lead author if the article named one, else the researchers.
      const lead = this.holderOf(['author']) ?? this.holderOf(['lead', 'researcher']);
      if (lead) {
        speaker = lead.name;
        key = lead.key;
      } else if (!/^the researchers$/iu.test(written)) speaker = 'the researchers';
    } else if (namedAfterNoun(tokens)) {
      // "freight analytics firm CargoIndex", "regulator Ofwat": the name, not what it is.
      speaker = namedAfterNoun(tokens) ?? written;
    } else if (tokens.length === 2 && /^the$/iu.test(tokens[0] ?? '') && ORGANISATION_NOUNS.has(tokens[1] ?? '')) {
      // "the company", "the firm", "the ministry": the body last named as one, or the one that just spoke.
      speaker = this.namedOrganisation(tokens[1] ?? '', sentence) ?? this.bodyOpeningBefore(tokens[1] ?? '', sentence) ?? written;
    } else if (isDescribedBody(tokens)) {
      // "The water regulator" after "water regulator Ofwat", "The mobility department" after "the city's mobility department".
      speaker = this.namedOrganisation(tokens[tokens.length - 1] ?? '', sentence, tokens.slice(1, -1)) ?? this.bodyOpeningBefore(tokens[tokens.length - 1] ?? '', sentence) ?? written;
    } else if (!INDEFINITE.has((tokens[0] ?? '').toLowerCase()) && isSingularPersonRole(tokens)) {
      const holder = this.holderOf(roleKey(tokens));
      // Only a short description ("the premier", "the police officer") falls back on the one person around: a longer
      // one ("The European Union's foreign policy chief", "the Comptroller and Auditor General") says who it is itself.
      const short =
        tokens.length <= 3 && !tokens.some((t) => t === 'and' || bareWord(t) !== t) && !OPPOSITE_ROLES.has(bareWord(tokens[tokens.length - 1] ?? '').toLowerCase());
      const described = holder ? null : this.describedEarlier(tokens, sentence);
      let only = holder ?? (short && described === null ? this.onlyPersonBefore(sentence) : null);
      // "Finance Minister Maria Okonkwo spoke. The interior minister said": the same kind of role with other words is someone else.
      const head = roleKey(tokens).at(-1);
      if (only && !holder && head !== undefined && only.role.length > 0 && sameRoleHead(head, only.role[only.role.length - 1] ?? '')) only = null;
      // "Inspector General of Police Satish Ganesh wrote … The minister said": a description naming another office is someone else.
      if (only && !holder && head !== undefined && !holdsOffice(head, only.role, tokensOf(only.name))) only = null;
      if (only) {
        speaker = only.name;
        key = only.key;
      } else speaker = described ?? written;
    }
    return { speaker, key };
  }

  /** "Ofgem" after "energy regulator Ofgem": a name the article introduced as an organisation's (recent ones only). */
  private isNamedOrganisation(name: string): boolean {
    for (let i = this.organisations.length - 1; i >= Math.max(0, this.organisations.length - 50); i--) if (this.organisations[i]?.name === name) return true;
    return false;
  }

  /** A name the article wrote ", which" after, and never with a person's title or role. */
  private isThing(key: string[]): boolean {
    if (!this.things.has(key.join(' '))) return false;
    const known = this.fullName(key);
    return known === null || known.role.length === 0;
  }

  private isKnownPerson(key: string[]): boolean {
    const p = this.fullName(key);
    return p !== null && p.strong;
  }

  /** `role`: the role words written with the name ("Inspector General of Police" before "Satish Ganesh"), if any. */
  private remember(speaker: string, sentence: number, paragraph: number, key?: string[], role: string[] = []): void {
    const tokens = tokensOf(speaker);
    const named = key !== undefined && key.length > 0;
    // ("Dunmore Health said …" after "Dunmore Health, which is owned by …": a body with a name like a person's.)
    const kind = named ? (this.isThing(key) ? 'organisation' : 'person') : this.isNamedOrganisation(speaker) ? 'organisation' : this.kindOf(tokens);
    const personKey = key && key.length > 0 ? key : kind === 'person' ? nameKey(tokens.filter((t) => isCapitalisedWord(t))) : [];
    this.spokenAt.set(sentence, { sentence, paragraph, speaker, kind, key: personKey });
    // "Estravia's foreign ministry denies ...": a later "the ministry" is this one.
    const head = bareWord(tokens[tokens.length - 1] ?? '').toLowerCase();
    if (kind === 'organisation' && tokens.length > 2 && ORGANISATION_NOUNS.has(head)) this.organisations.push({ name: speaker, head, at: -1, sentence });
    // A full name said to speak is a person later sentences may call by surname.
    if (kind === 'person' && isPersonName(tokens) && tokens.length >= 2 && !this.fullName(nameKey(tokens))) {
      this.addPerson({ name: speaker, key: nameKey(tokens), role, strong: true, at: -1, ...(this.current && { context: this.current.text }) });
    }
  }
}
