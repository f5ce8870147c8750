/**
 * What the analysis learns once per article and reuses for every claim:
 * acronyms the article introduces in parentheses, and the words it uses in
 * lower case (so a capitalised "Relations" starting a sentence is known to be
 * an ordinary word, while "Islamabad" is a name).
 */
import { tokenize, type Token } from './tokens';

export interface ArticleContext {
  readonly articleText: string;
  /** "TTP" -> "Tehrik-e-Taliban Pakistan (TTP)", as first introduced. */
  readonly acronyms: ReadonlyMap<string, string>;
  /** Lower-case words the article uses in lower case somewhere. */
  readonly lowercaseWords: ReadonlySet<string>;
}

/** Skipped inside long names: "Ministry of Foreign Affairs (MoFA)". */
const SKIPPABLE = /^(?:of|for|and|the|on|in|de|e|i|ul|al|el|at|to|a|an|&)$/i;

/** Initials of a word and of each hyphenated part: "Tehrik-e-Taliban" -> T, E, T. */
function initials(word: string): string[] {
  return word
    .split(/[-‑]/)
    .filter((p) => p.length > 0)
    .map((p) => p.charAt(0).toUpperCase());
}

/**
 * Whether the letters of an acronym run through the initials of the words
 * in order: every acronym letter matched, the first on the first word, and
 * no capitalised word left out.
 */
function acronymFits(acronym: string, words: readonly Token[]): boolean {
  const letters = acronym.replace(/[^A-Z0-9]/g, '');
  if (letters.length < 2) return false;
  const first = words[0];
  if (!first || !first.capital || first.text.charAt(0).toUpperCase() !== letters[0]) return false;
  let k = 0;
  for (const w of words) {
    const parts = initials(w.text);
    let used = false;
    for (const p of parts) {
      if (k < letters.length && p === letters[k]) {
        k++;
        used = true;
      }
    }
    if (!used && w.capital && !SKIPPABLE.test(w.text)) return false;
  }
  return k === letters.length;
}

/** The long name just before "(ACR)": the fewest words back (at most 10) that the acronym fits. */
function longNameBefore(text: string, parenStart: number, acronym: string): string | null {
  const from = Math.max(0, parenStart - 160);
  const window = text.slice(from, parenStart);
  const tokens = tokenize(window).filter((t) => t.type === 'word' || t.text === '&');
  for (let k = 1; k <= Math.min(10, tokens.length); k++) {
    const words = tokens.slice(tokens.length - k);
    // Names do not cross punctuation: every gap between the words must be plain space.
    const firstWord = words[0]!;
    const span = window.slice(firstWord.start, window.length).trimEnd();
    if (/[,.;:!?()"“”]/.test(span.replace(/\b(?:\p{Lu}\.)+/gu, ''))) return null;
    if (acronymFits(acronym, words)) return span;
  }
  return null;
}

const INTRODUCED = /\(([A-Z][A-Za-z0-9&-]{0,10}[A-Z0-9])\)/g;
const LOWER_WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]*(?:['’-]\p{Ll}+)*/gu;

export function buildArticleContext(articleText: string): ArticleContext {
  const acronyms = new Map<string, string>();
  INTRODUCED.lastIndex = 0;
  for (let m = INTRODUCED.exec(articleText); m; m = INTRODUCED.exec(articleText)) {
    const acronym = m[1]!;
    if ((acronym.match(/[A-Z]/g)?.length ?? 0) < 2 || acronyms.has(acronym)) continue;
    const name = longNameBefore(articleText, m.index, acronym);
    if (name) acronyms.set(acronym, `${name} (${acronym})`);
  }
  const lowercaseWords = new Set<string>();
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(articleText); m; m = LOWER_WORD.exec(articleText)) lowercaseWords.add(m[0].replace(/’/g, "'"));
  return { articleText, acronyms, lowercaseWords };
}

let last: ArticleContext | null = null;

/** One article's context, built once however many claims ask (analyzeArticle asks once per row). */
export function articleContextFor(articleText: string): ArticleContext {
  if (last && last.articleText === articleText) return last;
  last = buildArticleContext(articleText);
  return last;
}
