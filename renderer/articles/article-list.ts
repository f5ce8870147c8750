import type { ArticleSummary } from '../../core/api/contract';
import { fold, hasAllWords, searchWords } from '../text-search';

/** How the article list is ordered. */
export type ArticleOrder = 'newest' | 'least-reviewed' | 'most-reviewed' | 'title';

export const ARTICLE_ORDERS: ReadonlyArray<{ value: ArticleOrder; label: string }> = [
  { value: 'newest', label: 'Newest import first' },
  { value: 'least-reviewed', label: 'Least reviewed first' },
  { value: 'most-reviewed', label: 'Most reviewed first' },
  { value: 'title', label: 'Title A–Z' },
];

/** An article as the list searches and sorts it: the words it can be found by, folded once when the list loads. */
export interface ListedArticle {
  summary: ArticleSummary;
  /** Title, file name and dates, case and accents folded. */
  haystack: string;
  reviewed: number;
  /** Reviewed share, 0..1; an article with no claims counts as done (nothing is left to review). */
  progress: number;
}

export function toListed(summary: ArticleSummary): ListedArticle {
  const { total, notReviewed } = summary.counts;
  const reviewed = total - notReviewed;
  return {
    summary,
    haystack: fold([summary.title, summary.filename ?? '', summary.date ?? '', summary.dateline ?? ''].join('\n')),
    reviewed,
    progress: total === 0 ? 1 : reviewed / total,
  };
}

/** The articles whose title, file name, date or dateline hold every word typed, in any order. */
export function filterArticles(articles: readonly ListedArticle[], query: string): readonly ListedArticle[] {
  const words = searchWords(query);
  return words.length === 0 ? articles : articles.filter((a) => hasAllWords(a.haystack, words));
}

const titleOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Newest import first breaks every tie, so the order is stable whatever the sort. */
function newestFirst(a: ListedArticle, b: ListedArticle): number {
  const at = a.summary.importedAt;
  const bt = b.summary.importedAt;
  return at < bt ? 1 : at > bt ? -1 : b.summary.id - a.summary.id;
}

export function sortArticles(articles: readonly ListedArticle[], order: ArticleOrder): ListedArticle[] {
  const sorted = [...articles];
  switch (order) {
    case 'newest':
      return sorted.sort(newestFirst);
    case 'least-reviewed':
      // Least done first; among equals, the one with most left to do.
      return sorted.sort(
        (a, b) => a.progress - b.progress || b.summary.counts.notReviewed - a.summary.counts.notReviewed || newestFirst(a, b),
      );
    case 'most-reviewed':
      return sorted.sort((a, b) => b.progress - a.progress || b.reviewed - a.reviewed || newestFirst(a, b));
    case 'title':
      return sorted.sort((a, b) => titleOrder.compare(a.summary.title, b.summary.title) || newestFirst(a, b));
  }
}

/** "reviewed 3 of 12". */
export function progressText(reviewed: number, total: number, format: (n: number) => string): string {
  return `reviewed ${format(reviewed)} of ${format(total)}`;
}
