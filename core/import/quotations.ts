/**
 * Tracks quotation marks through a paragraph, so that who said something is
 * read only from the article's own words around a quotation ("...,” said one
 * diplomat), never from inside it, and so a quotation running over several
 * sentences can be attributed as a whole.
 */
import * as elisionsLexicon from '../text/lexicon/elisions';
import { alternation } from '../text/lexicon/words';

const { ELIDED_WORDS } = elisionsLexicon;

/**
 * The mark that opened the quotation still open, or null. Single marks (‘…’
 * and '…', the British and Commonwealth press's quotation marks) count only
 * outside a double quotation, where they are the quotation's own marks.
 */
export type OpenQuote = '“' | '"' | '«' | '‘' | "'" | null;

export interface QuoteMasked {
  /**
   * The sentence with every character inside a quotation replaced by a space
   * (same length). Single quotation marks are written as “ and ” here, so that
   * whatever reads the masked text knows one kind of quotation.
   */
  masked: string;
  openAtEnd: OpenQuote;
  /** The sentence opens, closes or continues a quotation. */
  hasQuote: boolean;
  /** The whole sentence is one quotation: `“The talks will continue.”` */
  fullyQuoted: boolean;
}

function opensBefore(prev: string): boolean {
  return prev === '' || /[\s([{—–-]/u.test(prev);
}

const LETTER = /[\p{L}\p{N}]/u;
/** Elisions that open with an apostrophe: 'em, 'tis, 'n', '90s, 'Ndrangheta. */
const ELISION = new RegExp(String.raw`^['‘](?:${alternation(ELIDED_WORDS)}|\d0s|\d\ds|\d\d(?![\p{L}\p{N}]))(?![\p{L}])`, 'iu');

/** How far into its paragraph a closing mark after a stop is looked for (characters). */
const CLOSE_IN_PARAGRAPH_REACH = 1500;

/**
 * `mark` after a stop or a comma in `rest` before its paragraph ends (at most CLOSE_IN_PARAGRAPH_REACH characters in),
 * standing where `closes` says a closing mark stands: where a quotation running on over sentences closes.
 */
function closesAfterStopInParagraph(rest: string, mark: string, closes: (text: string, at: number) => boolean): boolean {
  const paragraphEnd = rest.search(/\n\s*\n/u);
  const end = Math.min(paragraphEnd < 0 ? rest.length : paragraphEnd, CLOSE_IN_PARAGRAPH_REACH);
  for (let j = 1; j < end; j++) if (rest.charAt(j) === mark && /[.,!?…]/u.test(rest.charAt(j - 1)) && closes(rest, j)) return true;
  return false;
}

/**
 * A single mark opening a quotation: after a space or at the start, before a letter, not an elision, and closed later
 * in the sentence ("…,' she said") or, at the sentence's start, later in its paragraph (or after a colon, later in
 * the same paragraph): a quotation running on over sentences. `rest` is the text after the sentence (restOfParagraph).
 */
function opensSingle(sentence: string, i: number, rest: string): boolean {
  if (!opensBefore(i === 0 ? '' : sentence.charAt(i - 1)) || !LETTER.test(sentence.charAt(i + 1)) || ELISION.test(sentence.slice(i, i + 12))) return false;
  const close = sentence.charAt(i) === '‘' ? '’' : "'";
  for (let j = i + 2; j < sentence.length; j++) if (sentence.charAt(j) === close && closesSingle(sentence, j)) return true;
  if (sentence.slice(0, i).trim() !== '') {
    // One a colon introduces may run on over the sentences after it in its paragraph, when a mark after a stop or a
    // comma closes it there ("… added: 'This is consistent …. All the measures are crucial.'"); not "The result: 'Boro
    // fans …. The club's owners' patience …", nor "His answer: 'No comment." with nothing closing it.
    return /:\s*$/u.test(sentence.slice(0, i)) && closesAfterStopInParagraph(rest, close, closesSingle);
  }
  // In a later paragraph only a mark after a stop or a comma closes it ("… mental health.'", "…,' he said"), not a
  // plural's possessive ("The fans' patience …" after "'Boro boss Michael Carrick said …").
  const paragraphEnd = rest.search(/\n\s*\n/u);
  for (let j = 0; j < rest.length; j++) {
    if (rest.charAt(j) !== close || !closesSingle(rest, j)) continue;
    if (paragraphEnd < 0 || j < paragraphEnd || /[.,!?…]/u.test(rest.charAt(j - 1))) return true;
  }
  return false;
}

/**
 * A ’ or ' closing a quotation: after a word or a stop, and not inside a word ("don’t", "Mantashe’s"). A plural's
 * possessive before a lower-case word ("Our members' pay has fallen …,' said Pat Cullen") closes nothing when another
 * mark closes later in the sentence, or after a stop later in its paragraph (`rest`).
 */
function closesSingle(sentence: string, i: number, rest = ''): boolean {
  if (!closesByPlace(sentence, i)) return false;
  if (sentence.charAt(i - 1) === 's' && /^\s\p{Ll}/u.test(sentence.slice(i + 1, i + 3))) {
    const mark = sentence.charAt(i);
    for (let j = i + 2; j < sentence.length; j++) if (sentence.charAt(j) === mark && closesByPlace(sentence, j)) return false;
    // ("… simple: 'Stop the cuts. The nurses' union says …. We cannot go on.'": or later in the paragraph, after a stop.)
    if (closesAfterStopInParagraph(rest, mark, closesByPlace)) return false;
  }
  return true;
}

/** A mark after a word or a stop and not before a letter: where a closing mark stands. */
function closesByPlace(sentence: string, i: number): boolean {
  return /[^\s]/u.test(sentence.charAt(i - 1)) && !LETTER.test(sentence.charAt(i + 1));
}

/** “ « ” » " ‘ ' ’: the characters maskQuotations reads. */
function isQuotationMarkCode(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201d);
}

/** `rest`: the paragraph's text after the sentence, where a quotation opened at the sentence's start may close. */
export function maskQuotations(sentence: string, openAtStart: OpenQuote, rest = ''): QuoteMasked {
  let open = openAtStart;
  let hasQuote = openAtStart !== null;
  // Built run by run: the characters between two quotation marks are copied (outside a quotation) or blanked (inside) at once.
  let masked = '';
  let runStart = 0;
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (!isQuotationMarkCode(code)) continue;
    const ch = sentence.charAt(i);
    const before = open;
    let mark: string;
    if (ch === '“' || ch === '«') {
      if (open === null) open = ch;
      hasQuote = true;
      mark = ch;
    } else if (ch === '”' || ch === '»') {
      // A double mark closes a double quotation (inside a single one it is a quotation within it).
      if (open !== '‘' && open !== "'") open = null;
      hasQuote = true;
      mark = ch;
    } else if (ch === '"') {
      // Straight quotes: opening after a space or at the start, closing after a word.
      if (open === '‘' || open === "'") mark = ' ';
      else {
        const prev = i === 0 ? '' : sentence.charAt(i - 1);
        if (open !== null && (open === '"' || !opensBefore(prev))) open = null;
        else if (open === null && opensBefore(prev)) open = '"';
        hasQuote = true;
        mark = ch;
      }
    } else if (open === null && (ch === '‘' || ch === "'") && opensSingle(sentence, i, rest)) {
      open = ch;
      hasQuote = true;
      mark = '“';
    } else if ((open === '‘' && ch === '’') || (open === "'" && ch === "'")) {
      if (closesSingle(sentence, i, rest)) {
        open = null;
        mark = '”';
      } else mark = ' ';
    } else {
      // An apostrophe, or a mark that neither opens nor closes here: read as any other character.
      continue;
    }
    // The run before the mark as the quotation it was in reads it, then the mark.
    masked += (before === null ? sentence.slice(runStart, i) : ' '.repeat(i - runStart)) + mark;
    runStart = i + 1;
  }
  masked += open === null ? sentence.slice(runStart) : ' '.repeat(sentence.length - runStart);
  const fullyQuoted = openAtStart === null && open === null && /^\s*["“«]/u.test(masked) && !/\p{L}/u.test(masked);
  return { masked, openAtEnd: open, hasQuote, fullyQuoted };
}
