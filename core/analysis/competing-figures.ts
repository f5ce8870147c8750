/**
 * Two sources giving different figures for the same thing — a disagreement
 * the article reports without any denial word: "one conflict monitoring
 * organisation reported around 19,000 direct deaths" / "Other research teams
 * put the toll at more than 70,000"; "Police said 12 people were killed" /
 * "Hospital officials said 40 had died". Each side disputes the other.
 *
 * A pair is linked only when everything says it is one quantity told two
 * ways: the two numbers measure the same thing (a common word right beside
 * each number, after synonyms: "deaths", "killed" and "toll" are one), they
 * differ by a quarter or more, they come from different sources (the later
 * sentence opens on "other", "another", "independent" … sources, or two
 * speakers who are not one, the later giving its figure as a count:
 * "estimated", "put the toll at"), they are close (a few paragraphs),
 * and they are not about different years. Bounded: each sentence looks at
 * most REACH rows back, so a 1 MB article stays linear.
 */
import { concepts, shared } from './concepts';
import type { AnalysisRow, InArticleDispute } from './types';
import * as stopwordsLexicon from '../text/lexicon/stopwords';
import * as numbersLexicon from '../text/lexicon/numbers';
import * as timeLexicon from '../text/lexicon/time';
import * as documentsLexicon from '../text/lexicon/documents';
import { alternation } from '../text/lexicon/words';

const { CLAIM_MEMORY_STOPWORDS } = stopwordsLexicon;
const { COUNTED, CURRENCY_WORDS, MEASURE_UNITS, QUALIFIERS_BEFORE_A_FIGURE, SCALE_VALUES, SCALES_AFTER_DIGITS } = numbersLexicon;
const { TIME_UNITS } = timeLexicon;
const { COUNTING_SOURCES, OTHER_SOURCE_WORDS } = documentsLexicon;

/** Rows back a figure looks for the figure it disagrees with. */
const REACH = 8;
/** Paragraphs apart at most. */
const PARAGRAPHS_APART = 3;
/** Figures this close (the larger over the smaller) are one figure rounded two ways. */
const SAME_WITHIN = 1.25;
/** Words after a number read for what it counts ("19,000 direct deaths from"). */
const WORDS_AFTER = 3;

interface Figure {
  value: number;
  percent: boolean;
  /** What it counts: concepts of the common words right beside the number. */
  measure: Set<string>;
  /** The number with what it is put as and counts, as written: the phrase shown for the dispute ("toll at more than 70,000"). */
  phrase: string;
}

interface Measured {
  figures: Figure[];
  years: Set<number>;
}

