/**
 * Figures in one claim, as written: quantities with their qualifier and what
 * they count ("over 800,000 Afghans"), money ("$4.2 billion"), percentages
 * ("12.5 per cent"), dates ("since November 2023", "the first quarter of
 * 2024", "last year") and durations ("within two weeks").
 *
 * One left-to-right pass over the claim's tokens: a figure starts at a core
 * (a number, a written-out number, a month, a relative date ...), grows to
 * the right (range, scale, unit, counted noun) and then to the left
 * (qualifier). Every figure is a slice of the claim.
 */
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as numbersLexicon from '../text/lexicon/numbers';
import * as timeLexicon from '../text/lexicon/time';
import { isNumberInName, type Token } from '../text/tokens';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const { NOT_A_COUNTED_NOUN } = functionWordsLexicon;
const {
  AFTER_DURATION, BEFORE_AN_IDENTIFIER, COUNTED_NOUN_MODIFIERS, COUNTED_PERIODS, CURRENCY_BEFORE,
  CURRENCY_SYMBOLS, CURRENCY_WORDS, DEFINITE_DETERMINERS, FIGURE_OPENING_WORDS, FRACTIONS, NUMBER_WORDS,
  ORDINAL_PERIODS, PERCENT_WORDS, QUANTITY_QUALIFIERS, SCALES, UNITS_TWO_WORDS, VAGUE_COUNTS,
  SCALES_AFTER_A, BEFORE_A_RATE, BEFORE_A_FRACTION, LONE_FRACTIONS, BEFORE_A_FRACTION_COUNT,
} = numbersLexicon;
const {
  MONTHS, RELATIVE_TIME, TIME_QUALIFIERS, TIME_UNITS, TIME_ZONES, WEEKDAYS, WEEKDAY_ABBREVIATIONS,
  CLOCK_WORDS, BEFORE_AMBIGUOUS_MONTH, RELATIVE_PERIODS,
} = timeLexicon;

interface Span {
  first: number;
  /** Index of the last token (inclusive). */
  last: number;
  /** A date or a duration: takes time qualifiers ("since", "within"). */
  temporal: boolean;
  /** "a year": right after another figure it is a rate of it ("four metres a year"), not a figure. */
  rate?: boolean;
}

const DAY_SUFFIX = /^(\d{1,2})(?:st|nd|rd|th)?$/;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word';
}

function isYear(t: Token | undefined): boolean {
  if (!t || t.type !== 'number') return false;
  const m = /^(\d{4})s?$/.exec(t.text);
  if (!m) return false;
  const y = Number(m[1]);
  return y >= 1800 && y <= 2100;
}

function isDay(t: Token | undefined): boolean {
  if (!t || t.type !== 'number') return false;
  const m = DAY_SUFFIX.exec(t.text);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31;
}

function isMonth(t: Token | undefined): boolean {
  return isWord(t) && t.capital && MONTHS.has(t.lower);
}

/** Tokens i and i+1 touch (no space): "$4", "12.5%". */
function touching(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && !t.spaceBefore;
}

function isNumberWord(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (NUMBER_WORDS.has(t.lower)) return true;
  // twenty-five, forty-two
  const parts = t.lower.split(/[-‑]/);
  return parts.length === 2 && parts.every((p) => NUMBER_WORDS.has(p) || p === 'one');
}

/** A word that may be what a number counts: "Afghans", "people", "new", "tonnes". */
function isCountable(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  const w = t.lower;
  if (NOT_A_COUNTED_NOUN.has(w) || MONTHS.has(w) || WEEKDAYS.has(w)) return false;
  if (w.length < 2 && w !== 'm') return false;
  if (/(?:ly|ing|ed)$/.test(w) && !/(?:ling|eed|red|ded|ked)$/.test(w)) return false;
  return true;
}

