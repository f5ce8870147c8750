/**
 * Tracks quotation marks through a paragraph, so that who said something is
 * read only from the article's own words around a quotation ("...,” said one
 * diplomat), never from inside it, and so a quotation running over several
 * sentences can be attributed as a whole.
 */

/** The mark that opened the quotation still open, or null. */
export type OpenQuote = '“' | '"' | '«' | null;

export interface QuoteMasked {
  /** The sentence with every character inside a quotation replaced by a space (same length). */
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

export function maskQuotations(sentence: string, openAtStart: OpenQuote): QuoteMasked {
  let open = openAtStart;
  let hasQuote = openAtStart !== null;
  const out: string[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence.charAt(i);
    const prev = i === 0 ? '' : sentence.charAt(i - 1);
    if (ch === '“' || ch === '«') {
      if (open === null) open = ch;
      hasQuote = true;
      out.push(ch);
    } else if (ch === '”' || ch === '»') {
      open = null;
      hasQuote = true;
      out.push(ch);
    } else if (ch === '"') {
      // Straight quotes: opening after a space or at the start, closing after a word.
      if (open !== null && (open === '"' || !opensBefore(prev))) open = null;
      else if (open === null && opensBefore(prev)) open = '"';
      hasQuote = true;
      out.push(ch);
    } else {
      out.push(open === null ? ch : ' ');
    }
  }
  const masked = out.join('');
  const fullyQuoted =
    openAtStart === null && open === null && /^\s*["“«]/u.test(sentence) && !/\p{L}/u.test(masked);
  return { masked, openAtEnd: open, hasQuote, fullyQuoted };
}
