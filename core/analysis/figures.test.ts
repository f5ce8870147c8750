import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { tokenize } from './tokens';

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
