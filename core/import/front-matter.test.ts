import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { isRealDate } from './front-matter';

const kinds = (text: string) => analyzeArticle(text).claims.map((c) => [c.kind, c.text]);

describe('datelines', () => {
  it.each([
    ['ISLAMABAD - The talks resumed.', 'ISLAMABAD', 'ISLAMABAD -'],
    ['ISLAMABAD — The talks resumed.', 'ISLAMABAD', 'ISLAMABAD —'],
    ['LONDON (Reuters) — The talks resumed.', 'LONDON (Reuters)', 'LONDON (Reuters) —'],
    ['WASHINGTON, Feb 3 (AP) — The talks resumed.', 'WASHINGTON, Feb 3 (AP)', 'WASHINGTON, Feb 3 (AP) —'],
    ['NEW YORK, Feb. 3 (Reuters) -- The talks resumed.', 'NEW YORK, Feb. 3 (Reuters)', 'NEW YORK, Feb. 3 (Reuters) --'],
    ['KABUL: The talks resumed.', 'KABUL', 'KABUL:'],
    ['DERA ISMAIL KHAN – The talks resumed.', 'DERA ISMAIL KHAN', 'DERA ISMAIL KHAN –'],
  ])('%s', (text, place, row) => {
    const article = analyzeArticle(text);
    expect(article.dateline).toBe(place);
    expect(kinds(text)).toEqual([
      ['dateline', row],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it.each([
    'The ministry - which rarely comments - said nothing.',
    'UPDATE: The road has reopened.',
    'NATO said on Monday that the talks resumed.',
    'US - China talks resumed.',
    'U.S.-China talks resumed on Monday.',
    'PTI leaders met. KABUL: nothing changed.',
  ])('not a dateline: %s', (text) => {
    const article = analyzeArticle(text);
    expect(article.dateline).toBeNull();
    expect(article.claims.every((c) => c.kind === 'claim')).toBe(true);
  });

  it('is only looked for at the top of the story', () => {
    const article = analyzeArticle('The talks resumed.\n\nKABUL: Officials met again.');
    expect(article.dateline).toBeNull();
    expect(article.claims.map((c) => c.kind)).toEqual(['claim', 'claim']);
  });
});

describe('the date prefix', () => {
  it('is one row with the dateline when they share the first line', () => {
    const article = analyzeArticle('date 2025-02-18 ISLAMABAD - The talks resumed.');
    expect(article.date).toBe('2025-02-18');
    expect(kinds('date 2025-02-18 ISLAMABAD - The talks resumed.')).toEqual([
      ['dateline', 'date 2025-02-18 ISLAMABAD -'],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it('may stand alone on its line, before a headline and a dateline (any case)', () => {
    const text = 'DATE 2024-02-29\nTalks resume in Kabul\n\nKABUL - The talks resumed.';
    const article = analyzeArticle(text);
    expect(article).toMatchObject({ date: '2024-02-29', dateline: 'KABUL', title: 'Talks resume in Kabul', titleFromHeadline: true });
    expect(kinds(text)).toEqual([
      ['dateline', 'DATE 2024-02-29'],
      ['headline', 'Talks resume in Kabul'],
      ['dateline', 'KABUL -'],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it('must name a real day', () => {
    expect(analyzeArticle('date 2025-02-30 The talks resumed.').date).toBeNull();
    expect(analyzeArticle('date 2025-13-01 The talks resumed.').date).toBeNull();
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
  });

  it('is only a prefix: a date later in the text is not metadata', () => {
    expect(analyzeArticle('The talks resumed. date 2025-02-18').date).toBeNull();
    expect(analyzeArticle('update 2025-02-18 The talks resumed.').date).toBeNull();
  });
});

describe('headlines and bylines', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const article = analyzeArticle('Talks resume in Kabul\nThe talks resumed on Monday. Officials met.');
    expect(article.title).toBe('Talks resume in Kabul');
    expect(article.claims.map((c) => c.kind)).toEqual(['headline', 'claim', 'claim']);
  });

  it('does not take a wrapped first line, a sentence or a lone line for a headline', () => {
    for (const text of [
      'The federal government said on Monday that the\nprovincial delegation must wait.',
      'The federal government said on Monday\nthat the provincial delegation must wait.',
      'The talks resumed on Monday.\n\nOfficials met.',
      'Prices rose 5% last year',
      'Prices rose 5% last year\n',
      'A very long first line that goes on and on with more than twenty words in it so that it reads like a paragraph rather than a title\n\nMore.',
    ]) {
      const article = analyzeArticle(text);
      expect(article.titleFromHeadline, text).toBe(false);
      expect(article.claims[0]?.kind, text).toBe('claim');
    }
  });

  it('derives a title from the first claim: ten words, cut at a word, with an ellipsis', () => {
    expect(analyzeArticle('Prices rose 5% last year').title).toBe('Prices rose 5% last year');
    expect(analyzeArticle('One two three four five six seven eight nine, ten eleven twelve.').title).toBe(
      'One two three four five six seven eight nine, ten…',
    );
    expect(analyzeArticle('Alpha beta gamma delta epsilon zeta eta theta iota, kappa lambda.').title).toBe(
      'Alpha beta gamma delta epsilon zeta eta theta iota, kappa…',
    );
  });

  it('never gives an empty title', () => {
    expect(analyzeArticle('').title).toBe('Untitled article');
    expect(analyzeArticle('# \n').title).toBe('Untitled article');
    expect(analyzeArticle('KABUL -').title).toBe('KABUL -');
  });

  it('takes an underlined (setext) line as a headline', () => {
    expect(kinds('Talks resume\n============\n\nThe talks resumed.')).toEqual([
      ['headline', 'Talks resume'],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it.each(['By Jane Doe', 'By JANE DOE, Reuters', 'BY Omar Farooq and Jane Doe', 'By Ali bin Hamad'])('byline: %s', (byline) => {
    expect(kinds(`Talks resume\n${byline}\n\nThe talks resumed.`)).toEqual([
      ['headline', 'Talks resume'],
      ['byline', byline],
      ['claim', 'The talks resumed.'],
    ]);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    expect(kinds('By the end of the year, prices had risen.\n\nBy March inflation fell.').map((k) => k[0])).toEqual(['claim', 'claim']);
  });
});

describe('titles', () => {
  it('are plain text: no Markdown emphasis or link targets', () => {
    expect(analyzeArticle('# **Talks** resume in *Kabul*\n\nText.').title).toBe('Talks resume in Kabul');
    expect(analyzeArticle('See [the report](https://example.com/x) on talks.').title).toBe('See the report on talks.');
    expect(analyzeArticle('# ***\n\nText.').title).toBe('***');
  });
});
