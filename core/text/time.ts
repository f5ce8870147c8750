/** Time words read as words of a sentence. */
import { MONTH_OPENERS, MONTHS, WEEKDAYS } from './lexicon/time';
import { bareWord } from './word-shape';

/** Is `word` (after the word `before`) a time glued to the front of a name: "Tuesday", "in May"? */
export function isTimeBeforeName(word: string, before: string): boolean {
  const lower = bareWord(word).toLowerCase();
  return WEEKDAYS.has(lower) || (MONTHS.has(lower) && MONTH_OPENERS.has(before.toLowerCase()));
}
