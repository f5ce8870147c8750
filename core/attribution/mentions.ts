/**
 * Finds where an article introduces a person, in any sentence (attributed or
 * not): "Khyber Pakhtunkhaw Chief Minister Ali Amin Gandapur has announced",
 * "Shafqat Ali Khan, the Foreign Office spokesperson,", "Dr. Fatima Shah",
 * "John Smith, 45,". Also notes the capitalised words that follow "in",
 * "from", "to" ... (places: "in Pakistan"), which are never read as surnames.
 */
import * as documents from '../text/lexicon/documents';
import * as functionWords from '../text/lexicon/function-words';
import * as nameWords from '../text/lexicon/names';
import * as organisations from '../text/lexicon/organisations';
import * as titles from '../text/lexicon/titles-and-roles';
import * as time from '../text/lexicon/time';
import { isTimeBeforeName } from '../text/time';
import { punctuatedWords, type PunctuatedWord } from '../text/tokens';
import * as shape from '../text/word-shape';
import * as names from './names';
import { alternation } from '../text/lexicon/words';

// Local bindings: this file runs over every word of every article, and a module's
// exports read through an accessor on each use when the code runs untranspiled-to-bundle (tsx, vitest).
const { DOCUMENT_NOUNS } = documents;
const {
  AFTER_A_BARE_ROLE, AFTER_A_BODY_NOUN, AFTER_A_DESCRIPTION_HEAD, BEFORE_A_DESCRIBING_NOUN, BODY_DESCRIPTION_OPENERS, DETERMINERS, FUNCTION_WORDS,
  LOCATIVE_PREPOSITIONS, OPENING_PREPOSITIONS, PRONOUNS, QUESTION_OPENERS, RELATIVE_BE_ADVERBS, WHOLE_PLACE_PREPOSITIONS,
} = functionWords;
const { BEFORE_TO_A_PERSON, NAME_PARTICLES, NEVER_SUBJECT_OPENERS, OPENING_NAME_JOINERS, PLACE_KINDS } = nameWords;
const { COMPANY_KINDS, COMPANY_NOUNS, NAME_ABBREVIATIONS, NAME_SUFFIX_KINDS, ORGANISATION_NOUNS } = organisations;
const { CONSTITUENCY_ROLES, HONORIFICS, PARTY_AFFILIATIONS, PERSON_TITLES, ROLE_NOUNS, ROLE_TO_PLACE_LINKS, ROLES_SERVING_A_PLACE, SPEAKER_MODIFIERS, TITLE_MODIFIERS } = titles;
const { bareWord, isCapitalisedWord, isInitials } = shape;
const { isPersonName, isRoleWord, nameKey, roleKey, splitRoleAndName } = names;

export interface PersonMention {
  /** The name as written, whitespace collapsed: "Ali Amin Gandapur". */
  name: string;
  /** Lower-cased name words without courtesy titles: ["ali", "amin", "gandapur"]. */
  key: string[];
  /** Lower-cased role words it was introduced with: ["foreign", "office", "spokesperson"]; empty if none. */
  role: string[];
  /** Introduced with a cue (a title, a role, an honorific, an age or a description), not just capitalised. */
  strong: boolean;
  /** The name opens the sentence (after words like "However,"): the person is probably its subject. */
  subject?: boolean;
  /** Offset in the article. */
  at: number;
  /** The sentence the person was introduced in (set by coreference.ts when it records them). */
  context?: string;
}

