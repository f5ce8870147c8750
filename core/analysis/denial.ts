/**
 * Finds a denial in one sentence and says what it points at:
 * - anaphora: "denies these allegations" (plural), "rejected the claim", "it was not true" (single);
 * - pointers: "dismissed that account", "disputed those numbers", "the accusation was ‘flatly false’",
 *   "their number was far below the figure given" (the noun says which claim fits);
 * - content: "denied that X", "rejected the claim that X", "dismissed reports that X" (X is matched
 *   against the article's other claims).
 * findNegation finds a negated predicate ("Nobody has hired anybody …") that disputes.ts may link
 * as a bare contradiction; on its own it is no denial (and not a check-worthiness reason).
 * Negated denials ("did not deny", "neither confirmed nor denied"), denials of
 * things that are not claims ("denied bail", "rejected the proposal") and
 * plain negation ("He did not attend") are not denials.
 */
import { tokenize, type Token } from '../text/tokens';
import * as denialWords from '../text/lexicon/denial';
import * as functionWords from '../text/lexicon/function-words';
import { alternation } from '../text/lexicon/words';
import { ALL_REPORTING_FORMS } from '../text/lexicon/reporting-verbs';

// Local bindings: read on every sentence (see core/text/README.md).
const {
  AFTER_A_NEGATION, BEFORE_A_DENIED_NOUN, CALLING_VERBS, CLAIM_ONLY_VERBS, COMPARATIVES, COPULAS, DENIAL_ADVERBS, DENIED_ACTS,
  DEFENCE_VERBS, DEFENSIBLE_ACTS, DENIED_CLAUSE_ENDS, DENY_FORMS, DISPUTABLE_NOUNS, DOUBT_ADJECTIVES, STANDING_BY, DOUBT_LINKS, DOUBTING_VERBS, PHRASAL_DOUBTS, FALSITY_WORDS, FIGURE_NOUNS, NEGATION_CLAUSE_ENDS,
  NEGATION_CLAUSE_STARTS, NEGATORS, NOT_CONTRADICTING, PASSIVE_AUXILIARIES, PRONOUNS_FOR_CLAIMS, PRONOUNS_FOR_ONE_CLAIM, QUOTE_MARKS,
  PUBLISHED_THINGS, REFUSED_THINGS, REJECTION_VERBS, WEAK_FALSITY_WORDS, JUDGED_WRONG_WORDS, ABOUT_WHAT_WAS_SAID, ASSERTING_FORMS, UNASSERTED_JUDGEMENT_WORDS, ABOUT_PHRASE_ENDERS, DISAGREEING_FORMS, ARGUING_FORMS, OPPOSITE_WORDS, DEFENCE_NOUNS, AFTER_AN_OPPOSITE, CONDITION_OPENERS, SUPPOSING_CONJUNCTIONS,
  AFTER_A_DOUBT_AGENT, AFTER_A_FALSITY_VERDICT, AFTER_NO_TRUTH, AFTER_NOT_A_VERDICT, AT_NO_MOMENT_NOUNS, BARE_CLAUSE_DETERMINERS, BARE_CLAUSE_PRONOUNS,
  BE_BEFORE_A_DOUBTED, BEFORE_A_COMMON_OWNER, BEFORE_A_COMPARED_FIGURE, BEFORE_A_COMPARING_FIGURE, BEFORE_A_DECLARED_OBJECT, BEFORE_A_DEFENDING_ADJECTIVE,
  BEFORE_A_DENIED_ACT, BEFORE_A_DOUBT_NOUN, BEFORE_A_HELD_DOUBT, BEFORE_A_SELF_DENIED_NOUN, BEFORE_AN_INVERTED_SUBJECT, BEFORE_AN_UPHELD_ACT, BEFORE_NO_EVIDENCE,
  CLAIM_PUBLISHING_PARTICIPLES, CLAUSE_AUXILIARIES, CLAUSE_CONTINUATIONS, COMPARISON_INTENSIFIERS, CONTRACTED_SUBJECTS, DENIAL_CUE_PATTERN, EXISTENTIAL_BE,
  EXISTENTIAL_HAVE, GROUNDS, INVERTED_PRONOUNS, INVERTING_AUXILIARIES, NAMED_SOURCE_PATTERN, NEGATION_CLAUSE_BREAKERS, NEGATION_CUE_WORDS, NO_BARE_CLAUSE_NOUNS,
  NO_HOLDER_SUBJECTS, NO_TRUTH_NOUNS, NOT_A_TRUTH_WORDS, POINTING_BACK_DETERMINERS, PRONOUN_SUBJECTS, REPORTING_BEFORE_A_NEGATION, SAYING_BEFORE_A_VERDICT,
  SAYING_BEFORE_NO_SUCH, TELLING_WORDS,
} = denialWords;
const { FINITE_AUXILIARIES, FUNCTION_WORDS, SENTENCE_CONNECTIVES } = functionWords;

export type DenialTarget =
  /** The nearest earlier claim(s) making an allegation; plural may cover one allegation told in several sentences. */
  | { kind: 'anaphora'; plural: boolean; noun: string | null; possessor: string | null; owner?: string | null }
  /** The claim whose content best matches `content`; `fallback` allows the nearest allegation when nothing matches. */
  | { kind: 'content'; content: string; fallback: boolean; noun: string | null; owner?: string | null }
  /** A defence of `upheld` ("defending the police response"): the nearest earlier accusation or criticism of it. */
  | { kind: 'defence'; upheld: string }
  /** An answer with no object of its own ("But Sok Ny disagrees."): the position told just before by another speaker. */
  | { kind: 'answer' };

export interface Denial {
  /** The denial words as written: "denies these allegations", "rejected the claim that". */
  phrase: string;
  target: DenialTarget;
  /** Doubt about the statement ("cautious about the findings"), not a denial of it. */
  doubt?: true;
  /** Who holds it, when the sentence says so before the words of doubt ("other experts", "Critics"). */
  holder?: string;
}

/** Cheap test before tokenising a sentence. */
const MAYBE_DENIAL = new RegExp(`\\b(?:${DENIAL_CUE_PATTERN})`, 'i');


function isNegated(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]!.lower;
    if (w === ',' || w === ';' || w === '.') break;
    // "No 10 dismissed suggestions …": Downing Street, not a negator.
    if (NEGATORS.has(w) && !(w === 'no' && /^\d/.test(tokens[k + 1]?.text ?? ''))) return true;
    if (w.endsWith("n't")) return true;
    if (w === 'confirm' || w === 'confirmed' || w === 'confirming') return true; // "neither confirmed nor denied", "confirm or deny"
  }
  return false;
}

interface NounPhrase {
  /** Index of the head noun. */
  head: number;
  /** Index after the phrase. */
  next: number;
  possessor: string | null;
  /** Whose it is, capitalised or not: "the prosecution's claim" -> prosecution. */
  owner: string | null;
}