/** Matches a word sequence ending at index end-1; returns its first index or -1. */
function matchBefore(tokens: readonly Token[], end: number, phrases: ReadonlyArray<readonly string[]>): number {
  for (const phrase of phrases) {
    const from = end - phrase.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      const t = tokens[from + k];
      if (!t || t.lower !== phrase[k] || (t.type !== 'word' && t.lower !== 'approx.')) {
        ok = false;
        break;
      }
    }
    if (ok) return from;
  }
  return -1;
}

/** After a quantity: range, scale, percent/unit/currency, then what it counts. Returns the last index. */
function extendQuantity(tokens: readonly Token[], last: number, money: boolean): { last: number; temporal: boolean } {
  let j = last;
  const at = (k: number) => tokens[k];
  // Range: "10-15", "10 to 15", "between 10 and 15" (the "between" is a qualifier, see below).
  const sep = at(j + 1);
  if (sep && (sep.text === '-' || sep.text === '–' || sep.lower === 'to' || sep.lower === 'and') && at(j + 2)?.type === 'number') {
    if (sep.lower !== 'and' || at(j - 1)?.lower === 'between') j += 2;
  }
  // Scale: "4.2 billion", "tens of thousands".
  while (isWord(at(j + 1)) && SCALES.has(at(j + 1)!.lower) && at(j + 1)!.lower.length > 1) j++;
  // Percent.
  if (at(j + 1)?.text === '%' && touching(tokens, j + 1)) return { last: j + 1, temporal: false };
  if (isWord(at(j + 1)) && PERCENT_WORDS.has(at(j + 1)!.lower)) return { last: j + 1, temporal: false };
  for (const [a, b] of UNITS_TWO_WORDS) {
    if (at(j + 1)?.lower === a && at(j + 2)?.lower === b) return { last: j + 2, temporal: false };
  }
  if (money) {
    // "$4.2 billion a year" stops at the amount.
    return { last: j, temporal: false };
  }
  if (isWord(at(j + 1)) && CURRENCY_WORDS.has(at(j + 1)!.lower)) return { last: j + 1, temporal: false };
  // Durations: "two weeks", "48 hours", "two weeks ago".
  if (isWord(at(j + 1)) && TIME_UNITS.has(at(j + 1)!.lower)) {
    j++;
    if (isWord(at(j + 1)) && AFTER_DURATION.has(at(j + 1)!.lower) && at(j + 1)!.lower !== 'before' && at(j + 1)!.lower !== 'after') j++;
    return { last: j, temporal: true };
  }
  // Time of day: "10:30 am", "18.32 BST".
  if (isWord(at(j + 1)) && (CLOCK_WORDS.has(at(j + 1)!.lower) || TIME_ZONES.has(at(j + 1)!.text))) return { last: j + 1, temporal: true };
  // "7.8 million last September": a date after the figure is a figure of its own, not what it counts.
  if (matchRelative(tokens, j + 1) >= 0) return { last: j, temporal: false };
  // What is counted: one word, or an adjective/demonym and a noun ("800,000 Afghan refugees").
  if (isCountable(at(j + 1))) {
    j++;
    const next = at(j + 1);
    if (isCountable(next) && !next!.capital && !/['’]s$/.test(tokens[j]!.text) && !CURRENCY_WORDS.has(tokens[j]!.lower)) {
      const prev = tokens[j]!;
      // Only when the first reads as a modifier: a capitalised demonym or a lower-case adjective-like word.
      // ... or a noun modifying a plural noun: "three freight forwarders", "100 police officers".
      const nounPair = !/s$/.test(prev.lower) && /[^s]s$/.test(next!.lower);
      if (prev.capital || COUNTED_NOUN_MODIFIERS.has(prev.lower) || nounPair || /(?:al|ic|ive|ous|ian|ese|ish|ary)$/.test(prev.lower)) j++;
    }
  }
  return { last: j, temporal: false };
}

/** A date starting at i: "November 2023", "12 March 2024", "March 12, 2024", "2025-02-18". */
function matchDate(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const at = (k: number) => tokens[k];
  if (isMonth(t)) {
    let j = i;
    // "Jan." and "Sept." carry their dot; "May." ends a sentence.
    if (at(j + 1)?.text === '.' && touching(tokens, j + 1) && t.text.length <= 4 && !/^(?:may|june|july)$/.test(t.lower) && (isDay(at(j + 2)) || isYear(at(j + 2)))) j++;
    if (isDay(at(j + 1))) {
      j++;
      if (at(j + 1)?.text === ',' && isYear(at(j + 2))) j += 2;
      else if (isYear(at(j + 1))) j++;
      return j;
    }
    if (isYear(at(j + 1))) return j + 1;
    // A month alone only after a time word: "in March", "since May", "early June".
    const before = at(i - 1)?.lower ?? '';
    if (t.lower === 'may' || t.lower === 'march') {
      return BEFORE_AMBIGUOUS_MONTH.has(before) ? j : -1;
    }
    return j;
  }
  if (isDay(t) && isMonth(at(i + 1))) {
    let j = i + 1;
    if (isYear(at(j + 1))) j++;
    return j;
  }
  // "the 5th of March"
  if (isDay(t) && /(?:st|nd|rd|th)$/.test(t.text) && at(i + 1)?.lower === 'of' && isMonth(at(i + 2))) {
    let j = i + 2;
    if (isYear(at(j + 1))) j++;
    return j;
  }
  // ISO and numeric dates: 2025-02-18, 18/02/2025, 18.02.2025 are single tokens or touching ones.
  if (t.type === 'number' && /^\d{1,4}$/.test(t.text)) {
    const s1 = at(i + 1);
    const n2 = at(i + 2);
    const s2 = at(i + 3);
    const n3 = at(i + 4);
    if (s1 && n2 && s2 && n3 && (s1.text === '-' || s1.text === '/') && s2.text === s1.text && !s1.spaceBefore && !n2.spaceBefore && !s2.spaceBefore && !n3.spaceBefore && n2.type === 'number' && n3.type === 'number' && /^\d{1,2}$/.test(n2.text) && /^\d{2,4}$/.test(n3.text) && (t.text.length === 4 || n3.text.length >= 2)) {
      return i + 4;
    }
  }
  if (t.type === 'number' && /^\d{1,2}[.]\d{1,2}[.]\d{2,4}$/.test(t.text)) return i;
  return -1;
}

/** "last year", "next month", "this week", "last Tuesday", "earlier this year". */
function matchRelative(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!isWord(t) || !RELATIVE_TIME.has(t.lower)) return -1;
  const next = tokens[i + 1];
  if (!isWord(next)) return -1;
  const w = next.lower;
  const unit = RELATIVE_PERIODS.has(w);
  // "last Tuesday" is as uncheckable as "Tuesday"; "last March" names a month.
  if (unit || (next.capital && MONTHS.has(w))) {
    if (w === 'fiscal' && tokens[i + 2]?.lower === 'year') return i + 2;
    return i + 1;
  }
  return -1;
}