/** "The Prime Minister", "Its chief executive", "Labour's deputy leader": a determiner or a possessive opens the title at `at`. */
function determinedBefore(words: PunctuatedWord[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const w = words[k];
    if (!w || w.trailing !== '') return false;
    if (DETERMINERS.has(w.core.toLowerCase()) || /['’]s?$/u.test(w.core)) return true;
    // (Only the title's own words between: "This morning Prime Minister" is a time, then a title.)
    if (!/^\p{Lu}/u.test(w.core) && !TITLE_MODIFIERS.has(w.core.toLowerCase()) && !isRoleWord(w.core.toLowerCase())) return false;
  }
  return false;
}

/**
 * "The finance minister, Maria Okonkwo,", "Its driver, Tomasz Brandt,": the
 * word before the comma is a title, or a lower-case noun a determiner opens
 * (no preposition before it).
 */
function describesBefore(words: PunctuatedWord[], at: number, closed: boolean): boolean {
  const noun = bareWord(words[at]?.core ?? '').toLowerCase();
  // ("Defence Minister, Richard Marles, said", but not the vocative "This morning Prime Minister, Alexander Downer said":
  // a title no determiner opens is set off before a name only when a comma closes the name too.)
  if (PERSON_TITLES.has(noun)) return closed || determinedBefore(words, at);
  if (!/^\p{Ll}{3,}$/u.test(noun) || FUNCTION_WORDS.has(noun) || DOCUMENT_NOUNS.has(noun) || ORGANISATION_NOUNS.has(noun)) return false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = words[k];
    if (!w || w.trailing !== '') return false;
    const lower = w.core.toLowerCase();
    // ("In a statement, Dunmore Health said": a phrase saying how, not who.)
    if (BEFORE_A_DESCRIBING_NOUN.has(lower) || /['’]s$/u.test(w.core)) return !OPENING_PREPOSITIONS.has((words[k - 1]?.core ?? '').toLowerCase());
  }
  return false;
}

/** "firm CargoIndex" (the noun before the name) or "Environment Agency" (the noun ending the name). */
function organisationIn(sentence: string, offset: number, run: PunctuatedWord[], previous: PunctuatedWord | undefined, words: PunctuatedWord[], end: number): OrganisationMention | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  const nameEnd = last.start - offset + last.core.length;
  // "FireEye Inc.": an abbreviation ending the name keeps its full stop, as the speaker does.
  const stop = sentence.charAt(nameEnd) === '.' && (NAME_ABBREVIATIONS.has(last.core) || (last.core.includes('.') && isInitials(`${last.core}.`))) ? 1 : 0;
  const name = sentence.slice(first.start - offset, nameEnd + stop).replace(/\s+/gu, ' ');
  const before = previous && previous.trailing === '' ? previous.core : '';
  // "water regulator Ofwat": the words before the noun describe it too ("the water regulator" later).
  if (ORGANISATION_NOUNS.has(before)) return { name, head: before, kinds: kindsOf(before), at: first.start, described: wordsBefore(words, words.indexOf(previous as PunctuatedWord)) };
  // "The industry regulator, Ofwat,", "a rights group, the Ruvala Human Rights Observatory (RHRO),": a description
  // set off before the name.
  const beforeThe = previous && /^the$/iu.test(previous.core) && previous.trailing === '' ? words[words.indexOf(previous) - 1] : previous;
  const described = beforeThe?.trailing === ',' ? beforeThe.core : '';
  const closed = last.trailing.startsWith(',') || acronymAside(words[end]);
  if (ORGANISATION_NOUNS.has(described) && plainName(run) && closed) {
    return { name, head: described, kinds: kindsOf(described), at: first.start, described: wordsBefore(words, words.indexOf(beforeThe as PunctuatedWord)) };
  }
  const head = bareWord(last.core).toLowerCase();
  const plain = bareWord(last.core) === last.core;
  // "Crestline Foods", "Harbour City FC", "Westbrook Holdings Ltd": what the name ends on says what it is.
  const suffix = run.length >= 2 && plain ? NAME_SUFFIX_KINDS.get(head) : undefined;
  if (suffix) return { name, head: suffix, kinds: kindsOf(suffix), at: first.start };
  if (run.length >= 2 && ORGANISATION_NOUNS.has(head) && plain) {
    // "The Environment Agency, another regulator,": also what the description calls it.
    const description = last.trailing.startsWith(',') ? apposition(words, end) : null;
    const noun = description ? bodyNoun(description) : null;
    return { name, head, kinds: noun && noun !== head ? [...kindsOf(head), noun] : kindsOf(head), at: first.start };
  }
  // "Crestline, a food company based in Leeds,", "Crestline, the Leeds-based company,".
  if (plain && last.trailing.startsWith(',')) {
    const description = apposition(words, end);
    const noun = description ? bodyNoun(description) : null;
    if (noun) return { name, head: noun, kinds: kindsOf(noun), at: first.start, described: (description ?? []).map((w) => w.core.toLowerCase()) };
  }
  // "The Ruvala Human Rights Observatory (RHRO)": a name with its short form in brackets is a body's; "the group" later.
  const short = words[end];
  if (run.length >= 2 && plain && last.trailing === '' && short?.leading === '(' && short.trailing.startsWith(')') && /^\p{Lu}[\p{Lu}\p{Ll}&-]{1,9}$/u.test(short.core) && /\p{Lu}.*\p{Lu}/u.test(short.core)) {
    return { name, head: 'organisation', kinds: ['organisation', 'organization', 'group', 'body'], at: first.start };
  }
  return null;
}

/** A name of one to five capitalised words, no possessive. */
function plainName(run: PunctuatedWord[]): boolean {
  return run.length <= 5 && run.every((w) => bareWord(w.core) === w.core);
}

/** "(RHRO)," after a name: its short form, and the aside ends there. */
function acronymAside(word: PunctuatedWord | undefined): boolean {
  return word !== undefined && word.leading === '(' && /^\),/u.test(word.trailing) && /^\p{Lu}[\p{Lu}&-]{1,9}$/u.test(word.core);
}

/** Up to three lower-cased words before `at` (and the word at `at`) with no punctuation between: "the water regulator". */
function wordsBefore(words: PunctuatedWord[], at: number): string[] {
  const out: string[] = [(words[at]?.core ?? '').toLowerCase()];
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = words[k];
    if (!w || w.trailing !== '') break;
    out.unshift(w.core.toLowerCase());
  }
  return out;
}

