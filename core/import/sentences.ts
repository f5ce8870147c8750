/**
 * Splits one paragraph of article text into sentences, by rules written for
 * news copy. It scans the text once (linear time on any input), unlike
 * Intl.Segmenter, which is super-linear on long strings in Node 20 and does
 * not know "Mr." or "U.S.".
 */
import { isAbbreviation, isKnownAbbreviation } from '../text/abbreviations';
import * as abbreviationsLexicon from '../text/lexicon/abbreviations';
import { isHighSurrogate, isLowerAt, isOpenerCode, isSpaceCode, isUpperAt, trimSpan, type TextSpan } from '../text/characters';
import { SPEECH_VERBS, SPEECH_VERBS_BEFORE_THAT_OR_PUNCTUATION } from '../text/lexicon/reporting-verbs';
import { ATTRIBUTION_TAIL_OPENERS } from '../text/lexicon/time';
import { DASHED_CREDIT_PATTERN } from '../text/lexicon/names';
import { isCreditedPerson } from '../attribution/names';

const { NAME_ENDING_TITLES, WORDS_BEFORE_A_TITLE } = abbreviationsLexicon;

/**
 * No sentence is longer than this: a run without full stops (a table pasted
 * as one line, a file with no punctuation) is cut at whitespace into pieces
 * a fact-checker can still read and tag.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Abbreviations are short: don't look further back than this for one. */
const MAX_ABBREVIATION_CHARS = 40;

/**
 * Marks that always end a sentence: ! ? and the full stops and question marks
 * of scripts without letter case (Urdu/Arabic ۔ ؟, Devanagari । ॥, CJK 。！？).
 */
const FIRM_TERMINATOR = /[!?\u061f\u06d4\u0964\u0965\u3002\uff01\uff1f]/u;
/** CJK marks end a sentence even with no space after them. */
function isUnspacedTerminatorCode(c: number): boolean {
  return c === 0x3002 /* 。 */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */;
}

function isTerminatorCode(c: number): boolean {
  return (
    c === 0x2e /* . */ ||
    c === 0x21 /* ! */ ||
    c === 0x3f /* ? */ ||
    c === 0x2026 /* … */ ||
    c === 0x061f /* ؟ */ ||
    c === 0x06d4 /* ۔ */ ||
    c === 0x0964 /* । */ ||
    c === 0x0965 /* ॥ */ ||
    isUnspacedTerminatorCode(c)
  );
}

/** ” " ’ » ': the closing marks of a quotation. */
function isCloseQuoteCode(c: number): boolean {
  return c === 0x22 /* " */ || c === 0x27 /* ' */ || c === 0x201d /* ” */ || c === 0x2019 /* ’ */ || c === 0xbb /* » */;
}

/** Closing quotes and brackets belong to the sentence they close: `... approval.”` */
function isCloserCode(c: number): boolean {
  return (
    isCloseQuoteCode(c) ||
    c === 0x29 /* ) */ ||
    c === 0x5d /* ] */ ||
    c === 0x2a /* * (Markdown emphasis) */ ||
    c === 0x5f /* _ */
  );
}

/** The word a period ends ("U.S", "Mr", "J"), read back to whitespace, an opening mark, an ellipsis or a dash. */
function wordBefore(text: string, periodAt: number, floor: number): string | null {
  let p = periodAt;
  while (p > floor) {
    const c = text.charCodeAt(p - 1);
    // "…Mr.", "—Dr.": an ellipsis or a dash glued to the word is not part of it.
    if (isSpaceCode(c) || isOpenerCode(c) || c === 0x2026 /* … */ || c === 0x2014 /* — */ || c === 0x2013 /* – */) break;
    if (periodAt - p >= MAX_ABBREVIATION_CHARS) return null;
    p--;
  }
  return text.slice(p, periodAt);
}

/** A single full stop. */
function run1(text: string, runStart: number, runEnd: number): boolean {
  return runEnd - runStart === 1 && text.charAt(runStart) === '.';
}

/** "--", "–" or "—" at `at`, then a space: a dash, not a list's hyphen. */
function isDashAt(text: string, at: number, end: number): boolean {
  const c = text.charAt(at);
  if (c === '–' || c === '—') return at + 1 < end && isSpaceCode(text.charCodeAt(at + 1));
  return c === '-' && text.charAt(at + 1) === '-';
}

/**
 * After a quotation that opens the sentence: one to four capitalised words ("Trump", "Mr. Obama"), a verb of saying, then
 * the full stop or a few words of when and where ("Trump tweeted before Election Day.", "Forte said."). Not "Police said
 * the man had run away." (a sentence of its own).
 */
