/** How a word list is written in this folder: one string, words separated by whitespace. */
export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** The same, in order, where order or repeats matter (a synonym group reads as its first word). */
export const wordList = (list: string): string[] => list.trim().split(/\s+/);

/** A pattern of words and phrases, matched without regard to case. */
export const caseless = (source: string): RegExp => new RegExp(source, 'i');

/** A list as the alternation inside a pattern, in its order: `(?:${alternation(LIST)})`. */
export const alternation = (list: Iterable<string>): string => [...list].join('|');

/** Text to match literally inside a pattern: "Thomas-Greenfield", "U.S.", "(IGP)". */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Whole words from a list, each with or without a full stop after it, case as written ("Mr", "Mr."): a Set lookup
 * where a pattern would be `^(?:Mr|Mrs|…)\.?$` (asked of nearly every word of an article).
 */
export function wordsWithOptionalStop(list: string): { test(word: string): boolean } {
  const set = new Set(list.split(/\s+/u).filter(Boolean));
  return { test: (word) => set.has(word.endsWith('.') ? word.slice(0, -1) : word) };
}