/**
 * "the city's mobility department", "the council's planning committee": a body described by its
 * owner and what it does, with no name of its own. Later "the mobility department" is this one.
 */
function describedBodies(words: PunctuatedWord[], offset: number, sentence: string): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  for (let i = 0; i < words.length && out.length < 4; i++) {
    const owner = words[i] as PunctuatedWord;
    if (owner.trailing !== '' || !/['’]s$/u.test(owner.core)) continue;
    // "the city's", "the city council's": a determiner up to two words before.
    let d = i - 1;
    while (d >= 0 && d >= i - 2 && !/^the$/iu.test(words[d]?.core ?? '') && (words[d]?.trailing ?? ',') === '' && /^\p{Ll}/u.test(words[d]?.core ?? '')) d--;
    const determiner = words[d];
    if (!determiner || !/^the$/iu.test(determiner.core) || determiner.trailing !== '') continue;
    for (let k = i + 1; k < words.length && k <= i + 4; k++) {
      const w = words[k] as PunctuatedWord;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.core) || FUNCTION_WORDS.has(w.core)) break;
      if (ORGANISATION_NOUNS.has(w.core) && k > i + 1) {
        const name = sentence.slice(determiner.start - offset, w.start - offset + w.core.length).replace(/\s+/gu, ' ');
        out.push({ name, head: w.core, kinds: kindsOf(w.core), at: determiner.start, described: words.slice(i + 1, k + 1).map((x) => x.core) });
        break;
      }
      if (w.trailing !== '') break;
    }
  }
  return out;
}

/** What else a body of this kind is called: a bank is also "the lender" and "the company". */
function kindsOf(noun: string): string[] {
  if (COMPANY_NOUNS.has(noun)) return [noun, ...COMPANY_KINDS];
  if (noun === 'bank' || noun === 'lender') return ['bank', 'lender', 'company', 'firm'];
  if (noun === 'airline' || noun === 'carrier') return ['airline', 'carrier', 'company', 'firm'];
  return [noun];
}

/** "a food company based in Leeds" -> "company": a description whose head is a body's noun. */
const BODY_DESCRIPTION_OPENING = new RegExp(`^(?:${alternation(BODY_DESCRIPTION_OPENERS)})$`, 'iu');
function bodyNoun(description: PunctuatedWord[]): string | null {
  if (!BODY_DESCRIPTION_OPENING.test(description[0]?.core ?? '')) return null;
  let head = '';
  for (let i = 1; i < description.length && i <= 6; i++) {
    const core = description[i]?.core ?? '';
    if (AFTER_A_BODY_NOUN.has(core)) break;
    head = core;
    if ((description[i]?.trailing ?? '') !== '') break;
  }
  return ORGANISATION_NOUNS.has(head) ? head : null;
}

