/** In-article disputes: denials and the claims they target. (Skeleton.) */
import type { AnalysisRow, InArticleDispute } from './types';

export function findDisputes(_articleText: string, _rows: readonly AnalysisRow[]): InArticleDispute[] {
  return [];
}