// A number in digits (not part of a name or code such as "F-16" or "G20"), its scale and a percent sign.
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(${alternation(SCALES_AFTER_DIGITS)})\b)?(\s?%|\s(?:per\s?cent|percent)\b)?`, 'giu');
/** Where the words beside a number stop: the clause around it. */
const CLAUSE_BREAK = /[,;:()“”"—–]|\.\s/u;
/**
 * A later sentence naming a source of its own: "Other research teams put …", "However, independent monitors …" — the
 * "other" word on a source, not on what is counted ("Another 500 homes were damaged" is more of the same).
 */
const OTHER_SOURCE = new RegExp(
  String.raw`^\W*(?:(?:but|however|yet|meanwhile|by contrast|in contrast)\b[,\s]*)?(?:the\s+)?(?:${alternation(OTHER_SOURCE_WORDS)})\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${alternation(COUNTING_SOURCES)})\b`,
  'iu',
);

/** One word (lower-cased, as wordsWithPlaces gives it) that says what something is: no stop word, no number. */
function isContentWord(word: string): boolean {
  const parts = word.match(/\p{L}[\p{L}'’-]*/gu);
  return parts?.length === 1 && !CLAIM_MEMORY_STOPWORDS.has(parts[0]!);
}

const isUnit = (word: string) => MEASURE_UNITS.has(word) || CURRENCY_WORDS.has(word) || TIME_UNITS.has(word);

/** The words of a stretch of text with where each starts, for the phrase shown. */
function wordsWithPlaces(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0].toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''), start: m.index, end: m.index + m[0].length }));
}

/**
 * What a number counts and the words that say so: the first content word after it ("19,000 direct
 * deaths": an adjective takes its noun along; a unit the word after it, "2 billion euros in fines"), and the
 * word it is put as, right before it over the qualifiers ("the toll at more than 70,000", "killed at least
 * 60,000"; a reporting verb between, "reported around 19,000", means it is put as nothing). Units alone
 * measure nothing. `from`/`to`: the phrase's bounds in `before` and `after`.
 */
function measureAround(before: string, after: string, withBefore: boolean): { measure: Set<string>; from: number; to: number } {
  const counted: string[] = [];
  let to = 0;
  for (const w of wordsWithPlaces(after).slice(0, WORDS_AFTER + 1)) {
    // ("… 9% in 2023": a year is when, never what is counted.)
    if (/\d/.test(w.word)) break;
    if (w.word === '' || CLAIM_MEMORY_STOPWORDS.has(w.word) || isUnit(w.word)) {
      to = w.end;
      continue;
    }
    counted.push(w.word);
    to = w.end;
    if (!/(?:ly|al|ic|ive|ous|ct)$/.test(w.word)) break;
  }
  if (counted.length === 0) to = 0;
  const prev: string[] = [];
  let from = before.length;
  if (withBefore) {
    const back = wordsWithPlaces(before).reverse();
    for (const w of back) {
      if (QUALIFIERS_BEFORE_A_FIGURE.has(w.word)) {
        from = w.start;
        continue;
      }
      if (isContentWord(w.word)) {
        prev.push(w.word);
        from = w.start;
      }
      break;
    }
  }
  return { measure: concepts([...prev, ...counted].join(' ')), from, to };
}

function measured(row: AnalysisRow): Measured {
  const text = row.text.length > 2000 ? row.text.slice(0, 2000) : row.text;
  const figures: Figure[] = [];
  const years = new Set<number>();
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[1]!;
    let value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const scale = m[2]?.toLowerCase();
    if (scale) value *= SCALE_VALUES.get(scale) ?? 1;
    const percent = m[3] !== undefined;
    if (!scale && !percent && /^\d{4}$/.test(digits) && value >= 1800 && value <= 2100) {
      years.add(value);
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    // The clause around the number.
    const before = text.slice(Math.max(0, start - 48), start).split(CLAUSE_BREAK).pop()!;
    const after = text.slice(end, end + 48).split(CLAUSE_BREAK)[0]!;
    // A percentage measures the thing named after it ("83% turnout"); a change before it ("dropped by 11%") says nothing of what.
    const { measure, from, to } = measureAround(before, after, !percent);
    if (measure.size === 0) continue;
    const phrase = text.slice(start - before.length + from, end + to).trim();
    figures.push({ value, percent, measure, phrase });
  }
  return { figures, years };
}

function apart(a: Figure, b: Figure): boolean {
  if (a.percent !== b.percent) return false;
  if (a.percent) return Math.abs(a.value - b.value) >= 2;
  const [low, high] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  return low > 0 && high / low >= SAME_WITHIN;
}

function sameSource(a: string | null, b: string | null): boolean {
  if (!a || !b) return a === b;
  const x = a.toLowerCase().replace(/^the\s+/, '');
  const y = b.toLowerCase().replace(/^the\s+/, '');
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/**
 * Pairs of claims giving different figures for the same thing, from
 * different sources: each disputes the other (two disputes per pair).
 * `paragraphOf`: each row's paragraph; `denials`: rows that already dispute
 * something by a denial (they say what they dispute: no figure of theirs is
 * paired again).
 */
export function competingFigures(rows: readonly AnalysisRow[], paragraphOf: readonly number[], denials: ReadonlySet<number>): InArticleDispute[] {
  const out: InArticleDispute[] = [];
  const cache = new Map<number, Measured>();
  const of = (i: number) => {
    let m = cache.get(i);
    if (!m) cache.set(i, (m = measured(rows[i]!)));
    return m;
  };
  for (let j = 0; j < rows.length; j++) {
    const later = rows[j]!;
    if (later.kind !== 'claim' || denials.has(j) || !/\d/.test(later.text)) continue;
    const b = of(j);
    if (b.figures.length === 0) continue;
    const otherSource = OTHER_SOURCE.test(later.text);
    const counted = COUNTED.test(later.text);
    for (let i = j - 1; i >= 0 && i >= j - REACH; i--) {
      const earlier = rows[i]!;
      if (paragraphOf[j]! - paragraphOf[i]! > PARAGRAPHS_APART) break;
      if (earlier.kind !== 'claim' || denials.has(i) || !/\d/.test(earlier.text)) continue;
      // Another source: the later sentence says so ("Other research teams put …"), or two speakers who are not one
      // and the later figure is told as their count ("estimated", "put the toll at").
      const sources = earlier.speaker !== null && later.speaker !== null && !sameSource(earlier.speaker, later.speaker) && counted;
      if (!sources && !otherSource) continue;
      const a = of(i);
      // Different years are different quantities: "12 in 2023" and "40 in 2024".
      if (a.years.size > 0 && b.years.size > 0 && ![...a.years].some((y) => b.years.has(y))) continue;
      const pair = b.figures.flatMap((fb) => a.figures.filter((fa) => apart(fa, fb) && shared(fa.measure, fb.measure).length > 0).map((fa) => [fa, fb] as const))[0];
      if (!pair) continue;
      out.push({ denial: j, target: i, phrase: pair[1].phrase, speaker: later.speaker });
      out.push({ denial: i, target: j, phrase: pair[0].phrase, speaker: earlier.speaker });
      break;
    }
  }
  return out;
}