/** "The", "In", "However": words capitalised by their position only. */
function skip(word: PunctuatedWord | undefined): boolean {
  const l = (word?.core ?? '').toLowerCase();
  return FUNCTION_WORDS.has(l) || DETERMINERS.has(l) || PRONOUNS.has(l) || QUESTION_OPENERS.has(l);
}

/** Can this word be inside a run of name and title words? */
function inRun(word: PunctuatedWord, next: PunctuatedWord | undefined): boolean {
  const core = word.core;
  if (core === '') return false;
  if (isCapitalisedWord(core)) return true;
  // "Foreign Office spokesperson Shafqat Ali Khan", "Ali bin Hassan": only when a capitalised word follows.
  if (word.trailing !== '' || !next || next.leading !== '' || !isCapitalisedWord(next.core)) return false;
  return PERSON_TITLES.has(core) || NAME_PARTICLES.has(core);
}

/** Where a description set off by a comma ends: "the Foreign Office spokesperson," -> its words. */
function apposition(words: PunctuatedWord[], from: number): PunctuatedWord[] | null {
  const out: PunctuatedWord[] = [];
  for (let i = from; i < words.length && i < from + 12; i++) {
    const w = words[i];
    if (!w || w.leading !== '') return null;
    out.push(w);
    if (w.trailing !== '') return /^[,;.)—–]/u.test(w.trailing) || w.trailing.startsWith(',') ? out : null;
  }
  return null;
}

