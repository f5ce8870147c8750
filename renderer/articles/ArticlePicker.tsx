import { useCallback, useMemo, useState, type Ref } from 'react';
import type { ArticleSummary, StatusCounts } from '../../core/api/contract';
import { call } from '../api/client';
import { formatCount, formatDate, formatDateTimeSeconds } from '../format';
import { unwrap, type ErrorSink } from '../hooks/useApi';
import { SearchableMenu, type MenuEntry, type MenuHandle } from '../components/SearchableMenu';
import { ARTICLE_ORDERS, allArticlesMatches, articleFacts, filterArticles, hasRepeatedTitle, progressText, repeatedTitles, sortArticles, toListed, type ArticleFormats, type ArticleOrder, type ListedArticle } from './article-list';

const FORMATS: ArticleFormats = { date: formatDate, dateTime: formatDateTimeSeconds, count: formatCount };

export interface ArticlePickerProps {
  /** The article the table shows, or null for all articles. */
  pickedArticleId: number | null;
  /** Its summary, for the button's label (null while unknown or for all articles). */
  picked: ArticleSummary | null;
  overall: StatusCounts;
  onPick: (articleId: number | null) => void;
  /** Gives the keyboard to the claims table once an article is picked. */
  focusTable: () => void;
  onError: ErrorSink;
  /** Opens the list from the `o` key. */
  handle?: Ref<MenuHandle>;
}

interface Entry extends MenuEntry {
  article: ListedArticle | null; // null: All articles
}

/** The title isolated (FSI … PDI): an Urdu or Arabic title does not pull the counts into its right-to-left run. */
const isolate = (text: string) => `\u2068${text}\u2069`;

function pickedLabel(picked: ArticleSummary | null, pickedArticleId: number | null, overall: StatusCounts): string {
  if (pickedArticleId === null) return `All articles — ${formatCount(overall.total)} claims`;
  if (!picked) return 'Article';
  const { total, notReviewed } = picked.counts;
  return `${isolate(picked.title)} — ${formatCount(total - notReviewed)}/${formatCount(total)} reviewed`;
}

function ProgressBar({ reviewed, total }: { reviewed: number; total: number }) {
  const share = total === 0 ? 0 : Math.round((reviewed / total) * 100);
  return (
    <span className="article-option__bar" aria-hidden="true">
      <span className="article-option__fill" style={{ width: `${share}%` }} />
    </span>
  );
}

/**
 * The article picker: every article with its date and "reviewed x of y",
 * found by typing, ordered by import date, progress or title. The counts are
 * fetched fresh each time the list opens (verdicts given since change them).
 */
export function ArticlePicker({ pickedArticleId, picked, overall, onPick, focusTable, onError, handle }: ArticlePickerProps) {
  const [listed, setListed] = useState<ListedArticle[] | null>(null);
  /** The last load failed (its error shown on its own): the list stops saying it is loading. */
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<ArticleOrder>('newest');

  const load = useCallback(() => {
    setFailed(false);
    void call('listArticles', {}).then((result) => {
      const summaries = unwrap(result, onError);
      if (summaries) setListed(summaries.map(toListed));
      setFailed(!summaries);
    });
  }, [onError]);

  // All articles stays above the list while nothing is typed; typed for ("all"), it follows the matching articles.
  const searching = query.trim() !== '';
  const allEntry = useMemo<Entry>(() => ({ key: 'all', selected: pickedArticleId === null, article: null }), [pickedArticleId]);
  const matched = useMemo<Entry[] | null>(
    () =>
      listed === null
        ? failed
          ? []
          : null
        : sortArticles(filterArticles(listed, query), order).map((article): Entry => ({ key: String(article.summary.id), selected: article.summary.id === pickedArticleId, article })),
    [listed, failed, query, order, pickedArticleId],
  );
  const entries = useMemo<Entry[] | null>(() => (matched !== null && searching && allArticlesMatches(query) ? [...matched, allEntry] : matched), [matched, searching, query, allEntry]);
  const pinned = searching ? null : allEntry;

  const repeated = useMemo(() => repeatedTitles(listed ?? []), [listed]);
  const total = listed?.length ?? 0;
  const matches = matched?.length ?? 0;
  const status = listed === null ? (failed ? 'The articles could not be loaded.' : 'Loading articles…') : query.trim() ? `${formatCount(matches)} of ${formatCount(total)} articles match` : `${formatCount(total)} ${total === 1 ? 'article' : 'articles'}`;

  return (
    <SearchableMenu
      handle={handle}
      label="Show claims from"
      current={pickedLabel(picked ?? listed?.find((a) => a.summary.id === pickedArticleId)?.summary ?? null, pickedArticleId, overall)}
      className="article-picker"
      listLabel="Articles"
      searchLabel="Search articles"
      placeholder="Type to find an article"
      query={query}
      onQuery={setQuery}
      entries={entries}
      pinned={pinned}
      onOpen={load}
      status={status}
      empty={query.trim() ? `No article’s title, file name or date has “${query.trim()}”.` : undefined}
      rowHeight={50}
      controls={
        <select aria-label="Sort articles" value={order} onChange={(e) => setOrder(e.target.value as ArticleOrder)}>
          {ARTICLE_ORDERS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      }
      onChoose={(entry) => {
        onPick(entry.article ? entry.article.summary.id : null);
        focusTable();
      }}
      renderEntry={({ article }) => {
        if (!article) {
          return (
            <>
              <span className="article-option__title">All articles</span>
              <span className="article-option__meta">
                <span className="article-option__facts">{formatCount(total)} articles</span>
                <span className="article-option__progress"> · {progressText(overall.total - overall.notReviewed, overall.total, formatCount)}</span>
                <ProgressBar reviewed={overall.total - overall.notReviewed} total={overall.total} />
              </span>
            </>
          );
        }
        const twin = hasRepeatedTitle(article, repeated);
        const facts = articleFacts(article, twin, FORMATS);
        return (
          <>
            <span className="article-option__title" dir="auto" title={facts.tooltip}>
              {article.summary.title}
            </span>
            <span className="article-option__meta" title={facts.tooltip}>
              <span className="article-option__facts" dir="auto">
                {facts.line}
              </span>
              <span className="article-option__progress"> · {facts.progress}</span>
              {/* A twin's line needs the room more than the bar (its progress is in words beside it). */}
              {!twin && <ProgressBar reviewed={article.reviewed} total={article.summary.counts.total} />}
            </span>
          </>
        );
      }}
    />
  );
}
