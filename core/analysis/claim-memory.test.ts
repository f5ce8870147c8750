import { describe, expect, it } from 'vitest';
import { candidatePlan, commonMatch, figuresConflict, MATCH_THRESHOLD, profileClaim, rareUnitWeight, scoreMatch, searchUnits, stem, wordingKey, wordingMatch } from './claim-memory';
import { describeClaim } from './insight';

const profile = (text: string) => profileClaim(text, describeClaim(text, null, { articleText: text }).entities);
const score = (a: string, b: string) => scoreMatch(profile(a), profile(b));
const numbers = (text: string) => profileClaim(text).figures.filter((f) => f.kind === 'number').map((f) => f.value);

describe('figures', () => {
  it.each([
    'over 800,000 Afghans',
    'over 800k Afghans',
    'eight hundred thousand Afghans',
    'over 800 000 Afghans',
    'over 800\u202f000 Afghans',
    '0.8 million Afghans',
    'eight-hundred thousand Afghans',
  ])('reads %j as 800,000', (text) => {
    expect(numbers(text)).toEqual([800_000]);
  });

  it('reads scales, written-out numbers, percentages, years and months', () => {
    expect(numbers('$4.2bn and 4.2 billion dollars')).toEqual([4_200_000_000]);
    expect(numbers('half a million people, a dozen boats, two hundred and fifty homes, 3 lakh')).toEqual([500_000, 12, 250, 300_000]);
    expect(profileClaim('12.5 per cent, then 12.5%').figures).toEqual([{ kind: 'percent', value: 12.5, noun: null }]);
    expect(profileClaim('since Nov. 2023').figures).toEqual([
      { kind: 'month', value: 11, noun: null },
      { kind: 'year', value: 2023, noun: null },
    ]);
    // Codes and names are not figures; "may" the verb is not a month.
    expect(profileClaim('F-16 jets and COVID-19 may return').figures).toEqual([]);
  });

  it('a differing figure of the same kind conflicts; one only one side gives does not', () => {
    const f = (text: string) => profileClaim(text).figures;
    expect(figuresConflict(f('800,000 Afghans since 2023'), f('900,000 Afghans since 2023'))).toBe(true);
    expect(figuresConflict(f('800,000 Afghans since 2023'), f('800,000 Afghans since 2024'))).toBe(true);
    expect(figuresConflict(f('800,000 Afghans since 2023'), f('800,000 Afghans'))).toBe(false);
    // Both give 800,000; the leftovers count different things.
    expect(figuresConflict(f('800,000 Afghans in two waves'), f('800,000 Afghans through 3 crossings'))).toBe(false);
    expect(figuresConflict(f('800,000 Afghans in 2 camps'), f('800,000 Afghans in 3 camps'))).toBe(true);
  });
});