/** The role words of a description: "the Foreign Office spokesperson" -> foreign office spokesperson. */
function descriptionRole(words: PunctuatedWord[]): string[] | null {
  // "Hun Sen, who has been prime minister for 33 years,": a relative clause that says what the person is.
  const be = RELATIVE_BE.exec(words.slice(0, 4).map((w) => w.core.toLowerCase()).join(' '));
  const description = be ? words.slice(be[0].split(' ').length) : words;
  const first = description[0]?.core.toLowerCase() ?? '';
  // "who has been prime minister for 33 years": a bare role, up to its first preposition.
  if (be && !DETERMINERS.has(first)) {
    const cut = description.findIndex((w, i) => i > 0 && AFTER_A_BARE_ROLE.has(w.core));
    const phrase = (cut > 0 ? description.slice(0, cut) : description).map((w) => bareWord(w.core));
    const head = (phrase[phrase.length - 1] ?? '').toLowerCase();
    return phrase.length > 0 && phrase.length <= 3 && phrase.every((w) => /^\p{Ll}/u.test(w)) && (ROLE_NOUNS.has(head) || PERSON_TITLES.has(head)) ? roleKey(phrase) : null;
  }
  // "Northway’s regional director for the South West", "Disney’s chairman of …": an owner's name is a determiner too.
  const owned = description.length > 1 && /^\p{Lu}[\p{L}.&-]*['’]s?$/u.test(description[0]?.core ?? '');
  if (!DETERMINERS.has(first) && !['a', 'an', 'the'].includes(first) && !owned) {
    // "chief executive of Acme": a bare title also works, after a party ("Conservative MP for Middlesbrough South").
    let party = 0;
    while (party < description.length - 1 && party < 2 && PARTY_AFFILIATIONS.has(description[party]?.core.toLowerCase() ?? '')) party++;
    if (!PERSON_TITLES.has(description[party]?.core.toLowerCase() ?? '')) return null;
  }
  // The head is the last word before "of", "at", "for", "in", "with", "who".
  const cut = description.findIndex((w, i) => i > 0 && AFTER_A_DESCRIPTION_HEAD.has(w.core));
  const phrase = (cut > 0 ? description.slice(0, cut) : description).map((w) => w.core);
  const head = bareWord(phrase[phrase.length - 1] ?? '').toLowerCase();
  if (head === '' || !/^\p{Ll}/u.test(phrase[phrase.length - 1] ?? '') && !PERSON_TITLES.has(head)) return null;
  // After an owner's name, only a role someone holds ("Northway’s regional director"), not "Cambodia’s historic enemy".
  if (owned && !isRoleWord(head)) return null;
  // Keep the words after the head too, so "the ministry spokesperson" matches "a spokesperson for the ministry".
  return roleKey([...description.map((w) => w.core).filter((w, i) => i !== phrase.length - 1), phrase[phrase.length - 1] ?? '']);
}

/** "who is", "who has been", "who was once", "who became", "who serves as": a relative clause saying what someone is. */
const RELATIVE_BE = new RegExp(`^who (?:is|was|has been|had been|became|serves as|served as)(?: (?:${alternation(RELATIVE_BE_ADVERBS)}))?(?= )`, 'u');

/** An organisation named with the noun for what it is: "freight analytics firm CargoIndex", "the Environment Agency". */
export interface OrganisationMention {
  name: string;
  /** "firm", "agency": what "the firm", "the agency" will call it later. */
  head: string;
  /** Other nouns a later mention may use for it: "the company" for "Crestline Foods". */
  kinds?: string[];
  /** Lower-cased words it was described with: "water", "regulator" for "water regulator Ofwat". */
  described?: string[];
  at: number;
}

export interface SentenceMentions {
  persons: PersonMention[];
  organisations: OrganisationMention[];
  /** Lower-cased capitalised words seen after "in", "from", "to" ...: places. */
  places: string[];
  /** The places read from a possessive after a preposition ("in Mayer’s career"): perhaps a person's. */
  possessivePlaces: string[];
  /** The sentence opens on a capitalised word used as a subject ("Ali welcomed the report"). */
  openingSubject: string | null;
  /** Lower-cased capitalised words after the first word, in order ("Asked about jobs, Rao was cautious": rao). */
  capitalised: string[];
  /** The whole name the sentence opens on as its subject, as written: "Volkswagen do Brasil", "Kenya Power". */
  openingName: string | null;
}

/**
 * Whether the name at words[s, j) opens the main clause after an opening prepositional phrase: the sentence starts on
 * a preposition, the name (with its title) comes right after the first comma, and a lower-case word (the verb) or an
 * aside's comma follows it.
 */
function afterOpeningPhrase(words: readonly PunctuatedWord[], s: number, j: number): boolean {
  if (!OPENING_PREPOSITIONS.has((words[0]?.core ?? '').toLowerCase())) return false;
  const comma = words.findIndex((w) => w.trailing.startsWith(','));
  if (comma < 0 || comma >= s) return false;
  for (let k = comma + 1; k < s; k++) if (!PERSON_TITLES.has((words[k]?.core ?? '').toLowerCase()) && !isCapitalisedWord(words[k]?.core ?? '')) return false;
  const last = words[j - 1];
  const next = words[j];
  return (last?.trailing.startsWith(',') ?? false) || (next !== undefined && last?.trailing === '' && /^\p{Ll}/u.test(next.core));
}

/** A dateline: capitalised words (perhaps a lower-case kind of place, a comma and a country), then a dash. */
const DATELINE = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Ll}+)?(?:,\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,3})?)\s*[—–-]\s/u;

/** The capitalised words from `from` on, lower-cased and joined: "phnom penh". At most four, up to punctuation. */
function capitalisedRun(words: readonly PunctuatedWord[], from: number): string {
  const out: string[] = [];
  for (let k = from; k < words.length && out.length < 4; k++) {
    const word = words[k] as PunctuatedWord;
    if (!isCapitalisedWord(word.core) || (k > from && word.leading !== '')) break;
    // "Kem Sokha's camp", "in Donald Trump's first term": an owner, not a place.
    if (bareWord(word.core) !== word.core) return '';
    out.push(word.core.toLowerCase());
    if (word.trailing !== '') break;
  }
  return out.join(' ');
}

/** "according to Okafor", "a letter to Okafor": the word before "to" that makes what follows a person. */
const TO_A_PERSON_AFTER = new RegExp(`^(?:${alternation(BEFORE_TO_A_PERSON)})$`, 'iu');

