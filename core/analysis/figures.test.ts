import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { tokenize } from '../text/tokens';

const figures = (text: string) => extractFigures(text, tokenize(text));

describe('figures', () => {
  const cases: Array<[string, string, string[]]> = [
    ['qualified count with its noun', 'with over 800,000 Afghans repatriated', ['over 800,000 Afghans']],
    ['date with since', 'repatriated since November 2023.', ['since November 2023']],
    ['duration in words', 'to send a delegation within two weeks for direct talks', ['within two weeks']],
    ['money with scale', 'The company lost $4.2 billion last year.', ['$4.2 billion', 'last year']],
    ['per cent in words', 'inflation rose to 12.5 per cent', ['12.5 per cent']],
    ['percent sign', 'Unemployment fell to 4.5% from 5.1%.', ['4.5%', '5.1%']],
    ['basis points', 'The bank cut rates by 3 basis points.', ['3 basis points']],
    ['fraction with what it counts', 'nearly two-thirds of voters agreed', ['nearly two-thirds of voters']],
    ['more than', 'more than 1,200 people were killed', ['more than 1,200 people']],
    ['written-out count', 'Three people died in the blast.', ['Three people']],
    ['quarter of a year', 'profits fell in the first quarter of 2024', ['in the first quarter of 2024']],
    ['day month year', 'the vote on 12 March 2024', ['on 12 March 2024']],
    ['month day, year', 'signed on March 3, 2023 in Paris', ['on March 3, 2023']],
    ['currency code', 'a grant of Rs 500 million', ['Rs 500 million']],
    ['vague count', 'Thousands of people marched.', ['Thousands of people']],
    ['duration ago', 'He was elected two weeks ago.', ['two weeks ago']],
    ['relative date', 'earlier this year the plant closed', ['earlier this year']],
    ['range of years', 'between 2019 and 2021', ['between 2019 and 2021']],
    ['one in five', 'one in five Afghans lacks papers', ['one in five Afghans']],
    ['one in every five', 'loses about one in every five litres', ['about one in every five litres']],
    ['a noun modifying a plural noun', 'fined three freight forwarders', ['three freight forwarders']],
    ['a dozen', 'A dozen soldiers were hurt.', ['A dozen soldiers']],
    ['decade', 'mains laid in the 1890s', ['1890s']],
    ['distance', 'within 15 kilometres of the frontier', ['within 15 kilometres']],
    ['money in pounds with a suffix', 'a £3bn deficit', ['£3bn']],
    ['ISO date', 'date 2025-02-18 ISLAMABAD -', ['2025-02-18']],
    ['a quarter without its year', 'Output fell in the first quarter.', ['in the first quarter']],
    ['the end of a quarter', 'We expect output to recover by the end of the second quarter.', ['by the end of the second quarter']],
    ['a quarter of last year', 'Profits rose in the third quarter of last year.', ['in the third quarter of last year']],
    ['the end of a year', 'its sharpest fall since the end of 2022', ['since the end of 2022']],
    ['a decade', 'Prices have doubled in a decade.', ['in a decade']],
    ['a year', 'It took a year to build.', ['a year']],
    ['a year ago', 'A year ago, nobody came.', ['A year ago']],
    ['a year before, not a comparison', 'and was 0.2% lower than a year before.', ['0.2%', 'a year before']],
    ['twice a year', 'We meet twice a year.', ['twice a year']],
    ['a rate after an amount is no figure of its own', 'Fees are $40 a year and cliffs retreat four metres a year.', ['$40', 'four metres']],
    ['half a century', 'The mill closed half a century ago.', ['half a century ago']],
    ['half an hour', 'I waited half an hour.', ['half an hour']],
    ['a third alone', 'Sales fell by a third.', ['a third']],
    ['a quarter alone', 'House prices have fallen by around a quarter since the storm.', ['around a quarter']],
    ['an ordinal is not a fraction', 'He won a third term, she came a third time.', []],
    ['a figure, then a date', 'Unemployment reached 7.8 million last September.', ['7.8 million', 'last September']],
    ['a count, then a date', 'They sold 400 last week, after 3 previous convictions.', ['400', 'last week', '3 previous convictions']],
    ['a weekday and its date', 'Tue 14 May 2024 18.32 BST', ['Tue 14 May 2024', '18.32 BST']],
    ['a weekday, comma, date', 'On Tuesday, 14 May, the vote was held.', ['On Tuesday, 14 May']],
    ['a weekday abbreviation alone is nothing', 'The Sun reported it on Sat.', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(figures(text)).toEqual(expected));
  }

  it('"May" the verb is no date, "in May" is', () => {
    expect(figures('The government may act soon.')).toEqual([]);
    expect(figures('She may return in May.')).toEqual(['in May']);
  });

  it('a definite "the two countries" refers, it does not count', () => {
    expect(figures('The two countries signed the deal.')).toEqual([]);
  });

  it('identifiers are not figures', () => {
    expect(figures('Under Article 370 of the constitution')).toEqual([]);
    expect(figures('COVID-19 spread fast')).toEqual([]);
  });

  it('a weekday alone says when within the story\'s week, nothing to check: not a figure; a weekday with its date is', () => {
    expect(figures('Aid reached 40 villages on Monday, officials said.')).toEqual(['40 villages']);
    expect(figures('On Tuesday Mitsotakis reasserted the claim.')).toEqual([]);
    expect(figures('The minister spoke last Tuesday night.')).toEqual([]);
    expect(figures('The vote is on Tuesday, March 5, 2024.')).toEqual(['on Tuesday, March 5, 2024']);
    expect(figures('Prices rose last March.')).toEqual(['last March']);
  });

  it('dedupes within a claim', () => {
    expect(figures('It cost 5% in 2020 and 5% in 2021.')).toEqual(['5%', 'in 2020', 'in 2021']);
  });

  it('every figure is a substring of the claim, and arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const f of figures(s)) expect(s.includes(f)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const alphabet = fc.constantFrom('over ', '800,000 ', 'Afghans ', 'since ', 'November ', '2023', '$', '4.2 ', 'billion ', '% ', 'two ', 'weeks ', 'the ', 'first ', 'quarter ', 'of ', '-', ', ', '. ', 'May ', '12 ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        for (const f of figures(s)) expect(s.includes(f)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('currencies written as letters glued to the amount, and numbers inside names', () => {
  it.each([
    ['Mantashe was quoted as saying he paid the journalists R70,000.', ['R70,000']],
    ['The bank lent KSh2.5 billion to farmers.', ['KSh2.5 billion']],
    ['He paid R5 million for the house.', ['R5 million']],
    ['The fine was Rs 500.', ['Rs 500']],
    ['The chancellor told the Radio 4 Today programme’s Sarah Montague.', []],
    ['The Boeing 737 Max was grounded.', []],
    ['N95 masks ran out and the K2 expedition left.', []],
    ['Plan B costs K 5.', ['5']],
    ['In Lagos 500 protesters marched.', ['500 protesters']],
    ['The result, Kaizer Chiefs 2 Orlando Pirates 1, left Chiefs 5 points clear.', ['2 Orlando', '1', '5 points']],
    ['Floods Kill 20 People In Assam, Over 400 Villages Submerged', ['20 People', 'Over 400 Villages']],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
