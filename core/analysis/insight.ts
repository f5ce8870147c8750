/**
 * Figures, entities and check-worthiness of one claim: the engine behind
 * describeClaim, which analyzeArticle calls once per row.
 */
import { reviewWorthiness } from '../nlp/worthiness';
import { articleContextFor, type ArticleContext } from './context';
import { findDenial } from './denial';
import { extractEntities } from './entities';
import { extractFigures } from './figures';
import { tokenize } from '../text/tokens';
import type { ClaimInsight } from './types';
import { scoreWorthiness } from './worthiness';

/**
 * Claims scoring below this are stored excluded (hidden) as non-claims: only
 * clear non-claims (questions, small talk and boilerplate, promises of the
 * speaker's own action, opinion, advice and scene-setting with nothing
 * checkable in it) fall under it. A plain statement in the article's own
 * voice with no cue either way scores about 0.45 or more.
 */
export const NON_CLAIM_BELOW = 0.35;

export interface InsightContext {
  /** The whole article, for acronyms introduced earlier ("Tehrik-e-Taliban Pakistan (TTP)"). */
  articleText: string;
  /** The row's kind when known ('claim', 'headline', 'question' ...); non-claims score low. Default 'claim'. */
  kind?: string;
  /** Precomputed per-article context; built from articleText (and cached) when absent. */
  article?: ArticleContext;
}

export function describeClaim(text: string, speaker: string | null, context: InsightContext): ClaimInsight {
  const article = context.article ?? (context.articleText ? articleContextFor(context.articleText) : null);
  const tokens = tokenize(text);
  const figures = extractFigures(text, tokens);
  const kind = context.kind ?? 'claim';
  const entities = extractEntities(text, tokens, { article, headline: kind === 'headline' });
  // A denial is a checkable event ("The ministry denied the allegations"); doubt ("other experts are cautious about the findings") is a view.
  const found = kind === 'claim' ? findDenial(text, tokens) : null;
  // A defence ("defended his title") is a denial only once it answers an accusation in the article (disputes.ts).
  const denial = found !== null && !found.doubt && found.target.kind !== 'defence';
  let wordCount = 0;
  for (const t of tokens) if (t.type !== 'symbol') wordCount++;
  const { score, reasons } = scoreWorthiness({ text, speaker, kind, figures, entities, denial, wordCount });
  // Near the threshold, the tagger may nudge the score when that use is switched on (core/nlp/uses.ts).
  return { figures, entities, checkWorthiness: reviewWorthiness(text, kind, score), reasons };
}
