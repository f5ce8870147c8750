/**
 * Which periods end a sentence. A period after one of the abbreviations in
 * lexicon/abbreviations.ts usually does not; the lists are grouped by what has
 * to follow for the period to be an abbreviation rather than a full stop.
 */
import * as abbreviationsLexicon from './lexicon/abbreviations';
import * as timeLexicon from './lexicon/time';

// Local bindings: lists read in loops over words, without an accessor call on each use (see README.md).
const { ABBREVIATIONS_BEFORE_NUMBER, AMBIGUOUS_ABBREVIATIONS, INLINE_ABBREVIATIONS, NEW_SENTENCE_OPENERS, STATE_ABBREVIATIONS, TITLE_ABBREVIATIONS } = abbreviationsLexicon;
const { MONTH_ABBREVIATIONS } = timeLexicon;

function isInitial(word: string): boolean {
  return /^\p{Lu}$/u.test(word);
}

/** "U.S", "U.N", "a.m", "e.g" — letters joined by periods (the final period is the one being judged). */
function isDottedAcronym(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Is the period after `word` part of an abbreviation, given what follows?
 * `nextToken` is the next word as written (e.g. "K." or "The"); `nextIsQuote`
 * says the next sentence would begin with a quotation mark or bracket.
 */
export function isAbbreviation(word: string, nextToken: string, nextIsQuote: boolean): boolean {
  if (TITLE_ABBREVIATIONS.has(word) || INLINE_ABBREVIATIONS.has(word)) return true;
  const nextStartsWithDigit = /^\d/.test(nextToken);
  if (ABBREVIATIONS_BEFORE_NUMBER.has(word) || MONTH_ABBREVIATIONS.has(word)) return nextStartsWithDigit;
  if (AMBIGUOUS_ABBREVIATIONS.has(word) || isInitial(word) || isDottedAcronym(word)) {
    if (nextIsQuote) return false;
    // "J. K. Rowling": another initial follows.
    if (/^\p{Lu}\./u.test(nextToken)) return true;
    const nextWord = /^\p{L}+/u.exec(nextToken)?.[0] ?? '';
    return !NEW_SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}

/** Title abbreviations (for reading a name like "Mr. Li" forward in a sentence). */
export function isTitleAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word) || isInitial(word);
}

/** A word written with a full stop that is never a sentence's last word on its own ("Md", "Inc", "Corp", "U.S", "Mr"): not "Iran". */
export function isKnownAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word) || INLINE_ABBREVIATIONS.has(word) || AMBIGUOUS_ABBREVIATIONS.has(word) || STATE_ABBREVIATIONS.has(word) || isDottedAcronym(word);
}
