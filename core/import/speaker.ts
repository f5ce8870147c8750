/**
 * Finds who makes the statement in one sentence: "X said ...", "..., said X.",
 * "..., X said.", "according to X", "X told reporters", "X denies ...".
 * It reads a sentence whose quotations are masked (see quotations.ts), so words
 * inside a quotation are never taken for the speaker.
 */
import * as documentsLexicon from '../text/lexicon/documents';
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as namesLexicon from '../text/lexicon/names';
import * as reportingVerbsLexicon from '../text/lexicon/reporting-verbs';
import * as titlesAndRolesLexicon from '../text/lexicon/titles-and-roles';
import * as timeLexicon from '../text/lexicon/time';
import * as clauseVerbsLexicon from '../text/lexicon/clause-verbs';
import * as denialLexicon from '../text/lexicon/denial';
import * as numbersLexicon from '../text/lexicon/numbers';
import { alternation } from '../text/lexicon/words';
import { CLAUSE_BREAK_CHARACTERS, collapseWhitespace } from '../text/characters';
import { writtenWords, type WrittenWord } from '../text/tokens';
import { bareWord, isAcronym, isInitials } from '../text/word-shape';
import { isCreditedPerson, isPersonName, isRoleWord } from '../attribution/names';
import { clauseNounPhrase, headCanSpeak, isAuthorlessDocument, isDocumentWord, leadingSpeaker, speakerAfter, speakerAtEnd } from './speaker-phrase';
import * as organisationsLexicon from '../text/lexicon/organisations';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const {
  AFTER_AN_ISSUED_DOCUMENT, CLAIM_NOUNS_PATTERN, DOCUMENT_HOLDING_PARTICIPLES, DOCUMENT_NOUNS, DOCUMENT_SENDING_PARTICIPLES, ISSUED_DOCUMENTS, STATEMENT_NOUNS,
  STUDIED_COUNT_WORDS, STUDIED_PREPOSITIONS,
} = documentsLexicon;
const {
  ADVERBS_BEFORE_A_PROGRESSIVE, AFTER_A_CALLED_ADJECTIVE, AFTER_A_CLOSING_VERB, AFTER_A_DESCRIBED_PERSON, AFTER_A_PASSIVE_AGENT, AFTER_A_POSITION_NOUN,
  AFTER_A_REGARDED_ADJECTIVE, AFTER_A_ROLE, AFTER_OPENING_PARTICIPLE, APPOSITION_OPENERS, AS_A_ADVERBIAL_NOUNS, AUXILIARIES, BARE_CLAUSE_SUBJECT_OPENERS,
  BE_AFTER_A_DUMMY_IT_PATTERN, BE_BEFORE_A_PARTICIPLE, BE_BEFORE_A_PASSIVE_PATTERN, BE_BEFORE_A_PROGRESSIVE, BE_BEFORE_ADVICE_PATTERN, BE_BEFORE_QUOTED_PATTERN,
  BEFORE_A_NOUN_FORM, BEFORE_A_SPEECH_VERB_THAT, BETWEEN_A_RELATIVE_AND_ITS_VERB, CALLED_OBJECT_PRONOUNS, CAPITALISED_DESCRIPTION_OPENERS, CLAUSE_OPENING_CONJUNCTIONS, CLAUSE_SUBORDINATORS,
  COPULAS_BEFORE_A_STANCE_OF_PATTERN, COPULAS_BEFORE_A_STANCE_PATTERN, COPULAS_BEFORE_EAGERNESS_PATTERN, COPULAS_BEFORE_THAT, COPULAS_OF_A_HELD_POSITION_PATTERN,
  DESCRIBED_BY_WHOM_OPENERS, FUNCTION_WORDS, LOCATIVE_PREPOSITIONS, LOCATIVES_OF_A_PERSON, NOT_AFTER_CALLED_IT, NOT_FINITE_MARKERS_PATTERN, NOT_IN_A_BARE_CLAUSE_SUBJECT, OWNER_PRONOUNS,
  PARTITIVE_QUANTIFIERS, PREDICATE_MODALS_AND_AUXILIARIES, PREPOSITIONS_BEFORE_A_SUBJECT_PATTERN, PRONOUNS, RELATIVE_PRONOUNS, SECOND_PARTY_OPENERS, SUBJECT_ASIDES,
  FREE_RELATIVE_PRONOUNS, SENTENCE_CONNECTIVES, SUBORDINATORS_BEFORE_A_SUBJECT,
} = functionWordsLexicon;
const { DEMONYMS, NAME_INNER_WORDS, NAME_PARTICLES } = namesLexicon;
const {
  ADVISED_AUDIENCE_PATTERN, ADVISED_AUDIENCE_QUALIFIERS, ADVISING_PROGRESSIVES_PATTERN, CALLED_OBJECT_NOUNS_PATTERN, EVENT_REPORTING_STEMS, HEADLINE_PASSIVE_FOLLOWERS,
  CALLING_OBJECTS, CLAIMED_ATTACKS, HEARD_SAYING_PARTICIPLES, NOT_A_REPORT_AFTER, NOUNS_IN_ING, QUOTING_SOMEONE_FORMS,
  ALL_REPORTING_FORMS, AS_QUOTED_VERBS, BASE_FORMS, BELIEF_VERBS, CONTINUING_VERBS, DENIAL_VERBS, DESCRIBING_VERBS,
  DOCUMENT_VERBS, EXPECT_VERBS, INVERTIBLE_VERBS, INTRANSITIVE_STANCE_VERBS, NOT_A_STANCE_OBJECT, NOUN_LIKE_FORMS, OF_TAKING_FORMS, PHRASAL_STANCE_PARTICLES, SPEECH_ACT_LINKS, SPEECH_ACT_MODIFIERS, SPEECH_ACT_NOUNS, SPEECH_ACT_VERBS, PARTICIPLES, ISSUING_VERBS, ISSUED_CONTENT_NOUNS, ISSUED_CONTENT_PARTICIPLES, POSITION_NOUNS, EAGER_ADJECTIVES, ONSET_VERBS, MAKING_VERBS, MADE_SPEECH_NOUNS, VIEW_NOUNS, NOT_A_COMPLEMENT,
  COMPLEMENT_ADJECTIVE_ENDING, AUTHORING_PARTICIPLES, MADE_PLAIN, PUT_IT_MANNERS, GO_ON_TO_SPEECH,
  OBJECT_TAKING_BELIEF_VERBS, PASSIVE_AGENT_VERBS, PASSIVE_DENIAL_VERBS, PROGRESSIVES, QUOTING_VERBS, REGARDING_VERBS, SPEECH_VERBS, SPEECH_VERBS_BEFORE_THAT,
  SPEECH_VERBS_BEFORE_THAT_OR_PUNCTUATION, STANCE_ADJECTIVES, STANCE_ADJECTIVES_BEFORE_A_CLAUSE, STANCE_OF_ADJECTIVES, STANCE_VERBS,
} = reportingVerbsLexicon;
const { APPOSED_NAME_TITLES, PARTY_AFFILIATIONS, PLURAL_HEADS_WITHOUT_S, ROLE_NOUNS, ROLE_SHAPE, TITLE_MODIFIERS } = titlesAndRolesLexicon;
const { NAME_ABBREVIATIONS, ORGANISATION_SPEAKER_HEADS, OWNED_BODIES, REPORTING_BODY_NOUNS } = organisationsLexicon;
const { CLOSING_CIRCUMSTANCE_OPENERS, MONTH_ABBREVIATIONS, MONTHS, QUOTATION_TAIL_OPENERS, TIME_UNITS, WEEKDAYS } = timeLexicon;
const { AGENT_PARTICIPLES_PATTERN, CAUSATIVE_FORMS, FINITE_AFTER_AN_INVERTED_SPEAKER, IRREGULAR_PAST_FORMS, VERBS_AFTER_A_RELATIVE_THAT } = clauseVerbsLexicon;
const { DENIED_OBJECT_OPENERS_PATTERN } = denialLexicon;
const { REPORTED_FIGURE_DETERMINERS, REPORTED_FIGURE_NOUNS } = numbersLexicon;

export interface FoundSpeaker {
  /** As written in the article, whitespace collapsed: "Shafqat Ali Khan", "one diplomat", "he". */
  speaker: string;
  /** "he said": the caller decides who "he" is. */
  pronoun: boolean;
}

