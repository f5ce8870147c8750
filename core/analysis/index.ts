export type { AnalysisRow, ClaimInsight, InArticleDispute } from './types';
export { describeClaim, NON_CLAIM_BELOW, type InsightContext } from './insight';
export { findDisputes } from './disputes';
export { assertionBeforeQuestion } from './questions';
export { REASONS, NEGATIVE_REASONS, type Reason } from './reasons';
export { buildArticleContext, type ArticleContext } from './context';
