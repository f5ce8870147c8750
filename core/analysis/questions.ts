/**
 * A question put after an assertion: "The government spent $4 million last
 * year, so why are waiting lists still rising?" asserts its first clause and
 * asks the second. A sentence that opens as a question ("Will that be enough,
 * which …?"), or whose first part only supposes ("If it fails, who pays?"),
 * asserts nothing.
 */

const ASKING = String.raw`why|how|what|who|whom|whose|where|when|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|wouldn't|shouldn't|can't|couldn't|hasn't|haven't`;

/** The start of a question clause after a comma, semicolon, colon or dash, running to the final "?". */
const TRAILING_QUESTION = new RegExp(
  String.raw`(?:[,;:]|\s[-–—])\s*(?:(?:so|but|and|yet|then|or)\s+)?(?=(?:${ASKING})\b[^,;:?]*\?["'”’)\]]*\s*$)`,
  'i',
);
/** A sentence that opens as a question, or on a supposition. */
const QUESTION_OR_CONDITION_OPENING = new RegExp(
  String.raw`^\W*(?:[QA]:\s*)?(?:(?:so|but|and|then)\s+)?(?:${ASKING}|which|if|unless|whether|suppose|imagine)\b`,
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