/** Where a made claim was published: "made in the Guardian report" -> "Guardian", "in the BBC documentary" -> "BBC". */
function madeIn(tokens: readonly Token[], at: number): string | null {
  let k = at;
  if (CLAIM_PUBLISHING_PARTICIPLES.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'in' && tokens[k]?.lower !== 'by') return null;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const name: string[] = [];
  while (k < tokens.length && tokens[k]!.capital && name.length < 4) name.push(tokens[k++]!.text.replace(/['’]s?$/u, ''));
  return name.length > 0 && PUBLISHED_THINGS.has(tokens[k]?.lower ?? '') ? name.join(' ') : null;
}

/** "these allegations", "Pakistan’s claims", "the latest media reports" starting at i, or null. */
function nounPhrase(tokens: readonly Token[], i: number): NounPhrase | null {
  let possessor: string | null = null;
  let owner: string | null = null;
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') return null;
    const w = t.lower;
    if (DISPUTABLE_NOUNS.has(w) && !(DISPUTABLE_NOUNS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.type === 'word')) {
      // "the allegations made in the Guardian report", "the claims in the BBC documentary": whose document made them.
      possessor ??= madeIn(tokens, k + 1);
      return { head: k, next: k + 1, possessor, owner: owner ?? possessor };
    }
    if (/'s?$/.test(w) && t.capital) {
      possessor = t.text.replace(/['’]s?$/u, '');
      continue;
    }
    // "the prosecution's claim", "the company's account": a common-noun owner.
    if (/'s?$/.test(w) && k > i && BEFORE_A_COMMON_OWNER.has(tokens[k - 1]!.lower)) {
      owner = t.text.replace(/['’]s?$/u, '');
      continue;
    }
    if (BEFORE_A_DENIED_NOUN.has(w) || t.capital || DISPUTABLE_NOUNS.has(w)) continue;
    if (k > i && /(?:ed|ous|less|ful|al|ic|ive|ing)$/.test(w) && !REFUSED_THINGS.has(w)) continue; // adjectives: "unsubstantiated", "politically motivated"
    if (k > i && /ly$/.test(w)) continue;
    return null;
  }
  return null;
}

/** The content of "that X" / "of X" from i: up to the clause's end. */
function clauseFrom(text: string, tokens: readonly Token[], i: number): string {
  let end = i;
  for (let k = i; k < tokens.length && k < i + 45; k++) {
    const t = tokens[k]!;
    if (DENIED_CLAUSE_ENDS.has(t.text)) break;
    if (t.text === ',' && tokens[k + 1] && CLAUSE_CONTINUATIONS.has(tokens[k + 1]!.lower)) break;
    if ((t.text === '.' || t.text === '!' || t.text === '?') && k > i) break;
    end = k + 1;
  }
  if (end <= i) return '';
  return text.slice(tokens[i]!.start, tokens[end - 1]!.end);
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to]!.end);
}

/** Words of denied content shown with the denial; longer content ends in "…". */
const PHRASE_CONTENT_TOKENS = 12;

/**
 * The denial's words with what it denies, as the evidence a fact-checker
 * reads: "rejected the claim that drugmakers were responsible for high
 * insulin prices" rather than a bare "rejected the claim that".
 */
function phraseWithContent(text: string, tokens: readonly Token[], from: number, contentFrom: number, content: string): string {
  const first = tokens[contentFrom];
  if (!first || !content) return text.slice(tokens[from]!.start, first ? first.start : tokens[from]!.end).trimEnd();
  const contentEnd = first.start + content.length;
  const cap = tokens[Math.min(contentFrom + PHRASE_CONTENT_TOKENS - 1, tokens.length - 1)]!;
  const end = Math.min(contentEnd, cap.end);
  return `${text.slice(tokens[from]!.start, end)}${end < contentEnd ? '…' : ''}`;
}

/**
 * A clause without "that" from i: a subject of a few words ("the outage", "the home secretary and the
 * chancellor", "it") then a finite verb, no punctuation between. "denied the allegations" is no clause.
 */
function bareClause(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  if (!first || first.type !== 'word') return false;
  const w = first.lower;
  if (BARE_CLAUSE_PRONOUNS.has(w)) return FINITE_AUXILIARIES.has(tokens[i + 1]?.lower ?? '');
  if (!BARE_CLAUSE_DETERMINERS.has(w) && !first.capital) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k]!;
    if (t.type !== 'word') return false;
    if (FINITE_AUXILIARIES.has(t.lower)) return k > i + (first.capital ? 0 : 1);
  }
  return false;
}

/** "that account", "that reading of the study": a demonstrative before a disputable noun, not a "that" clause. */
function demonstrative(tokens: readonly Token[], j: number): boolean {
  const noun = tokens[j + 1];
  if (!noun || noun.type !== 'word' || !DISPUTABLE_NOUNS.has(noun.lower)) return false;
  const after = tokens[j + 2];
  if (!after) return true;
  if (after.type !== 'word') return true;
  return !CLAUSE_AUXILIARIES.has(after.lower) && !/^(?:had|been)$/.test(after.lower) && !/ed$/.test(after.lower);
}

/** Skips quotation marks from i: "called the report ‘inaccurate’". */
function skipQuotes(tokens: readonly Token[], i: number, step: 1 | -1): number {
  let k = i;
  while (tokens[k] && QUOTE_MARKS.has(tokens[k]!.text)) k += step;
  return k;
}

/** "was ‘flatly false’", "called it “a lie”": a phrase ending in quoted words keeps the closing mark. */
function closingQuote(text: string, tokens: readonly Token[], from: number, end: number): number {
  const next = tokens[end + 1];
  if (!next || !QUOTE_MARKS.has(next.text) || next.spaceBefore) return end;
  return /['"‘“]/u.test(text.slice(tokens[from]!.start, tokens[end]!.end)) ? end + 1 : end;
}

/** Skips adverbs from i; returns the first other index. */
function skipAdverbs(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && (DENIAL_ADVERBS.has(tokens[k]!.lower) || (/ly$/.test(tokens[k]!.lower) && tokens[k]!.lower.length > 4))) k++;
  return k;
}

/** Index after a falsity phrase at i ("baseless", "not true", "a lie", "null and void", "without foundation"), or -1. */
function falsityAt(tokens: readonly Token[], i: number, strong: boolean): number {
  const w = tokens[i]?.lower;
  if (!w) return -1;
  const k = i;
  if (w === 'not' && tokens[k + 1]?.lower === 'true') return k + 2;
  // "that's not the case", "it is not correct", "that's simply not accurate"
  if (w === 'not' && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'case') return k + 3;
  if (w === 'not' && NOT_A_TRUTH_WORDS.has(tokens[k + 1]?.lower ?? '') && !AFTER_NOT_A_VERDICT.has(tokens[k + 2]?.lower ?? '')) return k + 2;
  if ((w === 'a' || w === 'an') && tokens[k + 1] && FALSITY_WORDS.has(tokens[k + 1]!.lower)) return falsityAt(tokens, k + 1, strong);
  if (w === 'null' && tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.lower === 'void') return k + 3;
  if (w === 'without' && (tokens[k + 1]?.lower === 'any' || GROUNDS.has(tokens[k + 1]?.lower ?? ''))) {
    const j = tokens[k + 1]!.lower === 'any' ? k + 2 : k + 1;
    if (GROUNDS.has(tokens[j]?.lower ?? '')) return j + 1;
  }
  if (w === 'far' && tokens[k + 1]?.lower === 'from' && tokens[k + 2]?.lower === 'the' && tokens[k + 3]?.lower === 'truth') return k + 4;
  if (w === 'made-up' || (w === 'made' && tokens[k + 1]?.lower === 'up')) return w === 'made' ? k + 2 : k + 1;
  if (w === 'trumped' && tokens[k + 1]?.lower === 'up') return k + 2;
  if (w === 'out' && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'date') return k + 3;
  if (FALSITY_WORDS.has(w) && (strong || !WEAK_FALSITY_WORDS.has(w))) {
    // "false flag", "fake news" as a noun phrase: a falsity word directly followed by a noun is an adjective.
    const after = tokens[k + 1];
    if (after && after.type === 'word' && !AFTER_A_FALSITY_VERDICT.has(after.lower) && !DENIAL_ADVERBS.has(after.lower)) {
      if (!(w === 'lies' || w === 'nonsense' || w === 'propaganda')) return -1;
    }
    let end = k + 1;
    // "false and baseless", "baseless and fabricated"
    while (tokens[end]?.lower === 'and' && tokens[end + 1] && FALSITY_WORDS.has(tokens[end + 1]!.lower)) end += 2;
    return end;
  }
  return -1;
}

/** A subject pronoun or noun phrase ending at index end-1 ("these allegations", "it", "the reports that X"). */
function subjectBefore(tokens: readonly Token[], end: number): { from: number; plural: boolean; noun: string | null; possessor: string | null } | null {
  const last = tokens[end - 1];
  if (!last) return null;
  const w = last.lower;
  if (w === 'it' || w === 'this' || w === 'that') {
    const prev = tokens[end - 2]?.lower;
    if (w === 'that' && prev && prev !== ',' && prev !== 'said' && prev !== 'saying') return null;
    return { from: end - 1, plural: false, noun: null, possessor: null };
  }
  if (w === 'these' || w === 'those' || w === 'they') return { from: end - 1, plural: true, noun: null, possessor: null };
  if (DISPUTABLE_NOUNS.has(w)) {
    let from = end - 1;
    let possessor: string | null = null;
    while (from > 0 && from > end - 5) {
      const t = tokens[from - 1]!;
      if (t.type !== 'word') break;
      if (/'s?$/.test(t.lower) && possessor === null) {
        // "the Russian Defense Ministry’s allegations", "the Russian and Syrian defense ministry’s claim": the owner's
        // whole name (lower-case words in it too, when a capitalised one is among them), not only its last word.
        const owner = ownerNameBefore(tokens, from - 1);
        if (owner) {
          possessor = owner.name;
          from = owner.from;
          continue;
        }
      }
      if (!BEFORE_A_DENIED_NOUN.has(t.lower) && !(t.capital && from - 1 > 0)) break;
      from--;
    }
    return { from, plural: /s$/.test(w) || w === 'data', noun: w, possessor };
  }
  return null;
}

/** The name ending on the possessive at `at` and where it starts: capitalised words, with "and" and lower-case words among them. */
function ownerNameBefore(tokens: readonly Token[], at: number): { name: string; from: number } | null {
  const last = tokens[at]!;
  let from = at;
  while (from > 0 && at - from < 5) {
    const t = tokens[from - 1]!;
    if (t.type !== 'word' || POINTING_BACK_DETERMINERS.has(t.lower) || t.lower === 'the' || t.lower === 'a' || t.lower === 'an') break;
    if (!t.capital && t.lower !== 'and' && !/^\p{Ll}+$/u.test(t.text)) break;
    from--;
  }
  // Not "and" or a lower-case word at the start ("said that officials’ claim"): the name starts on a capital.
  while (from < at && !tokens[from]!.capital) from++;
  const words = tokens.slice(from, at + 1);
  if (!words.some((t) => t.capital)) return null;
  const name = [...words.slice(0, -1).map((t) => t.text), last.text.replace(/['’]s?$/u, '')].join(' ');
  return { name, from };
}

function isPlural(noun: string): boolean {
  return /s$/.test(noun) && noun !== 'news' || noun === 'data';
}

/** How far back in its sentence a pronoun's antecedent is looked for (tokens). */
const ANTECEDENT_REACH = 14;

/**
 * "… issued their first formal response to the U.S. allegations, dismissing them as a witch hunt": the disputable noun
 * "them" stands for, told just before in the sentence (same number), so the denial is matched by that noun. Null when
 * none is near.
 */
function antecedentBefore(tokens: readonly Token[], verb: number, plural: boolean): string | null {
  for (let k = verb - 1; k >= 0 && k >= verb - ANTECEDENT_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!') return null;
    if (t.type === 'word' && DISPUTABLE_NOUNS.has(t.lower) && isPlural(t.lower) === plural) return t.lower;
  }
  return null;
}

/** Self-reference: "..., a charge the government denies." The denied thing is in this same sentence. */
function deniesOwnSentence(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 6); k--) {
    const w = tokens[k]!.lower;
    if (w === 'which' || w === 'what' || (DISPUTABLE_NOUNS.has(w) && k > 0 && BEFORE_A_SELF_DENIED_NOUN.has(tokens[k - 1]!.lower))) return true;
    if (w === ',' && k < verb - 1) return DISPUTABLE_NOUNS.has(tokens[k + 1]?.lower ?? '') || DISPUTABLE_NOUNS.has(tokens[k + 2]?.lower ?? '');
  }
  return false;
}

/** Denial led by a verb at i: "denies these allegations", "rejected the claim that X", "called the reports baseless". */
function verbDenial(text: string, tokens: readonly Token[], i: number): Denial | null {
  const verb = tokens[i]!;
  const w = verb.lower;
  const deny = DENY_FORMS.has(w);
  const reject = REJECTION_VERBS.has(w);
  const call = CALLING_VERBS.has(w);
  if (!deny && !reject && !call) return null;
  if (isNegated(tokens, i)) return null;
  // Adverbs between an auxiliary and the participle: "have been strongly denied".
  let before = i;
  while (before > 1 && (DENIAL_ADVERBS.has(tokens[before - 1]!.lower) || /^\w{3,}ly$/u.test(tokens[before - 1]!.lower))) before--;
  const prev = tokens[before - 1]?.lower ?? '';
  if (COPULAS.has(prev) || prev === 'been' || prev === 'being') {
    if (call) return null;
    // Passive: "The allegations were rejected by the ministry.", "This has been disputed by Iran." (auxiliaries and
    // adverbs between subject and participle skipped).
    let end = before - 1;
    while (end > 0 && (PASSIVE_AUXILIARIES.has(tokens[end - 1]!.lower) || DENIAL_ADVERBS.has(tokens[end - 1]!.lower) || /^\w{3,}ly$/u.test(tokens[end - 1]!.lower))) end--;
    const subject = subjectBefore(tokens, end);
    // A pronoun subject ("This", "It") points back at a claim only with a verb whose object can only be one.
    if (!subject || (subject.noun === null && (!CLAIM_ONLY_VERBS.has(w) || subject.from !== 0))) return null;
    return {
      phrase: slice(text, tokens, subject.from, i),
      target: { kind: 'anaphora', plural: subject.plural, noun: subject.noun, possessor: subject.possessor },
    };
  }
  let j = skipAdverbs(tokens, i + 1);
  const next = tokens[j];
  if (!next || next.type !== 'word') {
    // "The ministry denied." / "…, which the ministry denied."
    if (!deny || deniesOwnSentence(tokens, i)) return null;
    return { phrase: verb.text, target: { kind: 'anaphora', plural: false, noun: null, possessor: null } };
  }
  const n = next.lower;
  if (n === 'that' && !call && demonstrative(tokens, j)) {
    // "dismissed that account", "rejected that reading of the study": "that" points back.
    const np = nounPhrase(tokens, j);
    if (np) return withNounPhrase(text, tokens, i, np);
  }
  if (n === 'that' && !call) {
    const content = clauseFrom(text, tokens, j + 1);
    const after = tokens[j + 1]?.lower;
    // "denied that" + pronoun subject only ("denied that it did") is anaphora.
    if (!content) return null;
    if (after === ',' || after === '.') return { phrase: slice(text, tokens, i, j), target: { kind: 'anaphora', plural: false, noun: null, possessor: null } };
    return { phrase: phraseWithContent(text, tokens, i, j + 1, content), target: { kind: 'content', content, fallback: false, noun: null } };
  }
  // "dismissed as baseless reports that X"
  if (n === 'as' && (reject || call)) {
    const f = falsityAt(tokens, j + 1, true);
    if (f < 0) return null;
    const np = nounPhrase(tokens, f);
    if (np) return withNounPhrase(text, tokens, i, np);
    return { phrase: slice(text, tokens, i, f - 1), target: { kind: 'anaphora', plural: false, noun: null, possessor: null } };
  }
  if (call) {
    // "called the allegations baseless", "termed it propaganda", "declared the decision null and void"
    const np = nounPhrase(tokens, j);
    let k: number;
    let target: DenialTarget;
    if (np) {
      k = np.next;
      target = { kind: 'anaphora', plural: isPlural(tokens[np.head]!.lower), noun: tokens[np.head]!.lower, possessor: np.possessor, owner: np.owner };
    } else if (PRONOUNS_FOR_ONE_CLAIM.has(n) || PRONOUNS_FOR_CLAIMS.has(n)) {
      k = j + 1;
      const plural = PRONOUNS_FOR_CLAIMS.has(n);
      target = { kind: 'anaphora', plural, noun: antecedentBefore(tokens, i, plural), possessor: null };
    } else if (BEFORE_A_DECLARED_OBJECT.has(n) && tokens[j + 1]?.type === 'word') {
      // "declared the decision null and void": any definite noun, matched by that noun.
      k = j + 2;
      while (k < j + 4 && tokens[k]?.type === 'word' && tokens[k]!.lower !== 'null' && tokens[k]!.lower !== 'as') k++;
      target = { kind: 'anaphora', plural: false, noun: tokens[k - 1]!.lower, possessor: null };
    } else return null;
    if (tokens[k]?.lower === 'as') k++;
    k = skipAdverbs(tokens, skipQuotes(tokens, k, 1));
    k = skipQuotes(tokens, k, 1);
    const f = falsityAt(tokens, k, np !== null);
    if (f < 0) return null;
    if (tokens[k]?.lower !== 'null' && !np && !PRONOUNS_FOR_ONE_CLAIM.has(n) && !PRONOUNS_FOR_CLAIMS.has(n)) return null;
    return { phrase: slice(text, tokens, i, closingQuote(text, tokens, i, f - 1)), target };
  }
  if (PRONOUNS_FOR_ONE_CLAIM.has(n) && n !== 'such' && n !== 'that' && !(tokens[j + 1]?.type === 'word' && DISPUTABLE_NOUNS.has(tokens[j + 1]!.lower))) {
    if (tokens[j + 1]?.type === 'word' && !CLAUSE_CONTINUATIONS.has(tokens[j + 1]!.lower) && DISPUTABLE_NOUNS.has(tokens[j + 1]!.lower) === false) {
      // "denied this report" is handled below; "rejected it" only when it ends the clause.
      if (!(tokens[j + 1]!.lower === 'as')) return null;
    }
    return { phrase: slice(text, tokens, i, j), target: { kind: 'anaphora', plural: false, noun: null, possessor: null } };
  }
  if ((n === 'them' || n === 'these' || n === 'those') && !nounPhrase(tokens, j)) {
    return { phrase: slice(text, tokens, i, j), target: { kind: 'anaphora', plural: true, noun: n === 'them' ? antecedentBefore(tokens, i, true) : null, possessor: null } };
  }
  const np = nounPhrase(tokens, j);
  if (np) return withNounPhrase(text, tokens, i, np);
  if (!deny) return null;
  if (REFUSED_THINGS.has(n)) return null;
  // "denied the outage was caused by a cyberattack": a clause without "that".
  if (bareClause(tokens, j)) {
    const content = clauseFrom(text, tokens, j);
    if (content) return { phrase: phraseWithContent(text, tokens, i, j, content), target: { kind: 'content', content, fallback: false, noun: null } };
  }
  // "denied any involvement in the attack", "denies wrongdoing", "denied having links"
  let a = j;
  if (BEFORE_A_DENIED_ACT.has(tokens[a]?.lower ?? '')) a++;
  const act = tokens[a];
  if (act && (DENIED_ACTS.has(act.lower) || (/ing$/.test(act.lower) && act.lower.length > 4))) {
    const content = clauseFrom(text, tokens, a);
    return { phrase: slice(text, tokens, i, a), target: { kind: 'content', content, fallback: true, noun: null } };
  }
  return null;
}

function withNounPhrase(text: string, tokens: readonly Token[], verb: number, np: NounPhrase): Denial {
  const noun = tokens[np.head]!.lower;
  const after = tokens[np.next]?.lower;
  // "dismissed suggestions the two ministers were at odds": the clause without "that".
  if (!(after === 'that' || after === 'of') && bareClause(tokens, np.next) && (DISPUTABLE_NOUNS.has(noun) && !NO_BARE_CLAUSE_NOUNS.has(noun))) {
    const content = clauseFrom(text, tokens, np.next);
    if (content) {
      return { phrase: phraseWithContent(text, tokens, verb, np.next, content), target: { kind: 'content', content, fallback: false, noun, owner: np.owner } };
    }
  }
  if (after === 'that' || after === 'of' || after === 'about' || after === 'regarding' || after === 'concerning' || after === 'claiming' || after === 'suggesting' || after === 'saying') {
    const content = clauseFrom(text, tokens, np.next + 1);
    if (content) {
      // "the suggestion that X" refers back as well: with no word in common, the claim just before is meant —
      // unless X says plainly what is denied (four words or more): then a claim the article does not make
      // is denied, and no claim is its target ("rejected the claim that drugmakers were responsible for …").
      const short = content.split(/\s+/u).length < 4;
      return {
        phrase: phraseWithContent(text, tokens, verb, np.next + 1, content),
        target: {
          kind: 'content',
          content,
          fallback: after !== 'that' || (short && POINTING_BACK_DETERMINERS.has(tokens[verb + 1]?.lower ?? '')),
          noun,
          owner: np.owner,
        },
      };
    }
  }
  return {
    phrase: slice(text, tokens, verb, np.head),
    target: { kind: 'anaphora', plural: isPlural(noun), noun, possessor: np.possessor, owner: np.owner },
  };
}

/** "their number was “far below” the figure given in Velgrad": a number set against one given earlier. */
function comparedFigure(text: string, tokens: readonly Token[], i: number): Denial | null {
  let k = i - 1;
  while (k >= 0 && (QUOTE_MARKS.has(tokens[k]!.text) || COMPARISON_INTENSIFIERS.has(tokens[k]!.lower))) k--;
  if (k < 0 || !COPULAS.has(tokens[k]!.lower) || isNegated(tokens, k)) return null;
  let j = skipQuotes(tokens, i + 1, 1);
  if (tokens[j]?.lower === 'than') j = skipQuotes(tokens, j + 1, 1);
  if (!BEFORE_A_COMPARED_FIGURE.has(tokens[j]?.lower ?? '')) return null;
  const head = tokens[j + 1];
  if (!head || !FIGURE_NOUNS.has(head.lower)) return null;
  const from = k > 0 && tokens[k - 1]!.type === 'word' ? (tokens[k - 2]?.type === 'word' && BEFORE_A_COMPARING_FIGURE.has(tokens[k - 2]!.lower) ? k - 2 : k - 1) : k;
  return { phrase: slice(text, tokens, from, j + 1), target: { kind: 'anaphora', plural: false, noun: head.lower, possessor: null } };
}

/**
 * A subject that tells what it says, ending before the copula at `copula`: "reports of looting in the
 * city centre", "claims on social media that shops were looted". The falsity verdict denies that content.
 */
function toldSubject(text: string, tokens: readonly Token[], copula: number): { from: number; contentFrom: number; content: string; noun: string } | null {
  for (let k = copula - 2; k >= Math.max(0, copula - 30); k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '.') return null;
    if (t.type !== 'word' || !DISPUTABLE_NOUNS.has(t.lower)) continue;
    let j = k + 1;
    while (j < copula - 1 && j <= k + 4 && !TELLING_WORDS.has(tokens[j]!.lower)) {
      if (tokens[j]!.type !== 'word') break;
      j++;
    }
    if (!TELLING_WORDS.has(tokens[j]?.lower ?? '') || j + 1 >= copula) continue;
    let from = k;
    while (from > 0 && tokens[from - 1]!.type === 'word' && tokens[from - 1]!.lower !== 'that' && BEFORE_A_DENIED_NOUN.has(tokens[from - 1]!.lower)) from--;
    return { from, contentFrom: j + 1, content: text.slice(tokens[j + 1]!.start, tokens[copula - 1]!.end), noun: t.lower };
  }
  return null;
}

function predicateDenial(text: string, tokens: readonly Token[], i: number): Denial | null {
  const w = tokens[i]!.lower;
  if (COMPARATIVES.has(w)) return comparedFigure(text, tokens, i);
  // "there is no truth in the reports (that X)", "no basis for these claims"
  if (w === 'no' && NO_TRUTH_NOUNS.has(tokens[i + 1]?.lower ?? '') && AFTER_NO_TRUTH.has(tokens[i + 2]?.lower ?? '')) {
    const np = nounPhrase(tokens, i + 3);
    if (!np) return null;
    const d = withNounPhrase(text, tokens, i + 3, np);
    let from = i;
    if (tokens[i - 1]?.lower === 'is' || tokens[i - 1]?.lower === 'was') from = tokens[i - 2]?.lower === 'there' ? i - 2 : i - 1;
    const end = d.target.kind === 'content' && tokens[np.next]?.lower === 'that' ? np.next : np.head;
    return { phrase: slice(text, tokens, from, end), target: d.target };
  }
  // "there is no evidence (whatsoever) of a cyberattack", "no evidence that X": X is what is denied.
  if (w === 'no' && tokens[i + 1]?.lower === 'evidence' && !isNegated(tokens, i)) {
    let k = i + 2;
    if (tokens[k]?.lower === 'whatsoever') k++;
    else if (tokens[k]?.lower === 'at' && tokens[k + 1]?.lower === 'all') k += 2;
    if (!/^(?:of|that)$/.test(tokens[k]?.lower ?? '')) return null;
    const content = clauseFrom(text, tokens, k + 1).replace(/[\s,]+$/u, '');
    if (!content) return null;
    let from = i;
    if (BEFORE_NO_EVIDENCE.has(tokens[i - 1]?.lower ?? '')) from = tokens[i - 2]?.lower === 'there' ? i - 2 : i - 1;
    return { phrase: phraseWithContent(text, tokens, from, k + 1, content), target: { kind: 'content', content, fallback: false, noun: null } };
  }
  // "no such promise had been made", "there was no such meeting": the thing reported never happened.
  if (w === 'no' && tokens[i + 1]?.lower === 'such' && tokens[i + 2]?.type === 'word' && !isNegated(tokens, i)) {
    const noun = tokens[i + 2]!.lower;
    let from = i;
    const said = tokens[i - 1]?.lower;
    if (said && SAYING_BEFORE_NO_SUCH.has(said)) from = i - 1;
    return { phrase: slice(text, tokens, from, i + 2), target: { kind: 'anaphora', plural: false, noun, possessor: null } };
  }
  if (tokens[i - 1]?.lower === 'not' && w !== 'not') return null; // "not baseless"
  const f = falsityAt(tokens, i, true); // weak words are held to a disputable subject below
  if (f < 0) return null;
  // Walk back over adverbs to the copula, then the subject.
  let k = i - 1;
  // "the accusation was ‘flatly false’": quotation marks around the verdict are skipped.
  while (k >= 0 && (DENIAL_ADVERBS.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower) || QUOTE_MARKS.has(tokens[k]!.text))) k--;
  // "That's false", "it's not true": a pronoun and its copula in one token, the subject of what follows.
  const contracted = k >= 0 && CONTRACTED_SUBJECTS.has(tokens[k]!.lower);
  if (!contracted && (k < 0 || !COPULAS.has(tokens[k]!.lower))) return null;
  let subject: ReturnType<typeof subjectBefore>;
  if (contracted) subject = { from: k, plural: false, noun: null, possessor: null };
  else {
    let copula = k;
    if (tokens[copula - 1]?.lower === 'been' || tokens[copula - 1]?.lower === 'have' || tokens[copula - 1]?.lower === 'has') copula--;
    // "the ministry’s claim “is patently false,”": a quotation opening on the copula, the subject outside it.
    while (copula > 1 && QUOTE_MARKS.has(tokens[copula - 1]!.text)) copula--;
    subject = subjectBefore(tokens, copula);
    const person = subject ? null : personJudgedWrong(tokens, copula, f);
    // (One of what they said: the one the about-phrase names, as "his claim" would be.)
    if (person) return { phrase: slice(text, tokens, person.from, person.end), target: { kind: 'anaphora', plural: false, noun: null, possessor: person.name } };
    if (!subject) {
      // "reports of looting in the city centre are false", "posts claiming a gun had been found were false".
      const told = toldSubject(text, tokens, copula);
      if (!told || isNegated(tokens, told.from)) return null;
      return {
        phrase: phraseWithContent(text, tokens, told.from, told.contentFrom, told.content) + ` ${slice(text, tokens, copula, closingQuote(text, tokens, copula, f - 1))}`,
        target: { kind: 'content', content: told.content, fallback: false, noun: told.noun },
      };
    }
  }
  const strong = subject.noun !== null;
  if (!strong && WEAK_FALSITY_WORDS.has(w)) return null;
  if (isNegated(tokens, subject.from)) return null;
  let from = subject.from;
  const said = tokens[from - 1]?.lower;
  if (said && SAYING_BEFORE_A_VERDICT.has(said)) from--;
  const ending = f - 1;
  // "it is not true that X"
  if (tokens[f]?.lower === 'that' && !strong) {
    const content = clauseFrom(text, tokens, f + 1);
    if (content) return { phrase: phraseWithContent(text, tokens, from, f + 1, content), target: { kind: 'content', content, fallback: false, noun: null } };
  }
  return {
    phrase: slice(text, tokens, from, closingQuote(text, tokens, from, ending)),
    target: { kind: 'anaphora', plural: subject.plural, noun: subject.noun, possessor: subject.possessor },
  };
}

/**
 * "Lavrov was wrong about the VOA reporting", "Smith is mistaken in saying …", "Doe was wrong to claim …": a person named
 * just before the copula, judged wrong about what they said — their words are denied. Not "Smith was wrong to resign"
 * (an act, not words) nor "the Smiths were wrong-footed". The phrase runs to the end of the about-phrase.
 */
function personJudgedWrong(tokens: readonly Token[], copula: number, after: number): { name: string; from: number; end: number } | null {
  if (!JUDGED_WRONG_WORDS.has(tokens[after - 1]?.lower ?? '')) return null;
  const link = tokens[after]?.lower ?? '';
  if (!ABOUT_WHAT_WAS_SAID.has(link)) return null;
  const asserts = (k: number) => ASSERTING_FORMS.has(tokens[k]?.lower ?? '');
  if (link === 'in' || link === 'to' ? !asserts(after + 1) : link === 'when' ? !asserts(after + 2) : false) return null;
  // "was hardly wrong": taken back between the copula and the verdict.
  for (let k = copula + 1; k < after - 1; k++) if (UNASSERTED_JUDGEMENT_WORDS.has(tokens[k]!.lower)) return null;
  // The name: capitalised words, none a function word ("He", "The" are no one named); a person, or a party ("Britain").
  let from = copula;
  while (from > 0 && copula - from < 4 && tokens[from - 1]!.type === 'word' && tokens[from - 1]!.capital && !FUNCTION_WORDS.has(tokens[from - 1]!.lower) && !PRONOUN_SUBJECTS.has(tokens[from - 1]!.lower)) from--;
  const name = tokens.slice(from, copula).map((t) => t.text);
  if (name.length === 0) return null;
  // "If Lavrov was wrong …", "Those who said Jones was wrong …": supposed or reported by others, not asserted.
  const before = tokens[from - 1]?.lower ?? '';
  if (UNASSERTED_JUDGEMENT_WORDS.has(before) || (ALL_REPORTING_FORMS.has(before) && tokens[from - 2]?.lower === 'who')) return null;
  // The about-phrase, to the next punctuation or finite verb ("… about the reporting have since apologised").
  let end = after;
  while (end + 1 < tokens.length && end - after < 8 && tokens[end + 1]!.type !== 'symbol' && !FINITE_AUXILIARIES.has(tokens[end + 1]!.lower) && !ABOUT_PHRASE_ENDERS.has(tokens[end + 1]!.lower)) end++;
  return { name: name.join(' '), from, end };
}

/** Index after a phrasal verb of doubt at i ("cast doubt on", "took issue with"), or -1. */
function phrasalDoubt(tokens: readonly Token[], i: number): number {
  const w = tokens[i]!.lower;
  for (const { verbs, then } of PHRASAL_DOUBTS) {
    if (!verbs.has(w)) continue;
    for (const rest of then) if (rest.every((word, k) => tokens[i + 1 + k]?.lower === word)) return i + 1 + rest.length;
  }
  return -1;
}


/**
 * The subject before the words at i, as written: "other experts" in "However, other experts are cautious about",
 * "Critics" in "Critics have questioned". Null for a pronoun or when nothing plain stands there.
 */
function holderBefore(text: string, tokens: readonly Token[], i: number): string | null {
  let end = i - 1;
  while (end >= 0 && tokens[end]!.type === 'word' && (COPULAS.has(tokens[end]!.lower) || PASSIVE_AUXILIARIES.has(tokens[end]!.lower) || DENIAL_ADVERBS.has(tokens[end]!.lower) || BEFORE_A_HELD_DOUBT.has(tokens[end]!.lower))) end--;
  if (end < 0 || tokens[end]!.type !== 'word') return null;
  let from = end;
  while (from > 0 && end - from < 5 && tokens[from - 1]!.type === 'word') from--;
  while (from <= end && SENTENCE_CONNECTIVES.has(tokens[from]!.lower)) from++;
  if (from > end || NO_HOLDER_SUBJECTS.has(tokens[from]!.lower)) return null;
  return slice(text, tokens, from, end);
}

/**
 * Doubt about a statement, led at i: "questioned the findings", "other experts are cautious about the
 * findings", "cast doubt on the report", "took issue with that account", "disputed this" — the same targets
 * as a denial, but only where the object is a statement: a disputable noun, or a pronoun ending the clause.
 */
function doubtDenial(text: string, tokens: readonly Token[], i: number): Denial | null {
  const w = tokens[i]!.lower;
  let j: number;
  if ((w === 'doubts' || w === 'doubt') && DOUBT_LINKS.has(tokens[i + 1]?.lower ?? '')) j = i + 2; // "doubts about the figures"
  else if (DOUBTING_VERBS.has(w)) {
    // "is a question that …", "the challenge of …": the noun, not the verb.
    if (BEFORE_A_DOUBT_NOUN.has(tokens[i - 1]?.lower ?? '')) return null;
    j = i + 1;
  }
  else if (DOUBT_ADJECTIVES.has(w) && DOUBT_LINKS.has(tokens[i + 1]?.lower ?? '')) j = i + 2;
  else {
    j = phrasalDoubt(tokens, i);
    if (j < 0) return null;
  }
  if (isNegated(tokens, i)) return null;
  if (DOUBTING_VERBS.has(w) && j === i + 1) {
    // Passive: "These figures have been questioned by economists", "This was challenged by the opposition".
    let end = i;
    while (end > 0 && (PASSIVE_AUXILIARIES.has(tokens[end - 1]!.lower) || DENIAL_ADVERBS.has(tokens[end - 1]!.lower))) end--;
    if (end < i && BE_BEFORE_A_DOUBTED.has(tokens[i - 1]!.lower)) {
      const subject = subjectBefore(tokens, end);
      if (!subject || (subject.noun === null && subject.from !== 0)) return null;
      // "… was challenged by the opposition": the agent holds the doubt.
      let by = i + 1;
      while (by < tokens.length && by < i + 4 && tokens[by]!.lower !== 'by' && tokens[by]!.type === 'word') by++;
      let to = by;
      // Up to a preposition or a time word: "by economists at the central bank on Monday" -> "economists".
      while (to + 1 < tokens.length && to - by < 6 && tokens[to + 1]!.type === 'word' && !AFTER_A_DOUBT_AGENT.has(tokens[to + 1]!.lower)) to++;
      const holder = tokens[by]?.lower === 'by' && to > by ? { holder: slice(text, tokens, by + 1, to) } : {};
      return { phrase: slice(text, tokens, subject.from, i), target: { kind: 'anaphora', plural: subject.plural, noun: subject.noun, possessor: subject.possessor }, doubt: true, ...holder };
    }
  }
  j = skipAdverbs(tokens, j);
  const n = tokens[j]?.lower;
  if (n === undefined) return null;
  const after = tokens[j + 1];
  const holder = holderBefore(text, tokens, i);
  const held = holder === null ? {} : { holder };
  if ((PRONOUNS_FOR_ONE_CLAIM.has(n) || n === 'them' || n === 'these' || n === 'those') && n !== 'such' && (!after || after.type !== 'word')) {
    return { phrase: slice(text, tokens, i, j), target: { kind: 'anaphora', plural: !PRONOUNS_FOR_ONE_CLAIM.has(n), noun: null, possessor: null }, doubt: true, ...held };
  }
  const np = nounPhrase(tokens, j);
  return np ? { ...withNounPhrase(text, tokens, i, np), doubt: true, ...held } : null;
}

/** The definite thing upheld from i: "the police response", "its decision to close the border", "the strikes". */
function upheldFrom(text: string, tokens: readonly Token[], i: number): string | null {
  const first = tokens[i];
  if (!first || first.type !== 'word' || !BEFORE_AN_UPHELD_ACT.has(first.lower)) return null;
  // The head noun, a few words on, must be an act, decision or telling: "the police response", not "the city".
  let head = -1;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5) && tokens[k]!.type === 'word'; k++) if (DEFENSIBLE_ACTS.has(tokens[k]!.lower)) head = k;
  if (head < 0) return null;
  const content = clauseFrom(text, tokens, i);
  return content.split(/\s+/u).length >= 2 ? content : null;
}

