/** Time words read as words of a sentence. */
import * as time from './lexicon/time';
import * as shape from './word-shape';

// Local bindings: read on every capitalised word of an article (see README.md).
const { MONTH_OPENERS, MONTHS, WEEKDAYS } = time;
const { bareWord } = shape;

/** Is `word` (after the word `before`) a time glued to the front of a name: "Tuesday", "in May"? */
export function isTimeBeforeName(word: string, before: string): boolean {
  const lower = bareWord(word).toLowerCase();
  return WEEKDAYS.has(lower) || (MONTHS.has(lower) && MONTH_OPENERS.has(before.toLowerCase()));
}
