/**
 * What the analysis learns once per article and reuses for every claim:
 * acronyms the article introduces in parentheses, the words it uses in
 * lower case (so a capitalised "Relations" starting a sentence is known to be
 * an ordinary word, while "Islamabad" is a name), and the full names whose
 * surnames it later uses alone ("Okafor" -> "Margaret Okafor").
 */
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as namesLexicon from '../text/lexicon/names';
import * as organisationsLexicon from '../text/lexicon/organisations';
import * as timeLexicon from '../text/lexicon/time';
import * as titlesAndRolesLexicon from '../text/lexicon/titles-and-roles';
import { tokenize, type Token } from '../text/tokens';
import { alternation } from '../text/lexicon/words';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const { ADVERB_STARTERS, IMPERATIVES, NOT_NAMES_AT_SENTENCE_START } = functionWordsLexicon;
const { ACRONYM_SKIPPED_WORDS, COMPASS, DEMONYMS, NOT_SURNAMES, PLACE_HEADS, SHORT_FORM_CONNECTORS } = namesLexicon;
const { COMPANY_NAME_SUFFIXES, COMPANY_SUFFIXES, ORGANISATION_NAME_HEADS, ORG_WORDS } = organisationsLexicon;
const { MONTHS, WEEKDAYS } = timeLexicon;
const { PORTFOLIOS, TITLES, TITLE_MODIFIERS } = titlesAndRolesLexicon;

export interface ArticleContext {
  readonly articleText: string;
  /** "TTP" -> "Tehrik-e-Taliban Pakistan (TTP)", as first introduced. */
  readonly acronyms: ReadonlyMap<string, string>;
  /** Lower-case words the article uses in lower case somewhere. */
  readonly lowercaseWords: ReadonlySet<string>;
  /** "Okafor" -> "Margaret Okafor": a surname and the one full name of two or three words the article gives it. */
  readonly surnames: ReadonlyMap<string, string>;
  /**
   * "United Nations Interim Force" -> "United Nations Interim Force in Lebanon (UNIFIL)", "Fjordkraft" -> "Fjordkraft Holding":
   * a short form of a longer name the article introduces (cut before "in"/"of"/"for", or before a company suffix); only when one name fits.
   */
  readonly fuller?: ReadonlyMap<string, string>;
}

/** Words a company's full name ends on after its short name: "Fjordkraft Holding", "Norvance Group". */
export const COMPANY_SUFFIX = new RegExp(`^(?:${alternation(COMPANY_SUFFIXES)})$`, 'u');

/** Is `short` the longer name `full` cut before a connector ("... in Lebanon (UNIFIL)") or before company suffixes? */
export function isShortFormOf(short: string, full: string): boolean {
  if (!full.startsWith(`${short} `) || short.length < 3) return false;
  const rest = full.slice(short.length + 1).replace(/\s*\([^)]*\)$/u, '').split(/\s+/u);
  if (rest.length >= 2 && SHORT_FORM_CONNECTORS.has(rest[0] ?? '') && /^\p{Lu}/u.test(rest[1] ?? '')) return true;
  return rest.length > 0 && rest.length <= 2 && rest.every((w) => COMPANY_SUFFIX.test(w));
}