/** "was quoted as saying": a phrase that reports speech whatever follows. */
const QUOTED_AS_SAYING = new RegExp(
  String.raw`^(?:(?:${BE_BEFORE_QUOTED_PATTERN}) (?:quoted|${alternation(HEARD_SAYING_PARTICIPLES)}) (?:by [^,.;:“”"]{1,70}? )?(?:as )?saying|as saying)$`,
  'u',
);
/** "… quoted human rights campaigners as ": an active quoting, whom it quotes before "as saying". */
const QUOTED_ACTIVE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(QUOTING_SOMEONE_FORMS)})\s+([^,.;:“”"]{2,60}?)\s+as\s+$`, 'u');
const QUOTED_ACTIVE_VERB = 'as saying';

/** "The agency quoted a police official as saying": the one quoted (`asAt`: where "as saying" starts). */
function quotedActive(masked: string, asAt: number): Candidate | null {
  const from = Math.max(0, asAt - 100);
  const m = QUOTED_ACTIVE_BEFORE.exec(masked.slice(from, asAt + 3));
  if (!m?.[1]) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  const words = writtenWords(masked, start, start + m[1].length);
  // ("a source close to Prime Minister Boris Johnson", "an aide to President William Ruto": the whole description.)
  const described = DESCRIBED_BY_WHOM_OPENERS.has((words[0]?.text ?? '').toLowerCase()) && words.length <= 10;
  const run = described ? words : (speakerAtEnd(words) ?? (words.length <= 8 ? words : null));
  return run && run.length > 0 ? { at: run[0]?.start ?? start, run } : null;
}
const QUOTED_AS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:${BE_BEFORE_QUOTED_PATTERN}) (?:quoted (?:by [^,.;:“”"]{1,70}? )?as |(?:${alternation(HEARD_SAYING_PARTICIPLES)}) (?:as )?)$`,
  'u',
);
/** What may not touch a verb: "well-said", "Said", "saidé" are no verbs. */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
/** Does the character at `at` belong to a word (so a verb cannot end or start there)? */
function inWord(masked: string, at: number): boolean {
  const c = masked.charCodeAt(at);
  if (c === 32 || c === 44 || c === 46) return false; // space, comma, full stop: the common cases
  return at >= 0 && at < masked.length && WORD_CHAR.test(masked.charAt(at));
}
/** "the report", "a call", "its claims": a determiner or a preposition before a base or -s form makes it a noun. */
const NOUN_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alternation(BEFORE_A_NOUN_FORM)})\s+$`, 'iu');

/** "went on: “…”", "“…,” she went on.": a speaker going on, read like "continued" (a colon and a quotation after it, or a quotation before). */
const GOING_ON = new Set(['went', 'goes', 'go']);
const WENT_ON = /^ on(?=\s*:\s*[“"«‘']|\s*[.,]?\s*$)/u;

/** "are of the view that", "remains of the firm opinion that": a be-form, then a view held (the "that" is read later). */
const BE_OF_THE_VIEW_FORMS = new Set(['is', 'are', 'was', 'were', 'remain', 'remains', 'remained', 'be', 'been']);
const OF_THE_VIEW = new RegExp(String.raw`^\s+of\s+the\s+(?:(?:firm|strong|considered|clear|same)\s+)?(?:view|opinion|belief|conviction)(?=\s+that(?![\p{L}]))`, 'u');

interface VerbAt {
  verb: string;
  start: number;
}

/**
 * The next verb of speech in the sentence from `from` on: one set look-up per lower-case word (a few hundred
 * forms in one regular expression cost more), two phrases, and no noun ("the report", "a call").
 */
function nextVerb(masked: string, from: number): VerbAt | null {
  const n = masked.length;
  for (let i = from; i < n; ) {
    if (!isLowerAscii(masked.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLowerAscii(masked.charCodeAt(j))) j++;
    const start = i;
    i = j;
    if (inWord(masked, start - 1) || inWord(masked, j)) continue;
    const word = masked.slice(start, j);
    if (word === 'saying') {
      const phrase = QUOTED_AS_BEFORE.exec(masked.slice(Math.max(0, start - 100), start))?.[0];
      if (phrase) return { verb: `${phrase}saying`, start: start - phrase.length };
      // "the newspaper quoted human rights campaigners as saying": who was quoted, read as the subject of "as saying".
      const active = QUOTED_ACTIVE_BEFORE.exec(masked.slice(Math.max(0, start - 100), start));
      if (active) return { verb: QUOTED_ACTIVE_VERB, start: start - 'as '.length };
    }
    if ((word === 'point' || word === 'points' || word === 'pointed') && /^ out(?![\p{L}\p{N}'’-])/u.test(masked.slice(j, j + 5))) return { verb: `${word} out`, start };
    // "The entertainer went on: '…'", "“…,” she went on.": going on with what one says (not "went on holiday").
    if (GOING_ON.has(word) && WENT_ON.test(masked.slice(j, j + 12)) && (masked.charAt(j + 3) === ':' || /[”"»]/u.test(masked.slice(0, start)))) return { verb: `${word} on`, start };
    // "played down questions", "pointed to the number of": a phrasal stance verb and its particle.
    const particle = PHRASAL_STANCE_PARTICLES.get(word);
    if (particle !== undefined && masked.startsWith(` ${particle} `, j)) return { verb: `${word} ${particle}`, start };
    // "Hun Sen put it bluntly: …", "as Ou Virak put it,": a way of saying.
    if ((word === 'put' || word === 'puts') && PUT_IT.test(masked.slice(j, j + 30))) return { verb: `${word} it`, start };
    // "made it abundantly clear", "made plain", "has made known": a statement.
    if (MAKING_VERBS.has(word) && MADE_CLEAR.test(masked.slice(j, j + 40))) return { verb: `${word} ${MADE_CLEAR.exec(masked.slice(j, j + 40))?.[1] ?? 'clear'}`, start };
    // "Many economists are of the view that", "The ministry remains of the firm opinion that": a held view, stated.
    if (BE_OF_THE_VIEW_FORMS.has(word)) {
      const view = OF_THE_VIEW.exec(masked.slice(j, j + 50));
      if (view) return { verb: masked.slice(start, j + view[0].length), start };
    }
    // "raised concerns over", "voiced serious doubts": a light verb and a speech act's noun, a few words apart.
    if (SPEECH_ACT_VERBS.has(word) || MAKING_VERBS.has(word)) {
      const act = SPEECH_ACT_OBJECT.exec(masked.slice(j, j + 40));
      const noun = act?.[1] ?? '';
      // (Not "made claims for $4 million": a claim for money is no statement.)
      const forMoney = !SPEECH_ACT_VERBS.has(word) && act !== null && /^\s+for(?![\p{L}])/u.test(masked.slice(j + act[0].length, j + act[0].length + 5));
      if (act && !forMoney && (SPEECH_ACT_VERBS.has(word) ? SPEECH_ACT_NOUNS : MADE_SPEECH_NOUNS).has(noun)) return { verb: masked.slice(start, j + act[0].length), start };
    }
    // "issued a report saying", "sent a letter to the ministry urging": a document issued with what it says.
    if (ISSUING_VERBS.has(word)) {
      const issued = ISSUED_CONTENT.exec(masked.slice(j, j + 140));
      if (issued && ISSUED_CONTENT_NOUNS.has(issued[1] ?? issued[2] ?? '')) return { verb: masked.slice(start, j + issued[0].length), start };
    }
    if (!ALL_REPORTING_FORMS.has(word)) continue;
    if (NOUN_LIKE_FORMS.has(word) && NOUN_BEFORE.test(masked.slice(Math.max(0, start - 8), start))) continue;
    // "Osborne's claims that …", "the ministry's statement": a possessive makes the form a noun.
    if (NOUN_LIKE_FORMS.has(word) && /\p{L}(?:['’]s|s['’])\s+$/u.test(masked.slice(Math.max(0, start - 6), start))) continue;
    // "Early media reports of a broken tube have been denied": a noun before "of", unless the verb takes "of".
    if (NOUN_LIKE_FORMS.has(word) && !OF_TAKING_FORMS.has(word) && / of(?![\p{L}\p{N}])/u.test(masked.slice(j, j + 4))) continue;
    return { verb: word, start };
  }
  return null;
}

const ACCORDING_TO = /(?<![\p{L}])according to\s+/giu;
/** Real sentences have a few speech verbs at most; looking at more only costs time on junk input. */
const MAX_CANDIDATES = 8;

function toFound(original: string, run: WrittenWord[]): FoundSpeaker | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  // "FireEye Inc.", "the U.N." keep the full stop of their abbreviation.
  const abbreviated = NAME_SUFFIX.test(`${last.text}.`) || (last.text.includes('.') && isInitials(`${last.text}.`));
  const end = abbreviated && !last.text.endsWith('.') && original.charAt(last.end) === '.' ? last.end + 1 : last.end;
  const speaker = collapseWhitespace(original.slice(first.start, end)).replace(/[,;:]+$/u, '');
  if (speaker === '') return null;
  const lower = speaker.toLowerCase();
  return { speaker, pronoun: run.length === 1 && (PRONOUNS.has(lower) || OWNER_PRONOUNS.has(lower)) };
}

/** "3,000": a comma between digits groups thousands; it is not punctuation. */
function isDigitGroupComma(masked: string, at: number): boolean {
  return masked.charAt(at) === ',' && /\d/u.test(masked.charAt(at - 1)) && /\d/u.test(masked.charAt(at + 1));
}

/** Where the clause ending at `end` begins (after a comma, quotation mark, dash ...). */
function clauseStart(masked: string, end: number): number {
  const floor = Math.max(0, end - 200);
  for (let s = end - 1; s >= floor; s--) {
    const c = masked.charAt(s);
    if (CLAUSE_BREAK_CHARACTERS.has(c) && !isDigitGroupComma(masked, s)) return s + 1;
    if (c === '-' && masked.charAt(s - 1) === ' ' && masked.charAt(s + 1) === ' ') return s + 1;
  }
  return floor;
}

function subjectBefore(masked: string, end: number): WrittenWord[] | null {
  const start = clauseStart(masked, end);
  const tokens = writtenWords(masked, start, end);
  if (start > 0 && !CLAUSE_BREAK_CHARACTERS.has(masked.charAt(start - 1)) && masked.charAt(start - 1) !== '-') tokens.shift(); // cut mid-word
  let run = speakerAtEnd(tokens);
  // "A survey of 1,000 voters found", "research among social media users revealed": the document, not whom it studied.
  if (run && run.length < tokens.length) {
    let k = tokens.indexOf(run[0] as WrittenWord) - 1;
    while (k > 0 && (/^[\d.,]+$/u.test(tokens[k]?.text ?? '') || STUDIED_COUNT_WORDS.has((tokens[k]?.text ?? '').toLowerCase()))) k--;
    if (k > 0 && STUDIED_PREPOSITIONS.has((tokens[k]?.text ?? '').toLowerCase()) && DOCUMENT_NOUNS.has((tokens[k - 1]?.text ?? '').toLowerCase())) {
      run = speakerAtEnd(tokens.slice(0, k)) ?? run;
    }
  }
  // "Chief Minister Arvind Kejriwal in Ahmedabad said", "BJP MP from East Delhi Gautam Gambhir tweeted": a person named
  // before where they are, or after the place their office is for.
  if (run) run = personAroundPlace(tokens, run) ?? run;
  // "..., a diplomat familiar with the preparations said": the whole clause is the speaker.
  const phrase = !run && (start === 0 || CLAUSE_BREAK_CHARACTERS.has(masked.charAt(start - 1))) ? clauseNounPhrase(tokens, start > 0) : run;
  // "Kem Sokha, his lawyer and most of the opposition have called …": the person the list's "his" belongs to.
  if (phrase && OWNER_PRONOUNS.has((phrase[0]?.text ?? '').toLowerCase()) && phrase.some((t) => t.text === 'and') && masked.charAt(start - 1) === ',') {
    const owner = writtenWords(masked, clauseStart(masked, start - 1), start - 1);
    if (owner.length > 0 && owner.length <= 4 && (isPersonName(owner.map((t) => t.text)) || speakerAtEnd(owner)?.length === owner.length)) return owner;
  }
  if (run && masked.charAt(start - 1) === ',' && run.some((t) => t.text === 'and' || t.text === 'or')) {
    return listSubject(masked, start, end) ?? run;
  }
  // "A CNRP official who asked not to be named said", "Residents who fled the fighting said": the subject before its
  // relative clause, when nothing sets the clause off.
  // (Not "Sen. J.R. Ortiz, a New Mexico Democrat who chairs …, said": after a name's comma it is an apposition.)
  const opensSentence = (): boolean => start === 0 || FUNCTION_WORDS.has((/^\W*(\p{L}+)/u.exec(masked)?.[1] ?? '').toLowerCase());
  // (Looked at only when nothing else was found and a "who" is there: subjectBefore runs for every verb.)
  if (!phrase && tokens.some((t) => t.text === 'who') && opensSentence()) {
    const who = tokens.findIndex((t, i) => i > 0 && t.text === 'who');
    const head = who > 0 && tokens.length - who <= MAX_RELATIVE_WORDS ? speakerAtEnd(tokens.slice(0, who)) : null;
    if (head && head[0] === tokens[0]) return head;
  }
  return phrase;
}

/** Where someone is or what their office is for: "in", "at", "from", "for". */
const LOCATIVE_OF_PERSON = new RegExp(`^(?:${alternation(LOCATIVES_OF_A_PERSON)})$`, 'u');

/**
 * The person around a place in a subject: "Arvind Kejriwal in Ahmedabad" -> "Arvind Kejriwal" (the run found was the
 * place after "in"); "MP from East Delhi Gautam Gambhir" -> "Gautam Gambhir" (a place run on into a name). Null when
 * neither.
 */
function personAroundPlace(tokens: WrittenWord[], run: WrittenWord[]): WrittenWord[] | null {
  let first = tokens.indexOf(run[0] as WrittenWord);
  // Back over the place's own capitalised words the run left out ("East" of "East Delhi").
  let back = 0;
  while (first > 1 && back < 2 && /^\p{Lu}/u.test(tokens[first - 1]?.text ?? '') && !LOCATIVE_OF_PERSON.test(tokens[first - 1]?.text ?? '')) {
    first--;
    back++;
  }
  if (first < 1 || !LOCATIVE_OF_PERSON.test(tokens[first - 1]?.text ?? '')) return null;
  const capitalised = tokens.slice(first, tokens.indexOf(run[run.length - 1] as WrittenWord) + 1);
  const texts = capitalised.map((t) => t.text);
  // A place run on into a person's name: "from East Delhi Gautam Gambhir" -> "Gautam Gambhir" (two words, else three).
  if (texts.length >= 3 && !isPersonName(texts)) {
    for (const size of [2, 3]) {
      if (texts.length - size >= 1 && isPersonName(texts.slice(-size))) return capitalised.slice(-size);
    }
  }
  // The place after a person: "Arvind Kejriwal in Ahmedabad" (a full name before "in", the place the run found).
  if (back === 0 && run.length <= 3) {
    let j = first - 1;
    const name: WrittenWord[] = [];
    while (j > 0 && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && name.length < 4) name.unshift(tokens[--j] as WrittenWord);
    // (Only a name that is the subject: not "Sources close to Rahul Gandhi in Wayanad", "A lawyer for Julian Assange in London".)
    if (j > 0) return null;
    for (let k = 0; k < name.length - 1; k++) if (isPersonName(name.slice(k).map((t) => t.text))) return name.slice(k);
  }
  return null;
}

/** How long a relative clause between a subject and its verb may be ("who asked not to be named"). */
const MAX_RELATIVE_WORDS = 14;

/** One item of a list of names: "Ohio", "New Mexico". */
const LIST_ITEM = /^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*$/u;

/**
 * "Officials in Ohio, Nevada and Louisiana said": the clause before the verb
 * ends a list of names, so the subject begins before the list's first item.
 */
function listSubject(masked: string, start: number, end: number): WrittenWord[] | null {
  let from = start;
  for (let items = 0; items < 8; items++) {
    const comma = from - 1;
    const before = clauseStart(masked, comma);
    if (masked.charAt(comma) !== ',' || before >= comma) return null;
    const item = masked.slice(before, comma);
    if (!LIST_ITEM.test(item) || masked.charAt(before - 1) !== ',') {
      // The first item, with the words that introduce the list ("Officials in Ohio").
      if (!/\p{Lu}[\p{L}\p{M}.'’-]*\s*$/u.test(item)) return null;
      const opener = /^\s*(\p{L}+)/u.exec(item)?.[1]?.toLowerCase() ?? '';
      if (FUNCTION_WORDS.has(opener)) return null; // "On Tuesday, Smith and Jones said"
      const tokens = writtenWords(masked, before, end).map((t) => {
        const text = t.text.replace(/,$/u, '');
        return { text, start: t.start, end: t.start + text.length };
      });
      const run = speakerAtEnd(tokens);
      return run && run[0] && run[0].start < comma ? run : null;
    }
    from = before;
  }
  return null;
}

/** The last non-space character before `at`, and where it is. */
function charBefore(masked: string, at: number): { ch: string; index: number } {
  let i = at - 1;
  while (i >= 0 && /\s/u.test(masked.charAt(i))) i--;
  return { ch: i >= 0 ? masked.charAt(i) : '', index: i };
}

/** How many auxiliaries and adverbs may stand between an aside and its verb ("Mark Hale, has recently claimed"). */
const MAX_WORDS_BEFORE_VERB = 3;

/** The character before the verb at `at` and the auxiliaries or adverbs just before it ("…, recently claimed"). */
function charBeforeAuxiliaries(masked: string, at: number): { ch: string; index: number } {
  let before = charBefore(masked, at);
  for (let n = 0; n < MAX_WORDS_BEFORE_VERB; n++) {
    const word = /[\p{L}'’]+$/u.exec(masked.slice(Math.max(0, before.index - 20), before.index + 1))?.[0];
    if (!word || !(AUXILIARIES.has(word.toLowerCase()) || /^\p{Ll}{3,}ly$/u.test(word))) break;
    before = charBefore(masked, before.index + 1 - word.length);
  }
  return before;
}

/**
 * What may stand between a subject and its verb, set off by commas: a
 * description ("the Foreign Office spokesperson", "who heads the office",
 * "54", "chief executive of Acme") or an aside ("in a statement", "however").
 */
const APPOSITION_START = new RegExp(String.raw`^(?:${alternation(APPOSITION_OPENERS)}|for (?:${alternation(OWNER_PRONOUNS)}) part|\d+|\p{Ll}[\p{L}-]*)(?![\p{L}])`, 'u');
/** "France’s beleaguered prime minister", "Cambodian People’s Party spokesman": a body's role, its owner capitalised. */
const OWNED_ROLE = /^(?:\p{Lu}[\p{L}\p{M}.&'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}.&-]*(?:['’]s?)?(?:\s+\p{Ll}[\p{L}-]*){1,4}$/u;
const isOwnedRoleApposition = (apposition: string): boolean => {
  // "Disney’s chairman of direct-to-consumer and international": the role is what comes before its "of"/"for"/"at".
  const role = apposition.split(/\s+(?:of|for|at|in)\s+/u)[0] ?? apposition;
  return OWNED_ROLE.test(role) && isRoleWord((/\p{L}+$/u.exec(role)?.[0] ?? '').toLowerCase());
};
/** "CEO of Take-Two", "Chief Executive of Acme", "Minister for Health": a role written with capitals, then whose it is. */
const CAPITALISED_ROLE = /^((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+(?:of|for|at)\s+\S/u;
const isCapitalisedRoleApposition = (apposition: string): boolean => {
  const role = CAPITALISED_ROLE.exec(apposition)?.[1]?.toLowerCase().split(/\s+/u) ?? [];
  // ("Labour MP for Middlesbrough": a party may qualify the role.)
  return role.length > 0 && isRoleWord(role[role.length - 1] ?? '') && role.slice(0, -1).every((w) => TITLE_MODIFIERS.has(w) || isRoleWord(w) || PARTY_AFFILIATIONS.has(w));
};
/** "The finance minister, Maria Okonkwo, said": a name set off by commas, perhaps after its role ("archaeologist Nicholas Reeves"). */
const APPOSED_NAME = new RegExp(`^(?:\\p{Ll}[\\p{Ll}-]+\\s+){0,2}(?:(?:${alternation(APPOSED_NAME_TITLES)})\\.?\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|${alternation(NAME_PARTICLES)})){0,4}$`, 'u');

/** The apposed name, its lower-case role words (if any) being role nouns or modifiers: not "which employs Ali Khan". */
function isApposedName(apposition: string): boolean {
  if (!APPOSED_NAME.test(apposition)) return false;
  const role = /^(?:\p{Ll}[\p{Ll}-]+\s+)*/u.exec(apposition)?.[0].trim().split(/\s+/u).filter(Boolean) ?? [];
  return role.every((w, i) => (i === role.length - 1 && w === 'the') || ROLE_NOUNS.has(w) || TITLE_MODIFIERS.has(w) || (ROLE_SHAPE.test(w) && !FUNCTION_WORDS.has(w)));
}

/** The comma before the previous comma-separated segment ending at `comma`, or -1 (another break, or too far). */
function previousComma(masked: string, comma: number): number {
  for (let s = comma - 1; s >= Math.max(0, comma - 150); s--) {
    const c = masked.charAt(s);
    if (c === ',' && !isDigitGroupComma(masked, s)) return s;
    // (A word in quotation marks inside the clause, "inciting a “color revolution”,", does not end it.)
    if (c !== '’' && c !== "'" && c !== '”' && c !== '“' && CLAUSE_BREAK_CHARACTERS.has(c)) return -1;
  }
  return -1;
}

/** "Inc.", "Ltd", "Jr.": the end of a name set off by a comma. */
const NAME_SUFFIX = new RegExp(`^(?:${alternation(NAME_ABBREVIATIONS)})\\.?$`, 'u');

/**
 * "The mayor, whose office met with Chief Tom Reyes, a former marine, on Friday, said": asides
 * one after another before the verb, one of them a relative clause. Returns the comma that opens
 * the leftmost relative clause of that run (the subject is before it), or -1.
 */
function relativeClauseStart(masked: string, comma: number): number {
  let found = -1;
  let at = comma;
  for (let n = 0; n < 6; n++) {
    const s = previousComma(masked, at);
    if (s < 0) break;
    const segment = masked.slice(s + 1, at).trim();
    if (RELATIVE_CLAUSE.test(segment)) found = s;
    else if (!APPOSITION_START.test(segment) && !PARTY_AND_PLACE.test(segment) && !NAME_SUFFIX.test(segment)) break;
    at = s;
  }
  return found;
}

/** At most this many words make a role description before an apposed name ("The US energy secretary"). */
const MAX_ROLE_WORDS = 6;

/** "Khan, the Foreign Office spokesperson, said": the name before the description. */
/** How many asides set off by commas may stand between a subject and its verb. */
const MAX_ASIDES = 5;

function subjectBeforeApposition(masked: string, comma: number, depth = 0): WrittenWord[] | null {
  if (depth === 0) {
    const relative = relativeClauseStart(masked, comma);
    if (relative >= 0) {
      const previous = masked.slice(clauseStart(masked, relative), relative).trim();
      if (ASIDE_CLAUSE.test(previous) || PARTY_AND_PLACE.test(previous)) return subjectBeforeApposition(masked, relative, 1);
      return subjectBefore(masked, relative) ?? subjectBeforeApposition(masked, relative, 1);
    }
  }
  for (let s = comma - 1; s >= Math.max(0, comma - 150); s--) {
    const c = masked.charAt(s);
    if (c === ',' && !isDigitGroupComma(masked, s)) {
      const apposition = masked.slice(s + 1, comma).trim();
      // "One of them, Ali Reza, said", "One of them, a 34-year-old trader who asked not to be named, said".
      if (PARTITIVE.test(masked.slice(clauseStart(masked, s), s).trim())) {
        return isApposedName(apposition) ? speakerAtEnd(writtenWords(masked, s + 1, comma)) : describedPerson(writtenWords(masked, s + 1, comma));
      }
      // "…, a scientist at Goddard in Greenbelt, Maryland, and American University in Washington, D.C., said": the second
      // member of an aside joined by "and" is an aside too.
      if (/^(?:and|or)\s/u.test(apposition)) return (depth < MAX_ASIDES ? subjectBeforeApposition(masked, s, depth + 1) : null) ?? subjectBefore(masked, s);
      // "… at American University in Washington, D.C., said", "in Greenbelt, Maryland,": the second half of a place.
      if (PLACE_SECOND_HALF.test(apposition) && PLACE_FIRST_HALF.test(masked.slice(Math.max(0, s - 60), s))) {
        // ("Police in Lagos, Nigeria, said": no aside before it, the subject holds the place.)
        return (depth < MAX_ASIDES ? subjectBeforeApposition(masked, s, depth + 1) : null) ?? subjectBefore(masked, s);
      }
      if (isApposedName(apposition)) {
        // ("The US energy secretary": no subject to the rules that read one, but a role description all the same.)
        let role = subjectBefore(masked, s);
        if (!role) {
          const opening = writtenWords(masked, clauseStart(masked, s), s);
          role = opening.length <= MAX_ROLE_WORDS ? opening : null;
        }
        if ((role && isRoleDescription(role)) || isOwnedRole(writtenWords(masked, clauseStart(masked, s), s))) {
          const name = speakerAtEnd(writtenWords(masked, s + 1, comma));
          // "A rights group, the Patient Voice Alliance, said": the name without its article.
          if (name) return name.length > 1 && name[0]?.text === 'the' ? name.slice(1) : name;
        }
      }
      // "Sen. Dana Whitfield, R-Texas, argued": a short capitalised aside after a name.
      if (!APPOSITION_START.test(apposition) && !PARTY_AND_PLACE.test(apposition) && !isOwnedRoleApposition(apposition) && !isCapitalisedRoleApposition(apposition)) return null;
      // "Sen. Jane Doe, R-Ohio, who wrote the bill with Sen. Marcus Hill, D-Ga., said": the clause before
      // this aside is an aside too (a relative clause, a party and place, an age), so the name it ends on is not the subject.
      const previous = masked.slice(clauseStart(masked, s), s).trim();
      if (ASIDE_CLAUSE.test(previous) || PARTY_AND_PLACE.test(previous)) return depth < MAX_ASIDES ? subjectBeforeApposition(masked, s, depth + 1) : null;
      // "Marsh, 51, who has held the brief since 2022, insists": asides one after another.
      const subject = subjectBefore(masked, s);
      // ("The ruling against Elon Musk, CEO of Tesla, said": the name is the object of a preposition, not who speaks.)
      if (subject && OBJECT_OF_A_PREPOSITION.test(masked.slice(Math.max(0, (subject[0]?.start ?? 0) - 12), subject[0]?.start ?? 0))) return null;
      return subject ?? (depth < MAX_ASIDES ? subjectBeforeApposition(masked, s, depth + 1) : null);
    }
    if (c !== '’' && c !== "'" && c !== ',' && CLAUSE_BREAK_CHARACTERS.has(c)) return null;
  }
  return null;
}

/** After an inverted speaker's role: a comma and a capitalised name that ends the sentence or its clause. */
const APPOSED_AFTER_ROLE = /^,\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*(?:[.;!?]|,\s|$)/u;

/** "One of them", "Another of the workers", "One": a speaker picked out of a group, described next. */
const PARTITIVE = new RegExp(String.raw`^(?:(?:${alternation(PARTITIVE_QUANTIFIERS)})\s+of\s+(?:them|those|these|the\s+[\p{Ll}-]+)|one|another)$`, 'iu');

/** "a 34-year-old trader who asked not to be named" -> "a 34-year-old trader": a person described, up to a relative clause. */
function describedPerson(tokens: WrittenWord[]): WrittenWord[] | null {
  if (!/^(?:a|an)$/iu.test(tokens[0]?.text ?? '')) return null;
  const cut = tokens.findIndex((t, i) => i > 0 && AFTER_A_DESCRIBED_PERSON.has(t.text));
  const phrase = cut > 0 ? tokens.slice(0, cut) : tokens;
  const head = (phrase[phrase.length - 1]?.text ?? '').toLowerCase();
  return phrase.length >= 2 && phrase.length <= 6 && (ROLE_NOUNS.has(head) || (/^\p{Ll}{3,}$/u.test(head) && !/ly$/u.test(head) && !FUNCTION_WORDS.has(head))) ? phrase : null;
}

/** "who wrote the bill with Sen. Marcus Hill", "whose office ...", "which ...", "54": an aside, never a subject. */
const ASIDE_CLAUSE = new RegExp(String.raw`^(?:(?:${alternation(RELATIVE_PRONOUNS)}|where)\s+(?:\S+\s+)?\p{Ll}|\d{1,3}$)`, 'u');
/** ("which Smith, the minister, said was regrettable": "which" opens this verb's own clause.) */
const RELATIVE_CLAUSE = new RegExp(String.raw`^(?:${alternation(RELATIVE_PRONOUNS)})\s+(?:\S+\s+)?\p{Ll}`, 'u');

/** "R-Texas", "D-N.Y.", "PTI-Peshawar": a party and a place after a politician's name. */
/** The preposition right before a name that makes it an object: "against Elon Musk", "to Elizabeth Warren" (not "by" nor "of": an agent or an author may speak, "the policy manual of the Citizenship and Immigration Services"). */
const OBJECT_OF_A_PREPOSITION = /(?<![\p{L}])(?:against|to|for|with|from|about|on|at|into|towards?)\s+$/u;
/** "Maryland", "D.C.", "Ontario", "New South Wales": a short capitalised place closing a "City, Region" pair. */
const PLACE_SECOND_HALF = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** "… in Greenbelt", "at Goddard in Greenbelt": a place's first half, after a locative preposition. */
const PLACE_FIRST_HALF = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(LOCATIVE_PREPOSITIONS)})\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*$`, 'u');
const PARTY_AND_PLACE = /^\p{Lu}{1,4}-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u;

