/**
 * Which periods end a sentence. A period after one of these words usually
 * does not; the lists are grouped by what has to follow for the period to
 * be an abbreviation rather than a full stop.
 */

/** Titles before a name: "Mr. Khan", "Gen. Asim Munir". Never the end of a sentence. */
const TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Cpt',
  'Sgt', 'Maj', 'Adm', 'Cmdr', 'Brig', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Cpl', 'Pvt', 'Fr', 'Amb', 'Atty',
]);

/** Lower-case Latin abbreviations, followed by more of the same sentence: "e.g. Pakistan". */
const INLINE = new Set(['e.g', 'i.e', 'cf', 'vs', 'v', 'viz', 'approx', 'incl', 'esp', 'ca', 'resp']);

/** Abbreviations before a number: "No. 10", "Rs. 500", "Art. 370". */
const BEFORE_NUMBER = new Set([
  'No', 'no', 'Nos', 'nos', 'Art', 'art', 'Fig', 'fig', 'Vol', 'vol', 'Ch', 'ch', 'Sec', 'sec', 'Para', 'para', 'p',
  'pp', 'Nr', 'nr', 'Tel', 'tel', 'Ref', 'ref', 'Ex', 'Op', 'Rs', 'Sect', 'Cl',
]);

/** "Jan. 5" continues; "in Jan. Officials said" is a new sentence. */
const MONTHS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** Can end a sentence or sit inside one ("Acme Inc. rose", "Acme Inc. The next day"). */
const AMBIGUOUS = new Set([
  'Inc', 'Ltd', 'Co', 'Corp', 'Jr', 'Sr', 'etc', 'Bros', 'Plc', 'plc', 'Ave', 'Blvd', 'Rd', 'St', 'Mt', 'Ft', 'Dept',
  'Univ', 'Assn', 'Ph.D', 'al', 'Govt', 'govt', 'Intl', 'Natl', 'Est', 'Pvt.Ltd',
]);

/**
 * Words that typically begin a new sentence. After an ambiguous abbreviation
 * ("in the U.S. The ..."), one of these means the period was a full stop.
 */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'This',
  'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Moreover',
  'Furthermore', 'Also', 'Still', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Earlier', 'Later', 'Last', 'Next',
  'In', 'On', 'At', 'As', 'After', 'Before', 'Since', 'When', 'While', 'If', 'Although', 'Though', 'Because', 'For',
  'With', 'Without', 'According', 'Some', 'Many', 'Most', 'Several', 'Both', 'All', 'No', 'Not', 'One', 'Two',
  'Such', 'Other', 'Another', 'Each', 'Every', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Officials',
  'Analysts', 'Experts', 'Critics', 'Separately', 'Instead', 'Overall', 'Despite', 'During', 'Under', 'Over',
]);

function isInitial(word: string): boolean {
  return /^\p{Lu}$/u.test(word);
}

/** "U.S", "U.N", "a.m", "e.g" — letters joined by periods (the final period is the one being judged). */
function isDottedAcronym(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Is the period after `word` part of an abbreviation, given what follows?
 * `nextToken` is the next word as written (e.g. "K." or "The"); `nextIsQuote`
 * says the next sentence would begin with a quotation mark or bracket.
 */
export function isAbbreviation(word: string, nextToken: string, nextIsQuote: boolean): boolean {
  if (TITLES.has(word) || INLINE.has(word)) return true;
  const nextStartsWithDigit = /^\d/.test(nextToken);
  if (BEFORE_NUMBER.has(word) || MONTHS.has(word)) return nextStartsWithDigit;
  if (AMBIGUOUS.has(word) || isInitial(word) || isDottedAcronym(word)) {
    if (nextIsQuote) return false;
    // "J. K. Rowling": another initial follows.
    if (/^\p{Lu}\./u.test(nextToken)) return true;
    const nextWord = /^\p{L}+/u.exec(nextToken)?.[0] ?? '';
    return !SENTENCE_STARTERS.has(nextWord);
  }
  return false;
}

/** Title abbreviations (for reading a name like "Mr. Li" forward in a sentence). */
export function isTitleAbbreviation(word: string): boolean {
  return TITLES.has(word) || isInitial(word);
}