function attributionFollows(text: string, next: number, end: number): boolean {
  const after = text.slice(next, Math.min(end, next + 160));
  const m = ATTRIBUTION_AFTER_QUOTATION.exec(after);
  if (!m || !(SPEECH_VERBS.has(m[2]!) || SPEECH_VERBS_BEFORE_THAT_OR_PUNCTUATION.has(m[2]!))) return false;
  const rest = m[3]!.trim().split(/\s+/u).filter((w) => w !== '');
  // Nothing more, or when and where it was said ("before Election Day", "on Twitter"): not a clause of its own
  // ("Biden said the attack was childish.", "Schumer replied in a short statement." after "Cruz shouted, “…?”").
  return rest.length === 0 || (rest.length <= 5 && ATTRIBUTION_TAIL_OPENERS.has(rest[0]!.toLowerCase()));
}

const ATTRIBUTION_AFTER_QUOTATION = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(\p{Ll}+)((?:\s+[^\s.!?“"]+){0,8}?)\s*[.!?](?:\s|$)/u;

/** The next word as written, after any opening quotes ("K.", "The", "2026"). */
function tokenAt(text: string, at: number, end: number): string {
  let s = at;
  while (s < end && isOpenerCode(text.charCodeAt(s))) s++;
  let e = s;
  while (e < end && e - s < 30 && !isSpaceCode(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/**
 * Does the terminator run [runStart, runEnd), followed by closers up to
 * `closersEnd` and whitespace, end the sentence that `next` would follow?
 */
function endsSentence(text: string, floor: number, runStart: number, runEnd: number, closersEnd: number, next: number, end: number): boolean {
  // `“Why?” she asked`, `e.g. the`, `3 p.m. on Monday`: lower case continues the sentence.
  if (isLowerAt(text, next)) return false;
  // "of New Market, Md. -- resulted in", "Annapolis, Md. — a small city": a dash after an abbreviation goes on with it
  // (no sentence opens on a dash; "backed by Iran. — Reuters" still ends on its word).
  if (isDashAt(text, next, end) && run1(text, runStart, runEnd) && closersEnd === runEnd && isKnownAbbreviation(wordBefore(text, runStart, floor) ?? '')) return false;
  // "at 10:44 p.m. (1344 GMT), the military said", "the U.S. (and Canada)": after an abbreviation, a bracket going on in
  // lower case or in figures with words after them goes on with the sentence (not a list's "(1) Bring …", not a bracketed
  // sentence of its own "(her thesis was on malaria.)", not a quotation).
  if (text.charAt(next) === '(' && run1(text, runStart, runEnd) && closersEnd === runEnd && BRACKET_GOING_ON.test(text.slice(next, next + 24)) && bracketHoldsNoSentence(text, next, end) && isKnownAbbreviation(wordBefore(text, runStart, floor) ?? '')) return false;
  // "“… if it ever had one.” — Joey Ayoub", "“…,” — Jane Doe, economist": a quotation's dashed credit, to the paragraph's
  // end, is its attribution (as "he said" is), not a sentence of its own.
  if (closersEnd > runEnd && isCloseQuoteCode(text.charCodeAt(closersEnd - 1)) && creditsPerson(DASHED_CREDIT.exec(text.slice(next, Math.min(end, next + 120))))) return false;
  const run = text.slice(runStart, runEnd);
  // "“… of Kentucky!” Trump tweeted before Election Day.", "“… in grocery?” Forte said.": a quotation's "!" or "?" and
  // then its attribution, capitalised only because it is a name, is one sentence (as "“Why?” she asked" is).
  if (FIRM_TERMINATOR.test(run)) return !(closersEnd > runEnd && isUpperAt(text, next) && /^\s*[“"«]/u.test(text.slice(floor, runStart)) && attributionFollows(text, next, end));
  const nextIsQuote = isOpenerCode(text.charCodeAt(next));
  if (run.length > 1 || run === '…') return isUpperAt(text, next) || nextIsQuote; // an ellipsis
  if (closersEnd > runEnd) return true; // `... official.”` / `... (see below.)`
  const word = wordBefore(text, runStart, floor);
  if (word === null || word === '') return true;
  // "… the overthrow of Hun Sen. Kem Sokha, his lawyer …": a name ending on a title's letters ends the sentence.
  // Only when the article writes the same name without a full stop elsewhere ("Hun Sen’s", "Hun Sen said"): "Texas Sen.
  // Ted Cruz" and "When Sen. Jane Doe asked" are titles.
  if (NAME_ENDING_TITLES.has(word)) {
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(floor, runStart - word.length - 40), runStart - word.length))?.[1] ?? '';
    if (/^\p{Lu}\p{Ll}+$/u.test(before) && !WORDS_BEFORE_A_TITLE.has(before) && new RegExp(`(?<![\\p{L}])${before}\\s+${word}(?![.\\p{L}])`, 'u').test(text)) return true;
  }
  return !isAbbreviation(word, tokenAt(text, next, end), nextIsQuote);
}

/** "(1344 GMT)", "(and Canada)": a bracket opening on lower case, or on a figure followed by a word (not "(1)", "(2026)"). */
const BRACKET_GOING_ON = /^\(\s*(?:\p{Ll}|\d[\d.,:]*\s+\p{L})/u;

/** The bracket opening at `at` closes within a short reach, and not on a stop: "(1344 GMT)", not "(it was the only bidder.)". */
function bracketHoldsNoSentence(text: string, at: number, end: number): boolean {
  const close = text.indexOf(')', at);
  return close > at && close < Math.min(end, at + 200) && !/[.!?]["'”’]?\s*$/u.test(text.slice(at + 1, close));
}

/** A dashed credit to the end of the paragraph: "— Joey Ayoub", "– Jane Doe, economist". */
const DASHED_CREDIT = new RegExp(`^${DASHED_CREDIT_PATTERN}`, 'u');

function creditsPerson(credit: RegExpExecArray | null): boolean {
  return credit !== null && isCreditedPerson(credit[1]!);
}

function pushTrimmed(out: TextSpan[], text: string, start: number, end: number): void {
  const span = trimSpan(text, start, end);
  if (span) out.push(span);
}

/**
 * Collects sentences, joining any "sentence" without a letter or digit (a
 * stray "...", "?!", "* * *" inside a paragraph) to its neighbour: it is
 * not a claim on its own.
 */
class SentenceCollector {
  readonly spans: TextSpan[] = [];
  private lastHasWords = true;

  constructor(private readonly text: string) {}

  add(start: number, end: number): void {
    const span = trimSpan(this.text, start, end);
    if (!span) return;
    const hasWords = /[\p{L}\p{N}]/u.test(this.text.slice(span.start, span.end));
    const last = this.spans[this.spans.length - 1];
    if (last && (!hasWords || !this.lastHasWords)) {
      last.end = span.end;
      this.lastHasWords ||= hasWords;
      return;
    }
    this.spans.push(span);
    this.lastHasWords = hasWords;
  }
}

/** Cuts an over-long span at whitespace (or, failing that, between characters). */
function pushCapped(out: TextSpan[], text: string, span: TextSpan): void {
  let s = span.start;
  while (span.end - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    let w = cut;
    while (w > s + MAX_SENTENCE_CHARS / 2 && !isSpaceCode(text.charCodeAt(w))) w--;
    if (w > s + MAX_SENTENCE_CHARS / 2) cut = w;
    else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--; // never split a surrogate pair
    pushTrimmed(out, text, s, cut);
    s = cut;
    while (s < span.end && isSpaceCode(text.charCodeAt(s))) s++;
  }
  pushTrimmed(out, text, s, span.end);
}

/** Sentences of text[start, end), trimmed, in order, each at most MAX_SENTENCE_CHARS long. */
export function splitSentences(text: string, start: number, end: number): TextSpan[] {
  const sentences = new SentenceCollector(text);
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    if (!isTerminatorCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < end && isTerminatorCode(text.charCodeAt(runEnd))) runEnd++;
    let closersEnd = runEnd;
    while (closersEnd < end && isCloserCode(text.charCodeAt(closersEnd))) closersEnd++;
    if (closersEnd >= end) break;
    // "3.5", "U.S.-based", "claimdesk.org": no whitespace, no boundary — except after a CJK full stop.
    if (!isSpaceCode(text.charCodeAt(closersEnd))) {
      if (isUnspacedTerminatorCode(text.charCodeAt(runEnd - 1))) {
        sentences.add(sentenceStart, closersEnd);
        sentenceStart = closersEnd;
      }
      i = Math.max(runEnd, closersEnd);
      continue;
    }
    let next = closersEnd;
    while (next < end && isSpaceCode(text.charCodeAt(next))) next++;
    if (next >= end) break;
    if (endsSentence(text, sentenceStart, i, runEnd, closersEnd, next, end)) {
      sentences.add(sentenceStart, closersEnd);
      sentenceStart = next;
    }
    i = next;
  }
  sentences.add(sentenceStart, end);

  const capped: TextSpan[] = [];
  for (const sentence of sentences.spans) pushCapped(capped, text, sentence);
  return capped;
}
