/** Case- and accent-insensitive form: "Méxíco" and "mexico" meet. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

/** The words of what was typed, folded; none for blank input. */
export function searchWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Whether a folded text holds every one of the words, in any order. */
export function hasAllWords(folded: string, words: readonly string[]): boolean {
  return words.every((w) => folded.includes(w));
}
