/** How a word list is written in this folder: one string, words separated by whitespace. */

export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));