/** People and places a sentence mentions. `offset` is where the sentence starts in the article. */
export function scanMentions(sentence: string, offset: number): SentenceMentions {
  const words = punctuatedWords(sentence, offset);
  const persons: PersonMention[] = [];
  const organisations: OrganisationMention[] = [];
  const places: string[] = [];
  /** Of those, the ones written as a possessive ("in Mayer’s career"). */
  const possessivePlaces: string[] = [];
  let opening = 0;
  while (opening < words.length && skip(words[opening])) opening++;
  // "Phnom Penh —", "Siem Reap province —", "Phnom Penh, Cambodia —": a dateline names places.
  const dateline = DATELINE.exec(sentence.length > 120 ? sentence.slice(0, 120) : sentence);
  if (dateline) for (const part of (dateline[1] ?? '').split(',')) places.push(part.trim().replace(/\s+\p{Ll}+$/u, '').toLowerCase());

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    // "according to Okafor", "a letter to Okafor": a person, not a place.
    const afterPerson = w.core === 'to' && i > 0 && TO_A_PERSON_AFTER.test(words[i - 1]?.core ?? '');
    if (w.trailing === '' && !afterPerson && LOCATIVE_PREPOSITIONS.has(isCapitalisedWord(w.core) ? w.core.toLowerCase() : w.core)) {
      const next = words[i + 1];
      if (next && isCapitalisedWord(next.core) && next.leading === '' && !HONORIFICS.test(next.core)) {
        places.push(bareWord(next.core).toLowerCase());
        if (bareWord(next.core) !== next.core) possessivePlaces.push(bareWord(next.core).toLowerCase());
        // "in Phnom Penh", "from Koh Thom": the whole name too (not "to Angela Merkel", not "in Donald Trump's first term").
        const whole = WHOLE_PLACE_PREPOSITIONS.has(w.core.toLowerCase()) ? capitalisedRun(words, i + 1) : '';
        if (whole.includes(' ')) places.push(whole);
      }
    }
    // "MP for Middlesbrough South and East Cleveland", "senator for Victoria": the constituency a member serves (not "press
    // secretary for Joe Biden", "a representative for Taylor Swift": those serve people).
    if (w.trailing === '' && w.core === 'for' && CONSTITUENCY_ROLES.has((words[i - 1]?.core ?? '').toLowerCase()) && isCapitalisedWord(words[i + 1]?.core ?? '')) {
      const next = words[i + 1] as PunctuatedWord;
      places.push(bareWord(next.core).toLowerCase());
      const whole = capitalisedRun(words, i + 1);
      if (whole.includes(' ')) places.push(whole);
    }
    // "Koh Thom district", "Preah Sihanouk province": a capitalised name before the kind of place it is.
    if (i > 0 && PLACE_KINDS.has(w.core) && w.leading === '' && isCapitalisedWord(words[i - 1]?.core ?? '') && (words[i - 1]?.trailing ?? '') === '') {
      let k = i - 1;
      while (k > 0 && k > i - 4 && isCapitalisedWord(words[k - 1]?.core ?? '') && (words[k - 1]?.trailing ?? '') === '') k--;
      const whole = capitalisedRun(words, k);
      if (whole !== '') places.push(whole);
    }
    if (!inRun(w, words[i + 1])) continue;
    // A maximal run of name and title words, ending at punctuation.
    let j = i;
    while (j < words.length) {
      const wj = words[j] as PunctuatedWord;
      if (!inRun(wj, words[j + 1]) || (j > i && wj.leading !== '')) break;
      j++;
      if (wj.trailing !== '') break;
    }
    let s = i;
    i = j - 1;
    // "The", "In", "However": capitalised by position only.
    while (s < j && skip(words[s])) s++;
    // "Tuesday Mitsotakis", "in May Smith": a time glued to the front of a name.
    while (s < j - 1 && isTimeBeforeName(words[s]?.core ?? '', words[s - 1]?.core ?? '')) s++;
    const run = words.slice(s, j);
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    const previous = words[s - 1];
    // One word names a person only with a description after it ("Khan, the spokesperson,") or a role before it.
    if (run.length === 1 && !last.trailing.startsWith(',') && !(previous?.trailing.startsWith(',') ?? false) && !ORGANISATION_NOUNS.has(previous?.core ?? '')) continue;
    const tokens = run.map((r) => r.core);
    // "Prek Chrey commune chief Chab Suy": a name before the kind of place it is names a place, not a person.
    if (last.trailing === '' && PLACE_KINDS.has(words[j]?.core ?? '')) continue;
    // "firm CargoIndex", not "council chair Geoffrey Lamb": the run itself opens on a capital.
    const organisation = isCapitalisedWord(first.core) ? organisationIn(sentence, offset, run, previous, words, j) : null;
    if (organisation) {
      organisations.push(organisation);
      continue;
    }
    const found = splitRoleAndName(tokens);
    if (!found) continue;
    // "ambassador to Britain Liu Xiaming", "envoy for Syria Geir Pedersen": the place the role serves is no part of the name.
    // ("Secretary of State for Health Matt Hancock": the role may have its own "of".)
    const serving = (w: number): boolean => ROLES_SERVING_A_PLACE.has((words[w]?.core ?? '').toLowerCase()) || (words[w - 1]?.core === 'of' && ROLES_SERVING_A_PLACE.has((words[w - 2]?.core ?? '').toLowerCase()));
    const served = previous !== undefined && ROLE_TO_PLACE_LINKS.has(previous.core) && serving(s - 2);
    // ("minister for Home Affairs Amit Shah": a portfolio's words after the place's first are no part of it either.)
    const place = served ? names.nameAfterServedPlace(found.name, 1) : 1;
    let split = served && found.role.length === 0 && found.name.length >= place + 2 && isPersonName(found.name.slice(place)) ? { role: [], name: found.name.slice(place) } : found;
    // ("Minister for Health and Aged Care Mark Butler": after a portfolio's "and", four words are the portfolio's end and a name.)
    if (!served && previous?.core === 'and' && split.role.length === 0 && split.name.length >= 4 && isPersonName(split.name.slice(-2))) split = { role: [], name: split.name.slice(-2) };
    const nameWords = run.slice(tokens.length - split.name.length);
    const nameStart = nameWords[0]?.start ?? first.start;
    // "Margaret Okafor's food bank": the name without the possessive ending.
    const name = sentence.slice(nameStart - offset, last.start - offset + bareWord(last.core).length).replace(/\s+/gu, ' ');
    const key = nameKey(split.name);
    let role = split.role.length > 0 ? roleKey(split.role) : [];
    const before = previous?.core.toLowerCase() ?? '';
    let strong = role.length > 0 || HONORIFICS.test(split.name[0] ?? '');
    // "Shafqat Ali Khan, the Foreign Office spokesperson," / "John Smith, 45,"
    if (last.trailing.startsWith(',') && bareWord(last.core) === last.core) {
      const description = apposition(words, j);
      if (description) {
        const described = descriptionRole(description);
        if (described && described.length > 0) {
          if (role.length === 0) role = described;
          strong = true;
        } else if (description.length === 1 && /^\d{1,3}$/u.test(description[0]?.core ?? '')) strong = true;
      }
    }
    // "The finance minister, Maria Okonkwo, said": a role set off before the name.
    if (role.length === 0 && previous && previous.trailing === ',' && describesBefore(words, s - 1, last.trailing.startsWith(',') || /^[.;]/u.test(last.trailing))) {
      const roleWords: string[] = [];
      for (let k = s - 1; k >= 0 && k > s - 7; k--) {
        const rw = words[k];
        if (!rw || (k !== s - 1 && rw.trailing !== '')) break;
        roleWords.unshift(rw.core);
        if (DETERMINERS.has(rw.core.toLowerCase())) break;
      }
      role = roleKey(roleWords);
      strong = true;
    }
    // A bare capitalised pair mid-sentence is probably a name ("Police arrested John Smith"), but weakly.
    // At the start of a sentence, only before a word that is not a noun of a group ("Claire Whitfield became").
    const next = words[j];
    const opensOnName = s === 0 && last.trailing === '' && next !== undefined && /^\p{Ll}/u.test(next.core) && !ROLE_NOUNS.has(next.core) && !SPEAKER_MODIFIERS.has(next.core);
    const weak = !strong && split.name.length >= 2 && split.name.length <= 4 && (s > 0 || opensOnName) && !['the', 'a', 'an', 'of'].includes(before);
    if (!strong && !weak) continue;
    if (!isPersonName(split.name)) continue;
    // The subject: nothing but a description comes before it ("Parish council chair Geoffrey Lamb, ...").
    let subject = s >= opening;
    for (let k = opening; k < s && subject; k++) {
      const core = words[k]?.core ?? '';
      const lower = core.toLowerCase();
      // ("Prek Chrey commune chief Chab Suy": the kind of place in a title.)
      subject = isCapitalisedWord(core) || ROLE_NOUNS.has(lower) || SPEAKER_MODIFIERS.has(lower) || PERSON_TITLES.has(lower) || DETERMINERS.has(lower) || PLACE_KINDS.has(lower);
    }
    // "In an interview with filmmaker Robert Lieberman, Hun Sen spoke ...", "Despite his regrets, Mr. Hun Sen insisted":
    // the first name after an opening phrase that starts on a preposition is the main clause's subject.
    if (!subject && !persons.some((p) => p.subject)) subject = afterOpeningPhrase(words, s, j);
    persons.push({ name, key, role, strong, at: nameStart, subject });
  }

  if (sentence.includes('’s ') || sentence.includes("'s ")) organisations.push(...describedBodies(words, offset, sentence));

  const w0 = words[0];
  const w1 = words[1];
  let openingSubject: string | null = null;
  const nameFirst = w0 !== undefined && w0.leading === '' && isCapitalisedWord(w0.core) && opensOnName(w0.core);
  if (nameFirst && w1 && w0.trailing === '' && /^\p{Ll}/u.test(w1.core)) openingSubject = bareWord(w0.core).toLowerCase();
  const openingName = nameFirst ? openingNameRun(words) : null;
  const capitalised: string[] = [];
  for (let i = 1; i < words.length && capitalised.length < 40; i++) {
    const core = words[i]?.core ?? '';
    if (isCapitalisedWord(core)) capitalised.push(bareWord(core).toLowerCase());
  }
  return { persons, organisations, places, possessivePlaces, openingSubject, capitalised, openingName };
}

