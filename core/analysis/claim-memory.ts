/**
 * Claim memory: is this claim one a fact-checker has already met in another
 * article, worded differently? Pure (no database): the SQL that finds
 * candidates and stores matches is db/queries/claim-memory.ts.
 *
 * Two claims match when they share enough content words (lower-cased,
 * lightly stemmed, synonyms folded: "deported" = "expelled"), their figures
 * agree ("800,000" = "800k" = "eight hundred thousand") and they do not
 * assert opposite things. A figure that differs (900,000 against 800,000),
 * an opposite verb (rose / fell) or a negation on one side only makes it a
 * different claim. A match is a suggestion, never a verdict.
 */
import * as denialLexicon from '../text/lexicon/denial';
import * as numbersLexicon from '../text/lexicon/numbers';
import * as stopwordsLexicon from '../text/lexicon/stopwords';
import * as synonymsLexicon from '../text/lexicon/synonyms';
import * as timeLexicon from '../text/lexicon/time';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const { NEGATIONS_OF_A_CLAIM } = denialLexicon;
const { NUMBER_WORD_VALUES, ORDINAL_ENDINGS, PERCENT_WORDS, SCALE_VALUES } = numbersLexicon;
const { CLAIM_MEMORY_STOPWORDS } = stopwordsLexicon;
const { CLAIM_MEMORY_OPPOSITES, CLAIM_MEMORY_SYNONYM_GROUPS } = synonymsLexicon;
const { AMBIGUOUS_MONTHS, MONTH_NUMBERS } = timeLexicon;

/** Scores at or above this are stored as matches (measured: eval/claim-memory.ts). */
export const MATCH_THRESHOLD = 0.5;

export type FigureKind = 'number' | 'percent' | 'year' | 'month';

export interface Figure {
  kind: FigureKind;
  value: number;
  /** The content word right after it, as a canonical stem ("800,000 Afghans" -> "afghan"); null when none. */
  noun: string | null;
}

export interface ClaimProfile {
  /** Content words as canonical stems. */
  words: ReadonlySet<string>;
  figures: readonly Figure[];
  /** Named people, organisations and places, normalised; sentence-initial common words dropped. */
  entities: readonly string[];
  /** Says "not", "no", "never", "denies" ... */
  negated: boolean;
  /**
   * " word word ... ": the claim's words, normalised (folded; quotation marks, punctuation and spacing gone; any
   * apostrophe read as '), for looking entities up in it, and to know two claims worded the same.
   */
  plain: string;
}

/** Lower case, diacritics and apostrophes off: as the FTS5 tokenizer (unicode61 remove_diacritics 2) sees words. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Light stemming: strip one common ending, then keep at most six letters, so
 * "deportation"/"deported" -> "deport", "countries"/"country" -> "countr".
 */
export function stem(word: string): string {
  let w = fold(word).replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (w.length > 4) {
    const cut = w.replace(/(?:ations?|itions?|ments?|ings?|edly|ers?|ies|ied|ed|es)$/u, '');
    if (cut !== w && cut.length >= 3) w = cut;
    else if (/[^su]s$/u.test(w) && !/is$/u.test(w)) w = w.slice(0, -1);
    if (/([^aeiouls])\1$/u.test(w)) w = w.slice(0, -1);
    if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  }
  return w.slice(0, 6);
}

/** stem -> the stem of its group's first word. */
const CANONICAL = new Map<string, string>();
/** canonical -> every word of its group (to search for them all). */
const GROUP_WORDS = new Map<string, string[]>();
for (const group of CLAIM_MEMORY_SYNONYM_GROUPS) {
  const head = stem(group[0]!);
  for (const word of group) CANONICAL.set(stem(word), head);
  GROUP_WORDS.set(head, [...group].map(fold));
}
const OPPOSITE_OF = new Map<string, string[]>();
for (const [x, y] of CLAIM_MEMORY_OPPOSITES) {
  const [a, b] = [CANONICAL.get(stem(x)) ?? stem(x), CANONICAL.get(stem(y)) ?? stem(y)];
  OPPOSITE_OF.set(a, [...(OPPOSITE_OF.get(a) ?? []), b]);
  OPPOSITE_OF.set(b, [...(OPPOSITE_OF.get(b) ?? []), a]);
}