/**
 * "The finance minister", "A spokeswoman for the OMB", "Its chief executive": a role
 * before an apposed name. Capitalised words only after "for"/"of"/"at" (the body the role
 * belongs to), or opening it ("The", "A", "Its").
 */
function isRoleDescription(role: WrittenWord[]): boolean {
  const connector = role.findIndex((t, i) => i > 0 && AFTER_A_ROLE.has(t.text) && ROLE_NOUNS.has((role[i - 1]?.text ?? '').toLowerCase()));
  const head = connector > 0 ? role.slice(0, connector) : role;
  // "The US energy secretary", "the French foreign minister": a country's acronym or demonym may qualify a role noun.
  const roleHead = ROLE_NOUNS.has((head[head.length - 1]?.text ?? '').toLowerCase());
  // "The Ranking Member of Parliament's Finance Committee", "Deputy Chief Superintendent": a title in title case.
  const titleCase = roleHead && /^\p{Lu}/u.test(head[head.length - 1]?.text ?? '') && head.length <= 4;
  // "As our U.N. Ambassador": a role capitalised as a title is still a role ("Ambassador", "Foreign Minister").
  return head.every(
    (t) =>
      !/^\p{Lu}/u.test(t.text) ||
      DESCRIPTION_OPENERS.test(t.text) ||
      (titleCase && /^\p{Lu}\p{Ll}+$/u.test(t.text)) ||
      (roleHead && (isAcronym(t.text) || isAcronym(t.text.replace(/\./gu, '')) || DEMONYMS.has(t.text.toLowerCase()) || ROLE_NOUNS.has(t.text.toLowerCase()) || TITLE_MODIFIERS.has(t.text.toLowerCase()))),
  );
}

/**
 * "Labour's shadow health secretary", "BHP's head of Chilean operations", "the company's chief executive":
 * an owner's possessive, a few lower-case words and a role noun, then perhaps what the role is of.
 */
