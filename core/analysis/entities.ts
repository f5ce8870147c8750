/**
 * Named people, organisations and places in one claim: runs of capitalised
 * words ("United Nations Security Council", "Ali Amin Gandapur"), acronyms
 * expanded when the article introduced them ("TTP" -> "Tehrik-e-Taliban
 * Pakistan (TTP)"). Ordinary words that are capitalised only because they
 * start a sentence or a quotation ("The", "Recently", "Relations") are not
 * names, nor are titles ("Chief Minister"), months, weekdays and nationality
 * adjectives on their own.
 */
import { isShortFormOf, type ArticleContext } from './context';
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as namesLexicon from '../text/lexicon/names';
import * as numbersLexicon from '../text/lexicon/numbers';
import * as organisationsLexicon from '../text/lexicon/organisations';
import * as timeLexicon from '../text/lexicon/time';
import * as titlesAndRolesLexicon from '../text/lexicon/titles-and-roles';
import { escapeRegExp } from '../text/lexicon/words';
import { capitalisedWords, isNumberInName, type Token } from '../text/tokens';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const { ADVERB_STARTERS, IMPERATIVES, NOT_NAMES_AT_SENTENCE_START } = functionWordsLexicon;
const {
  CAPITALISED_NOT_NAMES, CAPITALS_NOT_NAMES, DEMONYMS, ENTITY_NAME_CONNECTORS, NEVER_NAME_STARTS,
  OPENERS_BEFORE_A_POSITIONAL_CAPITAL, PLACE_HEADS,
} = namesLexicon;
const { CURRENCY_BEFORE, NUMBER_WORDS } = numbersLexicon;
const { ABSTRACT_LOOKING_ORGANISATION_HEADS, ORGANISATION_NAME_HEADS, ORG_WORDS } = organisationsLexicon;
const { MONTHS, TIME_ZONES, WEEKDAYS, WEEKDAY_ABBREVIATIONS } = timeLexicon;
const { NEWSROOM_ROLES, PORTFOLIOS, TITLES, TITLE_MODIFIERS } = titlesAndRolesLexicon;

/** "R-Ohio", "D-Ga", "I-Vt.": a party and state tag after a politician's name, not a name. */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** "We're", "They'll", "Don't": a pronoun or a verb with its contraction. */
const CONTRACTION = /^(.+?)(?:'(?:re|ve|ll|d|m|s)|n't)$/;

/** An acronym as an entity: "NATO", "AT&T", "MPs", "U.N.", "COVID19" (broader than word-shape's isAcronym, which reads a speaker's words). */
/** A month or a weekday, written out or abbreviated: "Tue 14 May" is a date, not a name with a number in it. */
function isDateWord(t: Token): boolean {
  const w = t.lower.replace(/\.$/u, '');
  return MONTHS.has(w) || WEEKDAYS.has(w) || WEEKDAY_ABBREVIATIONS.has(w);
}

function isAcronymToken(t: Token): boolean {
  return t.type === 'word' && /^(?:[A-Z][A-Z0-9&]{1,7}s?|(?:[A-Z]\.){2,})$/.test(t.text) && /[A-Z].*[A-Z]/.test(t.text);
}

function plain(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  return CAPITALISED_NOT_NAMES.has(w) ? w : w.replace(/'s?$/u, '').replace(/\.$/, '');
}

/** "Taliban-led" -> "Taliban": a hyphenated word keeps only its capitalised head. */
function headLength(t: Token): number {
  const parts = t.text.split(/([-‑])/);
  let len = 0;
  for (let k = 0; k < parts.length; k += 2) {
    const part = parts[k]!;
    const capital = part.charAt(0) !== part.charAt(0).toLowerCase() || /^\d/.test(part);
    if (k > 0 && !capital && !ENTITY_NAME_CONNECTORS.has(part.toLowerCase()) && !ENTITY_NAME_CONNECTORS.has(`${part.toLowerCase()}-`)) {
      // lower-case tail ("-led", "-based"): stop, unless a capitalised part follows ("Tehrik-e-Taliban")
      const rest = parts.slice(k + 2).filter((_, x) => x % 2 === 0);
      if (!rest.some((p) => p.charAt(0) !== p.charAt(0).toLowerCase())) return len;
    }
    len += (k > 0 ? 1 : 0) + part.length;
  }
  return t.text.length;
}

interface Piece {
  start: number;
  end: number;
  tokens: Token[];
}

export interface EntityOptions {
  article: ArticleContext | null;
  /** The row is the article's headline (a Title Case one names only what the body names too). */
  headline?: boolean;
}

/** The whole claim is in capitals (a shouted headline): no acronyms can be told apart. */
function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length && i < 400; i++) {
    const c = text.charAt(i);
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= 'a' && c <= 'z') lower++;
  }
  return upper > 12 && upper > lower * 2;
}