/**
 * A defence against an accusation, led at i: "defending the police response", "the ministry justified the
 * strikes", "stood by its reporting". What is upheld names the accused act; disputes.ts finds the accusation.
 */
function defenceDenial(text: string, tokens: readonly Token[], i: number): Denial | null {
  const w = tokens[i]!.lower;
  let j: number;
  if (DEFENCE_VERBS.has(w)) j = i + 1;
  else if (STANDING_BY.has(w) && tokens[i + 1]?.lower === 'by') j = i + 2;
  else if (DEFENCE_NOUNS.has(w) && tokens[i - 1]?.lower === 'in' && tokens[i + 1]?.lower === 'of') j = i + 2;
  else return null;
  // "the defending champion", "defended his title": an adjective, or a thing no one accused anyone of (found by the resolver).
  if (isNegated(tokens, i) || (tokens[i - 1]?.type === 'word' && BEFORE_A_DEFENDING_ADJECTIVE.has(tokens[i - 1]!.lower))) return null;
  j = skipAdverbs(tokens, j);
  const upheld = upheldFrom(text, tokens, j);
  if (!upheld) return null;
  return { phrase: phraseWithContent(text, tokens, i, j, upheld), target: { kind: 'defence', upheld } };
}

/** "Sok Ny disagrees.", "some critics argue the opposite", "X says otherwise": an answer to the position just told. */
function answerDenial(tokens: readonly Token[], i: number): Denial | null {
  const w = tokens[i]!.lower;
  const disagree = DISAGREEING_FORMS.has(w);
  if ((!disagree && !ARGUING_FORMS.has(w)) || isNegated(tokens, i)) return null;
  // "Unless a court says otherwise", "Critics agreed to disagree": a condition or a truce, not an answer.
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (CONDITION_OPENERS.has(tokens[k]!.lower)) return null;
  if (tokens[i - 1]?.lower === 'to') return null;
  const next = tokens[i + 1];
  const answer: DenialTarget = { kind: 'answer' };
  // "disagrees." / "disagreed, saying …": nothing after it but the clause's end.
  if (disagree) return !next || next.type !== 'word' ? { phrase: tokens[i]!.text, target: answer } : null;
  // "argue the opposite", "says otherwise", "believe the contrary" (not "the opposite direction").
  let k = i + 1;
  if (tokens[k]?.lower === 'the') k++;
  const opposite = tokens[k];
  if (!opposite || !OPPOSITE_WORDS.has(opposite.lower)) return null;
  const after = tokens[k + 1];
  if (after && after.type === 'word' && !AFTER_AN_OPPOSITE.has(after.lower)) return null;
  return { phrase: tokens.slice(i, k + 1).map((t) => t.text).join(' '), target: answer };
}

