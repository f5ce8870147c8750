import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../core/api/contract';
import { fold } from '../text-search';
import { allArticlesMatches, articleFacts, filterArticles, hasRepeatedTitle, repeatedTitles, sortArticles, toListed } from './article-list';

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

describe('articles with the same title', () => {
  const f = { date: (iso: string) => `D(${iso})`, dateTime: (iso: string) => `DT(${iso})`, count: String };
  const a = toListed(article(1, 'Cartel fined', 0, 14, '2026-12-07T20:31:05Z', { filename: 'wire.txt' }));
  const b = toListed(article(2, 'cartel  fined ', 3, 36, '2026-12-07T20:31:09Z', { filename: 'feature.html', date: '2026-12-01' }));
  const c = toListed(article(3, 'Another story', 0, 2));
  const repeated = repeatedTitles([a, b, c]);

  it('finds the titles more than one article has (case, accents and spacing aside)', () => {
    expect(hasRepeatedTitle(a, repeated)).toBe(true);
    expect(hasRepeatedTitle(b, repeated)).toBe(true);
    expect(hasRepeatedTitle(c, repeated)).toBe(false);
    const d = toListed(article(4, 'CARTEL FINED', 0, 1));
    expect(hasRepeatedTitle(d, repeatedTitles([a, d]))).toBe(true);
  });

  it('a repeated title says when it was imported to the second and from which file; others stay short; the tooltip has it all', () => {
    const one = articleFacts(a, true, f);
    const two = articleFacts(toListed(article(5, 'Cartel fined', 3, 36, '2026-12-07T20:31:09Z', { filename: 'feature.html', date: '2026-12-01' })), true, f);
    expect(one.line).toBe('imported DT(2026-12-07T20:31:05Z) · wire.txt');
    expect(one.progress).toBe('reviewed 0 of 14');
    expect(two.line).toBe('D(2026-12-01) · imported DT(2026-12-07T20:31:09Z) · feature.html');
    expect(one.line).not.toBe(two.line);
    expect(articleFacts(c, false, f).line).toBe('imported D(2026-01-03T00:00:00Z)');
    expect(articleFacts(c, false, f).tooltip).toBe('Another story\nImported DT(2026-01-03T00:00:00Z)\nPasted text (no file)\n2 claims, 0 reviewed');
    expect(one.tooltip).toContain('File: wire.txt');
  });
});

describe('allArticlesMatches', () => {
  it('keeps the All articles row for words that start its own, in any case', () => {
    expect(allArticlesMatches('all')).toBe(true);
    expect(allArticlesMatches('All articles')).toBe(true);
    expect(allArticlesMatches('ALL ART')).toBe(true);
    expect(allArticlesMatches('articles')).toBe(true);
  });
  it('not for nothing typed (it is pinned then) nor for other words', () => {
    expect(allArticlesMatches('')).toBe(false);
    expect(allArticlesMatches('   ')).toBe(false);
    expect(allArticlesMatches('sudan')).toBe(false);
    expect(allArticlesMatches('all sudan')).toBe(false);
    expect(allArticlesMatches('tall')).toBe(false);
  });
});