/** "the first quarter of 2024", "the second half of 2023", "Q1 2024", "fiscal year 2023-24". */
function matchPeriod(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (isWord(t) && ORDINAL_PERIODS.has(t.lower) && /^(?:quarter|half)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'of') {
    if (isYear(tokens[i + 3])) return i + 3;
    // "the first quarter of last year", "the second half of this year".
    const relative = matchRelative(tokens, i + 3);
    if (relative >= 0 && /^(?:year|fiscal)$/.test(tokens[i + 4]?.lower ?? '')) return relative;
  }
  // "in the first quarter", "by the end of the second quarter": a quarter of the year the article speaks of.
  if (isWord(t) && ORDINAL_PERIODS.has(t.lower) && t.lower !== 'last' && /^quarters?$/.test(tokens[i + 1]?.lower ?? '') && tokens[i - 1]?.lower === 'the') {
    return i + 1;
  }
  if (isWord(t) && /^q[1-4]$/.test(t.lower) && isYear(tokens[i + 1])) return i + 1;
  if (isWord(t) && /^(?:fy|fiscal)$/.test(t.lower)) {
    let j = i;
    if (tokens[j + 1]?.lower === 'year') j++;
    if (isYear(tokens[j + 1])) {
      j++;
      if ((tokens[j + 1]?.text === '-' || tokens[j + 1]?.text === '–' || tokens[j + 1]?.text === '/') && tokens[j + 2]?.type === 'number' && !tokens[j + 2]!.spaceBefore) j += 2;
      return j;
    }
  }
  return -1;
}