export function findDenial(text: string, tokens?: readonly Token[]): Denial | null {
  if (!MAYBE_DENIAL.test(text.length > 4000 ? text.slice(0, 4000) : text)) return null;
  const toks = tokens ?? tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'word') continue;
    const denial = verbDenial(text, toks, i) ?? predicateDenial(text, toks, i) ?? doubtDenial(text, toks, i) ?? defenceDenial(text, toks, i) ?? answerDenial(toks, i);
    if (denial) return denial;
  }
  return null;
}

/**
 * A negated predicate that may contradict an earlier claim without any denial
 * verb: "Nobody has hired anybody to sell anything", "The company had not
 * funded the research", "No water had been released into it". Whether it
 * disputes anything is decided against the article (a different speaker, the
 * same predicate and more words in common); on its own it is no denial.
 */
export interface Negation {
  /** The negated clause as written. */
  phrase: string;
  /** The negated predicate's main word as written: "hired", "funded", "released". */
  verb: string;
  /**
   * Who or what the clause is about: 'negator' when the negative word is the subject ("Nobody has
   * hired", "No water had been released"), 'pronoun' ("it had not funded"), else the subject's last word.
   */
  subject: string;
  /** The sentence names its source ("…, it said", "he added") even when no speaker was resolved. */
  attributed: boolean;
}

