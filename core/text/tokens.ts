/**
 * Tokens of one claim with their offsets, so that every figure and entity
 * can be sliced from the claim exactly as written. Linear: one sticky regex.
 */

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
 * - word: Tehrik-e-Taliban · two-thirds · Pakistan’s · COVID-19 · U.S.
 * - symbol: any other single non-space character
 */
const TOKEN =
  /(\d+(?:[.,:]\d+)*(?:\p{L}{1,3}(?![\p{L}\d]))?(?:[-‑–]\p{L}+)*)|((?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:['’‑-][\p{L}\d][\p{L}\p{M}\d]*)*)|(\S)/uy;

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
      lower: t.toLowerCase().replace(/’/g, "'"),
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

/** "Pakistan’s" -> "Pakistan", "governments’" -> "governments". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}