function mayStartFigure(t: Token): boolean {
  if (t.type !== 'word') return true;
  if (FIGURE_OPENING_WORDS.has(t.lower)) return true;
  const dash = t.lower.indexOf('-');
  return dash > 0 && NUMBER_WORDS.has(t.lower.slice(0, dash));
}

/** The figure whose core starts at token i, or null. */
function figureAt(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i]!;
  if (!mayStartFigure(t)) return null;
  const prev = tokens[i - 1];

  const period = matchPeriod(tokens, i);
  if (period >= 0) {
    const first = prev?.lower === 'the' ? i - 1 : i;
    return { first, last: period, temporal: true };
  }
  const date = matchDate(tokens, i);
  if (date >= 0) return { first: i, last: date, temporal: true };
  const relative = matchRelative(tokens, i);
  if (relative >= 0) {
    const first = prev && /^(?:earlier|later)$/.test(prev.lower) ? i - 1 : i;
    return { first, last: relative, temporal: true };
  }
  if (isWord(t) && t.capital && (WEEKDAYS.has(t.lower) || WEEKDAY_ABBREVIATIONS.has(t.lower))) {
    // "Tue 14 May 2024", "Tuesday, 14 May": the weekday and its date are one figure.
    const k = tokens[i + 1]?.text === ',' ? i + 2 : tokens[i + 1]?.text === '.' && touching(tokens, i + 1) ? i + 2 : i + 1;
    const dated = isDay(tokens[k]) || isMonth(tokens[k]) ? matchDate(tokens, k) : -1;
    if (dated >= 0) return { first: i, last: dated, temporal: true };
    // A weekday alone ("on Monday", "Tuesday night") only says when within the week the story
    // tells of: nothing a fact-checker can check on its own, so not a figure.
    return null;
  }

  // Money: "$4.2 billion", "US$ 3m", "Rs 500 million", "PKR 1.2bn".
  if ((t.type === 'symbol' && CURRENCY_SYMBOLS.has(t.text)) || (isWord(t) && CURRENCY_BEFORE.has(t.lower))) {
    let j = i + 1;
    if (tokens[j]?.text === '.' && touching(tokens, j)) j++;
    const amount = tokens[j];
    const usDollar = t.type === 'symbol' && prev?.text === 'US' && touching(tokens, i);
    // ("Rs 500", "PKR 1.2bn" with a space; a one-letter currency only glued to it: "R70,000", not "Plan K 5".)
    if (amount?.type === 'number' && ((t.type === 'word' && (t.text.length > 1 || touching(tokens, j))) || usDollar || touching(tokens, j))) {
      const first = usDollar ? i - 1 : i;
      const ext = extendQuantity(tokens, j, true);
      return { first, last: ext.last, temporal: false };
    }
    return null;
  }

  if (t.type === 'number') {
    if (prev && (BEFORE_AN_IDENTIFIER.has(prev.lower) || prev.text === '#') && (prev.capital || prev.text === '#' || prev.lower === 'no.')) return null;
    if (prev && isWord(prev) && touching(tokens, i)) return null; // part of a name: "F-16" split oddly
    // A number inside a name: "the Radio 4 Today programme", "Channel 4 News", "Boeing 737 Max" (capitalised words on both sides).
    if (i > 1 && prev && !FIGURE_OPENING_WORDS.has(prev.lower) && isNumberInName(tokens, i, isMonth)) return null;
    const ext = extendQuantity(tokens, i, false);
    // A bare year is a date, unless it counts something ("2000 people") or is qualified ("over 2000").
    if (ext.last === i && isYear(t)) return { first: i, last: i, temporal: true };
    return { first: i, last: ext.last, temporal: ext.temporal };
  }

  if (!isWord(t)) return null;
  const w = t.lower;

  // "a dozen", "a hundred people", "a million dollars".
  if ((w === 'a' || w === 'one') && isWord(tokens[i + 1]) && SCALES_AFTER_A.has(tokens[i + 1]!.lower)) {
    const ext = extendQuantity(tokens, i + 1, false);
    return { first: i, last: ext.last, temporal: ext.temporal };
  }
  // "a decade", "twice a year", "a year ago": a span of time counted by "a".
  const countedAt = w === 'once' || w === 'twice' ? i + 1 : i;
  if ((countedAt === i ? w === 'a' : tokens[countedAt]?.lower === 'a') && COUNTED_PERIODS.has(tokens[countedAt + 1]?.lower ?? '')) {
    const next = tokens[countedAt + 2];
    // "a year-long", "a decade of": fine; "a year old" stays with its number elsewhere.
    // "per year", "every year", "$40 a year" (a rate: the amount is the figure).
    const rate = prev && (BEFORE_A_RATE.has(prev.lower) || prev.type === 'number' || SCALES.has(prev.lower) || CURRENCY_WORDS.has(prev.lower));
    if (!rate) {
      let j = countedAt + 1;
      // "a year ago", "a year earlier"; "a year before." at the end of a clause ("a year before the vote" keeps the vote apart).
      const closes = tokens[countedAt + 3] === undefined || tokens[countedAt + 3]!.type === 'symbol';
      if (isWord(next) && AFTER_DURATION.has(next.lower) && ((next.lower !== 'before' && next.lower !== 'after') || closes)) j++;
      return { first: i, last: j, temporal: true, rate: w === 'a' };
    }
  }
  // "one in five Americans", "one in three".
  const every = tokens[i + 2]?.lower === 'every' ? 1 : 0;
  if ((w === 'one' || isNumberWord(t)) && tokens[i + 1]?.lower === 'in' && (isNumberWord(tokens[i + 2 + every]) || tokens[i + 2 + every]?.type === 'number')) {
    let j = i + 2 + every;
    if (isCountable(tokens[j + 1])) j++;
    return { first: i, last: j, temporal: false };
  }
  // Fractions: "two-thirds", "half of the residents", "a third of".
  if (FRACTIONS.has(w)) {
    const hyphen = w.includes('-');
    const article = prev && BEFORE_A_FRACTION.has(prev.lower);
    const ofNext = tokens[i + 1]?.lower === 'of';
    const after = tokens[i + 1];
    // "cut by a third.", "a quarter, officials said": the fraction stands alone ("a third term" is an ordinal).
    const alone = article && LONE_FRACTIONS.has(w) && (!after || after.type === 'symbol' || (NOT_A_COUNTED_NOUN.has(after.lower) && !/^(?:of|time|times)$/.test(after.lower)));
    if (!hyphen && w !== 'half' && !(article && ofNext) && !alone) return null;
    // "half a century", "half an hour ago".
    if (w === 'half' && /^(?:a|an)$/.test(after?.lower ?? '') && TIME_UNITS.has(tokens[i + 2]?.lower ?? '')) {
      let j = i + 2;
      const tail = tokens[j + 1];
      if (isWord(tail) && AFTER_DURATION.has(tail.lower) && tail.lower !== 'before' && tail.lower !== 'after') j++;
      return { first: i, last: j, temporal: true };
    }
    if (w === 'half' && !ofNext && !/^(?:a|the)$/.test(tokens[i + 1]?.lower ?? '') && !isCountable(tokens[i + 1])) return null;
    let first = i;
    if (!hyphen && prev && /^(?:a|one)$/.test(prev.lower)) first = i - 1;
    let j = i;
    if (ofNext) {
      j = i + 1;
      if (BEFORE_A_FRACTION_COUNT.has(tokens[j + 1]?.lower ?? '')) j++;
      if (isCountable(tokens[j + 1])) j++;
      else if (j > i + 1) j--; // "half of the" with nothing countable: stop at the fraction
      else j = i;
    }
    return { first, last: j, temporal: false };
  }
  // Vague counts: "thousands of people", "tens of thousands of Afghans".
  if (VAGUE_COUNTS.has(w) && tokens[i + 1]?.lower === 'of') {
    let j = i + 1;
    if (VAGUE_COUNTS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'of') j += 2;
    if (isCountable(tokens[j + 1])) return { first: i, last: j + 1, temporal: false };
    return null;
  }
  // Written-out numbers: "two weeks", "three people", "two hundred and fifty".
  const startsNumber = isNumberWord(t) || (w === 'one' && (TIME_UNITS.has(tokens[i + 1]?.lower ?? '') || SCALES.has(tokens[i + 1]?.lower ?? '')));
  if (startsNumber) {
    if (prev && DEFINITE_DETERMINERS.has(prev.lower) && !TIME_UNITS.has(tokens[i + 1]?.lower ?? '')) return null;
    let j = i;
    while (isNumberWord(tokens[j + 1]) || (tokens[j + 1]?.lower === 'and' && isNumberWord(tokens[j + 2]) && /^(?:hundred|thousand)$/.test(tokens[j]!.lower))) {
      j += tokens[j + 1]!.lower === 'and' ? 2 : 1;
    }
    const ext = extendQuantity(tokens, j, false);
    if (ext.last === j) return null; // "two" alone counts nothing we can name
    return { first: i, last: ext.last, temporal: ext.temporal };
  }
  return null;
}

