export type { AnalysisRow, ClaimInsight, InArticleDispute } from './types';
export { describeClaim, NON_CLAIM_BELOW, type InsightContext } from './insight';
export { findDisputes } from './disputes';
