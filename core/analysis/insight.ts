/**
 * Figures, entities and check-worthiness of one claim. (Skeleton: the engine
 * fills these in; the signatures are the contract the rest of the app uses.)
 */
import type { ClaimInsight } from './types';

/** Claims scoring below this are stored excluded (hidden) as non-claims. */
export const NON_CLAIM_BELOW = 0.2;

export interface InsightContext {
  /** The whole article, for acronyms introduced earlier ("Tehrik-e-Taliban Pakistan (TTP)"). */
  articleText: string;
}

export function describeClaim(text: string, speaker: string | null, _context: InsightContext): ClaimInsight {
  return { figures: [], entities: [], checkWorthiness: speaker ? 0.6 : 0.5, reasons: speaker ? ['attribution'] : [] };
}