function isOwnedRole(tokens: WrittenWord[]): boolean {
  let i = 0;
  while (i < tokens.length && i < 2 && FUNCTION_WORDS.has((tokens[i]?.text ?? '').toLowerCase())) i++; // "But", "Meanwhile"
  if (DESCRIPTION_OPENERS.test(tokens[i]?.text ?? '')) i++;
  const ownerFrom = i;
  while (i < tokens.length && i - ownerFrom < 4 && !/['’]s?$/u.test(tokens[i]?.text ?? '')) {
    if (!/^[\p{Lu}\p{N}]/u.test(tokens[i]?.text ?? '')) return false;
    i++;
  }
  const owner = tokens[i]?.text ?? '';
  if (!/^[\p{L}\p{N}][\p{L}\p{N}.&-]*['’]s?$/u.test(owner) || (i > ownerFrom && !/^[\p{Lu}\p{N}]/u.test(owner))) return false;
  i++;
  const from = i;
  // ("Human Rights Watch's Asia director", "the BBC's Middle East editor": a region may qualify the role.)
  while (i < tokens.length && i - from < 5 && /^\p{L}[\p{Ll}-]*$/u.test(tokens[i]?.text ?? '') && !FUNCTION_WORDS.has((tokens[i]?.text ?? '').toLowerCase())) i++;
  while (i > from && !/^\p{Ll}/u.test(tokens[i - 1]?.text ?? '')) i--;
  const head = tokens[i - 1]?.text ?? '';
  if (i === from || !(ROLE_NOUNS.has(head) || OWNED_BODIES.has(head))) return false;
  const rest = tokens.length - i;
  return rest === 0 || (rest <= 6 && AFTER_A_ROLE.has(tokens[i]?.text ?? ''));
}

/** A role description before an apposed name starts with one of these, or is all lower case. */
const DESCRIPTION_OPENERS = new RegExp(`^(?:${alternation(CAPITALISED_DESCRIPTION_OPENERS)})$`, 'u');

/** "that" right after the verb, or after a short time or place: "said on Monday that", "added in a statement that". */
const FOLLOWED_BY_THAT = new RegExp(String.raw`^(?:\s+(?:${alternation(BEFORE_A_SPEECH_VERB_THAT)})(?:\s+[^\s,.;:"“”]+){0,4}?)?\s+that(?![\p{L}])`, 'u');

/** Verbs of belief and expectation that report a position when a clause follows without "that". */
const INFINITIVE_CLAUSE = /^\s+(?:[\p{L}\p{N}'’%$.-]+\s+){1,6}?to\s+(?:have\s+)?\p{Ll}/u;
/**
 * After "added", "noted": a clause of up to a dozen words with no comma and no relative word, then a modal or a form
 * of "be"/"have" ("the country's projected growth rate at more than 4 percent would"); not "a new clause to the bill
 * that would".
 */
const SAID_BARE_CLAUSE = new RegExp(
  String.raw`^\s+(?:${alternation(BARE_CLAUSE_SUBJECT_OPENERS)}|\p{Lu}[\p{L}'’-]*|\p{Ll}+(?:s['’]|['’]s))\s+(?:(?!(?:${alternation(NOT_IN_A_BARE_CLAUSE_SUBJECT)})\s)[\p{L}\p{N}'’%$.-]+\s+){0,11}?(?:${alternation(PREDICATE_MODALS_AND_AUXILIARIES)})\s+\p{Ll}`,
  'u',
);

/** A clause: a few words, then a modal or a form of "be"/"have" ("interest rates will stay"). */
const BARE_CLAUSE = new RegExp(String.raw`^\s+(?:(?:[\p{L}\p{N}'’%$.-]+|[“"‘][^”"’]{0,60}[”"’])\s+){1,5}?(?:${alternation(PREDICATE_MODALS_AND_AUXILIARIES)})(?![\p{L}])`, 'u');

/** What a denial verb's object opens with: "disputes that", "contested the figures", "rejected claims". */
const DENIED_OBJECT = new RegExp(String.raw`^(?:\s*(?:$|[.,;:—–])|\s+(?:${DENIED_OBJECT_OPENERS_PATTERN}|\p{Lu}))(?![\p{L}])`, 'u');
/**
 * "Health secretary accused of hiding figures", "Minister urged to resign": a headline's passive,
 * whose subject is the one accused, not a speaker.
 */
const PASSIVE_AFTER: Record<string, RegExp> = Object.fromEntries(
  Object.entries(HEADLINE_PASSIVE_FOLLOWERS).map(([verb, after]) => [verb, new RegExp(String.raw`^\s+${after.includes('|') ? `(?:${after})` : after}(?![\p{L}])`, 'u')]),
);

/** "reported to the regulator", "reported missing": what after "reported" makes it no report of what is so. */
/** "… Cook to the Dreamforce audience as “someone who …”": an object, then "as" and a quotation. */
const AS_A_QUOTATION = /^\s+[^.;:“"«]{1,60}?(?<![\p{L}])as\s+[“"«]/u;
const CLAIM_FORMS = new Set(['claim', 'claims', 'claimed']);
/** What is claimed as a prize or a toll: a determiner, a possessive or a number, then no clause ("claimed the title"). */
const CLAIMED_A_THING = /^\s+(?:the|a|an|his|her|their|its|our|my|\d[\d,.]*)\s+(?!(?:responsibility|credit)(?![\p{L}]))/u;
/**
 * "the strike killed 40 militants": a noun phrase, then a verb in the past or present tense (a word in -ed after a noun, not after a
 * determiner as in "the other prized scalp"), before any punctuation.
 */
function clauseAfterObject(after: string): boolean {
  const all = /^[^,.;:!?“"«(]*/u.exec(after)?.[0].trim().split(/\s+/u).slice(0, 8) ?? [];
  // ("claimed the other prized scalp when Rahane aimed …": a clause of its own after "when".)
  const end = all.findIndex((w) => CLAUSE_SUBORDINATORS.has(w) || w === 'and' || w === 'but');
  const words = end < 0 ? all : all.slice(0, end);
  return words.some((w, k) => {
    if (k < 2) return false;
    // ("13 million barrels of crude oil were getting through")
    if (VERBS_AFTER_A_RELATIVE_THAT.has(w)) return true;
    const before = words[k - 1] ?? '';
    if (FUNCTION_WORDS.has(before.toLowerCase()) || before === 'other' || /ly$/u.test(before)) return false;
    // ("the scheme costs taxpayers £2 billion", "the new battery lasts 20% longer": the present, before its object.)
    const next = words[k + 1];
    const present = /^\p{Ll}{3,}s$/u.test(w) && !/(?:ss|us|is)$/u.test(w) && next !== undefined && !LOCATIVE_PREPOSITIONS.has(next) && !/^(?:of|for|with|by|and|or)$/u.test(next);
    return /^\p{Ll}[\p{Ll}-]+ed$/u.test(w) || IRREGULAR_PAST_FORMS.has(w) || present;
  });
}
/** "Al-Shabaab claimed the bombing", "claimed the suicide attack": a claim of responsibility, a statement. */
const CLAIMED_AN_ATTACK = new RegExp(String.raw`^\s+(?:\S+\s+){0,3}?(?:${alternation(CLAIMED_ATTACKS)})(?![\p{L}])`, 'u');
/** "pleaded not guilty", "pleaded guilty to": a plea in court, not something said about the world. */
const A_PLEA = /^\s+(?:not\s+)?(?:guilty|innocent|no\s+contest|the\s+Fifth)(?![\p{L}])/u;
const REPORTED_DOING = new RegExp(String.raw`^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{2,}ing)\s+(?!(?:${alternation(LOCATIVE_PREPOSITIONS)}|of|and|or|by|after|during|on)(?![\p{L}]))[\p{L}\p{N}$£€]`, 'u');
const RELATIVE_BEFORE_VERB = /(?<![\p{L}])(?:who|that|which)(?![\p{L}])/u;
/** A source named after the clause: ", the charity said", "a survey … found", "according to the study". */
const SOURCE_LATER = /(?<![\p{L}])(?:said|says|found|finds|according to|showed|shows|told)(?![\p{L}])/u;
const NOT_A_REPORT_AFTERWARDS = new RegExp(String.raw`^\s+(?:${alternation(NOT_A_REPORT_AFTER)})(?![\p{L}])`, 'u');

/** Does this verb, with a subject before it, report speech here? ("added 500 jobs" does not.) */
function reportsSpeech(verb: string, masked: string, verbEnd: number, subject: WrittenWord[] | null, infinitive = false): boolean {
  const after = masked.slice(verbEnd, verbEnd + 60);
  if (PASSIVE_AFTER[verb]?.test(after)) return false;
  // "The church said to be the oldest in Asia", "the group thought to have …": what others say of the subject.
  if (/^\s+to\s+(?:be|have)(?![\p{L}])/u.test(after)) return false;
  if (DENIAL_VERBS.has(verb)) return subject !== null && !isPossessive(subject) && DENIED_OBJECT.test(after);
  // "reported to the regulator", "reported for work", "reported missing": not a report of what is so.
  if ((verb === 'reported' || verb === 'reports') && NOT_A_REPORT_AFTERWARDS.test(after)) return false;
  // "Some consumers reported paying 30% more": what someone reports doing (an object after it, not a place or a time).
  // (Not in a relative clause, "Customers who reported paying more will be refunded", nor when the sentence names its
  // source later: "Pilots have reported seeing drones 67 times, the Civil Aviation Authority said.")
  if ((verb === 'reported' || verb === 'reports' || verb === 'report') && subject !== null && headCanSpeak(subject)) {
    const doing = REPORTED_DOING.exec(after);
    const between = masked.slice(subject[subject.length - 1]?.end ?? 0, verbEnd - verb.length);
    if (doing && !NOUNS_IN_ING.has(doing[1] ?? '') && !RELATIVE_BEFORE_VERB.test(between) && !SOURCE_LATER.test(masked.slice(verbEnd))) return true;
  }
  // "Officials tell BBC News": a base form only after a plural subject ("the US state" is no verb).
  // "… has been quick to respond.": an eagerness to speak with nothing said is no statement.
  if (infinitive && /^\s*[.!?]?\s*$/u.test(after)) return false;
  if (BASE_FORMS.has(verb) && subject && !infinitive && !agreesWithBaseForm([...subject, ...writtenWords(masked, clauseStart(masked, verbEnd - verb.length), verbEnd - verb.length)])) return false;
  // "Sunak defended the decision"; not "the car slammed into a wall".
  if (STANCE_VERBS.has(verb) && NOT_A_STANCE_OBJECT.has(/^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '')) return false;
  if (/^plead/u.test(verb) && A_PLEA.test(after)) return false;
  // "Harris claimed the other prized scalp", "Smith claimed his second gold medal": took, not said (unless a clause follows).
  if (CLAIM_FORMS.has(verb) && CLAIMED_A_THING.test(after) && !SAID_BARE_CLAUSE.test(masked.slice(verbEnd, verbEnd + 140)) && !clauseAfterObject(after) && !CLAIMED_AN_ATTACK.test(after)) return false;
  if (SPEECH_VERBS.has(verb) || QUOTED_AS_SAYING.test(verb)) return true;
  // "raised concerns over ...", "played down questions", "pointed to the number of ...": a stated position.
  if (isCompositeStance(verb)) return subject !== null && headCanSpeak(subject) && /^\s*(?:[\p{L}\p{N}“"‘'$£€]|$|[.,;:])/u.test(after);
  // "Sok Ny disagrees.", "The ministry objected, saying ...": a stance that needs no object.
  if (INTRANSITIVE_STANCE_VERBS.has(verb) && subject !== null && /^\s*(?:$|[.,;:—–]|with(?![\p{L}]))/u.test(after)) return true;
  if (DOCUMENT_VERBS.has(verb) && subject) {
    const head = subject[subject.length - 1]?.text.toLowerCase() ?? '';
    // ("the report read", "the statement read")
    if (isDocumentWord(head)) return true;
    // "A statement from the ministry read: ...": the subject is the author named inside the document's phrase.
    const verbStart = verbEnd - verb.length;
    if (writtenWords(masked, clauseStart(masked, verbStart), subject[0]?.start ?? verbStart).some((t) => isDocumentWord(t.text))) return true;
    // "Home Office figures (published on Thursday) show": the subject is the author the document was read back to.
    const between = masked.slice(subject[subject.length - 1]?.end ?? 0, verbEnd - verb.length);
    const next = between.length < 60 ? /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(between) : null;
    if (next && (DOCUMENT_NOUNS.has(next[1] ?? '') || DOCUMENT_NOUNS.has(next[2] ?? ''))) return true;
  }
  if (QUOTING_VERBS.has(verb)) {
    if (/^\s+(?:for|on)(?![\p{L}])/u.test(after) || /^\s+[^\s“"«.;:][^.;:]{0,50}?[“"«]/u.test(after)) return true;
    // "X called it a betrayal", "X described the plan as a disaster": an object and what it is called.
    if (!subject) return false;
    // The object may be a whole clause: "described the idea that the U.S. is training … at al-Tanf as “certainly absurd.”"
    if (DESCRIBING_VERBS.has(verb)) return /^\s+(?:[^\s;:,]+\s+){1,24}?as\s+(?:[“"«]|(?!well(?![\p{L}])|(?:a\s+)?result(?![\p{L}]))\p{L})/u.test(masked.slice(verbEnd, verbEnd + 240).replace(/\.(?=\S)/gu, ''));
    return CALLED_IT.test(after);
  }
  // "Many Cambodians see the influx as a threat": a view of something, stated with "as".
  // (Not "saw prices rise as the war dragged on", "as a result": "as" there opens a clause or an adverbial.)
  if (REGARDING_VERBS.has(verb)) return subject !== null && REGARDED_AS.test(after);
  if (AS_QUOTED_VERBS.has(verb)) return subject !== null && AS_A_QUOTATION.test(after);
  // "Rao believes interest rates will stay high": a belief followed by a clause of its own.
  if (BELIEF_VERBS.has(verb) && subject && ((!OBJECT_TAKING_BELIEF_VERBS.has(verb) && BARE_CLAUSE.test(after)) || SAID_BARE_CLAUSE.test(masked.slice(verbEnd, verbEnd + 140)))) return true;
  if (EXPECT_VERBS.has(verb) && subject && INFINITIVE_CLAUSE.test(after)) return true;
  // "Harbour City FC reported a loss of £4 million", "Norvance now expects full-year revenue of $2.4bn",
  // "For the fourth quarter it forecast revenue of ...": a body reports or forecasts its own figures.
  if ((verb === 'reported' || verb === 'reports' || EXPECT_VERBS.has(verb)) && subject && isBody(subject) && REPORTED_FIGURE.test(after)) return true;
  // ("Life went on: shops reopened": going on says something only before a quotation, or closing one.)
  if (verb.endsWith(' on') && GOING_ON.has(verb.slice(0, -3))) return /^\s*:\s*[“"«]/u.test(after) || (subject !== null && closesQuotation(masked, subject, verbEnd));
  if (CONTINUING_VERBS.has(verb)) return /^\s*[:“"«]/u.test(after) || (subject !== null && closesQuotation(masked, subject, verbEnd));
  if (SPEECH_VERBS_BEFORE_THAT_OR_PUNCTUATION.has(verb) || POINTED_OUT.test(verb)) {
    if (FOLLOWED_BY_THAT.test(after) || /^\s*(?:$|[,.;:“"—–])/u.test(after)) return true;
    // "The premier added the country's projected growth rate at more than 4 percent would spur …": a clause with no "that".
    return subject !== null && SAID_BARE_CLAUSE.test(masked.slice(verbEnd, verbEnd + 140));
  }
  if (FOLLOWED_BY_THAT.test(after)) return true;
  // "“Our nation is in danger,” Essid declared in a televised address.": the quotation before is what was declared.
  return subject !== null && SPEECH_VERBS_BEFORE_THAT.has(verb) && closesQuotation(masked, subject, verbEnd, QUOTATION_TAIL);
}

/** After a verb closing a quotation's attribution, besides VERB_CLOSES: where or when it was said ("in a televised address"). */
const QUOTATION_TAIL = new RegExp(String.raw`^\s+(?:${alternation(QUOTATION_TAIL_OPENERS)})\s+[^.;:!?“"«]{1,80}[.!?]?\s*$`, 'u');

const POINTED_OUT = /^point(?:s|ed)? out$/u;

/** The noun after a speech act's light verb: "raised concerns", "expressed his deep concern", "issued a warning". */
const SPEECH_ACT_OBJECT = new RegExp(String.raw`^\s+(?:(?:${alternation(SPEECH_ACT_MODIFIERS)})\s+){0,2}(\p{Ll}+)(?=\s*(?:$|[.,;:—–“"]|\s(?:${alternation(SPEECH_ACT_LINKS)})(?![\p{L}])))`, 'u');

/**
 * After an issuing verb: up to three words before the document ("a joint statement", "a 40-page report"), at most a short
 * phrase after it ("to the Ministry of the Interior", "on Monday", "last week"), then what it says: a participle of
 * saying, "that" or a colon.
 */
const ISSUED_CONTENT = new RegExp(
  String.raw`^\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?(\p{Ll}+)(?:\s+(?:${alternation(AFTER_AN_ISSUED_DOCUMENT)})\s+[^,.;:“"”]{1,60}?)?,?\s+(?:${alternation(ISSUED_CONTENT_PARTICIPLES)}|that(?![\p{L}])(?!\s+(?:${alternation(VERBS_AFTER_A_RELATIVE_THAT)}|\p{Ll}+ed)(?![\p{L}])))(?![\p{L}])|^\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?(\p{Ll}+)\s*:`,
  'u',
);

/** After "put": "it" and a manner of saying ("put it bluntly:", "put it this way", "as X put it,"). */
const PUT_IT = new RegExp(String.raw`^ it(?:(?:\s+\p{Ll}+ly)?\s*[:,.;—–]|\s+(?:this|another|that)\s+way|\s+(?:${alternation(PUT_IT_MANNERS)})(?![\p{L}])|\s*$)`, 'u');

/** After "made": "it clear", "it abundantly clear", "plain", "known". */
const MADE_CLEAR = new RegExp(String.raw`^\s+(?:it\s+)?(?:\p{Ll}+ly\s+)?(${alternation(MADE_PLAIN)})(?![\p{L}])`, 'u');

/** A speech act or a phrasal stance found by nextVerb: "raised concerns", "played down". */
const isCompositeStance = (verb: string): boolean => verb.includes(' ') && !POINTED_OUT.test(verb) && !QUOTED_AS_SAYING.test(verb);

/** After "see"/"regard": an object, then "as" and what it is taken for: "a threat", "reckless.", "essential to growth". */
const REGARDED_AS = new RegExp(
  String.raw`^\s+(?:[^\s.;:,]+\s+){1,8}?as\s+(?:(?:a|an)\s+(?!(?:${alternation(AS_A_ADVERBIAL_NOUNS)})(?![\p{L}]))\p{L}|\p{Ll}{3,}(?=\s*(?:[.,;:]|$|\s(?:${alternation(AFTER_A_REGARDED_ADJECTIVE)})(?![\p{L}]))))`,
  'u',
);

/** "called it a betrayal", "called the move unacceptable", "called the election a sham", "called the charges baseless."; not "called it off", "called them back", "called the company a day later". */
const NOT_COMPLEMENT = `(?!(?:${alternation(NOT_A_COMPLEMENT)})(?![\\p{L}]))`;
const CALLED_IT = new RegExp(
  String.raw`^\s+(?:(?:${alternation(CALLED_OBJECT_PRONOUNS)}|the\s+(?:${CALLED_OBJECT_NOUNS_PATTERN}))\s+(?!(?:${alternation(NOT_AFTER_CALLED_IT)})(?![\p{L}]))(?:a|an|the|\p{Ll}{3,})(?![\p{L}])` +
    String.raw`|the\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+(?:a|an)\s+${NOT_COMPLEMENT}\p{L}` +
    String.raw`|the\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+${NOT_COMPLEMENT}\p{Ll}{2,}${COMPLEMENT_ADJECTIVE_ENDING.source.replace(/\$$/u, '')}(?=\s*(?:[.,;:]|$|\s(?:${alternation(AFTER_A_CALLED_ADJECTIVE)})\s)))`,
  'u',
);

/**
 * May the clause before a base form be its plural subject ("officials tell", "traders on Harbour Road say",
 * "Figures published by the ONS show", "Smith and Jones say"), unlike a single name ("the US state")?
 */
function agreesWithBaseForm(clause: WrittenWord[]): boolean {
  return clause.some((t) => {
    const word = t.text.replace(/[^\p{L}]+$/u, '');
    const lower = word.toLowerCase();
    if (lower === 'and' || PLURAL_HEADS_WITHOUT_S.has(lower)) return true;
    if (isAcronymLike(word)) return false;
    if (/[^siu'’]s$/u.test(lower) || /(?:ss|us|is)es$/u.test(lower)) return true;
    return /^\p{Ll}/u.test(word) && ROLE_NOUNS.has(lower) && t === clause[clause.length - 1];
  });
}

/** "US", "EU": an acronym ending in S is one body, not a plural. */
const isAcronymLike = (w: string): boolean => /^\p{Lu}+$/u.test(w);

/** "Kashmir's disputed border": a possessive before the word is not its subject. */
function isPossessive(subject: WrittenWord[]): boolean {
  return /['’]s?$/u.test(subject[subject.length - 1]?.text ?? '');
}

/** "was rejected by", "has been disputed by": a passive of a denial, whose agent follows "by". */
/** An adverb that may stand between "be" and a participle: "were also dismissed", "was swiftly rejected". */
const ADVERB_BEFORE_PARTICIPLE = String.raw`(?:(?:also|since|later|\p{Ll}+ly)\s+)?`;
const BE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alternation(BE_BEFORE_A_PARTICIPLE)})\s+${ADVERB_BEFORE_PARTICIPLE}$`, 'u');
const BY_AGENT = /^\s+by\s+/u;
/** "it was", "It has been" straight before a participle: a passive with no subject of its own. */
const DUMMY_IT_BEFORE = new RegExp(String.raw`(?:^|[\s,])[Ii]t\s+(?:${BE_AFTER_A_DUMMY_IT_PATTERN})\s+(?:(?:also|later|\p{Ll}+ly)\s+)?$`, 'u');

/** "accused by prosecutors of taking bribes": where a passive's agent ends. */
const AGENT_ENDS = new RegExp(String.raw`\s(?:${alternation(AFTER_A_PASSIVE_AGENT)})\s`, 'u');

function passiveAgent(masked: string, verb: string, verbStart: number, verbEnd: number): Candidate | null {
  // "it was said by Mr Gupta that …", "It was announced by the ministry that …": speech in the passive, its agent the speaker.
  if (SPEECH_VERBS.has(verb) && DUMMY_IT_BEFORE.test(masked.slice(Math.max(0, verbStart - 30), verbStart))) {
    const by = /^\s+by\s+([^,;:“”"]{2,80}?)\s+that(?![\p{L}])/u.exec(masked.slice(verbEnd, verbEnd + 100));
    if (!by?.[1]) return null;
    const from = verbEnd + by[0].indexOf(by[1]);
    const agent = speakerAtEnd(writtenWords(masked, from, from + by[1].length));
    return agent ? { at: verbStart, run: agent } : null;
  }
  if (!PASSIVE_AGENT_VERBS.has(verb) || !BE_BEFORE.test(masked.slice(Math.max(0, verbStart - 30), verbStart))) return null;
  const by = BY_AGENT.exec(masked.slice(verbEnd, verbEnd + 20));
  if (!by) return null;
  // "The claim was rejected by PhRMA" is a denial; "A voting system backed by X was rejected by voters" is an event.
  const patient = writtenWords(masked, clauseStart(masked, verbStart), verbStart).map((t) => t.text.toLowerCase().replace(/[^\p{L}]+$/u, ''));
  if (PASSIVE_DENIAL_VERBS.has(verb) && !patient.some((w) => STATEMENT_NOUNS.has(w))) return null;
  // "accused by prosecutors of taking bribes": the agent ends before what it is about.
  const from = verbEnd + by[0].length;
  const cut = AGENT_ENDS.exec(masked.slice(from, from + 120));
  const agent = speakerAfter(cut ? masked.slice(0, from + cut.index) : masked, from, true);
  return agent ? { at: verbStart, run: agent } : null;
}
/** What a body reports: "a loss of", "record profits", "revenue of", "a 12% rise". */
const REPORTED_FIGURE = new RegExp(
  String.raw`^\s+(?:(?:${alternation(REPORTED_FIGURE_DETERMINERS)})\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${alternation(REPORTED_FIGURE_NOUNS)})(?![\p{L}])`,
  'u',
);

/** A subject naming an organisation: a capitalised name, or a noun for a body ("the club"). */
function isBody(subject: WrittenWord[]): boolean {
  const last = subject[subject.length - 1]?.text ?? '';
  const lower = last.toLowerCase();
  if (lower === 'it' && subject.length === 1) return true; // the caller resolves "it" to an organisation, or to nobody
  if (/^\p{Lu}/u.test(last)) return !PRONOUNS.has(lower);
  return REPORTING_BODY_NOUNS.has(lower);
}

/** ", she pointed out, ..." / ", Khan recalled, ...": a speaker and a verb set off by commas inside a sentence. */
function isParenthetical(masked: string, subject: WrittenWord[], verbEnd: number): boolean {
  const first = subject[0];
  if (!first || subject.length > 5 || !/^\s*,/u.test(masked.slice(verbEnd, verbEnd + 3))) return false;
  return charBefore(masked, first.start).ch === ',';
}

/**
 * "“I was terrified,” Hollins recalled, sitting at her kitchen table.": a quotation, then its speaker and
 * the verb, then the end of the sentence or a participle phrase about the speaker.
 */
function closesQuotation(masked: string, subject: WrittenWord[], verbEnd: number, tail?: RegExp): boolean {
  const first = subject[0];
  if (!first || subject.length > 6) return false;
  const before = charBefore(masked, first.start);
  if (!/^[”"»]$/u.test(before.ch)) return false;
  return VERB_CLOSES.test(masked.slice(verbEnd, verbEnd + 30)) || (tail !== undefined && tail.test(masked.slice(verbEnd, verbEnd + 100)));
}

/** What may follow a verb that closes a quotation's attribution: the end, or a participle phrase. */
const VERB_CLOSES = new RegExp(String.raw`^\s*(?:[.!?]|$|,\s+(?:\p{Ll}+ing|${alternation(AFTER_A_CLOSING_VERB)})(?![\p{L}]))`, 'u');
/** The sentence so far is a quotation (masked blank), then a few words of attribution: "“...,” the company’s founder, Liam Foster,". */
const QUOTATION_BEFORE = /^\s*[“"«]\s*[”"»]\s*[^.;:!?“"«]{0,120}$/u;

interface Candidate {
  at: number;
  run: WrittenWord[];
  /** The attribution is found, but it names no speaker ("Documents seen by the Guardian show"). */
  none?: boolean;
}

/** "Documents seen by the Guardian", "memos leaked to Politico": who has seen a document did not write it. */
const HOLDER_OF_DOCUMENT = new RegExp(String.raw`(?:^|\s)(?:${alternation(DOCUMENT_HOLDING_PARTICIPLES)})\s+(?:by|to|with)\s+$`, 'u');

/** "<noun> backed by" just before a subject: a participle's agent, unless the noun is a document or a person described. */
const PARTICIPLE_BY = new RegExp(String.raw`(?:^|\s)([\p{L}'’-]+)\s+(?:\p{Ll}+ed|\p{Ll}+en|${AGENT_PARTICIPLES_PATTERN})\s+by\s+$`, 'u');
function isAgentInDescription(before: string): boolean {
  const noun = PARTICIPLE_BY.exec(before)?.[1]?.toLowerCase().replace(/['’]s?$/u, '');
  return noun !== undefined && !DOCUMENT_NOUNS.has(noun) && !ROLE_NOUNS.has(noun) && !STATEMENT_NOUNS.has(noun);
}

/** "after", "when", "because" just before a subject: its clause is subordinate to the sentence's own. */
/** "make", "let", "help", "lead", "cause" straight before a subject: "to make victims believe", "led many to think". */
const CAUSATIVE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alternation(CAUSATIVE_FORMS)})\s+$`, 'u');

const SUBORDINATOR_BEFORE = new RegExp(String.raw`(?:^|[\s,])(?:${alternation(SUBORDINATORS_BEFORE_A_SUBJECT)})\s+$`, 'iu');

/** A word of the sentence, then "what" right before a subject: "to monitor what Cambodians say on the internet". */
const FREE_RELATIVE_BEFORE = new RegExp(String.raw`\p{Ll}\s+(?:${alternation(FREE_RELATIVE_PRONOUNS)})\s+$`, 'u');

/** A preposition (perhaps with "the") alone before a subject at the clause's start: "Under EU rules", "Unlike the ministry". */
const PREPOSITION_BEFORE = new RegExp(String.raw`^\s*(?:${PREPOSITIONS_BEFORE_A_SUBJECT_PATTERN})\s+(?:the\s+)?$`, 'iu');

/** A verb right after an inverted speaker makes it a clause's subject: "says her manager told her". */
const FINITE_AFTER = new RegExp(String.raw`^\s+(?:${alternation(FINITE_AFTER_AN_INVERTED_SPEAKER)})(?![\p{L}])`, 'u');

/** The speaker of the verb at [verbStart, verbEnd), if it reports speech there. */
/** "declined to comment", "did not deny", "would say": a verb that is not finite has no speaker of its own here. */
const NOT_FINITE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${NOT_FINITE_MARKERS_PATTERN})\s+$`, 'iu');

/** "is", "are", "has been" before a progressive: "Officials are warning". */
const BE_PROGRESSIVE = new RegExp(String.raw`(?:^|\s)(?:${alternation(BE_BEFORE_A_PROGRESSIVE)})\s+(?:(?:${alternation(ADVERBS_BEFORE_A_PROGRESSIVE)}|\p{Ll}+ly)\s+)?$`, 'u');

/** "have been quick to", "is at pains to", "rushed to", "went on to": before an infinitive that stays the subject's speech. */
const EAGER_TO = new RegExp(
  String.raw`(?:^|\s)(?:(?:(?:${COPULAS_BEFORE_EAGERNESS_PATTERN})\s+(?:\p{Ll}+ly\s+|also\s+|still\s+|not\s+)?(?:${alternation(EAGER_ADJECTIVES)}|at pains))|${alternation(ONSET_VERBS)}|went on|goes on|go on)\s+to\s+$`,
  'u',
);

/** "a statement by X", "a report released by X": the last document before a relative clause and who made it (the noun, then "by"). */
const DOCUMENT_BY = new RegExp(String.raw`(?<![\p{L}])(\p{L}+)\s+(?:(?:${alternation(DOCUMENT_SENDING_PARTICIPLES)})\s+)?by\s+(?!.*(?<![\p{L}])by\s)`, 'u');

/** ", which said", ", who has also warned": a relative pronoun straight before the verb. */
const RELATIVE_SPEAKER = new RegExp(String.raw`,\s*(?:which|who)\s+(?:(?:${alternation(BETWEEN_A_RELATIVE_AND_ITS_VERB)}|\p{Ll}+ly)\s+)*$`, 'u');

/** "confirmed", "announces": a verb that may report an event rather than speech. */
const EVENT_REPORTING = new RegExp(`^(?:${alternation(EVENT_REPORTING_STEMS)})`, 'u');

function candidateAt(masked: string, verb: string, verbStart: number, verbEnd: number, infinitive = false): Candidate | null {
  if (verb === QUOTED_ACTIVE_VERB) return quotedActive(masked, verbStart);
  const eager = !infinitive && masked.charAt(verbStart - 2) === 'o' ? EAGER_TO.exec(masked.slice(Math.max(0, verbStart - 50), verbStart)) : null;
  // ("went on to say", not "went on to write 12 books": going on leads only to speech itself.)
  if (eager && (!/\s(?:went|goes|go) on\s/u.test(eager[0]) || GO_ON_TO_SPEECH.has(verb))) {
    return candidateAt(masked, verb, verbStart - eager[0].length + (eager[0].startsWith(' ') ? 1 : 0), verbEnd, true);
  }
  if (NOT_FINITE_BEFORE.test(masked.slice(Math.max(0, verbStart - 8), verbStart)) && !QUOTED_AS_SAYING.test(verb)) return null;
  if (PROGRESSIVES.has(verb)) {
    const be = BE_PROGRESSIVE.exec(masked.slice(Math.max(0, verbStart - 30), verbStart));
    const subject = be ? subjectBefore(masked, verbStart - be[0].length) : null;
    // "… the questions readers have been asking.": asking with nothing asked, and no quotation before it, says nothing.
    if (subject && /^\s*[.!?]?\s*$/u.test(masked.slice(verbEnd)) && !closesQuotation(masked, subject, verbEnd)) return null;
    return subject ? { at: subject[0]?.start ?? verbStart, run: subject } : null;
  }
  const agent = passiveAgent(masked, verb, verbStart, verbEnd);
  if (agent) return agent;
  // "… carrying a statement by Moferefere Lekorotsoana, chief of staff in the ministry, which says:": the document speaks,
  // and its author is who said it.
  const documentWhich = /(?:,\s*|\s)(?:which|that)\s+(?:\p{Ll}+ly\s+)?$/u.exec(masked.slice(Math.max(0, verbStart - 30), verbStart));
  if (documentWhich && SPEECH_VERBS.has(verb)) {
    const before = masked.slice(Math.max(0, verbStart - documentWhich[0].length - 160), verbStart - documentWhich[0].length);
    const by = DOCUMENT_BY.exec(before);
    if (by && (DOCUMENT_NOUNS.has(by[1]!.toLowerCase()) || ISSUED_DOCUMENTS.has(by[1]!.toLowerCase()))) {
      const from = verbStart - documentWhich[0].length - before.length + by.index + by[0].length;
      const author = speakerAfter(masked, from, true);
      if (author) return { at: author[0]?.start ?? from, run: author };
    }
  }
  // "… drew criticism from Human Rights Watch, which said …": a named body or person the relative clause speaks for.
  const relative = RELATIVE_SPEAKER.exec(masked.slice(Math.max(0, verbStart - 40), verbStart));
  // (Not "Sen. Jane Doe, R-Ohio, who wrote the bill …, said": a later reporting verb takes the sentence's subject.)
  // (Nor "Sok Ny, who told reporters the vote was rigged, was arrested": a clause closed by a comma is an aside.)
  if (relative && nextVerb(masked, verbEnd) === null && !relativeClauses(masked).some(([from, to]) => verbStart > from && verbStart < to)) {
    const comma = verbStart - relative[0].length;
    const antecedent = speakerAtEnd(writtenWords(masked, clauseStart(masked, comma), comma));
    const head = antecedent?.[antecedent.length - 1]?.text ?? '';
    if (antecedent && (/^\p{Lu}/u.test(head) || ORGANISATION_SPEAKER_HEADS.has(head)) && reportsSpeech(verb, masked, verbEnd, antecedent, infinitive)) {
      return { at: antecedent[0]?.start ?? comma, run: antecedent };
    }
  }
  const subject = subjectBefore(masked, verbStart);
  const subjectStart = subject?.[0]?.start ?? 0;
  if (subject && HOLDER_OF_DOCUMENT.test(masked.slice(Math.max(0, subjectStart - 40), subjectStart))) {
    return reportsSpeech(verb, masked, verbEnd, subject, infinitive) ? { at: subjectStart, run: subject, none: true } : null;
  }
  // "A system backed by Labour was rejected": the agent inside a description is not the clause's subject.
  if (subject && isAgentInDescription(masked.slice(Math.max(0, subjectStart - 60), subjectStart))) return null;
  // "Under EU rules that took effect ...": the object of a preposition opening the clause is no subject.
  if (subject && PREPOSITION_BEFORE.test(masked.slice(clauseStart(masked, subjectStart), subjectStart))) return null;
  // "… to make potential victims believe the call is genuine": the object of a causative verb is made to think, not heard.
  if (subject && CAUSATIVE_BEFORE.test(masked.slice(Math.max(0, subjectStart - 12), subjectStart))) return null;
  // "Shares rose 9% after the company reported results": a clause that only dates the sentence's event.
  if (subject && SUBORDINATOR_BEFORE.test(masked.slice(Math.max(0, subjectStart - 12), subjectStart))) return null;
  // "… a committee to monitor what Cambodians say on the internet": what they say as a thing watched, nothing they said.
  if (subject && FREE_RELATIVE_BEFORE.test(masked.slice(Math.max(0, subjectStart - 14), subjectStart))) return null;
  if (subject) {
    // ("“…,” she went on to say.": the base form after "went on to" closes a quotation as "said" would.)
    const sayingVerb = SPEECH_VERBS_BEFORE_THAT.has(verb) || (infinitive && GO_ON_TO_SPEECH.has(verb));
    if (reportsSpeech(verb, masked, verbEnd, subject, infinitive) || (sayingVerb && (isParenthetical(masked, subject, verbEnd) || closesQuotation(masked, subject, verbEnd)))) {
      return { at: subject[0]?.start ?? verbStart, run: subject };
    }
    return null;
  }
  const before = charBefore(masked, verbStart);
  // "The Pharmaceutical Research and Manufacturers of America (PhRMA) rejected": the short name in brackets.
  if (before.ch === ')') {
    const open = masked.lastIndexOf('(', before.index);
    const inner = open >= 0 && before.index - open <= 16 ? masked.slice(open + 1, before.index).trim() : '';
    if (/^\p{Lu}[\p{L}&.-]{1,12}$/u.test(inner) && /\p{Lu}.*\p{Lu}/u.test(inner)) {
      const run = writtenWords(masked, open + 1, before.index);
      // ("The UK Health Security Agency (UKHSA) confirmed the first cases": an event, unless "that" follows.)
      const event = EVENT_REPORTING.test(verb) && !FOLLOWED_BY_THAT.test(masked.slice(verbEnd, verbEnd + 60));
      if (!event && reportsSpeech(verb, masked, verbEnd, run, infinitive)) return { at: open + 1, run };
    }
  }
  // "..., said one diplomat." before "X, Y, said": a speaker right after the verb settles it.
  const inverted = !infinitive && INVERTIBLE_VERBS.has(verb) && /^[,”"»—]$/u.test(before.ch) ? speakerAfter(masked, verbEnd, true) : null;
  // ("Hollins, 46, says her regional manager told her ...": the words after the verb are the subject of a clause of its own.)
  const invertedEnd = inverted?.[inverted.length - 1]?.end ?? verbEnd;
  // ("Dame Meg Hillier, chairman of the Treasury Committee, warned national statistician Sir Ian Diamond last week that
  // …": whom she warned, not an inverted speaker; the clause after it says so.)
  if (inverted && !FINITE_AFTER.test(masked.slice(invertedEnd, invertedEnd + 20)) && !FOLLOWED_BY_THAT.test(masked.slice(invertedEnd, invertedEnd + 80))) {
    // "…, said Nigeria's information minister, Mohammed Idris.": the name apposed to the role, closing the sentence.
    const apposed = isRoleDescription(inverted) || isOwnedRole(inverted) ? APPOSED_AFTER_ROLE.exec(masked.slice(invertedEnd, invertedEnd + 80)) : null;
    if (!apposed?.[1]) return { at: verbStart, run: inverted };
    const nameStart = invertedEnd + apposed[0].indexOf(apposed[1]);
    return { at: verbStart, run: writtenWords(masked, nameStart, nameStart + apposed[1].length) };
  }
  // "Norvance Systems, the cloud software company, reported revenue of $2bn": the subject before the aside
  // (and "The energy secretary, Mark Hale, recently claimed": auxiliaries and adverbs between the aside and the verb).
  const beforeAside = before.ch === ',' ? before : charBeforeAuxiliaries(masked, verbStart);
  if (beforeAside.ch === ',') {
    const named = subjectBeforeApposition(masked, beforeAside.index);
    const afterQuotation = SPEECH_VERBS_BEFORE_THAT.has(verb) && QUOTATION_BEFORE.test(masked.slice(0, verbStart)) && VERB_CLOSES.test(masked.slice(verbEnd, verbEnd + 30));
    if (named && (afterQuotation || reportsSpeech(verb, masked, verbEnd, named, infinitive))) return { at: named[0]?.start ?? verbStart, run: named };
  }
  // "Aslanov did not deny that ..., but said their number was ...": the verb shares the sentence's subject.
  if (/(?:^|[\s,])(?:and|but)\s*$/u.test(masked.slice(Math.max(0, verbStart - 6), verbStart)) && reportsSpeech(verb, masked, verbEnd, null)) {
    const main = sentenceSubject(masked);
    if (main) return { at: verbStart, run: main };
  }
  return null;
}

/** " at a briefing on Friday.", " in a statement.", " on Tuesday.": when and where, closing the sentence after its verb. */
const CLOSING_CIRCUMSTANCE = new RegExp(String.raw`^\s+(?:${alternation(CLOSING_CIRCUMSTANCE_OPENERS)})\s[^,;:“”"()]{1,60}?[\s.!?”"’»)]*$`, 'u');

/**
 * "The club expects revenue to rise, Lloyd said.": an attribution closing the
 * sentence after a comma, with nothing but punctuation after it (or when and
 * where it was said: "…, Maria Zakharova said at a briefing on Friday.").
 */
function closesSentence(masked: string, candidate: Candidate, verbEnd: number): boolean {
  const last = candidate.run[candidate.run.length - 1];
  const end = Math.max(verbEnd, last?.end ?? 0);
  const tail = masked.slice(end);
  if (!(/^[\s.!?”"’»)]*$/u.test(tail.slice(0, 8)) && end + 8 >= masked.length) && !(tail.length <= 70 && CLOSING_CIRCUMSTANCE.test(tail))) return false;
  const first = Math.min(candidate.at, candidate.run[0]?.start ?? candidate.at);
  return /^[,”"»—]$/u.test(charBefore(masked, first).ch);
}

/** ", who … ," and ", which … ,": relative clauses set off by commas, as [start, end) of their text. */
function relativeClauses(masked: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of masked.matchAll(/,\s*(?:who|which)\s[^,;:]{3,200},/gu)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * "Osborne's claims that BBC staff downplayed good news were also dismissed by Hillman": the content of a claim the
 * sentence's subject names, up to the passive that answers it, as [start, end); null when there is none.
 */
function claimContent(masked: string): [number, number] | null {
  const m = CLAIM_THAT.exec(masked.length > 400 ? masked.slice(0, 400) : masked);
  if (!m) return null;
  const from = m.index + m[0].length;
  const passive = PASSIVE_BY.exec(masked.slice(from));
  return passive ? [from, from + passive.index] : null;
}
const CLAIM_THAT = new RegExp(String.raw`(?<![\p{L}])(?:${CLAIM_NOUNS_PATTERN})\s+that\s`, 'u');
const PASSIVE_BY = new RegExp(String.raw`\s(?:${BE_BEFORE_A_PASSIVE_PATTERN})\s+${ADVERB_BEFORE_PARTICIPLE}\p{Ll}+(?:ed|en)\s+by\s`, 'u');

function verbCandidate(masked: string): Candidate | null {
  let tries = 0;
  let weak: Candidate | null = null;
  const relatives = masked.includes(', who') || masked.includes(', which') ? relativeClauses(masked) : [];
  const content = masked.includes(' that ') ? claimContent(masked) : null;
  for (let at = nextVerb(masked, 0); at && tries++ < MAX_CANDIDATES; at = nextVerb(masked, at.start + at.verb.length)) {
    const { verb, start } = at;
    // "Kung Raiya, 27, who was jailed after a post the CPP claimed was …, said": a verb inside a relative clause is not
    // the sentence's when one follows the clause.
    const inside = relatives.find(([from, to]) => start > from && start < to);
    if (inside && nextVerb(masked, inside[1]) !== null) continue;
    if (content && start >= content[0] && start < content[1]) continue;
    const found = candidateAt(masked, verb, start, start + verb.length);
    if (!found) continue;
    if (weak) {
      if (SPEECH_VERBS.has(verb) && closesSentence(masked, found, start + verb.length)) return found;
      continue;
    }
    // A belief, an expectation or a finding may sit inside what someone else says: look on for that. So may what a
    // document nobody is named for says ("Data downplayed the bounceback, stats chiefs have admitted.").
    if ((SPEECH_VERBS.has(verb) || INVERTIBLE_VERBS.has(verb) || PROGRESSIVES.has(verb) || DENIAL_VERBS.has(verb) || PASSIVE_AGENT_VERBS.has(verb)) && !isAuthorlessDocument(found.run)) return found;
    weak = found;
  }
  return weak;
}

/** ", saying ...", ", asserting that ...": a participle reporting what the sentence's subject says. */
const PARTICIPLE = new RegExp(`,\\s+(?:${alternation(PARTICIPLES)}|(?:adding|noting) that|calling (?:${alternation(CALLING_OBJECTS)}))(?![\\p{L}])`, 'gu');

/**
 * "Responding to earlier reports, …", "Asked about the deal, …", "Speaking at a rally, …": a participle phrase opening
 * the sentence; its first word is capitalised only because it opens it (not "Beijing said", "Reading Council said").
 */
function opensOnParticiple(tokens: WrittenWord[]): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(tokens[0]?.text ?? '') && AFTER_OPENING_PARTICIPLE.has((tokens[1]?.text ?? '').toLowerCase()) && tokens.findIndex((t, i) => i < 12 && t.text.endsWith(',')) > 0;
}

/** The subject the sentence opens on, after an opening phrase like "On Monday,": "Estravia declared ...". */
function sentenceSubject(masked: string): WrittenWord[] | null {
  const tokens = writtenWords(masked, 0, Math.min(masked.length, 200));
  // "But he did not agree …, and said", "However, the minister smiled and said": past a connective opening the sentence
  // (only when the sentence read whole names no subject: "So far, officials said" keeps its comma's reading).
  for (let skip = 0; skip <= 2 && skip < tokens.length; skip++) {
    if (skip > 0 && !SENTENCE_CONNECTIVES.has((tokens[skip - 1]?.text ?? '').replace(/,$/u, '').toLowerCase())) break;
    const subject = subjectOpening(skip === 0 ? tokens : tokens.slice(skip));
    if (subject) return subject;
  }
  return null;
}

function subjectOpening(tokens: WrittenWord[]): WrittenWord[] | null {
  let from = 0;
  const opener = (tokens[0]?.text ?? '').toLowerCase();
  // ("Hours before Zach Parise’s two-goal performance, Wild coach Bruce Boudreau expressed confidence …, saying …": when.)
  const when = TIME_UNITS.has(opener) && /^(?:before|after|later|earlier|ago),?$/u.test(tokens[1]?.text ?? '');
  // (Not when the time phrase holds an aside of its own: "Days before Ukraine's president, Volodymyr Zelensky, visited
  // Washington, Republicans blocked the aid": which comma ends it is a guess.)
  if (when && tokens.filter((t, i) => i < 12 && t.text.endsWith(',')).length > 1) return null;
  if (FUNCTION_WORDS.has(opener) || opensOnParticiple(tokens) || when) {
    const comma = tokens.findIndex((t, i) => i < 12 && t.text.endsWith(','));
    if (comma < 0) return null;
    from = comma + 1;
  }
  const rest = withoutAside(tokens.slice(from));
  const subject = leadingSpeaker(rest);
  if (subject) return subject;
  // "Say Lork, a CNRP official in Koh Thom district …, was more forceful, insisting that …": a person's name set off by a comma.
  const comma = rest.findIndex((t, i) => i < 5 && t.text.endsWith(','));
  if (comma <= 0) return null;
  const name = [...rest.slice(0, comma), { ...(rest[comma] as WrittenWord), text: (rest[comma] as WrittenWord).text.slice(0, -1), end: (rest[comma] as WrittenWord).end - 1 }];
  return isPersonName(name.map((t) => t.text)) ? name : null;
}

/** "Browns DL Sheldon Richardson, however, decided …" read as "Browns DL Sheldon Richardson decided …". */
function withoutAside(tokens: WrittenWord[]): WrittenWord[] {
  const at = tokens.findIndex((t, i) => i < 8 && t.text.endsWith(',') && /^\p{L}+,$/u.test(tokens[i + 1]?.text ?? '') && SUBJECT_ASIDES.has((tokens[i + 1]?.text ?? '').slice(0, -1).toLowerCase()));
  if (at < 0) return tokens;
  const last = tokens[at] as WrittenWord;
  return [...tokens.slice(0, at), { ...last, text: last.text.slice(0, -1), end: last.end - 1 }, ...tokens.slice(at + 2)];
}

const PASSIVE_MAIN_CLAUSE = /(?<![\p{L}])(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+by\s/u;

function participleCandidate(masked: string): Candidate | null {
  PARTICIPLE.lastIndex = 0;
  const m = PARTICIPLE.exec(masked);
  if (!m) return null;
  // ("The minister was attacked by critics, accusing him of lying": after a passive, the participle is the agent's.)
  if (PASSIVE_MAIN_CLAUSE.test(masked.slice(0, m.index))) return null;
  const main = sentenceSubject(masked.slice(0, m.index));
  return main ? { at: m.index, run: main } : null;
}

/** "Northgrid is also asking people to avoid ...", "Police are urging residents not to ...": a body's advice to the public. */
const ADVICE = new RegExp(
  String.raw`(?<![\p{L}])(?:${BE_BEFORE_ADVICE_PATTERN})\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|still\s+)?(?:${ADVISING_PROGRESSIVES_PATTERN})\s+(?:(?:${alternation(ADVISED_AUDIENCE_QUALIFIERS)})\s+)?(?:${ADVISED_AUDIENCE_PATTERN})\s+(?:not\s+)?to\s`,
  'u',
);

function adviceCandidate(masked: string): Candidate | null {
  const m = ADVICE.exec(masked.length > 2000 ? masked.slice(0, 2000) : masked);
  if (!m) return null;
  const subject = subjectBefore(masked, m.index);
  return subject ? { at: subject[0]?.start ?? m.index, run: subject } : null;
}

/** "Tehran remains adamant that", "The bank is also confident that": a copula, a stance adjective, then "that". */
const STANCE_COMPLEMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:${COPULAS_BEFORE_A_STANCE_PATTERN})\s+(?:\p{Ll}+ly\s+|also\s+|still\s+|now\s+)?(?:${alternation(STANCE_ADJECTIVES)})\s+that(?![\p{L}])`,
  'u',
);

/** "Vann Sophat was still critical of the government's commitment": a copula, a stance adjective, then "of"/"about". */
const STANCE_OF_COMPLEMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:${COPULAS_BEFORE_A_STANCE_OF_PATTERN})\s+(?:\p{Ll}+ly\s+|also\s+|still\s+|now\s+)?(?:${alternation(STANCE_OF_ADJECTIVES)})\s+(?:of|about)(?![\p{L}])`,
  'u',
);

/** "The media union is adamant journalists’ metadata must be exempted": a copula and a stance adjective, then a clause with no "that". */
const STANCE_BEFORE_A_CLAUSE = new RegExp(
  String.raw`(?<![\p{L}])(?:${COPULAS_BEFORE_A_STANCE_PATTERN})\s+(?:\p{Ll}+ly\s+|also\s+|still\s+|now\s+)?(?:${[...STANCE_ADJECTIVES, ...STANCE_ADJECTIVES_BEFORE_A_CLAUSE].join('|')})(?=\s)`,
  'u',
);

function stanceAdjectiveCandidate(masked: string): Candidate | null {
  const text = masked.length > 2000 ? masked.slice(0, 2000) : masked;
  // (Most sentences: no look at all.)
  let m = (masked.includes(' that') ? STANCE_COMPLEMENT.exec(text) : null) ?? (masked.includes(' of') || masked.includes(' about') ? STANCE_OF_COMPLEMENT.exec(text) : null);
  if (!m) {
    const bare = STANCE_BEFORE_A_CLAUSE.exec(text);
    if (bare && SAID_BARE_CLAUSE.test(text.slice(bare.index + bare[0].length, bare.index + bare[0].length + 140))) m = bare;
  }
  if (!m) return null;
  const subject = subjectBefore(masked, m.index);
  return subject ? { at: subject[0]?.start ?? m.index, run: subject } : null;
}

/**
 * "Hun Sen’s message to voters is that …", "Its message to Cambodians has been that …": a holder's possessive, a position
 * noun (one word may qualify it), a short phrase at most, a copula, then "that" or a colon.
 */
const HELD_POSITION = new RegExp(
  String.raw`(?:(?<![\p{L}])(${alternation(OWNER_PRONOUNS)})|(['’])s?)\s+(?:\p{Ll}+\s+)?(${alternation(POSITION_NOUNS)})(?:\s+(?:${alternation(AFTER_A_POSITION_NOUN)})\s+[^,.;:“"”]{1,50}?)?\s+(?:${COPULAS_OF_A_HELD_POSITION_PATTERN})\s*(?:that(?![\p{L}])|:)`,
  'iu',
);

/** ("… was that of a market leader": "that" standing for a noun, not opening what is held.) */
/** Nothing before a clause's subject but perhaps a conjunction ("But "). */
const OPENING_CONJUNCTION_ONLY = new RegExp(String.raw`^\s*(?:(?:${alternation(CLAUSE_OPENING_CONJUNCTIONS)})\s+)?$`, 'iu');
const COPULA_THAT = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(COPULAS_BEFORE_THAT)})\s*(?:that(?![\p{L}])(?!\s+of(?![\p{L}]))|:)`, 'u');

function heldPositionCandidate(masked: string): Candidate | null {
  // Most sentences have no copula before "that" or a colon: the long pattern runs only on the words before one.
  const copula = COPULA_THAT.exec(masked.length > 2000 ? masked.slice(0, 2000) : masked);
  if (!copula) return null;
  const from = Math.max(0, copula.index - 120);
  const found = HELD_POSITION.exec(masked.slice(from, copula.index + copula[0].length));
  if (!found) return null;
  const at = from + found.index;
  // The holder opens its clause ("But Hun Sen's message …"): not "The problem with the government's argument is that".
  const opensClause = (start: number): boolean => OPENING_CONJUNCTION_ONLY.test(masked.slice(clauseStart(masked, start), start));
  if (found[1] !== undefined) {
    const word = writtenWords(masked, at, at + found[1].length);
    return word.length === 1 && opensClause(at) ? { at, run: word } : null;
  }
  const subject = subjectBefore(masked, at);
  const start = subject?.[0]?.start ?? at;
  return subject && !PRONOUNS.has((subject[0]?.text ?? '').toLowerCase()) && opensClause(start) ? { at: start, run: subject } : null;
}

/** "In Ou Virak’s view, …", "In the words of one analyst, …". */
const IN_VIEW = new RegExp(String.raw`^\W*(?:in|to)\s+(?:(.{1,60}?)['’]s?\s+(?:own\s+)?(?:${alternation(VIEW_NOUNS)})(?=[\s,])|the\s+(?:${alternation(VIEW_NOUNS)})\s+of\s+)`, 'iu');

/** "In his view, …", "To him, …": a view held by someone the article has named, opening the sentence (not "them": a group is too often guessed; not "For him, the defence sought …"). */
const PRONOUN_VIEW = new RegExp(String.raw`^\W*(?:(?:but|and|yet)\s+)?(?:in\s+(his|her)\s+(?:own\s+)?(?:${alternation(VIEW_NOUNS)})|to\s+(him|her))\s*,`, 'iu');

function inViewCandidate(masked: string): Candidate | null {
  const pronoun = PRONOUN_VIEW.exec(masked.slice(0, 80));
  if (pronoun) {
    const word = pronoun[1] ?? pronoun[2] ?? '';
    const at = pronoun.index + pronoun[0].toLowerCase().lastIndexOf(word.toLowerCase());
    return { at: pronoun.index, run: writtenWords(masked, at, at + word.length) };
  }
  const m = IN_VIEW.exec(masked.slice(0, 120));
  if (!m) return null;
  if (m[1] === undefined) {
    // ("In the eyes of the law", "in the mind of a child": only someone who can hold a view.)
    const speaker = speakerAfter(masked, m.index + m[0].length, false);
    return speaker && isSpeakingParty(speaker) ? { at: m.index, run: speaker } : null;
  }
  const from = m.index + m[0].indexOf(m[1]);
  const owner = speakerAtEnd(writtenWords(masked, from, from + m[1].length));
  return owner && /^\p{Lu}/u.test(owner[owner.length - 1]?.text ?? '') && isSpeakingParty(owner) ? { at: m.index, run: owner } : null;
}

/** A person, a body or a described group, not a day or a month ("In Tuesday's analysis", "In January's assessment"). */
function isSpeakingParty(run: WrittenWord[]): boolean {
  const words = run.map((t) => t.text.replace(/['’]s?$/u, '').toLowerCase());
  if (words.some((w) => WEEKDAYS.has(w) || MONTHS.has(w))) return false;
  const head = words[words.length - 1] ?? '';
  return /^\p{Lu}/u.test(run[run.length - 1]?.text ?? '') || ROLE_NOUNS.has(head);
}

/** "“…” — Joey Ayoub", "“…,” – Jane Doe, economist": a dashed credit right after a closing quotation mark names its speaker. */
const QUOTATION_CREDIT = new RegExp(`[”"»]\\s*,?\\s*${namesLexicon.DASHED_CREDIT_PATTERN}`, 'u');

function dashedCreditCandidate(masked: string): Candidate | null {
  // (Only a sentence with a dash in it can hold one.)
  const m = masked.includes('—') || masked.includes('–') ? QUOTATION_CREDIT.exec(masked) : null;
  if (!m || !isCreditedPerson(m[1]!)) return null;
  const at = m.index + m[0].indexOf(m[1]!, m[0].search(/[—–]/u));
  return { at, run: writtenWords(masked, at, at + m[1]!.length) };
}

function accordingToCandidate(masked: string): Candidate | null {
  ACCORDING_TO.lastIndex = 0;
  let tries = 0;
  for (let m = ACCORDING_TO.exec(masked); m && tries++ < MAX_CANDIDATES; m = ACCORDING_TO.exec(masked)) {
    const speaker = speakerAfter(masked, m.index + m[0].length, false);
    if (speaker && speaker.length === 1 && /^(?:its|their)$/iu.test(speaker[0]?.text ?? '') && masked.slice(0, m.index).trim() === '') {
      // "According to its annual report, Westbrook made ...": "its" is the subject that follows.
      const comma = masked.indexOf(',', m.index);
      const subject = comma > 0 && comma - m.index < 200 ? leadingSpeaker(writtenWords(masked, comma + 1, Math.min(masked.length, comma + 200))) : null;
      if (subject && /^\p{Lu}/u.test(subject[0]?.text ?? '')) return { at: m.index, run: subject };
    }
    if (speaker) return { at: m.index, run: speaker };
    // "According to him, …": the person the article just named.
    const pronoun = /^(him|her)(?![\p{L}])/iu.exec(masked.slice(m.index + m[0].length, m.index + m[0].length + 5));
    if (pronoun) return { at: m.index, run: writtenWords(masked, m.index + m[0].length, m.index + m[0].length + pronoun[1]!.length) };
  }
  return null;
}

/**
 * "Hun Sen's government and some human rights groups" -> the first party: two parties joined, the second opening on a
 * quantifier (`SECOND_PARTY_OPENERS`; a name's own "and" does not: "Procter and Gamble", "Saint Vincent and the
 * Grenadines", "Laurie Parsons and Sabina Lawreniuk").
 * "the researchers Laurie Parsons and Sabina Lawreniuk" -> the names, without the group noun before them.
 */
function oneParty(run: WrittenWord[]): WrittenWord[] {
  const and = run.findIndex((t, i) => i > 0 && t.text === 'and');
  if (and > 0 && SECOND_PARTY_OPENERS.has((run[and + 1]?.text ?? '').toLowerCase()) && !/,$/u.test(run[and - 1]?.text ?? '')) return run.slice(0, and);
  if (run.length >= 4 && /^the$/iu.test(run[0]?.text ?? '') && ROLE_NOUNS.has((run[1]?.text ?? '').toLowerCase()) && /s$/u.test(run[1]?.text ?? '') && /^\p{Lu}/u.test(run[2]?.text ?? '')) {
    const names = run.slice(2);
    if (names.every((t) => /^\p{Lu}/u.test(t.text) || t.text === 'and')) return names;
  }
  return run;
}

/**
 * " – representative of much news coverage – ", " – while terming the paper ‘misleading’ – ": an aside between two
 * dashes, with no attribution of its own (a quotation inside it whole, as masked: “ ”).
 */
const DASH_ASIDE = /\s[–—]\s((?:[^–—"“”]|“[^–—"“”]{0,100}”){3,120}?)\s[–—]\s(?=\p{L})/gu;

/** "a spokesman for the Cambodian People's Party (CPP), said": a short aside in brackets closing an apposition (or before its relative clause). */
const BRACKET_ASIDE = /\s\(([^()]{1,60})\)(?=,|\s+(?:who|which|whose)\s)/gu;

/**
 * The sentence with its asides between dashes or in brackets blanked (same length), so "a New York Times article – … –
 * described" and "a spokesman for the Cambodian People's Party (CPP), said" read as subject and verb. An aside that
 * attributes something itself stays.
 */
function withoutAsides(masked: string): string {
  const blank = (aside: string, inner: string): string => (findSpeaker(inner, inner) === null ? ' '.repeat(aside.length) : aside);
  let out = masked;
  if (out.includes('–') || out.includes('—')) out = out.replace(DASH_ASIDE, blank);
  if (out.includes('(')) out = out.replace(BRACKET_ASIDE, blank);
  return out;
}

/** ", published by", " (commissioned by", ", carried out by", ", from the ONS,": an aside naming who made the document before it. */
const MADE_BY = new RegExp(String.raw`^\s*[,(]\s*(?:(?:${alternation(AUTHORING_PARTICIPLES)}|drawn up|carried out|put together)\s+(?:\p{Ll}+ly\s+)?by|from)\s+`, 'u');

/** "Global Witness published a report", "The Ministry of Environment issued a statement on Friday": an issuing verb, then the document (up to three words before it). */
const ISSUED_DOCUMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(ISSUING_VERBS)}|put out|handed down|posted)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?(${alternation(ISSUED_CONTENT_NOUNS)})(?![\p{L}])`,
  'u',
);

/**
 * Who the sentence says issued a document, as written ("Global Witness"), with the document's noun ("report"): the
 * subject read as a speaker's would be before "said". Null when the sentence issues none.
 */
export function issuedDocument(masked: string, original: string): { noun: string; issuer: FoundSpeaker } | null {
  const m = ISSUED_DOCUMENT.exec(masked);
  if (!m || m.index < 2) return null;
  const before = masked.slice(0, m.index).trimEnd();
  const issuer = findSpeaker(`${before} said.`, `${original.slice(0, before.length)} said.`);
  return issuer && !issuer.pronoun ? { noun: m[1] ?? '', issuer } : null;
}

/**
 * "denied the allegations in a statement shared to its website", "In a Nov. 5 letter, the doctors pleaded": said in a
 * document of one's own ("a", "its", "their"; lower-case words or a date between), after a verb or opening the sentence.
 */
const IN_A_DOCUMENT = new RegExp(
  String.raw`(?:^|,\s*|(?<![\p{L}])(?!(?:${alternation(DOCUMENT_NOUNS)})\s)\p{Ll}+\s+)[Ii]n\s+(?:a|an|its|their|his|her|a\s+joint)\s+(?:(?:\p{Ll}[\p{Ll}-]*|\d{1,2}|(?:${alternation(MONTH_ABBREVIATIONS)})\.?)\s+){0,3}?(${alternation(ISSUED_DOCUMENTS)})(?![\p{L}])(?!\s+(?:by|from|of)(?![\p{L}]))`,
  'u',
);

/** (Most sentences name no such document: the long pattern runs only on those that do.) */
const ISSUED_DOCUMENT_WORD = new RegExp(String.raw`\s(?:${alternation(ISSUED_DOCUMENTS)})(?![\p{L}])`, 'u');

/** The document a sentence's speaker said it in ("in a statement"), if any: the speaker issued it. */
export function documentSaidIn(masked: string): string | null {
  if (!ISSUED_DOCUMENT_WORD.test(masked)) return null;
  return IN_A_DOCUMENT.exec(masked)?.[1]?.toLowerCase() ?? null;
}

/** "The report said …" with nobody named as its author: what the document is, for whoever the article said issued one. */
export interface AuthorlessDocument {
  document: string;
}

/**
 * The first attribution in the sentence. `sentence` is the sentence with its
 * quotations blanked out; `original` is the same sentence as written.
 */
export function findSpeaker(sentence: string, original: string): FoundSpeaker | null {
  const found = readAttribution(sentence, original);
  return found !== null && 'speaker' in found ? found : null;
}

/** As findSpeaker, and a document speaking without an author ("The report said") as what it is. */
export function readAttribution(sentence: string, original: string): FoundSpeaker | AuthorlessDocument | null {
  const masked = withoutAsides(sentence);
  const candidates = [verbCandidate(masked), accordingToCandidate(masked), adviceCandidate(masked), stanceAdjectiveCandidate(masked), heldPositionCandidate(masked), inViewCandidate(masked), dashedCreditCandidate(masked)];
  let first: Candidate | null = null;
  for (const c of candidates) if (c && (!first || c.at < first.at)) first = c;
  first ??= participleCandidate(masked);
  if (first && first.none !== true && isAuthorlessDocument(first.run)) {
    // "The report, published by the U.N. on Monday, found …": the document's maker, named in the aside after it.
    const end = first.run[first.run.length - 1]?.end ?? 0;
    const agent = MADE_BY.exec(masked.slice(end, end + 60));
    const found = agent ? speakerAfter(masked, end + agent[0].length, false) : null;
    // ("published by police on Monday", "carried out by YouGov for the Times": the body, without when or for whom.)
    const cut = found ? found.findIndex((t, k) => k > 0 && /^\p{Ll}/u.test(t.text) && !NAME_INNER_WORDS.has(t.text)) : -1;
    const maker = found && cut > 0 ? found.slice(0, cut) : found;
    if (maker && isSpeakingParty(maker)) return toFound(original, oneParty(maker));
    return { document: bareWord(first.run[first.run.length - 1]?.text ?? '').toLowerCase() };
  }
  if (first?.none === true) return null;
  if (!first) return null;
  // "John Smith, a lawyer for the family said": an apposition left open before the verb; the name before it speaks.
  const opener = first.run[0];
  if (opener && /^\p{Ll}/u.test(opener.text)) {
    const named = NAME_BEFORE_OPEN_APPOSITION.exec(masked.slice(Math.max(0, opener.start - 80), opener.start));
    // (A person's name: not "In Nairobi," or "Last Tuesday,".)
    const words = named?.[1]?.split(/\s+/u) ?? [];
    if (named?.[1] && isPersonName(words) && !words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || timeLexicon.WEEKDAYS.has(w.toLowerCase()) || timeLexicon.MONTHS.has(w.toLowerCase()))) {
      const at = opener.start - named[0].length + named[0].indexOf(named[1]);
      return toFound(original, writtenWords(masked, at, at + named[1].length));
    }
  }
  return toFound(original, oneParty(first.run));
}

/** A capitalised name of two to four words, then a comma, opening the sentence or right after a closing quotation. */
const NAME_BEFORE_OPEN_APPOSITION = /(?:^|[”"»]\s*,?\s*)((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*),\s*$/u;
