/**
 * A question put after an assertion: "The government spent $4 million last
 * year, so why are waiting lists still rising?" asserts its first clause and
 * asks the second. A sentence that opens as a question ("Will that be enough,
 * which …?"), or whose first part only supposes ("If it fails, who pays?"),
 * asserts nothing.
 */

import * as questionsLexicon from '../text/lexicon/questions';
import { alternation } from '../text/lexicon/words';

const { ASKING_WORDS, BEFORE_AN_OPENING_QUESTION, BEFORE_A_TRAILING_QUESTION, SUPPOSING_OPENERS } = questionsLexicon;

const ASKING = alternation(ASKING_WORDS);

/** The start of a question clause after a comma, semicolon, colon or dash, running to the final "?". */
const TRAILING_QUESTION = new RegExp(
  String.raw`(?:[,;:]|\s[-–—])\s*(?:(?:${alternation(BEFORE_A_TRAILING_QUESTION)})\s+)?(?=(?:${ASKING})\b[^,;:?]*\?["'”’)\]]*\s*$)`,
  'i',
);
/** A sentence that opens as a question, or on a supposition. */
const QUESTION_OR_CONDITION_OPENING = new RegExp(
  String.raw`^\W*(?:[QA]:\s*)?(?:(?:${alternation(BEFORE_AN_OPENING_QUESTION)})\s+)?(?:${ASKING}|${alternation(SUPPOSING_OPENERS)})\b`,
  'i',
);

/**
 * The asserted part before a trailing question ("The government spent $4
 * million last year"), or null when the sentence is a question throughout.
 * Text is bounded by the sentence length limit.
 */
export function assertionBeforeQuestion(text: string): string | null {
  if (!text.includes('?')) return null;
  const m = TRAILING_QUESTION.exec(text);
  if (!m) return null;
  const head = text.slice(0, m.index);
  if (QUESTION_OR_CONDITION_OPENING.test(head) || head.includes('?') || head.trim().split(/\s+/).length < 4) return null;
  return head;
}
