/** Hedges: words that make a statement less than certain ("may", "reportedly", "I believe"). Patterns, case ignored. */
import { caseless } from './words';

export const HEDGING = caseless(
  String.raw`\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|apparently|seems?|seemed|appears? to|appeared to|unconfirmed|unclear|believed to|thought to|rumou?red|it is possible|suggests?|suspected|presumably|probably|likely)\b`,
);

/**
 * A belief, estimate or understanding hedged over a statement: "We think most
 * of the gas is coming up alongside the casing rather than …", "I would not
 * be surprised if the real number ends up closer to …", "We estimate that 40%
 * …", "I understand it's long — 400 pages", "And then, I believe the Prime
 * Minister said …" (the verbs of knowing and believing as a class, after the
 * fillers a speaker opens with).
 */
export const BELIEF_HEDGE =
  /^\W*(?:[QA]:\s*)?(?:(?:but|and|so|and then|then|well|look|now|again|also|frankly|honestly|first of all|i mean|you know)\s*,?\s+)*(?:i|we)(?:\s+(?:do|really|firmly|still|now|strongly|genuinely|also|certainly))?\s+(?:think|believe|suspect|reckon|estimate|calculate|understand|gather|recall|assume|suppose|guess|(?:have\s+|'ve\s+)?heard|(?:am|was|were|'m|'ve\s+been|have\s+been)\s+told(?!\s+to\b)|(?:would|'d)\s+not\s+be\s+surprised\s+if|wouldn't\s+be\s+surprised\s+if|(?:am|are|'m|'re)\s+(?:fairly\s+|pretty\s+|quite\s+|reasonably\s+)?(?:sure|confident|certain))\s+(?:that\s+)?/i;

/** The belief hedge wherever the content starts in the sentence (after a quote mark or a frame). */
export const BELIEF_HEDGE_ANYWHERE = new RegExp(BELIEF_HEDGE.source.replace('^\\W*', '\\b'), 'i');
