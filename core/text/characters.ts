/**
 * Character tests used while scanning article text. They work on UTF-16 code
 * units so a scan over a 10 MiB article stays linear and allocation-free.
 */

/** Exactly the characters JavaScript's `\s` matches (so `trim()` and our spans agree). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function codePointString(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

export function isUpperAt(text: string, i: number): boolean {
  return /^\p{Lu}/u.test(codePointString(text, i));
}

export function isLowerAt(text: string, i: number): boolean {
  return /^\p{Ll}/u.test(codePointString(text, i));
}

/** Quotation marks and brackets that can open a sentence or a quotation. */
export function isOpenerCode(c: number): boolean {
  return (
    c === 0x22 /* " */ ||
    c === 0x27 /* ' */ ||
    c === 0x201c /* “ */ ||
    c === 0x2018 /* ‘ */ ||
    c === 0xab /* « */ ||
    c === 0x28 /* ( */ ||
    c === 0x5b /* [ */
  );
}

/** Punctuation outside ASCII that can wrap a word: curly quotes, guillemets, dashes, ellipsis. */
export const WIDE_PUNCTUATION = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x00ab, 0x00bb, 0x2013, 0x2014, 0x2026, 0x2039, 0x203a]);

/** Characters that end the clause a subject is read from. */
export const CLAUSE_BREAK_CHARACTERS = new Set([',', ';', ':', '“', '”', '"', '«', '»', '(', ')', '[', ']', '—', '–', '?', '!']);

/** A stretch of article text, as UTF-16 offsets [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A span [start, end) with surrounding whitespace removed; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Line breaks and runs of spaces become one space: for titles and speaker names, never for spans. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * The article's words cut out of a sentence may open a quotation they do not close ("claim is “absolutely not true"):
 * closed here, so the line's own marks pair up (“claim is “absolutely not true””).
 */
export function closeQuotes(phrase: string): string {
  let open = 0;
  for (const ch of phrase) {
    if (ch === '“') open++;
    else if (ch === '”' && open > 0) open--;
  }
  return open > 0 ? phrase + '”'.repeat(open) : phrase;
}