/** A capitalised first word that may be a name: not a participle ("Asked about jobs, …"), a function word, a determiner ("Such …") or a pronoun. */
function opensOnName(first: string): boolean {
  const lower = first.toLowerCase();
  const participle = /\p{Ll}(?:ed|ing)$/u.test(first);
  return !participle && !FUNCTION_WORDS.has(lower) && !DETERMINERS.has(lower) && !PRONOUNS.has(lower) && !/^(?:i|we|you)$/u.test(lower) && !NEVER_SUBJECT_OPENERS.has(lower);
}

/**
 * The capitalised words a sentence opens on, with the particles and "of" inside a name ("Volkswagen do Brasil",
 * "Bank of Ghana"), when a lower-case word (the verb) follows straight after: the subject's whole name. At most
 * six words; null when punctuation cuts it.
 */
function openingNameRun(words: readonly PunctuatedWord[]): string | null {
  const out: string[] = [];
  for (let k = 0; k < words.length && out.length <= 6; k++) {
    const word = words[k] as PunctuatedWord;
    const core = word.core;
    const inner = out.length > 0 && (NAME_PARTICLES.has(core) || OPENING_NAME_JOINERS.has(core)) && isCapitalisedWord(words[k + 1]?.core ?? '');
    if (!isCapitalisedWord(core) && !inner) return out.length > 0 && /^\p{Ll}/u.test(core) && word.leading === '' ? out.join(' ') : null;
    if (k > 0 && word.leading !== '') return null;
    // "Tuesday Mitsotakis reasserted …": a weekday or a month is no part of a name.
    if (time.WEEKDAYS.has(core.toLowerCase()) || time.MONTHS.has(core.toLowerCase())) return null;
    out.push(core);
    if (word.trailing !== '') return null;
  }
  return null;
}