/** Grows a figure to the left over its qualifier: "over 800,000", "since November 2023", "within about two weeks". */
function extendLeft(tokens: readonly Token[], span: Span, floor: number): number {
  let first = span.first;
  const q = matchBefore(tokens, first, QUANTITY_QUALIFIERS);
  // "0.2% lower than a year before": a comparison, not a qualifier of the time.
  if (q >= floor && !(span.temporal && /^(?:higher|lower|greater)$/.test(tokens[q]!.lower))) first = q;
  else if (tokens[first - 1]?.lower === 'between' && tokens.slice(first, span.last + 1).some((t) => t.lower === 'and')) first--;
  if (span.temporal) {
    const q2 = matchBefore(tokens, first, TIME_QUALIFIERS);
    if (q2 >= floor) first = q2;
    // "since the end of 2022": a preposition before "the end of".
    if (q2 >= floor && tokens[q2]!.lower === 'the') {
      const q3 = matchBefore(tokens, q2, TIME_QUALIFIERS);
      if (q3 >= floor && tokens[q3]!.lower !== 'the') first = q3;
    }
  }
  return first;
}

export function extractFigures(claim: string, tokens: readonly Token[]): string[] {
  const spans: Array<{ first: number; last: number }> = [];
  let floor = 0;
  for (let i = 0; i < tokens.length; ) {
    const span = figureAt(tokens, i);
    if (!span || span.first < floor || (span.rate && spans.length > 0 && span.first === floor)) {
      i++;
      continue;
    }
    const first = extendLeft(tokens, span, floor);
    spans.push({ first, last: span.last });
    floor = span.last + 1;
    i = floor;
  }
  const seen = new Set<string>();
  const figures: string[] = [];
  for (const s of spans) {
    const text = claim.slice(tokens[s.first]!.start, tokens[s.last]!.end);
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    figures.push(text);
  }
  return figures;
}
