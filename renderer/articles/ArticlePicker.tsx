import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary, StatusCounts } from '../../core/api/contract';
import { call } from '../api/client';
import { formatCount, formatDate } from '../format';
import { unwrap, type ErrorSink } from '../hooks/useApi';
import { ARTICLE_ORDERS, filterArticles, progressText, sortArticles, toListed, type ArticleOrder, type ListedArticle } from './article-list';

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
}

type Entry = { kind: 'all' } | { kind: 'article'; article: ListedArticle };

const ROW_HEIGHT = 50;
/** Rows a Page Up / Page Down moves. */
const PAGE_ROWS = 8;

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
 * The article picker: a button that opens a searchable list of every article
 * with its date and "reviewed x of y", ordered by import date or by progress.
 * The list is virtual (only the rows in view are in the page), so 5,000
 * articles open and filter as fast as five. Keys: type to filter, ↑/↓,
 * Page Up/Down, Enter picks, Esc closes.
 */
export function ArticlePicker({ pickedArticleId, picked, overall, onPick, focusTable, onError }: ArticlePickerProps) {
  const [open, setOpen] = useState(false);
  const [listed, setListed] = useState<ListedArticle[] | null>(null);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<ArticleOrder>('newest');
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = useId();

  // Fresh counts every time the list opens (verdicts given since change them).
  useEffect(() => {
    if (!open) return;
    let current = true;
    void call('listArticles', {}).then((result) => {
      const summaries = unwrap(result, onError);
      if (summaries && current) setListed(summaries.map(toListed));
    });
    return () => {
      current = false;
    };
  }, [open, onError]);

  const entries = useMemo<Entry[]>(() => {
    const shown = sortArticles(filterArticles(listed ?? [], query), order).map((article): Entry => ({ kind: 'article', article }));
    return query.trim() ? shown : [{ kind: 'all' }, ...shown];
  }, [listed, query, order]);

  // Opening puts the current choice under the cursor; a new search or order starts at the top.
  const pickedIndex = useMemo(
    () => Math.max(0, entries.findIndex((e) => (e.kind === 'all' ? pickedArticleId === null : e.article.summary.id === pickedArticleId))),
    [entries, pickedArticleId],
  );
  const placed = useRef(false);
  useEffect(() => {
    if (!open) placed.current = false;
    else if (!placed.current && listed) {
      placed.current = true;
      setActive(pickedIndex);
    }
  }, [open, listed, pickedIndex]);

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const activeIndex = Math.min(active, Math.max(0, entries.length - 1));
  useEffect(() => {
    if (open && entries.length > 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [open, activeIndex, entries.length, virtualizer]);

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    setQuery('');
    if (refocus) buttonRef.current?.focus();
  }, []);

  // A click anywhere else closes the list.
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) close(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open, close]);

  const choose = (entry: Entry | undefined) => {
    if (!entry) return;
    onPick(entry.kind === 'all' ? null : entry.article.summary.id);
    close(false);
    focusTable();
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = entries.length - 1;
    const move = (to: number) => {
      event.preventDefault();
      setActive(Math.max(0, Math.min(last, to)));
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(activeIndex + 1);
      case 'ArrowUp':
        return move(activeIndex - 1);
      case 'PageDown':
        return move(activeIndex + PAGE_ROWS);
      case 'PageUp':
        return move(activeIndex - PAGE_ROWS);
      case 'Enter':
        event.preventDefault();
        return choose(entries[activeIndex]);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return close(true);
      case 'Tab':
        // The sort menu is the only other stop; Tab from it (or Shift+Tab here) leaves and closes.
        if (event.shiftKey) close(false);
        return;
    }
  };

  const total = listed?.length ?? 0;
  const matches = entries.filter((e) => e.kind === 'article').length;
  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <div className="article-picker" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="article-picker__button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(event) => {
          if (!open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        title="Show claims from…"
      >
        <span className="visually-hidden">Show claims from: </span>
        <span className="article-picker__label">{pickedLabel(picked, pickedArticleId, overall)}</span>
        <span className="article-picker__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="article-picker__panel" role="dialog" aria-label="Articles">
          <div className="article-picker__controls">
            <input
              ref={searchRef}
              autoFocus
              type="search"
              className="article-picker__search"
              role="combobox"
              aria-label="Search articles"
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={entries.length > 0 ? optionId(activeIndex) : undefined}
              placeholder="Type to find an article"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={onSearchKey}
              spellCheck={false}
            />
            <select
              aria-label="Sort articles"
              value={order}
              onChange={(e) => {
                setOrder(e.target.value as ArticleOrder);
                setActive(0);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  close(true);
                } else if (event.key === 'Tab' && !event.shiftKey) close(false);
              }}
            >
              {ARTICLE_ORDERS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <p className="article-picker__count" aria-live="polite">
            {listed === null
              ? 'Loading articles…'
              : query.trim()
                ? `${formatCount(matches)} of ${formatCount(total)} articles match`
                : `${formatCount(total)} ${total === 1 ? 'article' : 'articles'}`}
          </p>
          <div ref={listRef} id={listId} className="article-picker__list" role="listbox" aria-label="Articles" aria-busy={listed === null}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const entry = entries[item.index]!;
                const selected = entry.kind === 'all' ? pickedArticleId === null : entry.article.summary.id === pickedArticleId;
                const reviewed = entry.kind === 'all' ? overall.total - overall.notReviewed : entry.article.reviewed;
                const claims = entry.kind === 'all' ? overall.total : entry.article.summary.counts.total;
                const summary = entry.kind === 'article' ? entry.article.summary : null;
                const when = summary ? (summary.date ? formatDate(summary.date) : `imported ${formatDate(summary.importedAt)}`) : `${formatCount(total)} articles`;
                return (
                  <div
                    key={entry.kind === 'all' ? 'all' : entry.article.summary.id}
                    id={optionId(item.index)}
                    role="option"
                    aria-selected={selected}
                    aria-setsize={entries.length}
                    aria-posinset={item.index + 1}
                    className={`article-option${item.index === activeIndex ? ' article-option--active' : ''}${selected ? ' article-option--picked' : ''}`}
                    style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                    onMouseDown={(e) => e.preventDefault() /* keeps focus in the search box */}
                    onClick={() => choose(entry)}
                  >
                    <span className="article-option__title" dir="auto">
                      {summary ? summary.title : 'All articles'}
                    </span>
                    <span className="article-option__meta">
                      {when} · {progressText(reviewed, claims, formatCount)}
                      <ProgressBar reviewed={reviewed} total={claims} />
                    </span>
                  </div>
                );
              })}
            </div>
          </div>
          {listed !== null && matches === 0 && query.trim() && <p className="article-picker__empty">No article’s title, file name or date has “{query.trim()}”.</p>}
        </div>
      )}
    </div>
  );
}