/** A company's name with its suffix: "Fjordkraft Holding", "Halberg Logistik Group". */
const COMPANY_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])((?:\p{Lu}[\p{L}\p{M}&'’-]*[ \t]+){1,3})(${alternation(COMPANY_NAME_SUFFIXES)})(?![\p{L}\p{M}])`, 'gu');

function buildFuller(articleText: string, acronyms: ReadonlyMap<string, string>): Map<string, string> {
  const found = new Map<string, string | null>();
  const add = (short: string, full: string) => {
    if (!isShortFormOf(short, full)) return;
    const known = found.get(short);
    if (known === undefined) found.set(short, full);
    else if (known !== full) found.set(short, null);
  };
  for (const full of acronyms.values()) {
    const words = full.replace(/\s*\([^)]*\)$/u, '').split(' ');
    for (let k = 1; k < words.length; k++) if (SHORT_FORM_CONNECTORS.has(words[k] ?? '')) add(words.slice(0, k).join(' '), full);
  }
  COMPANY_NAME.lastIndex = 0;
  let n = 0;
  for (let m = COMPANY_NAME.exec(articleText); m && n++ < 500; m = COMPANY_NAME.exec(articleText)) {
    const words = m[1]!.trim().split(/[ \t]+/u);
    // "The Fjordkraft Holding", "Said Fjordkraft Holding": every tail of the capitalised run is a candidate short name.
    for (let k = 0; k < words.length; k++) {
      const short = words.slice(k).join(' ');
      add(short, `${short} ${m[2]}`);
    }
  }
  const fuller = new Map<string, string>();
  for (const [short, full] of found) if (full) fuller.set(short, full);
  return fuller;
}

/** Skipped inside long names: "Ministry of Foreign Affairs (MoFA)". */
const SKIPPABLE = new RegExp(`^(?:${alternation(ACRONYM_SKIPPED_WORDS)})$`, 'i');

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

/** A run of two or more capitalised words (each with a lower-case letter), initials allowed inside: "Jane Q. Doe". */
const NAME_RUN =
  /(?<![\p{L}\p{M}\d'’.-])\p{Lu}[\p{L}\p{M}'’-]*?\p{Ll}[\p{L}\p{M}'’-]*(?:[ \t]+(?:\p{Lu}\.[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*?\p{Ll}[\p{L}\p{M}'’-]*)+/gu;

const WORD = /\S+/gu;

/** A word that is no part of a person's name: a title, a month, an ordinary word capitalised by position, a place or office. */
function notPersonal(word: string, lowercase: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  return (
    lowercase.has(w) || TITLES.has(w) || TITLE_MODIFIERS.has(w) || PORTFOLIOS.has(w) || NOT_NAMES_AT_SENTENCE_START.has(w) || ADVERB_STARTERS.has(w) ||
    IMPERATIVES.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || DEMONYMS.has(w) || PLACE_HEADS.has(w) || ORG_WORDS.has(w) ||
    ORGANISATION_NAME_HEADS.has(w) || COMPASS.has(w) || NOT_SURNAMES.has(w) ||
    // "Tehrik-e-Taliban", "Taliban-led": a lower-case part is no person's name.
    /[-‑]\p{Ll}/u.test(word)
  );
}

function orgTail(word: string): boolean {
  const w = word.toLowerCase();
  return ORGANISATION_NAME_HEADS.has(w) || PLACE_HEADS.has(w) || NOT_SURNAMES.has(w) || ORG_WORDS.has(w);
}

/** Whether `word` first occurs in the text at `at` (as a whole word): the full name introduced it. */
function firstAt(text: string, word: string, at: number): boolean {
  for (let i = text.indexOf(word); i >= 0 && i <= at; i = text.indexOf(word, i + 1)) {
    const before = text.charAt(i - 1);
    const after = text.charAt(i + word.length);
    if (!/[\p{L}\p{M}\d]/u.test(before) && !/[\p{L}\p{M}\d]/u.test(after)) return i === at;
  }
  return false;
}

/**
 * Surnames the article can use alone: the last word of every run of two or
 * three name-like words ("Margaret Okafor", "Ali Amin Gandapur"), when only
 * one full name ends in it (a shorter one that the longer ends with, "Amin
 * Gandapur", is the same person). Titles, offices and ordinary words split a run.
 */
function buildSurnames(articleText: string, lowercase: ReadonlySet<string>): Map<string, string> {
  const candidates = new Map<string, string[] | null>();
  const add = (words: readonly string[], at: number) => {
    if (words.length < 2 || words.length > 3) return;
    const surname = words[words.length - 1]!;
    const full = words.join(' ');
    const known = candidates.get(surname);
    if (known === null) return;
    if (!known) {
      // A person is named in full before the surname stands alone ("Pakistan" before "Radio Pakistan" is no surname).
      candidates.set(surname, firstAt(articleText, surname, at + full.length - surname.length) ? [full] : null);
      return;
    }
    if (known.includes(full)) return;
    // One ends the other ("Amin Gandapur", "Ali Amin Gandapur"): keep the longer; else two people share the surname.
    const longer = known.find((k) => k.endsWith(` ${full}`));
    if (longer) return;
    const shorter = known.findIndex((k) => full.endsWith(` ${k}`));
    if (shorter >= 0 && known.length === 1) known[shorter] = full;
    else candidates.set(surname, null);
  };
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(articleText); m; m = NAME_RUN.exec(articleText)) {
    let segment: string[] = [];
    let segmentStart = m.index;
    const flush = () => {
      add(segment, segmentStart);
      segment = [];
    };
    // "Chancellor of the Exchequer Daniel Okafor": the run's first word ends an office's name.
    let skip = /\bof(?:[ \t]+the)?[ \t]+$/iu.test(articleText.slice(Math.max(0, m.index - 8), m.index));
    WORD.lastIndex = 0;
    for (let w = WORD.exec(m[0]); w; w = WORD.exec(m[0])) {
      const raw = w[0];
      const start = m.index + w.index;
      const last = raw.charAt(raw.length - 1);
      const word = last === 's' || last === "'" || last === '’' ? raw.replace(/['’]s?$/u, '') : raw;
      if (word.length === 2 && word.charAt(1) === '.') continue; // a middle initial
      if (skip || notPersonal(word, lowercase)) {
        skip = false;
        // "Ashcombe Leisure Centre", "Halberg Logistik Group": the words before an organisation's head are its name.
        if (orgTail(word)) segment = [];
        flush();
        continue;
      }
      if (segment.length === 0) segmentStart = start;
      segment.push(word);
      // "Jane Doe's Labour colleagues": a possessive ends the name.
      if (word !== raw) flush();
    }
    flush();
  }
  const surnames = new Map<string, string>();
  for (const [surname, full] of candidates) if (full && full.length === 1) surnames.set(surname, full[0]!);
  return surnames;
}

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
  return { articleText, acronyms, lowercaseWords, surnames: buildSurnames(articleText, lowercaseWords), fuller: buildFuller(articleText, acronyms) };
}

let last: ArticleContext | null = null;

/** One article's context, built once however many claims ask (analyzeArticle asks once per row). */
export function articleContextFor(articleText: string): ArticleContext {
  if (last && last.articleText === articleText) return last;
  last = buildArticleContext(articleText);
  return last;
}
