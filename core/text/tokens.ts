/**
 * The ways the engine reads a text as words, all here so that no stage scans
 * words its own way:
 * - `tokenize`: numbers, words and symbols with offsets (figures, entities, denials, the article context);
 * - `writtenWords`: whitespace-separated words as written, punctuation attached (the speaker rules);
 * - `punctuatedWords`: words with the punctuation around them split off (the mention scanner).
 * Each is linear: one sticky regex or one pass over the characters.
 */
import * as characters from './characters';
import * as titles from './lexicon/titles-and-roles';
import * as shape from './word-shape';

// Local bindings: read on every character of an article (see README.md).
const { isSpaceCode, WIDE_PUNCTUATION } = characters;
const { HONORIFICS } = titles;
const { isInitials } = shape;

export type TokenType = 'number' | 'word' | 'symbol';

export interface Token {
  text: string;
  /** Lower-cased text, apostrophes normalised to "'". */
  lower: string;
  type: TokenType;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  capital: boolean;
  /** Whitespace (or nothing) separates it from the previous token: true when there is a space. */
  spaceBefore: boolean;
}

/**
 * - number: 800,000 · 4.2 · 10:30 · 1990s · 4.2bn · 10-day · 45-year-old · 3rd
 * - word: Tehrik-e-Taliban · two-thirds · Pakistan’s · COVID-19 · U.S. · a currency's letters glued to an amount
 *   ("R" of "R70,000", "KSh" of "KSh2.5 billion"; not "N95", "K2", "G7")
 * - symbol: any other single non-space character
 */
const TOKEN =
  /(\d+(?:[.,:]\d+)*(?:\p{L}{1,3}(?![\p{L}\d]))?(?:[-‑–]\p{L}+)*)|((?:R|Rs|KSh|Ksh|Sh|Rp|RM|N|K|Tk|Br)(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion|trillion)(?![\p{L}\d]))|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:['’‑-][\p{L}\d][\p{L}\p{M}\d]*)*)|(\S)/uy;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Tokenises at most `limit` characters (claims are capped upstream; this bounds the rest). */
export function tokenize(text: string, limit = 4000): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(text.length, limit);
  let i = 0;
  let space = true;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000) {
      space = true;
      i++;
      continue;
    }
    if (c > 32 && c < 128 && !isAsciiLetterOrDigit(c)) {
      // ASCII punctuation (, . " ( ...): a symbol of one character, as TOKEN's last branch would read it.
      const t = text.charAt(i);
      tokens.push({ text: t, lower: t, type: 'symbol', start: i, end: i + 1, capital: false, spaceBefore: space });
      space = false;
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m || m[0].length === 0) {
      i++;
      continue;
    }
    const t = m[0];
    const type: TokenType = m[1] ? 'number' : m[2] ? 'word' : 'symbol';
    const first = t.charAt(0);
    tokens.push({
      text: t,
      lower: t.includes('’') ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase(),
      type,
      start: i,
      end: i + t.length,
      capital: type === 'word' && first !== first.toLowerCase(),
      spaceBefore: space,
    });
    space = false;
    i += t.length;
  }
  return tokens;
}

/** A word as written, punctuation attached ("Khan,", "“We"), with its offsets. */
export interface WrittenWord {
  text: string;
  start: number;
  end: number;
}

/** The whitespace-separated words of s[from, to), with their offsets in s. */
export function writtenWords(s: string, from: number, to: number): WrittenWord[] {
  const out: WrittenWord[] = [];
  const re = /\S+/g;
  const part = s.slice(from, to);
  for (let m = re.exec(part); m; m = re.exec(part)) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** A word with the punctuation around it split off: what the mention scanner (core/attribution/mentions.ts) reads. */
export interface PunctuatedWord {
  /** The word without surrounding punctuation. */
  core: string;
  start: number;
  /** Punctuation right after the word: ",", ".", "”" ... */
  trailing: string;
  /** Punctuation right before it: "“", "(" ... */
  leading: string;
}

/** A sentence longer than this is read only up to here: real sentences are shorter; junk costs time. */
const MAX_PUNCTUATED_SCAN = 2000;
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !WIDE_PUNCTUATION.has(c) && !isSpaceCode(c);
}

/** Words with the punctuation around them split off, offsets shifted by `offset`; one pass over the characters. */
export function punctuatedWords(text: string, offset: number): PunctuatedWord[] {
  const out: PunctuatedWord[] = [];
  const end = Math.min(text.length, MAX_PUNCTUATED_SCAN);
  let i = 0;
  while (i < end) {
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
    let a = from;
    while (a < i && !isWordCode(text.charCodeAt(a))) a++;
    let b = i;
    // Trailing punctuation, but keep "." and apostrophes for now ("Mr.", "Khan’s", "diplomats’").
    while (b > a) {
      const c = text.charCodeAt(b - 1);
      if (isWordCode(c) || c === 46 || c === 39 || c === 0x2019) break;
      b--;
    }
    let core = text.slice(a, b);
    let trailing = text.slice(b, i);
    // A final period belongs to the word only in an abbreviation or initials ("Mr.", "J.").
    if (core.endsWith('.') && !HONORIFICS.test(core) && !isInitials(core)) {
      const stripped = core.replace(/\.+$/u, '');
      trailing = core.slice(stripped.length) + trailing;
      core = stripped;
    }
    out.push({ core, start: offset + a, trailing, leading: a > from ? text.slice(from, a) : '' });
  }
  return out;
}

/**
 * The number at `i` is part of a name, with capitalised words on both sides: "the Radio 4 Today programme", "Channel
 * 4 News", "Boeing 737 Max". Not a score ("Kaizer Chiefs 2 Orlando Pirates 1"), a date or a quarter ("Q3 2023
 * Nvidia", "May 3 Police"), nor in a line whose every word is capitalised ("Floods Kill 20 People In Assam").
 */
export function isNumberInName(tokens: readonly Token[], i: number, isDateWord: (t: Token) => boolean): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t || t.type !== 'number' || !/^\d{1,4}$/u.test(t.text) || !t.spaceBefore) return false;
  if (!prev || prev.type !== 'word' || !prev.capital || /\d/u.test(prev.text) || isDateWord(prev)) return false;
  if (!next || next.type !== 'word' || !next.capital || !next.spaceBefore || isDateWord(next)) return false;
  // A score: another number straight after the next name ("2 Orlando Pirates 1").
  for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) if (tokens[k]!.type === 'number') return false;
  const { words, capitals } = capitalisedWords(tokens);
  return !(words >= 4 && capitals === words);
}

/** Words of four letters or more, and how many of them are capitalised (a headline in Title Case has them all). */
export function capitalisedWords(tokens: readonly Token[]): { words: number; capitals: number } {
  let words = 0;
  let capitals = 0;
  for (const w of tokens) {
    if (w.type !== 'word' || w.text.length < 4) continue;
    words++;
    if (w.capital) capitals++;
  }
  return { words, capitals };
}