/**
 * Most words capitalised: a Title Case headline, where every word is treated
 * like a sentence start. A sentence ending in a full stop with a lower-case
 * word in it is a sentence dense with names ("Rep. Jane Doe wrote to the
 * Pharmaceutical Research and Manufacturers of America.").
 */
/**
 * Every word of four letters or more capitalised, five or more of them, and no full stop at the end: a headline in Title
 * Case, not a byline, a name or a sentence full of names.
 */
function isHeadlineCase(tokens: readonly Token[]): boolean {
  if (tokens[tokens.length - 1]?.text === '.') return false;
  const { words, capitals } = capitalisedWords(tokens);
  return words >= 5 && capitals === words;
}

function isTitleCase(tokens: readonly Token[]): boolean {
  const { words, capitals: caps } = capitalisedWords(tokens);
  if (words < 4 || caps / words < 0.7) return false;
  let end = tokens.length - 1;
  while (end >= 0 && tokens[end]!.type === 'symbol' && /^["'”’)\]*_]$/u.test(tokens[end]!.text)) end--;
  return caps === words || tokens[end]?.text !== '.';
}

export function extractEntities(claim: string, tokens: readonly Token[], options: EntityOptions): string[] {
  if (isShouting(claim)) return [];
  const acronyms = options.article?.acronyms;
  const lowercase = options.article?.lowercaseWords;
  const titleCase = isTitleCase(tokens);

  /** Capitalised only by position, or an ordinary word: not the start of a name. */
  const ordinary = (i: number): boolean => {
    const t = tokens[i]!;
    const w = plain(t.text);
    if (NEVER_NAME_STARTS.has(w) || CAPITALISED_NOT_NAMES.has(w)) return true;
    // "We're", "They'll", "Don't": a pronoun or verb with its contraction.
    const contracted = CONTRACTION.exec(w);
    if (contracted && (NEVER_NAME_STARTS.has(contracted[1]!) || w.endsWith("n't") || NOT_NAMES_AT_SENTENCE_START.has(contracted[1]!))) return true;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const initial = i === 0 || (prev !== undefined && (OPENERS_BEFORE_A_POSITIONAL_CAPITAL.has(prev.text) || claim.slice(prev.end, t.start).includes('\n'))) || titleCase;
    if (!initial || isAcronymToken(t)) return false;
    if (NOT_NAMES_AT_SENTENCE_START.has(w) || ADVERB_STARTERS.has(w)) return true;
    // "One victim alone was conned", "Two officers were hurt" (not "One Nation", "Three Mile Island").
    if ((w === 'one' || NUMBER_WORDS.has(w)) && next !== undefined && !next.capital) return true;
    // "Go get your bike!", "Leave them in the comments": an instruction to the reader.
    if (IMPERATIVES.has(w) && !(next?.capital && !titleCase)) return true;
    // "Downing Street", "Ealing Road": a capitalised -ing or -ly word before a street or place is part of its name.
    const placeName = next?.capital === true && next.spaceBefore && PLACE_HEADS.has(plain(next.text));
    if ((lowercase?.has(w) || lowercase?.has(t.text.toLowerCase())) && !placeName) return true;
    // "Campaigners say", "Economists expect": a plural common noun opening the sentence.
    if (/(?:ers|ists|ants|ents|ors|ians|ees|ions|ments|ness|ities|ity|ances|ences|ships)$/.test(w) && !DEMONYMS.has(w) && next && !next.capital) return true;
    // "Unemployment reached …", "Inflation rose …": an abstract noun opening the sentence.
    // Not an organisation's head ("Department of Health", "Federation said"), nor in a Title Case headline.
    if (/(?:ment|tion|sion|ism|ship|hood)$/.test(w) && w.length > 6 && next && !next.capital && !titleCase && !ENTITY_NAME_CONNECTORS.has(next.lower) && !ORGANISATION_NAME_HEADS.has(w) && !ABSTRACT_LOOKING_ORGANISATION_HEADS.has(w)) return true;
    // "Posted by …", "Updated on …": a participle opening a credit.
    if (/ed$/.test(w) && w.length > 4 && next?.lower === 'by') return true;
    return /(?:ly|ing)$/.test(w) && w.length > 4 && !placeName;
  };

  const pieces: Piece[] = [];
  let run: Token[] = [];
  const flush = () => {
    // Trailing connectors never end a name.
    while (run.length > 0 && !run[run.length - 1]!.capital && !isAcronymToken(run[run.length - 1]!)) run.pop();
    if (run.length > 0) pieces.push({ start: run[0]!.start, end: run[run.length - 1]!.end, tokens: run });
    run = [];
  };

  /** "Research", "Manufacturers": a common word of an organisation's name, so "X and Y" may be one name. */
  const orgWord = (t: Token | undefined): boolean =>
    t !== undefined && t.capital && !isAcronymToken(t) && (ORG_WORDS.has(plain(t.text)) || lowercase?.has(plain(t.text)) === true);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Party tags ("R-Texas"), and a currency's letters before its amount ("KSh2.5 billion", "Rs 500"): no name.
    if (t.type === 'word' && (PARTY_TAG.test(t.text) || (CURRENCY_BEFORE.has(t.lower) && tokens[i + 1]?.type === 'number' && (t.text.length > 1 || !tokens[i + 1]!.spaceBefore)))) {
      flush();
      continue;
    }
    // "Peter Walker Political correspondent": the desk before a newsroom role is not part of the name.
    if (run.length > 0 && t.type === 'word' && !t.capital && NEWSROOM_ROLES.has(t.lower)) {
      while (run.length > 0 && isDesk(run[run.length - 1]!, lowercase)) run.pop();
      flush();
      continue;
    }
    const capital = t.type === 'word' && (t.capital || /^\d/.test(t.text) === false && isAcronymToken(t));
    // "Tuesday Mitsotakis", "on the Friday Putin flew", "the Wednesday Cabinet meeting": a weekday says when, it never starts a name.
    if (capital && run.length === 0 && WEEKDAYS.has(t.lower)) continue;
    if (capital && !(run.length === 0 && ordinary(i)) && !(run.length > 0 && titleCase && ordinary(i))) {
      if (run.length > 0 && !t.spaceBefore) {
        flush();
        continue;
      }
      // "Staff Writer\nPublished June 3": a name never runs over a line break.
      if (run.length > 0 && claim.slice(run[run.length - 1]!.end, t.start).includes('\n')) {
        flush();
        if (ordinary(i)) continue;
      }
      run.push(t);
      const head = headLength(t);
      const possessive = /['’]s?$/.test(t.text);
      if (head < t.text.length || possessive) flush();
      continue;
    }
    if (run.length > 0 && t.type === 'word' && !t.capital && ENTITY_NAME_CONNECTORS.has(t.lower) && tokens[i + 1]?.capital && !claim.slice(run[run.length - 1]!.end, tokens[i + 1]!.start).includes('\n')) {
      run.push(t);
      continue;
    }
    // "Joint Council for the Welfare of Immigrants", "Ministry of the Interior": an organisation's name
    // goes on through "of the" / "for the"; a person's does not ("the President of the United States" is two).
    if (
      run.length > 0 && t.type === 'word' && (t.lower === 'of' || t.lower === 'for') && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.capital &&
      ORGANISATION_NAME_HEADS.has(plain(run[run.length - 1]!.text)) && !claim.slice(run[run.length - 1]!.end, tokens[i + 2]!.start).includes('\n')
    ) {
      run.push(t, tokens[i + 1]!);
      i++;
      continue;
    }
    // "Pharmaceutical Research and Manufacturers of America", "Department of Health and Social Care"; not "Pakistan and Afghanistan".
    if (run.length > 0 && t.lower === 'and' && t.type === 'word' && orgWord(run[run.length - 1]) && orgWord(tokens[i + 1]) && tokens[i + 1]!.spaceBefore) {
      run.push(t);
      continue;
    }
    // "Harford Tenants' Association": a plural possessive inside a name.
    if (run.length > 0 && (t.text === "'" || t.text === '’') && !t.spaceBefore && /s$/.test(run[run.length - 1]!.text) && tokens[i + 1]?.capital && tokens[i + 1]!.spaceBefore) {
      run.push(t);
      continue;
    }
    if (run.length > 0 && t.text === '&' && tokens[i + 1]?.capital) {
      run.push(t);
      continue;
    }
    // "Radio 4 Today", "Boeing 737 Max", "Channel 4 News": a number between a name's capitalised words.
    if (run.length > 0 && isNumberInName(tokens, i, isDateWord)) {
      run.push(t);
      continue;
    }
    flush();
  }
  flush();

  const found: string[] = [];
  const expandedAcronyms = new Set<string>();
  // A Title Case headline capitalises every word ("Minister Denies Bribing Journalists to Make Story … Disappear"):
  // only what the article also writes as a name elsewhere is one.
  const headline = options.headline === true && titleCase && options.article !== null && isHeadlineCase(tokens);
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    for (let part of splitAtTitles(piece.tokens, lowercase)) {
      let name = nameText(claim, part);
      if (!name) continue;
      if (headline) {
        const named = namedPart(name, claim, options.article!.articleText);
        if (named === null) continue;
        if (named !== name) {
          part = part.slice(0, named.split(' ').length);
          name = named;
        }
      }
      if (part.length === 1 && isAcronymToken(part[0]!)) {
        const acronym = part[0]!.text.replace(/s$/, '');
        if (CAPITALS_NOT_NAMES.has(acronym.toUpperCase())) continue;
        const expansion = acronyms?.get(acronym) ?? acronyms?.get(part[0]!.text);
        if (expansion) {
          found.push(expansion);
          expandedAcronyms.add(acronym);
          continue;
        }
      }
      // "Tehrik-e-Taliban Pakistan (TTP)": the name and its acronym are one entity.
      const after = claim.slice(part[part.length - 1]!.end, part[part.length - 1]!.end + 14);
      const intro = /^\s*\(([A-Z][A-Za-z0-9&-]{0,10}[A-Z0-9])\)/.exec(after);
      if (intro && acronyms?.get(intro[1]!)?.endsWith(`${name} (${intro[1]})`)) {
        found.push(acronyms.get(intro[1]!)!);
        expandedAcronyms.add(intro[1]!);
        continue;
      }
      if (intro && acronyms?.get(intro[1]!)) {
        const full = acronyms.get(intro[1]!)!;
        if (full.includes(name)) {
          found.push(full);
          expandedAcronyms.add(intro[1]!);
          continue;
        }
      }
      // "Mineral Resources and Energy Gwede Mantashe": a portfolio run on into a person's full name the article knows.
      const person = options.article?.surnames.get(name.slice(name.lastIndexOf(' ') + 1));
      if (person !== undefined && name.endsWith(` ${person}`)) {
        found.push(person);
        continue;
      }
      // "Okafor" -> "Margaret Okafor": a surname alone stands for the full name the article gives it.
      // "United Nations Interim Force" -> "United Nations Interim Force in Lebanon (UNIFIL)", "Fjordkraft" -> "Fjordkraft Holding".
      found.push(options.article?.fuller?.get(name) ?? fullName(name, part, options.article));
    }
  }
  const kept = found.filter((e) => !expandedAcronyms.has(e));
  // A Title Case headline capitalises every word ("Minister Denies Bribing Journalists to Make Story … Disappear"):
  // only what the article also writes as a name elsewhere is one.
  return dedupe(kept);
}

/**
 * The longest opening of `name` the article also writes elsewhere as a name of its own ("Afghanistan Trade Barbs" ->
 * "Afghanistan"; not "South" of "South Africa" when the article only writes "South African"), if any.
 */
function namedPart(name: string, claim: string, articleText: string): string | null {
  const words = name.split(' ');
  for (let n = words.length; n > 0; n--) {
    const part = words.slice(0, n).join(' ');
    if (namedElsewhere(part, claim, articleText, n < words.length)) return part;
  }
  return null;
}

/** The article writes `name` as written here somewhere outside `claim` (whole words, same case; `alone`: not run on into another capitalised word). */
function namedElsewhere(name: string, claim: string, articleText: string, alone = false): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}]${alone ? '|\\s+\\p{Lu}' : ''})`, 'gu');
  const count = (text: string) => text.match(pattern)?.length ?? 0;
  return count(articleText) > count(claim);
}

/** "Okafor" -> "Margaret Okafor", "Amin Gandapur" -> "Ali Amin Gandapur": the full name the article gives a surname. */
function fullName(name: string, part: readonly Token[], article: ArticleContext | null): string {
  if (!article || part.length > 2 || isAcronymToken(part[0]!)) return name;
  const full = article.surnames.get(name.slice(name.lastIndexOf(' ') + 1));
  return full && (part.length === 1 || full.endsWith(` ${name}`)) ? full : name;
}

/** "Political", "Economics", "Health": a desk named before a newsroom role ("Political correspondent"). */
function isDesk(t: Token, lowercase: ReadonlySet<string> | undefined): boolean {
  if (isAcronymToken(t)) return false;
  const w = plain(t.text);
  return PORTFOLIOS.has(w) || TITLE_MODIFIERS.has(w) || /(?:al|ic|ics)$/.test(w) || lowercase?.has(w) === true;
}

/** "Khyber Pakhtunkhaw Chief Minister Ali Amin Gandapur" -> [Khyber Pakhtunkhaw] [Ali Amin Gandapur]. */
function splitAtTitles(tokens: readonly Token[], lowercase: ReadonlySet<string> | undefined): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = plain(t.text);
    const next = tokens[i + 1];
    const isTitle = t.capital && TITLES.has(w) && !(next && ORGANISATION_NAME_HEADS.has(plain(next.text)));
    if (isTitle) {
      // Its modifiers belong to the title: "Chief", "Foreign", "Deputy", "Mining" (a portfolio), a word the article writes in lower case.
      while (current.length > 0 && isTitleModifier(current[current.length - 1]!, lowercase)) current.pop();
      if (current.length > 0) parts.push(current);
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length > 0) parts.push(current);
  return parts.map((p) => {
    let a = 0;
    let b = p.length;
    while (a < b && (!p[a]!.capital || NEVER_NAME_STARTS.has(plain(p[a]!.text)))) a++;
    while (b > a && !p[b - 1]!.capital) b--;
    return p.slice(a, b);
  });
}

function isTitleModifier(t: Token, lowercase: ReadonlySet<string> | undefined): boolean {
  if (isAcronymToken(t)) return false;
  const w = plain(t.text);
  return TITLE_MODIFIERS.has(w) || PORTFOLIOS.has(w) || (t.capital && lowercase?.has(w) === true);
}

/** Words that name nothing alone, nor in a run of only such words ("Tuesday", "Chief Minister", "Health and Education"). */
function nameless(w: string): boolean {
  return MONTHS.has(w) || NUMBER_WORDS.has(w) || NUMBER_WORDS.has(w.split('-')[0] ?? '') || WEEKDAYS.has(w) || DEMONYMS.has(w) || TITLES.has(w) || TITLE_MODIFIERS.has(w) || NOT_NAMES_AT_SENTENCE_START.has(w) || CAPITALISED_NOT_NAMES.has(w);
}

function nameText(claim: string, part: readonly Token[]): string | null {
  if (part.length === 0) return null;
  const first = part[0]!;
  const lastToken = part[part.length - 1]!;
  let end = lastToken.start + headLength(lastToken);
  let text = claim.slice(first.start, end);
  text = text.replace(/['’]s?$/u, '').replace(/\.$/, (m) => (/(?:[A-Z]\.){2,}$/.test(text) ? m : ''));
  end = first.start + text.length;
  if (text.length < 2) return null;
  const words = text.toLowerCase().split(/\s+/);
  if (words.every((w) => nameless(w) || w === 'and' || w === '&' || w === 'of')) return null;
  // "Staff Writer", "Senior Correspondent": a byline's role, not a name.
  if (words.every((w) => NEWSROOM_ROLES.has(w) || TITLE_MODIFIERS.has(w))) return null;
  if (part.length === 1) {
    // "Tue", "BST": a weekday abbreviation or a time zone ("Sat" and "Sun" only before a day number: "The Sun" is a paper).
    const only = part[0]!;
    if (TIME_ZONES.has(only.text)) return null;
    if (WEEKDAY_ABBREVIATIONS.has(only.lower.replace(/\.$/, ''))) {
      if (!/^(?:sat|sun)\.?$/.test(only.lower)) return null;
      if (/^[\s.,]*\d/.test(claim.slice(only.end, only.end + 4))) return null;
    }
  }
  return text;
}

/**
 * Case-insensitive; a surname alone is dropped beside the full name in the
 * same claim ("Gandapur" beside "Ali Amin Gandapur").
 */
function dedupe(entities: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const e of entities) {
    const key = e.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(e);
  }
  const surnames = new Set<string>();
  for (const e of unique) {
    const words = e.split(' ');
    if (words.length >= 2 && words.length <= 4 && !e.includes('(') && words.every((w) => /^\p{Lu}/u.test(w))) {
      surnames.add(words[words.length - 1]!.toLowerCase());
    }
  }
  // "United Nations Interim Force" beside "United Nations Interim Force in Lebanon (UNIFIL)": only the fuller form.
  return unique.filter((e) => (e.includes(' ') || !surnames.has(e.toLowerCase())) && !unique.some((f) => f !== e && isShortFormOf(e, f)));
}