describe('scoreMatch', () => {
  const EXPELLED = 'More than 800,000 Afghans have been expelled since November 2023.';

  it('matches the same claim worded differently', () => {
    expect(score(EXPELLED, 'Tensions have been fuelled by a deportation drive, with over 800,000 Afghans deported since November 2023.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score(EXPELLED, 'Since November 2023, Pakistan has sent back eight hundred thousand Afghans, who were expelled.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Inflation fell to 3.2% in March, the Office for National Statistics said.', 'UK inflation dropped to 3.2 per cent in March, according to the ONS.')).toBeGreaterThanOrEqual(
      MATCH_THRESHOLD,
    );
  });

  it('a different figure is a different claim', () => {
    expect(score(EXPELLED, 'Over 900,000 Afghans have been deported since November 2023.')).toBe(0);
    expect(score(EXPELLED, 'More than 800,000 Afghans have been expelled since September 2023.')).toBe(0);
  });

  it('so are opposite verbs, a negation on one side only, and another country', () => {
    expect(score('Unemployment rose to 4.4% in June.', 'Unemployment fell to 4.4% in June.')).toBe(0);
    expect(score('The court approved the merger.', 'The court rejected the merger.')).toBe(0);
    expect(score('The ministry confirmed the campaign reached every district.', 'The ministry denied the campaign reached every district.')).toBeLessThan(MATCH_THRESHOLD);
    expect(score('Iran has deported 800,000 Afghans since November 2023.', 'Pakistan has deported 800,000 Afghans since November 2023.')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('unrelated claims and claims sharing one word do not match', () => {
    expect(score(EXPELLED, 'Inflation fell to 3.2% in March.')).toBe(0);
    expect(score('Afghan cricket fans celebrated in Kabul.', 'The Afghan embassy in Islamabad reopened.')).toBe(0);
    expect(score('', EXPELLED)).toBe(0);
  });

  it('is symmetric', () => {
    const a = 'Police arrested 17 people after clashes outside the stadium on Saturday night.';
    const b = 'Seventeen people were arrested following clashes outside the stadium on Saturday night, police said.';
    expect(score(a, b)).toBe(score(b, a));
  });
});

describe('search', () => {
  it('stems by cutting the end only', () => {
    for (const word of ['deportation', 'deported', 'countries', 'expelled', 'Pakistan’s', 'malnourished']) {
      expect(word.toLowerCase().replace(/’/g, '')).toMatch(new RegExp(`^${stem(word)}`));
    }
    expect(stem('deportation')).toBe(stem('deported'));
  });

  it('quotes every term: FTS5 syntax in a claim is text', () => {
    const units = searchUnits('"NEAR" AND OR NOT* (col:umn) ^start 800,000 "quoted" -minus +plus');
    for (const unit of units) expect(unit.fts).toMatch(/^(?:"[\p{L}\p{N}]+"|\((?:"[\p{L}\p{N}]+"(?: OR )?)+\))$/u);
    expect(units.map((u) => u.fts)).toEqual(expect.arrayContaining(['"800"', expect.stringContaining('"near"'), expect.stringContaining('"quoted"')]));
  });

  it('looks among the claims holding the rare words when there are some, else asks for two common words, newest first', () => {
    const units = searchUnits('Pakistan deported Afghans from Torkham');
    const torkham = units.find((u) => u.key.startsWith('torkh'))!;
    expect(candidatePlan(units, units.map((u) => (u === torkham ? 3 : 5000)))).toEqual({ kind: 'rare', units: [{ unit: torkham, n: 3 }] });
    const common = candidatePlan(units, units.map(() => 5000))!;
    expect(common).toEqual({ kind: 'common', units: units.slice(0, 3) });
    expect(commonMatch(units.slice(0, 3))).toMatch(/ AND /);
    expect(commonMatch(units.slice(0, 1))).toBe(`text : (${units[0]!.fts})`);
    expect(candidatePlan(units, units.map(() => 0))).toBeNull();
    // A rarer word weighs more; two uncommon ones outweigh one rarer one.
    expect(rareUnitWeight(2)).toBeGreaterThan(rareUnitWeight(20));
    expect(rareUnitWeight(50) * 2).toBeGreaterThan(rareUnitWeight(20));
  });
});

describe('claims worded the same', () => {
  const NOEL = 'Noel and Thomas signed "false certifications" attesting they had made their required rounds, according to court records.';
  const names = ['Tova Noel', 'Michael Thomas'];

  it('match whatever names both resolved their surnames to, and whatever the quotation marks and spacing', () => {
    expect(scoreMatch(profileClaim(NOEL, names), profileClaim(NOEL, names))).toBe(1);
    const curly = 'Noel and  Thomas signed “false certifications” attesting they had made their required rounds, according to court records. ';
    expect(scoreMatch(profileClaim(curly, names), profileClaim(NOEL, names))).toBe(1);
    expect(scoreMatch(profileClaim('Cruz called the suicide a “profound indictment of the system.”', ['Ted Cruz']), profileClaim('Cruz called the suicide a "profound indictment of the system."', ['Ted Cruz']))).toBe(1);
  });

  it('but not the same words about other people, a different figure or a different currency', () => {
    expect(scoreMatch(profileClaim('He resigned on Monday.', ['Boris Johnson']), profileClaim('He resigned on Monday.', ['Theresa May']))).toBeLessThan(MATCH_THRESHOLD);
    expect(score('Prices rose 5% in May.', 'Prices rose 6% in May.')).toBe(0);
    expect(scoreMatch(profileClaim('The fine was $5 million.'), profileClaim('The fine was £5 million.'))).toBeLessThan(1);
  });

  it('have one wording key, and an FTS5 expression of their words that are not stopwords', () => {
    expect(wordingKey('“We messed up;  I messed up,” Thomas allegedly told a supervisor.')).toBe(wordingKey('"We messed up; I messed up," Thomas allegedly told a supervisor.'));
    expect(wordingKey('Epstein’s unit')).toBe("epstein s unit");
    expect(wordingMatch('Cruz called the suicide a "profound')).toBe('text : ("Cruz" AND "called" AND "suicide" AND """profound")');
    expect(wordingMatch('It was.')).toBe('text : ("It" AND "was.")');
    expect(wordingMatch(' — ')).toBeNull();
  });
});