/** "there was no", "there's no", "there has been no" before the "no" at i. */
function existential(toks: readonly Token[], i: number): boolean {
  const a = toks[i - 1]?.lower;
  if (a === "there's") return true;
  if (a && EXISTENTIAL_BE.has(a)) return toks[i - 2]?.lower === 'there';
  return a === 'been' && EXISTENTIAL_HAVE.has(toks[i - 2]?.lower ?? '') && toks[i - 3]?.lower === 'there';
}

const MAYBE_NEGATION = new RegExp(String.raw`\b(?:${alternation(NEGATION_CUE_WORDS)})\b|n['’]t\b`, 'i');
/** A sentence naming its source: "…, it said", "according to". */
const NAMED_SOURCE = new RegExp(`\\b(?:${NAMED_SOURCE_PATTERN})\\b`, 'i');
export function findNegation(text: string, tokens?: readonly Token[]): Negation | null {
  if (!MAYBE_NEGATION.test(text.length > 4000 ? text.slice(0, 4000) : text)) return null;
  const toks = tokens ?? tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'word') continue;
    const w = t.lower;
    let v = -1;
    if (w === 'not' || w === 'never' || (w.endsWith("n't") && w.length > 3)) {
      const prev = toks[i - 1]?.lower;
      if (prev === 'or' || prev === 'if' || prev === 'whether') continue; // "whether or not", "if not"
      v = i + 1;
    } else if (w === 'nobody' || w === 'nothing' || w === 'none' || w === 'no-one' || (w === 'no' && toks[i + 1]?.lower === 'one')) {
      v = w === 'no' ? i + 2 : i + 1;
      if (toks[v]?.lower === 'of') continue; // "none of them" is a count, not a predicate
    } else if (w === 'no' && AT_NO_MOMENT_NOUNS.has(toks[i + 1]?.lower ?? '') && INVERTING_AUXILIARIES.has(toks[i + 2]?.lower ?? '')) {
      // "At no point did the army enter the village": skip the inverted subject.
      let k = i + 3;
      if (BEFORE_AN_INVERTED_SUBJECT.has(toks[k]?.lower ?? '')) k += 2;
      else if (INVERTED_PRONOUNS.has(toks[k]?.lower ?? '')) k += 1;
      else while (toks[k]?.capital && k < i + 7) k++;
      v = k;
    } else if (w === 'no' && toks[i + 1]?.type === 'word' && existential(toks, i)) {
      // "There was no apology (anywhere in that conversation)": the noun is what is said not to have happened.
      v = i + 1;
    } else if (w === 'no' && toks[i + 1]?.type === 'word' && toks[i + 1]!.lower !== 'such' && toks[i + 1]!.lower !== 'longer') {
      // "No water had been released": the predicate follows the noun phrase's auxiliary.
      let k = i + 1;
      while (k < i + 5 && toks[k]?.type === 'word' && !AFTER_A_NEGATION.has(toks[k]!.lower)) k++;
      if (!toks[k] || !AFTER_A_NEGATION.has(toks[k]!.lower)) continue;
      v = k;
    } else continue;
    while (v < toks.length && toks[v]!.type === 'word' && (AFTER_A_NEGATION.has(toks[v]!.lower) || DENIAL_ADVERBS.has(toks[v]!.lower))) v++;
    const verb = toks[v];
    if (!verb || verb.type !== 'word' || verb.lower.length < 3 || NOT_CONTRADICTING.has(verb.lower)) continue;
    let from = i;
    while (from > 0 && !NEGATION_CLAUSE_STARTS.has(toks[from - 1]!.text)) from--;
    // "… said the company had not …": the clause starts after the reporting verb.
    for (let k = i - 1; k >= from; k--) {
      if (REPORTING_BEFORE_A_NEGATION.has(toks[k]!.lower)) {
        from = k + 1;
        if (toks[from]?.lower === 'that') from++;
        break;
      }
    }
    // "but if both sides can't be persuaded to back down, …": a negation inside a condition supposes it, asserts nothing
    // (the condition's subject and verb only: "even if it filed returns the company did not pay" still asserts).
    let supposed = false;
    for (let k = Math.max(from, i - 4); k < i; k++) if (SUPPOSING_CONJUNCTIONS.has(toks[k]!.lower)) supposed = true;
    if (supposed) continue;
    let to = v;
    while (to + 1 < toks.length && to + 1 < v + 25 && !NEGATION_CLAUSE_ENDS.has(toks[to + 1]!.text)) {
      if (NEGATION_CLAUSE_BREAKERS.has(toks[to + 1]!.lower)) break;
      to++;
    }
    if (from > i) from = i;
    let subject = 'negator';
    if (w === 'not' || w === 'never' || w.endsWith("n't")) {
      // The subject's last word is the last word before the auxiliaries that precede the negator.
      let k = i - 1;
      while (k >= from && (AFTER_A_NEGATION.has(toks[k]!.lower) || DENIAL_ADVERBS.has(toks[k]!.lower))) k--;
      const head = toks[k];
      if (!head || k < from || head.type !== 'word') subject = 'pronoun';
      else subject = PRONOUN_SUBJECTS.has(head.lower) ? 'pronoun' : head.lower;
    }
    const attributed = NAMED_SOURCE.test(text);
    return { phrase: text.slice(toks[from]!.start, toks[to]!.end), verb: verb.text, subject, attributed };
  }
  return null;
}

/** The denial in a sentence, else its negated predicate (for bare contradictions): one tokenisation for both. */
export function findStance(text: string): { denial: Denial | null; negation: Negation | null } {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  const maybeDenial = MAYBE_DENIAL.test(head);
  const maybeNegation = MAYBE_NEGATION.test(head);
  if (!maybeDenial && !maybeNegation) return { denial: null, negation: null };
  const tokens = tokenize(text);
  const denial = maybeDenial ? findDenial(text, tokens) : null;
  return { denial, negation: denial === null && maybeNegation ? findNegation(text, tokens) : null };
}
