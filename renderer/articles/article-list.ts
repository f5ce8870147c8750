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

const ALL_ARTICLES_WORDS = searchWords('All articles');

/**
 * Whether the words typed could be a search for the "All articles" row itself ("all", "all art"):
 * each starts one of its words. It is then kept in the list (after the matching articles), so a
 * keyboard user who types it can still pick it.
 */
export function allArticlesMatches(query: string): boolean {
  const words = searchWords(query);
  return words.length > 0 && words.every((w) => ALL_ARTICLES_WORDS.some((own) => own.startsWith(w)));
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

/** Two titles a reader cannot tell apart: case, accents and spacing aside. */
const titleKey = (title: string) => fold(title).replace(/\s+/g, ' ').trim();

/** The titles (folded) that more than one article has: those rows say what tells them apart. */
export function repeatedTitles(articles: readonly ListedArticle[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const a of articles) {
    const key = titleKey(a.summary.title);
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return repeated;
}

export function hasRepeatedTitle(article: ListedArticle, repeated: ReadonlySet<string>): boolean {
  return repeated.has(titleKey(article.summary.title));
}

export interface ArticleFormats {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  count: (n: number) => string;
}

/**
 * The list row's second line and its tooltip. Usually: the article's date (or
 * when it was imported), then its progress. An article whose title another has
 * also gets the moment it was imported (to the second) and its file name, so
 * two of them can be told apart; the row cuts the line (not the progress) when
 * a file name is long, and the tooltip always holds all of it.
 */
export function articleFacts(article: ListedArticle, repeatedTitle: boolean, f: ArticleFormats): { line: string; progress: string; tooltip: string } {
  const { summary, reviewed } = article;
  const progress = progressText(reviewed, summary.counts.total, f.count);
  const imported = `imported ${repeatedTitle ? f.dateTime(summary.importedAt) : f.date(summary.importedAt)}`;
  const parts = repeatedTitle
    ? [...(summary.date ? [f.date(summary.date)] : []), imported, ...(summary.filename ? [summary.filename] : [])]
    : [summary.date ? f.date(summary.date) : imported];
  const tooltip = [
    summary.title,
    ...(summary.date ? [`Published ${f.date(summary.date)}`] : []),
    `Imported ${f.dateTime(summary.importedAt)}`,
    summary.filename ? `File: ${summary.filename}` : 'Pasted text (no file)',
    `${f.count(summary.counts.total)} ${summary.counts.total === 1 ? 'claim' : 'claims'}, ${f.count(reviewed)} reviewed`,
  ].join('\n');
  return { line: parts.join(' · '), progress, tooltip };
}
