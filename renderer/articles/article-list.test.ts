import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../core/api/contract';
import { fold } from '../text-search';
import { filterArticles, sortArticles, toListed } from './article-list';

function article(id: number, title: string, reviewed: number, total: number, importedAt = `2026-01-${String(id).padStart(2, '0')}T00:00:00Z`, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    title,
    date: null,
    dateline: null,
    filename: null,
    url: null,
    importedAt,
    counts: { total, verified: reviewed, disputed: 0, unverified: 0, notReviewed: total - reviewed },
    ...extra,
  };
}

const ids = (list: ReadonlyArray<{ summary: ArticleSummary }>) => list.map((a) => a.summary.id);

describe('article list', () => {
  const listed = [
    article(1, 'Pakistan deports Afghans', 0, 10),
    article(2, 'México: elecciones', 5, 10),
    article(3, 'Flood relief in Sindh', 10, 10, undefined, { filename: 'sindh-floods.txt' }),
    article(4, 'Empty wire item', 0, 0),
    article(5, 'Afghan returnees at Torkham', 1, 4, undefined, { date: '2025-02-17' }),
  ].map(toListed);

  it('finds articles by every word typed, in any order, ignoring case and accents', () => {
    expect(ids(filterArticles(listed, 'afghan'))).toEqual([1, 5]);
    expect(ids(filterArticles(listed, 'torkham AFGHAN'))).toEqual([5]);
    expect(ids(filterArticles(listed, 'mexico elecciones'))).toEqual([2]);
    expect(ids(filterArticles(listed, 'sindh-floods'))).toEqual([3]); // the file name
    expect(ids(filterArticles(listed, '2025-02'))).toEqual([5]); // the article's date
    expect(ids(filterArticles(listed, 'afghan flood'))).toEqual([]);
    expect(filterArticles(listed, '   ')).toBe(listed);
  });

  it('folds accents and case', () => {
    expect(fold('MÉXICO Ñandú')).toBe('mexico nandu');
  });

  it('sorts by import date, progress either way, or title', () => {
    expect(ids(sortArticles(listed, 'newest'))).toEqual([5, 4, 3, 2, 1]);
    // 0/10 first; an article with no claims has nothing left to review and ranks with the finished ones (newer first).
    expect(ids(sortArticles(listed, 'least-reviewed'))).toEqual([1, 5, 2, 4, 3]);
    expect(ids(sortArticles(listed, 'most-reviewed'))).toEqual([3, 4, 2, 5, 1]);
    expect(ids(sortArticles(listed, 'title'))).toEqual([5, 4, 3, 2, 1]);
  });

  it('breaks ties by newest import, so equal articles keep one order', () => {
    const same = [article(7, 'Same', 1, 2, '2026-02-01T00:00:00Z'), article(8, 'Same', 1, 2, '2026-02-01T00:00:00Z'), article(6, 'Same', 1, 2, '2026-03-01T00:00:00Z')].map(toListed);
    for (const order of ['least-reviewed', 'most-reviewed', 'title'] as const) expect(ids(sortArticles(same, order))).toEqual([6, 8, 7]);
  });

  it('does not reorder the list it was given', () => {
    const before = ids(listed);
    sortArticles(listed, 'title');
    expect(ids(listed)).toEqual(before);
  });
});
