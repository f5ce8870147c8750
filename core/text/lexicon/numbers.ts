/** Numbers written as words, scales, fractions, units, currencies and the qualifiers of a quantity. Lower case. */
import { words } from './words';

/** Written-out numbers that can stand alone ("two weeks", "fifteen people"). "one" is handled apart. */
export const NUMBER_WORDS = words(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion
  dozen`);

/** Scale words after a number: "4.2 billion", "3 lakh". */
export const SCALES = words(`hundred thousand million millions billion billions trillion trillions lakh lakhs crore crores bn mn m k`);

/** Vague counts that are still figures: "thousands of people". */
export const VAGUE_COUNTS = words(`dozens hundreds thousands millions billions tens scores`);

export const FRACTIONS = words(`
  half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths
  two-thirds three-quarters three-fourths one-third one-quarter one-fifth one-half two-fifths three-fifths four-fifths`);

/** Units and measure nouns that belong to a figure (the noun after a number is kept anyway; these may span two words). */
export const UNITS_TWO_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['per', 'cent'],
  ['percentage', 'points'],
  ['percentage', 'point'],
  ['basis', 'points'],
  ['basis', 'point'],
  ['square', 'kilometres'],
  ['square', 'kilometers'],
  ['square', 'miles'],
  ['square', 'metres'],
  ['square', 'meters'],
  ['light', 'years'],
];

export const CURRENCY_WORDS = words(`
  dollars dollar usd us$ rupees rupee rs rs. pkr inr euros euro eur pounds pound gbp sterling yuan rmb yen jpy
  afghanis afghani riyals riyal dirhams dirham lira naira rand francs franc rubles roubles ruble rouble won pesos peso takas taka`);

/** Currency codes written before the amount: "Rs 500", "PKR 1.2 billion", "USD 40". */
export const CURRENCY_BEFORE = words(`rs rs. pkr inr usd eur gbp aed sar cny rmb jpy chf cad aud tk`);

/** Qualifiers kept in front of a quantity: "over 800,000", "nearly half". Longest first. */
export const QUANTITY_QUALIFIERS: ReadonlyArray<readonly string[]> = [
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
  ['greater', 'than'],
  ['higher', 'than'],
  ['lower', 'than'],
  ['at', 'least'],
  ['at', 'most'],
  ['up', 'to'],
  ['as', 'many', 'as'],
  ['as', 'much', 'as'],
  ['as', 'few', 'as'],
  ['as', 'little', 'as'],
  ['close', 'to'],
  ['just', 'over'],
  ['just', 'under'],
  ['well', 'over'],
  ['an', 'estimated'],
  ['no', 'fewer', 'than'],
  ['no', 'more', 'than'],
  ['in', 'excess', 'of'],
  ['within'],
  ['upwards', 'of'],
  ['over'],
  ['under'],
  ['nearly'],
  ['almost'],
  ['about'],
  ['around'],
  ['approximately'],
  ['roughly'],
  ['some'],
  ['only'],
  ['just'],
  ['barely'],
  ['exactly'],
  ['precisely'],
  ['estimated'],
  ['approx.'],
  ['c.'],
  ['circa'],
];
