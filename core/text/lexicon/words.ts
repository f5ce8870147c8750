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
