/**
 * What a word looks like, as written: capitalised, initials, an acronym, a
 * possessive. Called for every word of an article, so ASCII is decided
 * without a regular expression where it matters.
 */

/** "Gandapur's" -> "Gandapur", "diplomats’" -> "diplomats". */
export function bareWord(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 39 && last !== 0x2019) return word; // s ' ’
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

const UPPER_START = /^\p{Lu}/u;

/** Starts with an upper-case letter: "Khan", "Ökonom". */
export function isCapitalisedWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word.slice(0, 2));
}

/** Starts with an upper-case letter or a digit: "Khan", "10", "3M" (a speaker's words may). */
export function isCapitalisedOrNumber(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/** "J.", "J.R.", "J.R", "J": initials. */
export function isInitials(word: string): boolean {
  if (word.length > 8 || !isCapitalisedWord(word)) return false;
  if (word.length > 1 && word.charCodeAt(1) !== 46 && !/^\p{Lu}$/u.test(word)) return false;
  return /^(?:\p{Lu}\.)+\p{Lu}?\.?$|^\p{Lu}$/u.test(word);
}

/** "WHO", "IMF", "U.N.": an acronym is a name even when it spells a common word. */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,}\p{Lu}?)$/u.test(word) && !/^(?:I|A)$/u.test(word);
}

/** "NATO", "UN": two or more letters, all upper case. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && isCapitalisedWord(word.slice(1)) && /^\p{Lu}{2,}$/u.test(word);
}
