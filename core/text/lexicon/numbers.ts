/** Numbers written as words, scales, fractions, units, currencies and the qualifiers of a quantity. Lower case. */
import { MONTHS, RELATIVE_TIME, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './time';
import { wordList, words } from './words';

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

/** Units a number is measured in: alone they say how, not what ("198 million euros" and "2 billion euros" may be a fine and a turnover). */
export const MEASURE_UNITS = words(`
  kilometres kilometers kilometre kilometer km miles mile metres meters metre meter tonnes tonne tons ton kg kilograms
  kilogram grams litres liters litre liter gallons hectares hectare acres acre points point degrees degree percent
  cent per`);

/** Currency codes written before the amount: "Rs 500", "PKR 1.2 billion", "USD 40". */
export const CURRENCY_BEFORE = words(`rs rs. pkr inr usd eur gbp aed sar cny rmb jpy chf cad aud tk r ksh sh rp rm n k br`);

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

export const CURRENCY_SYMBOLS = new Set(['$', '£', '€', '¥', '₹', '₨', '৳', '₦', '₽', '₺', '₩']);

export const PERCENT_WORDS = words(`percent pc per-cent pct`);

export const ORDINAL_PERIODS = words(`first second third fourth final last`);

/** A number right after these is an identifier, not a figure: "Article 370", "Flight 17". */
export const BEFORE_AN_IDENTIFIER = words(`
  article section clause chapter resolution flight route no no. number page paragraph rule schedule amendment room
  gate platform pillar level phase version model act order ordinance bill case division brigade corps regiment
  battalion block sector highway street road district ward lane unit grade class covid g`);

/** Definite determiners: "the two countries" refers, it does not count. */
export const DEFINITE_DETERMINERS = words(`the these those its their his her our my your both all whose`);

export const AFTER_DURATION = words(`ago earlier later before after old running long`);

/** Lower-case modifiers that may come between a number and what it counts: "40 new cases". */
export const COUNTED_NOUN_MODIFIERS = words(`
  new more additional other armed young old foreign local small large major minor senior junior former active
  unregistered undocumented registered illegal suspected confirmed innocent wounded displaced missing`);

/** Words that can start a figure; any other word is skipped at once. */
export const FIGURE_OPENING_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS, ...WEEKDAYS, ...RELATIVE_TIME, ...ORDINAL_PERIODS, ...CURRENCY_BEFORE, ...FRACTIONS, ...VAGUE_COUNTS, ...NUMBER_WORDS,
  ...WEEKDAY_ABBREVIATIONS, 'a', 'an', 'one', 'q1', 'q2', 'q3', 'q4', 'fy', 'fiscal', 'once', 'twice',
]);

/** Spans of time counted by "a": "a decade", "a year", "half a century". */
export const COUNTED_PERIODS = words(`year years decade century month fortnight week generation quarter-century`);

export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers written after a number: "800k", "4.2bn", "3 lakh", "eight hundred thousand". */
export const SCALE_VALUES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['millions', 1e6], ['m', 1e6], ['mn', 1e6], ['mln', 1e6],
  ['billion', 1e9], ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12], ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
  ['dozen', 12],
]);

/** A figure told as someone's count: "estimated", "put the toll at", "recorded", "tallied". */
export const COUNTED = /\b(?:estimat\w*|put(?:s|ting)?\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?at|tall(?:y|ies|ied)|counted|recorded|documented)\b/iu;

/** Words that show a sentence holds a figure besides digits: "two", "thousands", "half", "per cent" (a pattern's alternation, case ignored). */
export const FIGURE_WORDS_PATTERN = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|per ?cent`;

/** A comparison a fact-checker can test: "more than in any other country", "the highest since 1990", "has doubled". */
export const CHECKABLE_COMPARISON_WORDS = wordList(`
  more less fewer higher lower bigger smaller larger faster slower than highest lowest biggest smallest largest
  fastest record doubled tripled halved risen fallen rose fell increased decreased cut`);

/** Scale words written right after digits: "19 thousand", "4.2bn", "800k" (in this order: a pattern's alternation tries them so). */
export const SCALES_AFTER_DIGITS = wordList(`thousand million billion bn mn m k`);

/** Words skipped between a number and the word it is put as: "the toll at more than 70,000", "killed at least 60,000". */
export const QUALIFIERS_BEFORE_A_FIGURE: ReadonlySet<string> = new Set([
  ...QUANTITY_QUALIFIERS.flat(),
  ...words(`around about nearly almost roughly approximately some over under estimated just only to of`),
]);

// core/analysis/figures.ts

/** Scales counted by "a" or "one" ("a dozen", "a hundred people", "a million dollars"). */
export const SCALES_AFTER_A = words(`dozen hundred thousand million billion trillion`);

/** Words before "a year" that make it a rate, not a span of time ("per year", "every year", "per cent a year"). */
export const BEFORE_A_RATE = words(`per every each cent %`);

/** Words before a fraction that make it a share ("a third", "nearly a quarter", "more than half"). */
export const BEFORE_A_FRACTION = words(`a one nearly almost about over more than roughly around`);

/** Fractions that can stand alone after an article ("cut by a third.", "a quarter, officials said"). */
export const LONE_FRACTIONS = words(`third quarter fifth tenth`);

/** Words between "half of" and what it counts ("half of the residents", "a third of all voters"). */
export const BEFORE_A_FRACTION_COUNT = words(`the its their all`);

// core/analysis/claim-memory.ts

/** An ordinal's ending written after its number ("3rd", "21st"), as a word of its own. */
export const ORDINAL_ENDINGS = words(`st nd rd th`);

// core/import/speaker.ts

/** Determiners before a figure a body reports: "a loss of", "its revenue". */
export const REPORTED_FIGURE_DETERMINERS = words(`a an its their`);

/** What a body reports as a figure: "a loss of", "record profits", "revenue of", "a 12% rise". */
export const REPORTED_FIGURE_NOUNS = words(`
  loss losses profit profits deficit surplus revenue revenues turnover sales earnings income rise fall drop increase
  decrease decline growth jump`);