function canonical(word: string): string {
  const s = stem(word);
  return CANONICAL.get(s) ?? s;
}

interface Token {
  kind: 'num' | 'word' | 'sym';
  /** Folded text (lower case, no diacritics). */
  text: string;
  capital: boolean;
  start: number;
  end: number;
}

const TOKEN = /(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)|([%$£€¥₹])/gu;
const SPACE_BETWEEN_GROUPS = /^[ \u00a0\u202f\u2009]$/u;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const bounded = text.length > 4000 ? text.slice(0, 4000) : text;
  for (const m of bounded.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const kind = m[1] ? 'num' : m[2] ? 'word' : 'sym';
    out.push({ kind, text: kind === 'word' ? fold(raw) : raw, capital: kind === 'word' && raw[0] !== raw[0]!.toLowerCase(), start, end: start + raw.length });
  }
  return out;
}

function isStop(word: string): boolean {
  return CLAIM_MEMORY_STOPWORDS.has(word.replace(/['’]s$/u, ''));
}

/** "800,000" / "1.234.567" / "12,5" / "4.2" -> a number. */
function numericValue(raw: string): number {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(raw)) return Number(raw.replace(/\./g, ''));
  if (/^\d+,\d{1,2}$/.test(raw)) return Number(raw.replace(',', '.'));
  return Number(raw.replace(/,/g, ''));
}

/** Two values written differently are one figure: 4.2 billion computed as 4200000000.0000005 is 4200000000. */
function round(value: number): number {
  return Number(value.toPrecision(9));
}

interface Parsed {
  figure: Omit<Figure, 'noun'>;
  /** Index of the first token after the figure. */
  next: number;
}

function adjacent(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** A number written in digits, with what follows it: "800,000", "800 000", "800k", "4.2 billion", "12.5 per cent", "2023". */
function parseDigits(text: string, tokens: Token[], i: number): Parsed | null {
  const first = tokens[i]!;
  // Part of a name or code: "F-16", "COVID-19", "G20".
  const before = text[first.start - 1] ?? ' ';
  if (/\p{L}/u.test(before) || (before === '-' && /\p{L}/u.test(text[first.start - 2] ?? ' '))) return null;
  let raw = first.text;
  let j = i + 1;
  // "800 000": groups of three separated by a (thin, no-break) space.
  while (/^\d{1,3}(?: \d{3})*$/.test(raw) && tokens[j]?.kind === 'num' && /^\d{3}$/.test(tokens[j]!.text) && SPACE_BETWEEN_GROUPS.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
    raw += ` ${tokens[j]!.text}`;
    j++;
  }
  let value = numericValue(raw.replace(/ /g, ''));
  if (!Number.isFinite(value)) return null;
  let scaled = false;
  for (;;) {
    const t = tokens[j];
    if (t?.kind !== 'word' || !SCALE_VALUES.has(t.text)) break;
    // A lone letter counts only written against the number: "800k", "4.2bn", "$5m" (not "5 m" of distance).
    if (t.text.length <= 2 && t.text !== 'bn' && t.text !== 'mn' && !adjacent(tokens[j - 1]!, t)) break;
    value *= SCALE_VALUES.get(t.text)!;
    scaled = true;
    j++;
  }
  // "3rd", "21st": an ordinal's ending.
  if (tokens[j]?.kind === 'word' && ORDINAL_ENDINGS.has(tokens[j]!.text) && adjacent(tokens[j - 1]!, tokens[j]!)) j++;
  const t = tokens[j];
  if (t && (t.text === '%' || (t.kind === 'word' && PERCENT_WORDS.has(t.text)))) return { figure: { kind: 'percent', value: round(value) }, next: j + 1 };
  if (t?.text === 'per' && tokens[j + 1]?.text === 'cent') return { figure: { kind: 'percent', value: round(value) }, next: j + 2 };
  const year = !scaled && /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100 && !/[$£€¥₹]/u.test(tokens[i - 1]?.text ?? '');
  return { figure: { kind: year ? 'year' : 'number', value: round(value) }, next: j };
}

function isNumberWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && (NUMBER_WORD_VALUES.has(t.text) || SCALE_VALUES.has(t.text)) && t.text.length > 2;
}

/** A number written in words: "eight hundred thousand", "two hundred and fifty", "a million", "half a million", "two dozen". */
function parseWords(tokens: Token[], i: number): Parsed | null {
  let j = i;
  let current = 0;
  let total = 0;
  const start = tokens[i]!.text;
  if (start === 'a' || start === 'an' || start === 'one') {
    if (!isNumberWord(tokens[i + 1]) || NUMBER_WORD_VALUES.has(tokens[i + 1]!.text)) return null;
    current = 1;
    j++;
  } else if (start === 'half' && tokens[i + 1]?.text === 'a' && isNumberWord(tokens[i + 2]) && !NUMBER_WORD_VALUES.has(tokens[i + 2]!.text)) {
    current = 0.5;
    j += 2;
  } else if (!NUMBER_WORD_VALUES.has(start)) {
    return null;
  }
  let seen = false;
  for (; j < tokens.length; j++) {
    const w = tokens[j]!.text;
    if (tokens[j]!.kind !== 'word') break;
    if (NUMBER_WORD_VALUES.has(w)) {
      current += NUMBER_WORD_VALUES.get(w)!;
    } else if (w === 'hundred' || w === 'dozen') {
      current = (current || 1) * SCALE_VALUES.get(w)!;
    } else if (SCALE_VALUES.has(w) && w.length > 2) {
      total += (current || 1) * SCALE_VALUES.get(w)!;
      current = 0;
    } else if (w === 'and' && seen && isNumberWord(tokens[j + 1])) {
      continue;
    } else {
      break;
    }
    seen = true;
  }
  if (!seen) return null;
  return { figure: { kind: 'number', value: round(total + current) }, next: j };
}

function monthAt(tokens: Token[], i: number): number | null {
  const t = tokens[i]!;
  const month = MONTH_NUMBERS.get(t.text);
  if (month === undefined) return null;
  if (AMBIGUOUS_MONTHS.has(t.text) && !(t.capital && (tokens[i + 1]?.kind === 'num' || tokens[i - 1]?.kind === 'num'))) return null;
  return month;
}

/** Everything the comparison needs about one claim; computed once per claim. */
export function profileClaim(text: string, entities: readonly string[] = []): ClaimProfile {
  const tokens = tokenize(text);
  const words = new Set<string>();
  const figures: Figure[] = [];
  const pending: Array<Omit<Figure, 'noun'>> = [];
  let negated = false;
  const plain: string[] = [];
  const settle = (noun: string | null) => {
    for (const f of pending.splice(0)) {
      if (!figures.some((g) => g.kind === f.kind && g.value === f.value)) figures.push({ ...f, noun });
    }
  };
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.kind === 'num') {
      const parsed = parseDigits(text, tokens, i);
      if (parsed) {
        pending.push(parsed.figure);
        i = parsed.next;
        continue;
      }
      i++;
      continue;
    }
    if (t.kind !== 'word') {
      // A currency sign is part of the wording ("$5 million" is not "£5 million"); it names no entity.
      plain.push(t.text);
      i++;
      continue;
    }
    const spoken = parseWords(tokens, i);
    if (spoken) {
      pending.push(spoken.figure);
      i = spoken.next;
      continue;
    }
    const month = monthAt(tokens, i);
    if (month !== null) {
      pending.push({ kind: 'month', value: month });
      i++;
      continue;
    }
    const w = t.text.replace(/['’]s$/u, '');
    plain.push(w.replace(/’/gu, "'"));
    if (NEGATIONS_OF_A_CLAIM.has(w) || /n['’]t$/u.test(t.text)) negated = true;
    else if (!isStop(w) && !ORDINAL_ENDINGS.has(w) && w.length >= 2) {
      const c = canonical(w);
      words.add(c);
      // What a figure counts: the first content word after it.
      if (pending.length > 0) settle(c);
    }
    i++;
  }
  settle(null);
  const normalisedEntities = [...new Set(entities.map(normaliseEntity).filter((e): e is string => e !== null))];
  return { words, figures, entities: normalisedEntities, negated, plain: ` ${plain.join(' ')} ` };
}

/** "the Foreign Office" -> "foreign office"; "More" (a sentence's first word taken for a name) -> null. */
function normaliseEntity(entity: string): string | null {
  const parts = fold(entity)
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (parts[0] === 'the') parts.shift();
  if (parts.length === 0 || parts.every((p) => isStop(p))) return null;
  return parts.join(' ');
}

/**
 * Figures the two claims both state must agree. For each kind (counts,
 * percentages, years, months): when both give some, at least one must be
 * equal, and a leftover on each side counting the same thing ("2 camps" /
 * "3 camps") is a difference too. A figure only one side gives is not.
 */
export function figuresConflict(a: readonly Figure[], b: readonly Figure[]): boolean {
  // (Most claims give none: nothing to compare, and nothing allocated to find it out.)
  if (a.length === 0 || b.length === 0) return false;
  for (const kind of ['number', 'percent', 'year', 'month'] as const) {
    const fa = a.filter((f) => f.kind === kind);
    const fb = b.filter((f) => f.kind === kind);
    if (fa.length === 0 || fb.length === 0) continue;
    const restA = fa.filter((f) => !fb.some((g) => g.value === f.value));
    const restB = fb.filter((f) => !fa.some((g) => g.value === f.value));
    if (restA.length === fa.length) return true;
    if (restA.some((f) => f.noun !== null && restB.some((g) => g.noun === f.noun))) return true;
  }
  return false;
}

function sharedFigures(a: readonly Figure[], b: readonly Figure[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return a.filter((f) => b.some((g) => g.kind === f.kind && g.value === f.value)).length;
}

function opposed(a: ClaimProfile, b: ClaimProfile): boolean {
  for (const w of a.words) {
    const opposites = OPPOSITE_OF.get(w);
    if (opposites === undefined) continue;
    for (const o of opposites) {
      if (b.words.has(o) && !a.words.has(o) && !b.words.has(w)) return true;
    }
  }
  return false;
}

/** Named in the other claim, in full or by its initials ("Office for National Statistics" as "ONS"). */
function mentions(profile: ClaimProfile, entity: string): boolean {
  if (profile.plain.includes(` ${entity} `)) return true;
  const words = entity.split(' ').filter((w) => !isStop(w));
  return words.length >= 2 && profile.plain.includes(` ${words.map((w) => w[0]).join('')} `);
}

/**
 * A named entity both claims have: one they both resolved to (a surname in each taken for "Tova Noel", which
 * neither text spells out), or one named in the other's words.
 */
function sharesEntity(a: ClaimProfile, b: ClaimProfile): boolean {
  return a.entities.some((e) => b.entities.includes(e) || mentions(b, e)) || b.entities.some((e) => mentions(a, e));
}

/** The same words and the same figures, in the same order: the same sentence, give or take quotation marks and spacing. */
function sameWording(a: ClaimProfile, b: ClaimProfile): boolean {
  if (a.plain !== b.plain || a.figures.length !== b.figures.length) return false;
  if (a.plain.trim() === '' && a.figures.length === 0) return false;
  return a.figures.every((f, i) => f.kind === b.figures[i]!.kind && f.value === b.figures[i]!.value);
}

/**
 * How likely two claims state the same thing, 0–1. Content words carry most
 * of it (the mean of Dice and of the share of the shorter claim's words),
 * agreeing figures and a shared named entity add to it; a claim with a figure
 * against one with none, or naming only other people and places, loses some.
 */
export function scoreMatch(a: ClaimProfile, b: ClaimProfile): number {
  // Worded the same (whatever the quotation marks and spacing): the same claim, however short, unless each names
  // only other people and places ("He resigned." about two different men).
  if (sameWording(a, b) && (a.entities.length === 0 || b.entities.length === 0 || sharesEntity(a, b))) return 1;
  if (a.words.size === 0 || b.words.size === 0) return 0;
  if (figuresConflict(a.figures, b.figures) || opposed(a, b)) return 0;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  const figuresInCommon = sharedFigures(a.figures, b.figures);
  // Too little in common to say anything: one shared word is a topic, not a claim.
  if (shared < 2 && !(shared === 1 && figuresInCommon >= 2)) return 0;
  const dice = (2 * shared) / (a.words.size + b.words.size);
  const cover = shared / Math.min(a.words.size, b.words.size);
  let score = 0.7 * ((dice + cover) / 2);
  if (figuresInCommon > 0) score += 0.25 * Math.min(1, figuresInCommon / Math.min(a.figures.length, b.figures.length));
  // (Looked at only now: most candidates share too little to get here.)
  if (sharesEntity(a, b)) score += 0.1;
  else if (a.entities.length > 0 && b.entities.length > 0) score *= 0.6;
  const quantities = (p: ClaimProfile) => p.figures.some((f) => f.kind === 'number' || f.kind === 'percent');
  if (quantities(a) !== quantities(b)) score *= 0.8;
  if (a.negated !== b.negated) score *= 0.6;
  return Math.min(1, Math.round(score * 1000) / 1000);
}

/**
 * A claim's words and numbers in order, folded (lower case, no diacritics), with nothing between them: claims
 * worded the same have one key, whatever their quotation marks (curly or straight), apostrophes, punctuation or
 * spacing. For text with no letter, digit or mark outside ASCII it is the runs of [a-z0-9] of its lower case.
 */
export function wordingKey(text: string): string {
  return (fold(text).match(WORDING_TOKEN) ?? []).join(' ');
}
const WORDING_TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * An FTS5 expression (text column) every claim worded as this one is (wordingKey) matches: each of its words that
 * is not a stopword (all of them when every one is), as a quoted string, so FTS5 splits it as it split the claims
 * ("Epstein’s" -> epstein s). Not the whole sentence as a phrase: reading the positions of "the" and "said" in
 * every claim cost three times as much. Null for a claim with no word.
 */
export function wordingMatch(text: string): string | null {
  const all = [...new Set(text.split(/\s+/u).filter((w) => WORDING_TOKEN.test(w)))];
  WORDING_TOKEN.lastIndex = 0;
  if (all.length === 0) return null;
  const content = all.filter((w) => !(fold(w).match(WORDING_TOKEN) ?? []).every((t) => isStop(t)));
  return `text : (${(content.length > 0 ? content : all).map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ')})`;
}

/** At most this many words and figures of a claim are searched for. */
const MAX_UNITS = 12;

/**
 * One thing to search for: a content word with its inflections and
 * synonyms, or a figure's leading digits, as an FTS5 expression of quoted
 * exact terms (so nothing in a claim is read as FTS syntax). Exact terms,
 * not prefixes: FTS5 reads a prefix's every posting before returning one.
 */
export interface SearchUnit {
  key: string;
  fts: string;
  /** The exact terms `fts` asks for (any of them), as FTS5 stores a word: one token, folded. */
  terms: readonly string[];
}

const SAFE_TERM = /^[\p{L}\p{N}]+$/u;
const safe = (term: string) => SAFE_TERM.test(term);

const ENDINGS = ['', 's', 'ed', 'ing', 'ion', 'e'];

/** "deportation" -> deport, deports, deported, deporting, deportation ...: the forms a rewording may use. */
export function inflections(word: string): string[] {
  const base = /^(.{3,}?)(?:ations?|ions?|ments?|ings?|ers?|ies|ied|ed|es|s|e|y)$/u.exec(word)?.[1] ?? word;
  return [...new Set([word, ...ENDINGS.map((e) => base + e)])];
}

function unitOf(key: string, words: readonly string[]): SearchUnit | null {
  const terms = [...new Set(words)].filter(safe);
  if (terms.length === 0) return null;
  const quoted = terms.map((t) => `"${t}"`);
  return { key, fts: quoted.length === 1 ? quoted[0]! : `(${quoted.join(' OR ')})`, terms };
}

/** What a word token stands for, by its folded text: skipped (null), or its unit's key and unit (null unit: no term to search). */
const WORD_UNITS = new Map<string, { key: string; unit: SearchUnit | null } | null>();
const WORD_UNITS_MAX = 200_000;

function wordUnit(token: string): { key: string; unit: SearchUnit | null } | null {
  let found = WORD_UNITS.get(token);
  if (found !== undefined) return found;
  const w = token.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (isStop(w) || NEGATIONS_OF_A_CLAIM.has(w) || /n['’]t$/u.test(token) || w.length < 2 || MONTH_NUMBERS.has(w) || NUMBER_WORD_VALUES.has(w) || SCALE_VALUES.has(w) || ORDINAL_ENDINGS.has(w)) {
    found = null;
  } else {
    const c = canonical(w);
    found = { key: c, unit: unitOf(c, GROUP_WORDS.get(c) ?? inflections(w)) };
  }
  // A cache of words met (an import meets the same words again and again), emptied when it grows past any vocabulary.
  if (WORD_UNITS.size >= WORD_UNITS_MAX) WORD_UNITS.clear();
  WORD_UNITS.set(token, found);
  return found;
}

export function searchUnits(text: string): SearchUnit[] {
  const units = new Map<string, SearchUnit>();
  for (const t of tokenize(text)) {
    if (units.size >= MAX_UNITS) break;
    if (t.kind === 'num') {
      const lead = t.text.split(/[.,]/)[0]!;
      const unit = lead.length >= 2 && !/^0+$/.test(lead) ? unitOf(`#${lead}`, [lead]) : null;
      if (unit) units.set(unit.key, unit);
      continue;
    }
    if (t.kind !== 'word') continue;
    const found = wordUnit(t.text);
    if (found === null || units.has(found.key)) continue;
    if (found.unit) units.set(found.key, found.unit);
  }
  return [...units.values()];
}

/**
 * A word in more claims than this is too common to pick candidates by:
 * every claim holding it would be a candidate.
 */
export const RARE_UNIT_MAX_CLAIMS = 100;
const MAX_RARE_UNITS = 4;

/** A unit and in how many earlier claims it occurs (all of them: it is rare). */
export interface RareUnit {
  unit: SearchUnit;
  n: number;
}

export type CandidatePlan =
  /**
   * The rarest few units, rarest first: every claim holding one is a
   * candidate, weighed by the rare units it holds (rareUnitWeight), heaviest
   * first, then newest first.
   */
  | { kind: 'rare'; units: RareUnit[] }
  /** Every unit is common: claims holding two of these (or the only one), newest first. */
  | { kind: 'common'; units: SearchUnit[] };

/**
 * Where to look for a claim's earlier wordings, given in how many earlier
 * claims each unit occurs (counted up to a cap). Its rare units when there
 * are any: a claim's names, places and figures pick out its earlier
 * wordings, and at most RARE_UNIT_MAX_CLAIMS claims hold each. A claim made
 * only of common words asks instead for claims holding two of its first
 * three units, newest first, which stops after the first few: the cost
 * stays flat however common the words are.
 */
export function candidatePlan(units: readonly SearchUnit[], claimsWith: readonly number[], rareMax = RARE_UNIT_MAX_CLAIMS): CandidatePlan | null {
  const present = units.map((unit, i) => ({ unit, n: claimsWith[i] ?? 0 })).filter((x) => x.n > 0);
  if (present.length === 0) return null;
  const rare = present.filter((x) => x.n <= rareMax).sort((a, b) => a.n - b.n).slice(0, MAX_RARE_UNITS);
  if (rare.length > 0) return { kind: 'rare', units: rare };
  return { kind: 'common', units: present.slice(0, 3).map((x) => x.unit) };
}

/**
 * What a rare unit held by a candidate adds to its weight: the rarer, the
 * more (bm25's inverse document frequency over a large archive), so a claim
 * sharing two uncommon words outweighs one sharing a single rarer one.
 */
export function rareUnitWeight(n: number): number {
  return Math.log(1e6 / n);
}

/** The FTS5 expression (text column only) for a common plan: at least two of the units, (a AND (b OR c)) OR (b AND c), or the only one. */
export function commonMatch(units: readonly SearchUnit[]): string {
  const some = units.map((u) => u.fts);
  if (some.length === 1) return `text : (${some[0]})`;
  const pairs = some.slice(0, -1).map((u, i) => `(${u} AND ${some.length - i > 2 ? `(${some.slice(i + 1).join(' OR ')})` : some[i + 1]})`);
  return `text : (${pairs.join(' OR ')})`;
}
