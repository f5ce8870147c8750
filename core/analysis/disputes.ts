/**
 * In-article disputes: each denial the article reports, linked to the
 * claim(s) it targets.
 * - "these allegations", "denied wrongdoing": the accusation the denier answers — one told with
 *   its accuser ("The SFO alleges", "X accused Y of") or naming the denier beats a nearer passing
 *   mention; plural takes in the sentences that detail it.
 * - "that account", "this version of events": the nearest attributed claim; "that finding", "that
 *   reading": what a study or audit found; "that figure", "those numbers": a claim holding a figure,
 *   the one about what the denial names.
 * - "denied that X": the claim sharing most concepts with X (light stems plus a small synonym
 *   table, see concepts.ts).
 * - A bare contradiction by another speaker ("Nobody has hired anybody to sell anything"): the
 *   recent claim with the same predicate and at least one more word in common.
 * - An answer told by the article ("However, the prime minister insisted that his government never evicted …"):
 *   the claim of another named party just before it sharing most words, contested both sides (a doubt).
 * - A denial told by a participle inside another clause ("… that Russian officials issued …, dismissing them"):
 *   credited to that clause's subject.
 * Every search is bounded (LOOK_BACK rows, a few candidates), so a 1 MB article stays linear.
 */
import { competingFigures } from './competing-figures';
import { concept, concepts, isStopWord, shared } from './concepts';
import { findNegation, findStance, type Denial, type Negation } from './denial';
import { isPromise } from './stance';
import type { AnalysisRow, InArticleDispute } from './types';
import * as denialLexicon from '../text/lexicon/denial';
import * as documentsLexicon from '../text/lexicon/documents';
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as numbersLexicon from '../text/lexicon/numbers';
import * as reportingLexicon from '../text/lexicon/reporting-verbs';
import * as timeLexicon from '../text/lexicon/time';
import { alternation, escapeRegExp } from '../text/lexicon/words';
import { isPersonName } from '../attribution/names';
import { COURTESY_TITLES } from '../text/lexicon/titles-and-roles';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const {
  ACCOUNT_NOUNS, ACCUSATION_NOUNS, ACCUSATION_STEMS, ACCUSING_VERB_FORMS, ALLEGATION_PATTERN, BEFORE_A_DENIED_EVENT, BEFORE_A_PASSIVE_ACCUSATION,
  BEFORE_AN_ACCUSING_NOUN, BEFORE_AN_OWN_STATEMENT_VERB, CARRYING_ON_VERBS, CONTINUING_SUBJECTS, CONTINUING_VERBS, CORRECTION, COUNTED_INSIDERS_PATTERN,
  COUNTERING, CRITICISM_STEMS, DENIER_FILLER_WORDS, FIGURE_POINTING_NOUNS, FINDING_NOUNS, FORMER_INSIDERS, FRAMING, GENERIC_DENIER_WORDS,
  GRIEVANCE_PATTERN, ONE_CLAIM_NOUNS, OWN_STATEMENT_VERBS, PRONOUN_SUBJECTS, RELAYED, REPLY_CONTRARY_WORDS, REPLY_OPENING, SAME_SIDE_WORDS, DENY_FORMS, REJECTION_VERBS, FALSITY_WORDS, WEAK_FALSITY_WORDS,
  NOT_FALSITY_IN_AN_ANSWER, CLAUSE_OPENING_WORDS, NAMED_SUBJECT_VERBS, REPLY_PHRASE_ENDERS, OPPOSITION_TO, NOT_STRESSED_AFTER_DO,
} = denialLexicon;
const {
  ANY_DOCUMENT_NAME_PATTERN, AUTHORED_DOCUMENTS, DOCUMENT_AUTHORS, DOCUMENT_MAKERS, DOCUMENT_NAME_PATTERNS, DOCUMENT_PARTS, DOCUMENT_STATING_VERBS,
  FINDING_VERBS_PATTERN,
} = documentsLexicon;
const { FINITE_AUXILIARIES } = functionWordsLexicon;
const { CHECKABLE_COMPARISON_WORDS, FIGURE_WORDS_PATTERN } = numbersLexicon;
const { WEEKDAYS } = timeLexicon;
const { ALL_REPORTING_FORMS } = reportingLexicon;

/** A word of letters (with its apostrophes and hyphens), as the concepts of a speaker's name and a sentence are read. */
const LETTER_WORD = /\p{L}[\p{L}'’-]*/gu;

/** How far a denial looks for what it denies (rows), so a 1 MB article stays linear. */
const LOOK_BACK = 60;
// Further ahead than back is rare, but a summary or live blog states the denial above the rumour it answers.
const LOOK_AHEAD = 40;
/** Anaphora reaches this many claims back at most. */
const ANAPHORA_REACH = 6;

/** Words that make a sentence an accusation someone could deny. */
const ALLEGATION = new RegExp(`\\b(?:${ALLEGATION_PATTERN})`, 'i');

interface Prepared {
  rows: readonly AnalysisRow[];
  paragraphOf: number[];
  denials: Array<Denial | null>;
  /** Each row's negated predicate, when it has no denial: such a row is on the denier's side of what it negates. */
  negations: Array<Negation | null>;
  words: Map<number, ReadonlySet<string>>;
  /** Denials whose sentence names a party other than the speaker its row carries (see namesOtherParty). */
  otherParty: Map<number, boolean>;
  /** Whether a row speaks for or of an accuser (ACCUSER), and holds a grievance: memoised, as every denial looks back over the same rows. */
  accuser: Map<number, boolean>;
  grievance: Map<number, boolean>;
}

/** How many figure-holding claims back "that figure" may look when the denial says what the figure was about. */
const FIGURE_REACH = 8;
/** How many claims back a bare contradiction ("Nobody has hired anybody") looks. */
const CONTRADICTION_REACH = 4;

/** Paragraph index of every row: a blank line between two rows starts a new one. */
function paragraphs(articleText: string, rows: readonly AnalysisRow[]): number[] {
  const out: number[] = [];
  let p = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (i > 0) {
      const gapStart = rows[i - 1]!.end;
      const gap = articleText.slice(gapStart, Math.max(gapStart, Math.min(row.start, gapStart + 400)));
      if (/\n[ \t\u00a0]*\r?\n/.test(gap) || rows[i - 1]!.kind !== 'claim' && rows[i - 1]!.kind !== row.kind) p++;
    }
    out.push(p);
  }
  return out;
}

function wordsOf(prep: Prepared, i: number): ReadonlySet<string> {
  let w = prep.words.get(i);
  if (!w) {
    const row = prep.rows[i]!;
    w = concepts(row.text);
    prep.words.set(i, w);
  }
  return w;
}

function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase().replace(/^the\s+/, '');
  const y = b.toLowerCase().replace(/^the\s+/, '');
  if (x === y) return true;
  // "Former employees of Dunmore Health" accuse Dunmore Health; they do not speak for it.
  if (ACCUSER.test(x) !== ACCUSER.test(y)) return false;
  return x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** The party a sentence opens with before its reporting or denial verb: "The company dismissed …" -> "The company". */
const OWN_SUBJECT = new RegExp(
  String.raw`^\W*((?:the|a|an)\s+)?([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}?)\s+(?:(?:${alternation(BEFORE_AN_OWN_STATEMENT_VERB)})\s+)*(?:${alternation(OWN_STATEMENT_VERBS)})\b`,
  'iu',
);
/** A subject that is a pronoun, or a word and a pronoun or "also" ("Smith also"): it names no other party. */
const NO_OTHER_PARTY = new RegExp(String.raw`^(?:${alternation(PRONOUN_SUBJECTS)}|[\p{L}]+\s+(?:also|he|she))$`, 'u');

/**
 * The denial's row carries the speaker of the sentence before it ("The Daily Courier reported …" then "The company
 * dismissed the report …") while the sentence names another party: a claim by that speaker is no denier's own.
 */
function namesOtherParty(row: AnalysisRow): boolean {
  if (!row.speaker) return false;
  const m = OWN_SUBJECT.exec(row.text.length > 300 ? row.text.slice(0, 300) : row.text);
  if (!m) return false;
  const subject = m[2]!.toLowerCase();
  if (NO_OTHER_PARTY.test(subject)) return false;
  const own = subject.split(/\s+/u).filter((w) => w.length > 2);
  const speaker = row.speaker.toLowerCase();
  return own.length > 0 && own.every((w) => !speaker.includes(w.replace(/['’]s?$/u, '')));
}

/** A row a denial may target: another claim, not itself a denial, not the denier's own statement. */
function candidate(prep: Prepared, denial: number, i: number): boolean {
  const row = prep.rows[i];
  if (!row || i === denial || row.kind !== 'claim' || prep.denials[i]) return false;
  const denier = prep.rows[denial]!;
  if (!sameSpeaker(row.speaker, denier.speaker)) return true;
  if (prep.denials[denial] && RELAYED.test(row.text.length > 600 ? row.text.slice(0, 600) : row.text)) return true;
  let other = prep.otherParty.get(denial);
  if (other === undefined) {
    other = namesOtherParty(denier);
    prep.otherParty.set(denial, other);
  }
  return other;
}

function isAllegation(row: AnalysisRow): boolean {
  return ALLEGATION.test(row.text.length > 2000 ? row.text.slice(0, 2000) : row.text);
}

/** Rows this close are near whatever the paragraphs: wire copy gives every sentence a paragraph of its own. */
const NEAR_ROWS = 4;

/** Row i is within two paragraphs of the denial, or within a few rows of it. */
function near(prep: Prepared, denial: number, i: number): boolean {
  return prep.paragraphOf[denial]! - prep.paragraphOf[i]! <= 2 || denial - i <= NEAR_ROWS;
}

/** Claims before the denial, nearest first, within reach and at most two paragraphs (or a few rows) back. */
function earlierClaims(prep: Prepared, denial: number): number[] {
  const out: number[] = [];
  for (let i = denial - 1; i >= 0 && i >= denial - LOOK_BACK && out.length < ANAPHORA_REACH; i--) {
    if (!near(prep, denial, i)) break;
    if (candidate(prep, denial, i)) out.push(i);
  }
  return out;
}

/** The claims a denial may answer, nearest first: earlier claims in reach, without fragments ("Not once.") no one denies. */
function claimsBefore(prep: Prepared, denial: number): number[] {
  return earlierClaims(prep, denial).filter((i) => wordCount(prep.rows[i]!) >= 5);
}

/**
 * Does this text name the owner of a denied claim? Every word of the owner's name, or a word with its first five letters
 * ("the Russian Defense Ministry’s allegations" are "the Russian and Syrian defense ministries'"; "Guardian" the Guardian's).
 */
function namesOwner(text: string | null, owner: string): boolean {
  if (!text) return false;
  const have = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}-]*/gu)) have.add(m[0].slice(0, 5));
  const wanted = [...owner.toLowerCase().matchAll(/\p{L}[\p{L}-]*/gu)].map((m) => m[0]).filter((w) => w.length > 2 && w !== 'and' && w !== 'the');
  return wanted.length > 0 && wanted.every((w) => have.has(w.slice(0, 5)));
}

/** The row says or is said by the owner of a denied claim. */
function ownedBy(row: AnalysisRow, owner: string): boolean {
  return namesOwner(row.speaker, owner) || namesOwner(row.text.length > 2000 ? row.text.slice(0, 2000) : row.text, owner);
}

/** Generic words in a denier's name that say nothing about who is accused. */
const GENERIC = new RegExp(`^(?:${alternation(GENERIC_DENIER_WORDS)})$`, 'i');

/** Stems of the denier's own name as written: "Estravia's foreign ministry" -> Estrav. A claim naming them accuses them. */
function denierKeys(speaker: string | null): string[] {
  if (!speaker) return [];
  const keys: string[] = [];
  for (const m of speaker.matchAll(/\p{Lu}[\p{L}\p{M}-]*/gu)) {
    const w = m[0].replace(/['’]s?$/u, '');
    if (w.length < 3 || GENERIC.test(w)) continue;
    keys.push(w.slice(0, Math.max(4, Math.min(6, w.length - 1))));
  }
  return keys;
}

function namesDenier(row: AnalysisRow, keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  // As a name is written ("Harlan Care" is not "the care sector").
  return keys.some((k) => row.text.includes(k));
}

/** "She also said ...", "He added ...": the sentence continues the one before. */
const CONTINUES = new RegExp(
  String.raw`^\W*(?:(?:he|she|they|it)\b.{0,40}\b(?:also|added|further)\b|(?:he|she|they)\s+(?:also\s+)?(?:${alternation(CONTINUING_VERBS)})\b|the (?:${alternation(CONTINUING_SUBJECTS)})\s+(?:also|further|added))`,
  'i',
);

function wordCount(row: AnalysisRow): number {
  return (row.text.match(/\p{L}+/gu) ?? []).length;
}

/** Nouns that name an accusation: "these allegations", "the charges"; a bare "it" is read the same way. */
const ACCUSING_NOUN = new RegExp(`^(?:${alternation(ACCUSATION_NOUNS)})s?$`);
/** Nouns that name a number: the claim meant holds one. */
const FIGURE_NOUN = new RegExp(`^(?:${alternation(FIGURE_POINTING_NOUNS)})s?$`);
/** Nouns that name someone's telling of events: the claim meant is usually attributed. */
const ACCOUNT_NOUN = new RegExp(`^(?:${alternation(ACCOUNT_NOUNS)})s?$`);
/** Nouns that name what was found or concluded: "that finding", "the conclusions". */
const FINDING_NOUN = new RegExp(`^(?:${alternation(FINDING_NOUNS)})s?$`);
/** What a study, audit or report found: "found that", "concluded", "showed". */
const FINDING_WORDS = new RegExp(`\\b(?:${FINDING_VERBS_PATTERN})\\b`, 'i');
/** A figure in digits or words. */
const HAS_FIGURE = new RegExp(`\\d|\\b(?:${FIGURE_WORDS_PATTERN})\\b`, 'i');
/** An accusation with its accuser: "The SFO alleges", "Norvenia accused Estravia", "prosecutors charged". */
const ACCUSES = new RegExp(`\\b(${alternation(ACCUSING_VERB_FORMS)})\\b`, 'gi');

/** 2: an accusation told with its accuser; 1.3: "are charged with", "was accused of"; 1: allegation words; 0: none. */
function accusation(row: AnalysisRow): number {
  const text = row.text.length > 2000 ? row.text.slice(0, 2000) : row.text;
  let best = 0;
  for (const m of text.matchAll(ACCUSES)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index).match(/([\p{L}']+)\W*$/u)?.[1]?.toLowerCase() ?? '';
    if (BEFORE_AN_ACCUSING_NOUN.has(before)) continue; // "the alleged fraud", "these claims"
    if (BEFORE_A_PASSIVE_ACCUSATION.has(before)) best = Math.max(best, 1.3);
    else return 2;
  }
  if (best > 0) return best;
  return isAllegation(row) ? 1 : 0;
}

function mentionsWord(row: AnalysisRow, word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (w.length === 0) return false;
  return new RegExp(`\\b${w}(?:s|es)?\\b`, 'iu').test(row.text);
}

/** Which earlier claim a pointer ("that account", "those numbers", "these allegations") refers to. */
function pickAnchor(prep: Prepared, denial: number, pool: readonly number[], noun: string | null, keys: readonly string[], phrase: string): number | undefined {
  const within = pool.slice(0, 3);
  if (noun === null || ACCUSING_NOUN.test(noun)) {
    // The accusation the denier answers: one told with its accuser, or naming the denier, beats a nearer passing mention.
    let best: number | undefined;
    let bestScore = 0;
    pool.slice(0, ANAPHORA_REACH).forEach((i, rank) => {
      const row = prep.rows[i]!;
      const a = accusation(row);
      const names = namesDenier(row, keys);
      if (a === 0 && !names) return;
      // "Labour promised to end the use of hotels" names the denier, but a pledge recalled is not what "that claim" calls false.
      if (a < 2 && isPromise(row.text.length > 600 ? row.text.slice(0, 600) : row.text)) return;
      // Naming the denier adds to an accusation told with its accuser; alone, it makes a weak candidate.
      const score = (a === 0 ? 0.6 : a) + (a >= 1.3 && names ? 0.5 : 0) - rank * 0.35;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    return best;
  }
  if (FIGURE_NOUN.test(noun)) {
    // The claim holding a figure; when the rest of the denial says what the figure was about ("additional
    // troops … their number was far below the figure"), the one about that — nearby with one word in
    // common, further back with two — else the nearest.
    const about = new Set(wordsOf(prep, denial));
    for (const w of concepts(phrase)) about.delete(w);
    for (const w of denierWords(prep.rows[denial]!.speaker)) about.delete(w);
    let best: number | undefined;
    let bestScore = 0;
    let rank = 0;
    const para = prep.paragraphOf[denial]!;
    for (let i = denial - 1; i >= 0 && i >= denial - LOOK_BACK && rank < FIGURE_REACH; i--) {
      if (!candidate(prep, denial, i) || !HAS_FIGURE.test(prep.rows[i]!.text)) continue;
      const near = para - prep.paragraphOf[i]! <= 2;
      const common = shared(about, wordsOf(prep, i)).filter((w) => !/^\d/.test(w)).length;
      // A figure someone disputes is usually someone's figure: one a source gave beats the article's own.
      const given = prep.rows[i]!.speaker !== null ? 1 : 0;
      const score = common + given - rank * 0.1;
      rank++;
      if (common >= (near ? 1 : 2) && score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best ?? within.find((i) => HAS_FIGURE.test(prep.rows[i]!.text)) ?? pool.find((i) => HAS_FIGURE.test(prep.rows[i]!.text));
  }
  const singular = noun.replace(/(?:ies)$/, 'y').replace(/s$/, '');
  // "dismissed the report" after "The Herald reported that …": the report is that sentence.
  // A document named only as its authors' owner ("one of the report's authors") says nothing the document claims.
  const named = within.find((i) => {
    const row = prep.rows[i]!;
    const text = DOCUMENT_NAME_PATTERNS[noun] ? row.text.replace(new RegExp(`\\b${singular}['’]s\\s+(?:${alternation(DOCUMENT_MAKERS)})\\b`, 'giu'), '') : row.text;
    return mentionsWord({ ...row, text }, singular) || (singular === 'report' && /\breported\b/i.test(text));
  });
  if (named !== undefined) return named;
  if (FINDING_NOUN.test(noun)) {
    const found = within.find((i) => FINDING_WORDS.test(prep.rows[i]!.text));
    if (found !== undefined) return found;
  }
  if (ACCOUNT_NOUN.test(noun)) {
    // Someone's telling of events: the nearest attributed claim, else the nearest claim.
    return within.find((i) => prep.rows[i]!.speaker !== null) ?? pool[0];
  }
  return singular.length > 4 && !DOCUMENT_NAME_PATTERNS[noun] ? pool.find((i) => mentionsWord(prep.rows[i]!, singular)) : undefined;
}

/** Verbs a document states its claims with: "The report said", "The study estimates". */
const DOCUMENT_VERB = String.raw`(?:also\s+|further\s+)?(?:${alternation(DOCUMENT_STATING_VERBS)})\b`;
const documentRes = new Map<string, RegExp[]>();

/**
 * "The report said …", "A report published on Tuesday by X found …", "According to the study, …",
 * "…, the report said.", "In its report, the institute said …": a sentence telling what the document says.
 */
function documentPatterns(family: string): RegExp[] {
  let res = documentRes.get(family);
  if (!res) {
    const doc = `(?:${family})`;
    res = [
      new RegExp(String.raw`^\W*(?:the|this|that|its|their|his|her|a|an|last\s+\p{L}+'s)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?${doc}\b[^.;:"“”]{0,120}?\b${DOCUMENT_VERB}`, 'iu'),
      new RegExp(String.raw`\baccording\s+to\s+(?:the|this|that|its|their|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?${doc}\b`, 'iu'),
      new RegExp(String.raw`,\s*(?:the|this|that|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}?${doc}\s+${DOCUMENT_VERB}`, 'iu'),
      new RegExp(String.raw`^\W*in\s+(?:its|their|the|a|his|her)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?${doc}\b`, 'iu'),
    ];
    documentRes.set(family, res);
  }
  return res;
}

/** The document a denial names, as a family of words: "the report" -> reports?; "the study's methodology" -> the study's. */
function documentOf(target: Extract<Denial['target'], { kind: 'anaphora' }>): string | null {
  const noun = target.noun;
  if (!noun) return null;
  const own = DOCUMENT_NAME_PATTERNS[noun];
  if (own) return own;
  if (!DOCUMENT_PARTS.has(noun)) return null;
  const owner = target.owner?.toLowerCase() ?? null;
  if (owner && DOCUMENT_NAME_PATTERNS[owner]) return DOCUMENT_NAME_PATTERNS[owner]!;
  return owner ? null : ANY_DOCUMENT_NAME_PATTERN;
}

/** "Assange, who denies the accusation": a name, then "who" and the denial. */
const NAME_THEN_WHO = /(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}),\s+who\s+(?:(?:has|have|had|also|long|\p{Ll}+ly)\s+)*$/u;

/** Who the relative clause holding a denial is about, at the fullest the article names them ("Julian Assange"). */
function relativeDenier(rows: readonly AnalysisRow[], i: number, phrase: string): string | null {
  const text = rows[i]!.text;
  const at = text.indexOf(phrase);
  const m = at > 0 ? NAME_THEN_WHO.exec(text.slice(Math.max(0, at - 120), at)) : null;
  if (!m) return null;
  const name = m[1] ?? '';
  // The one full name the article gives that ends on it ("Julian Assange"); with two ("Eric Trump", "Donald Trump",
  // or a wife who speaks, "Mary Smith"), the name as written.
  const full = new Set<string>();
  const pattern = new RegExp(String.raw`(?<![\p{L}])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}\s+${escapeRegExp(name)}(?![\p{L}])`, 'gu');
  for (const r of rows) {
    for (const f of r.text.matchAll(pattern)) {
      // (A person's name, not "Now Assange", "Australian-born Assange", nor a title's "Mr Assange".)
      const words = f[0].split(/\s+/u);
      if (isPersonName(words) && !COURTESY_TITLES.test(words[0] ?? '')) full.add(words.join(' '));
    }
  }
  return full.size === 1 ? [...full][0]! : name;
}

/** "The report's authors", "researchers at …": a document's authors as a speaker. */
const DOCUMENT_AUTHOR = new RegExp(String.raw`^(?:the\s+)?(?:(?:${alternation(AUTHORED_DOCUMENTS)})['’]s\s+)?(?:${alternation(DOCUMENT_AUTHORS)})(?:$|\s+(?:at|from|of)\s)`);

/** Speakers that are a document's authors: "the Institute for Fiscal Clarity" and "the institute". */
function byAuthor(speaker: string | null, authors: readonly string[]): boolean {
  if (!speaker) return false;
  const s = speaker.toLowerCase();
  if (DOCUMENT_AUTHOR.test(s)) return true;
  for (const a of authors) {
    if (sameSpeaker(speaker, a)) return true;
    // "The institute" for "the Institute for Fiscal Clarity": a common-noun head naming the same body.
    const head = /^the\s+(\p{L}+)$/u.exec(s)?.[1];
    if (head && head.length > 3 && new RegExp(`\\b${head}\\b`, 'iu').test(a)) return true;
  }
  return false;
}

/** How many of a document's claims a denial of the document takes. */
const DOCUMENT_REACH = 6;

/**
 * "rejected the report as biased", "called the study flawed": the claims the article attributes to
 * that document — sentences telling what it says and those of its authors (not a quoted author's
 * aside, not a third party's comment) — nearest first, up to DOCUMENT_REACH, all before the denial.
 */
function documentClaims(prep: Prepared, denial: number, family: string, possessor: string | null): number[] {
  const res = documentPatterns(family);
  const said: number[] = [];
  const authors: string[] = [];
  const from = Math.max(0, denial - LOOK_BACK);
  for (let i = denial - 1; i >= from; i--) {
    if (!candidate(prep, denial, i)) continue;
    const row = prep.rows[i]!;
    const text = row.text.length > 400 ? row.text.slice(0, 400) : row.text;
    if (!res.some((re) => re.test(text))) continue;
    // "the IFS report": when the denial names whose it is, the document's sentences name them too.
    if (possessor && !ownedBy(row, possessor)) continue;
    said.push(i);
    if (row.speaker && !/["“”]/.test(text)) authors.push(row.speaker);
  }
  if (said.length === 0) return [];
  const out = new Set(said.slice(0, DOCUMENT_REACH));
  const first = said[said.length - 1]!;
  // Their authors' own statements from just before the document is introduced; a quotation from a person is an aside.
  for (let i = denial - 1; i >= Math.max(from, first - 3) && out.size < DOCUMENT_REACH; i--) {
    if (out.has(i) || !candidate(prep, denial, i)) continue;
    const row = prep.rows[i]!;
    if (/["“”]/.test(row.text.slice(0, 400))) continue;
    if (byAuthor(row.speaker, authors) && wordCount(row) >= 5) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/** A row's answer from the map, computed once. */
function memo(map: Map<number, boolean>, i: number, compute: () => boolean): boolean {
  let value = map.get(i);
  if (value === undefined) map.set(i, (value = compute()));
  return value;
}

/**
 * People who accuse from inside or beside the accused: former staff, whistleblowers, unnamed insiders.
 * Tested on lower-cased words (with \p{L}, the i flag is an order of magnitude slower in V8).
 */
const ACCUSER = new RegExp(
  String.raw`\b(?:former|ex-|past)\s+(?:[\p{L}-]+\s+){0,2}?(?:${alternation(FORMER_INSIDERS)})\b|\bwhistle-?blowers?\b|\b(?:asked|wished|spoke|speaking)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity)|\bwho\s+(?:worked|was\s+employed|were\s+employed|served|used\s+to\s+work)\b|\b(?:one|another|second|third|fourth)\s+(?:former\s+)?(?:${COUNTED_INSIDERS_PATTERN})\b|\bsources?\s+(?:close|familiar)\b`,
  'u',
);
/** What staff accuse an employer of, beyond the allegation words: "pressured nurses", "ignored complaints". */
const GRIEVANCE = new RegExp(`\\b(?:${GRIEVANCE_PATTERN})`, 'i');
/** "she said", a quotation going on: the sentence carries on the account before it. */
const CARRIES_ON = new RegExp(String.raw`\b(?:she|he|they)\s+(?:also\s+)?(?:${alternation(CARRYING_ON_VERBS)})\b|^\W*["“]`, 'i');
/** How many paragraphs back an investigative story's accusers are gathered from, and how many of their sentences. */
const ACCUSER_PARAGRAPHS = 8;
const ACCUSER_REACH = 8;

/**
 * "Dunmore Health said the allegations were without merit" closing an investigative story: the
 * allegations are what its accusers (former staff, whistleblowers, unnamed insiders) said about
 * the denier or its managers, and the sentences carrying on their accounts — not the story's own
 * background and not the denier's own statements.
 */
function accuserClaims(prep: Prepared, denial: number): number[] {
  const denier = prep.rows[denial]!.speaker;
  const para = prep.paragraphOf[denial]!;
  let start = denial;
  while (start > 0 && start > denial - LOOK_BACK && para - prep.paragraphOf[start - 1]! <= ACCUSER_PARAGRAPHS) start--;
  const out: number[] = [];
  const accusers: string[] = [];
  let last = -2;
  for (let i = start; i < denial; i++) {
    const row = prep.rows[i]!;
    if (row.kind !== 'claim' || prep.denials[i]) continue;
    const text = row.text.length > 600 ? row.text.slice(0, 600) : row.text;
    const carriesOn = last === i - 1 && CARRIES_ON.test(text);
    const sameAccuser = row.speaker !== null && accusers.some((a) => sameSpeaker(a, row.speaker));
    // The denier's own statements are not the allegations; a "she said" right after an accuser is the accuser's.
    if (sameSpeaker(row.speaker, denier) && !carriesOn) continue;
    // What they accuse the denier or its managers of, not a former employee's fond memories.
    const grievance = memo(prep.grievance, i, () => isAllegation(row) || GRIEVANCE.test(text));
    const accuser = grievance && memo(prep.accuser, i, () => ACCUSER.test((row.speaker ?? '').toLowerCase()) || ACCUSER.test(text.toLowerCase()));
    if (!((accuser && grievance) || carriesOn || (sameAccuser && grievance && wordCount(row) >= 5))) continue;
    out.push(i);
    last = i;
    if (row.speaker && !sameSpeaker(row.speaker, denier)) accusers.push(row.speaker);
  }
  return out.slice(-ACCUSER_REACH);
}

/** A comparison a fact-checker can test: "more than in any other country", "the highest since 1990", "has doubled". */
const COMPARISON = new RegExp(`\\b(?:${alternation(CHECKABLE_COMPARISON_WORDS)})\\b`, 'i');

/**
 * Which of the nearest claims "that claim" characterises: among the last speaker's sentences (up to
 * three back), one stating a checkable fact beats a promise or a slogan said nearer the denial.
 */
function characterised(prep: Prepared, pool: readonly number[]): number | undefined {
  const near = pool.slice(0, 3);
  if (near.length === 0) return undefined;
  const speaker = prep.rows[near[0]!]!.speaker;
  let best: number | undefined;
  let bestScore = -Infinity;
  near.forEach((i, rank) => {
    const row = prep.rows[i]!;
    if (rank > 0 && !sameSpeaker(row.speaker, speaker)) return;
    const text = row.text.length > 600 ? row.text.slice(0, 600) : row.text;
    const score = (HAS_FIGURE.test(text) ? 1 : 0) + (COMPARISON.test(text) ? 0.5 : 0) - (isPromise(text) ? 1.5 : 0) - rank * 0.3;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * "But Sok Ny disagrees.", "some critics argue the opposite": the position told just before by someone else — the
 * nearest earlier claim of another speaker in this paragraph or the one before, with the claims that speaker made
 * right before it (up to three).
 */
function answered(prep: Prepared, denial: number): number[] {
  const pool = claimsBefore(prep, denial);
  const denier = prep.rows[denial]!.speaker;
  const latest = pool.find((i) => prep.rows[i]!.speaker !== null && !sameSpeaker(prep.rows[i]!.speaker, denier));
  if (latest === undefined || prep.paragraphOf[denial]! - prep.paragraphOf[latest]! > 1) return [];
  const holder = prep.rows[latest]!.speaker;
  const out = [latest];
  for (let i = latest - 1; i >= 0 && out.length < 3 && prep.paragraphOf[latest]! - prep.paragraphOf[i]! <= 1; i--) {
    if (!sameSpeaker(prep.rows[i]!.speaker, holder)) break;
    if (pool.includes(i)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** "these allegations" -> the nearest allegation; plural extends over the same allegation told in more sentences. */
function resolveAnaphora(
  prep: Prepared,
  denial: number,
  target: Extract<Denial['target'], { kind: 'anaphora' }>,
  phrase = '',
  /** Only an accusation will do (a denial of "wrongdoing" whose content matched nothing): never just the claim before. */
  accusationOnly = false,
): number[] {
  // "rejected the report as biased": the claims the article attributes to the report.
  const document = documentOf(target);
  if (document !== null) {
    const told = documentClaims(prep, denial, document, target.possessor);
    if (told.length > 0) return told;
  }
  let pool = claimsBefore(prep, denial);
  /** The pool is what the named owner said or is named in ("the allegations made in the Guardian report"). */
  let byOwner = false;
  if (target.possessor) {
    const possessor = target.possessor;
    // "denied the allegations made in the Guardian report" nine paragraphs on: what the Guardian itself said ("…,
    // according to testimony gathered by the Guardian"), further back if need be; else the claims naming it.
    const wide: number[] = [];
    for (let i = denial - 1; i >= Math.max(0, denial - LOOK_BACK); i--) if (candidate(prep, denial, i) && wordCount(prep.rows[i]!) >= 5) wide.push(i);
    const told = wide.filter((i) => namesOwner(prep.rows[i]!.speaker, possessor)).slice(0, ANAPHORA_REACH);
    let owned = pool.filter((i) => ownedBy(prep.rows[i]!, possessor));
    if (owned.length === 0) owned = wide.filter((i) => ownedBy(prep.rows[i]!, possessor)).slice(0, ANAPHORA_REACH);
    if (told.length > 0) pool = told;
    else if (owned.length > 0) pool = owned;
    byOwner = told.length > 0;
  }
  if (pool.length === 0) return [];
  const keys = denierKeys(prep.rows[denial]!.speaker);
  let picked = pickAnchor(prep, denial, pool, target.noun, keys, phrase);
  if (target.noun === null || ACCUSING_NOUN.test(target.noun)) {
    // An investigative story's closing "the allegations were without merit": its accusers' accounts, over a
    // passing mention of the denier when two or more of them accuse it.
    const accounts = accuserClaims(prep, denial);
    const weak = picked !== undefined && accusation(prep.rows[picked]!) < 2 && !accounts.includes(picked) && accounts.length >= 2;
    // The anchor one of two or more accounts: the accounts are the allegations.
    const among = target.plural && picked !== undefined && accounts.length >= 2 && accounts.includes(picked);
    if (accounts.length > 0 && (picked === undefined || weak || among)) return target.plural || target.noun === null ? accounts : accounts.slice(-1);
  }
  // "rejected the report" with no sentence telling what a report says: nothing of it is in the article.
  if (picked === undefined && (accusationOnly || document !== null)) return [];
  if (picked === undefined && !target.plural && target.noun !== null && ONE_CLAIM_NOUNS.has(target.noun)) {
    // "said that claim was false": the claim characterised, a checkable fact (a figure, a comparison) over a promise or slogan.
    const checkable = characterised(prep, pool);
    if (checkable !== undefined) picked = checkable;
  }
  const anchor = picked ?? pool[0]!;
  // Without a noun to go by, stay in the denial's paragraph or the one just before.
  if (picked === undefined && !byOwner && prep.paragraphOf[denial]! - prep.paragraphOf[anchor]! > 1) return [];
  const targets = [anchor];
  if (!target.plural) return targets;
  // "the Russian Defense Ministry’s allegations": what the owner itself said, not whatever was told on the way since.
  if (byOwner) return [...pool].sort((a, b) => a - b);
  const accuser = prep.rows[anchor]!.speaker;
  const told = accusation(prep.rows[anchor]!) === 2;
  // Sentences between the allegation and the denial that carry it on (naming the denier, "She also said",
  // or the accuser going on after telling the accusation).
  let previous = anchor;
  const story = told ? storyWords(prep, anchor, denial) : null;
  for (let i = anchor + 1; i < denial; i++) {
    if (!candidate(prep, denial, i)) continue;
    const row = prep.rows[i]!;
    // "We will not allow a single drop to be taken": a vow, not an allegation anyone denies.
    if (isPromise(row.text.length > 600 ? row.text.slice(0, 600) : row.text)) continue;
    const same = sameSpeaker(row.speaker, prep.rows[previous]!.speaker);
    const carries = namesDenier(row, keys) || CONTINUES.test(row.text) || same;
    const about = isAllegation(row) || namesDenier(row, keys) || (told && sameSpeaker(row.speaker, accuser));
    if (carries && about) {
      targets.push(i);
      previous = i;
      continue;
    }
    // After "X accused Y of …", the sentences detailing it up to the denial: they share the accusation's words,
    // or are told by someone who already detailed it ("He said …"). Anything else is passed over, not taken.
    if (story === null) break;
    // Background in the article's own voice ("The river is popular with anglers") is not someone's claim.
    const detailing = (row.speaker !== null && shared(wordsOf(prep, i), story).some((w) => !/^\d/.test(w))) || targets.some((t) => t !== anchor && sameSpeaker(row.speaker, prep.rows[t]!.speaker)) || CONTINUES.test(row.text);
    if (!detailing) continue;
    targets.push(i);
    previous = i;
    for (const w of wordsOf(prep, i)) story.add(w);
  }
  // Sentences before it that tell the same allegation.
  let later = anchor;
  for (let i = anchor - 1; i >= 0 && targets.length < 4; i--) {
    if (!near(prep, denial, i)) break;
    if (!candidate(prep, denial, i)) break;
    const earlier = prep.rows[i]!;
    const next = prep.rows[later]!;
    const continues = sameSpeaker(earlier.speaker, next.speaker) || CONTINUES.test(next.text);
    // "X on Tuesday accused Y of …" opening the story the later sentences detail.
    const opens = accusation(earlier) === 2 && isAllegation(next) && wordsShared(prep, i, later) >= 1;
    const linked = isAllegation(earlier) ? continues || namesDenier(earlier, keys) || opens : continues && namesDenier(earlier, keys);
    if (!linked) break;
    targets.push(i);
    later = i;
  }
  // "termed the allegations baseless" after two accusers: every accusation told with its accuser in reach that shares
  // what is alleged with the one answered ("the contract … awarded to a company", "the company had been incorporated …").
  if (target.noun === null || ACCUSING_NOUN.test(target.noun)) {
    const alleged = storyWords(prep, anchor, denial);
    for (const i of pool) {
      if (i >= anchor || targets.includes(i) || targets.length >= 5) continue;
      if (accusation(prep.rows[i]!) !== 2 || isPromise(prep.rows[i]!.text)) continue;
      if (shared(storyWords(prep, i, denial), alleged).some((w) => !/^\d/.test(w))) targets.push(i);
    }
  }
  return targets.sort((a, b) => a - b);
}

/** The accusation's own words, without the names of who accuses and who denies. */
function storyWords(prep: Prepared, anchor: number, denial: number): Set<string> {
  const out = new Set(wordsOf(prep, anchor));
  for (const w of speakerConcepts(prep.rows[anchor]!.speaker)) out.delete(w);
  for (const w of denierWords(prep.rows[denial]!.speaker)) out.delete(w);
  for (const w of ACCUSATION_WORDS) out.delete(w);
  return out;
}

const ACCUSATION_WORDS = [...ACCUSATION_STEMS, ...WEEKDAYS].map((w) => concept(w));

function wordsShared(prep: Prepared, a: number, b: number): number {
  return shared(wordsOf(prep, a), wordsOf(prep, b)).length;
}

/** Where the predicate of a denied content starts: its first finite auxiliary or modal. */
const FINITE_VERB = new RegExp(`\\b(?:${alternation(FINITE_AUXILIARIES)})\\b`, 'i');

/** "denied that X" -> the claim sharing most concepts with X (at least two, a third of X). */
function resolveContent(prep: Prepared, denial: number, target: Extract<Denial['target'], { kind: 'content' }>): number[] {
  const wanted = concepts(target.content);
  const denier = prep.rows[denial]!.speaker;
  if (denier) for (const w of concepts(denier)) if (wanted.size > 2) wanted.delete(w);
  // "the prosecution's claim that X": a claim by (or naming) the prosecution counts that as a word in common.
  const owner = target.owner ? concept(target.owner) : null;
  // "the home secretary and the chancellor were at odds": a claim sharing only who it is about ("The home
  // secretary will visit Manchester") says nothing of what is denied; one word of the predicate must be in common.
  const verb = FINITE_VERB.exec(target.content);
  // Without a verb ("reports of looting on Harbour Road", "no evidence of a cyberattack") the event noun it opens with is
  // the predicate: a claim about Harbour Road that tells of no looting is not what is denied.
  const predicate = verb && verb.index > 0 ? concepts(target.content.slice(verb.index)) : verb ? null : eventNoun(target.content);
  let best = -1;
  let bestScore = 0;
  if (wanted.size > 0) {
    const from = Math.max(0, denial - LOOK_BACK);
    const to = Math.min(prep.rows.length - 1, denial + LOOK_AHEAD);
    for (let i = from; i <= to; i++) {
      if (!candidate(prep, denial, i)) continue;
      const row = prep.rows[i]!;
      // "our systems were not hacked" says what the denial says; it is no claim the denial answers.
      const negated = prep.negations[i];
      if (negated && shared(concepts(negated.phrase), wanted).length > 0) continue;
      const owned = owner !== null && (wordsOf(prep, i).has(owner) || (row.speaker !== null && concepts(row.speaker).has(owner)));
      const common = shared(wanted, wordsOf(prep, i)).length + (owned && !wanted.has(owner!) ? 1 : 0);
      if (common < 2 && !(common === 1 && wanted.size === 1)) continue;
      if (common / wanted.size < 0.3) continue;
      if (predicate !== null && predicate.size > 0 && !shared(predicate, wordsOf(prep, i)).some((w) => wanted.has(w))) continue;
      // Earlier claims first; then the nearest.
      const distance = Math.abs(denial - i);
      // "that reading of the study": the sentence telling what the study found, over one that merely mentions it.
      const finding = target.noun !== null && FINDING_NOUN.test(target.noun) && FINDING_WORDS.test(row.text) ? 0.05 : 0;
      const score = common / wanted.size + common * 0.05 + finding - distance * 0.002 - (i > denial ? 0.15 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
  }
  if (best >= 0) return [best];
  if (target.fallback) return resolveAnaphora(prep, denial, { kind: 'anaphora', plural: false, noun: target.noun, possessor: null }, '', target.noun === null);
  return [];
}

/**
 * "Responding to the statement claiming X, …", "As to allegations that X, …", "Responding to allegations by the
 * opposition that X, …": an accusation told before the denial, in its sentence.
 */
const TOLD_IN_SENTENCE = /\b(?:(?:claims?|allegations?|accusations?|suggestions?|assertions?)(?:\s+[^\s,;:.]+){0,6}?\s+that|claiming|alleging)\s+(?:that\s+)?(\S.{20,})$/iu;

/**
 * "Responding to the HKJA's statement claiming police officers were favouring one party …, Mr Tse said the accusation
 * is totally false": "the accusation" is the one the sentence itself tells, not the claim before it. The told content,
 * to look for elsewhere in the article; null when the sentence tells none before its denial.
 */
function toldBefore(text: string, phrase: string): string | null {
  const at = phrase === '' ? -1 : text.indexOf(phrase);
  if (at < 30) return null;
  const m = TOLD_IN_SENTENCE.exec(text.slice(0, Math.min(at, 600)));
  return m ? m[1]!.replace(/[\s,]+$/u, '') : null;
}

/** Attacks a defence may answer: "accused of", "criticised for", "condemned" (stems, read once). */
const CRITICISM = new RegExp(`\\b(?:${CRITICISM_STEMS.join('|')})`, 'iu');

/**
 * What a defence answers ("defending the police response"): the nearest earlier claim, within reach, that
 * accuses or criticises someone and names what is upheld (a word in common beyond the defender's own name).
 */
function resolveDefence(prep: Prepared, denial: number, upheld: string): number[] {
  const wanted = concepts(upheld);
  for (const w of speakerConcepts(prep.rows[denial]!.speaker)) wanted.delete(w);
  if (wanted.size === 0) return [];
  for (const i of earlierClaims(prep, denial)) {
    const row = prep.rows[i]!;
    if (!CRITICISM.test(row.text.length > 2000 ? row.text.slice(0, 2000) : row.text)) continue;
    if (shared(wanted, wordsOf(prep, i)).length > 0) return [i];
  }
  return [];
}

/**
 * The negated claim a "But …" sentence at `j` asserts after all: one of the few claims before it whose negated
 * predicate it states, with another word in common beyond the verb and the speakers' names.
 */
function negationAnswered(prep: Prepared, j: number): number | null {
  const words = wordsOf(prep, j);
  const names = speakerConcepts(prep.rows[j]!.speaker);
  let seen = 0;
  for (let i = j - 1; i >= 0 && i >= j - LOOK_BACK && seen < CONTRADICTION_REACH; i--) {
    if (!near(prep, j, i)) break;
    if (!candidate(prep, j, i)) continue;
    seen++;
    const negation = prep.negations[i];
    if (!negation) continue;
    const verb = concept(negation.verb);
    if (!holdsStem(words, verb)) continue;
    const clause = concepts(negation.phrase);
    const common = shared(clause, words).filter((w) => w !== verb && !names.has(w) && !speakerConcepts(prep.rows[i]!.speaker).has(w));
    // "he did discuss it": the emphatic "did" asserts the very predicate denied, whatever the pronoun stands for.
    if (common.length > 0 || emphatic(prep.rows[j]!.text, verb)) return i;
  }
  return null;
}

/** "did discuss", "does exist", "did in fact meet": do-support and the word after it. */
const EMPHATIC_DO = /\b(?:did|does|do)\s+(?:in\s+fact\s+|actually\s+|indeed\s+)?(\p{L}+)/giu;

/** "did discuss", "does exist", "did in fact meet": do-support stressing the verb with this concept. */
function emphatic(text: string, verb: string): boolean {
  for (const m of text.matchAll(EMPHATIC_DO)) if (sameStem(concept(m[1]!), verb)) return true;
  return false;
}

/** The verb a do-support stresses ("did provide"), if any: an answer asserting what another said was not done. */
function emphaticVerb(text: string): string | null {
  // "did provide", not "did not", "did an internship", "do so".
  // (A verb in lower case: "But did Smith lie …?" asks.)
  for (const m of text.matchAll(EMPHATIC_DO)) if (/^\p{Ll}/u.test(m[1]!) && !NOT_STRESSED_AFTER_DO.has(m[1]!) && !isStopWord(m[1]!)) return m[1]!;
  return null;
}

/** Framing sentences a correction at `denial` answers: the nearest few claims before it that tell how something is seen. */
function framingsBefore(prep: Prepared, denial: number): number[] {
  return earlierClaims(prep, denial).filter((i) => {
    const text = prep.rows[i]!.text.length > 2000 ? prep.rows[i]!.text.slice(0, 2000) : prep.rows[i]!.text;
    // "Yet there is a hole in this narrative": a sentence opening on a contrast is already the other view. And the
    // correction must be about the same thing: a word in common beyond the speakers' names ("China", "AI", "rules").
    return FRAMING.test(text) && !COUNTERING.test(text) && shared(wordsOf(prep, i), wordsOf(prep, denial)).some((w) => !speakerConcepts(prep.rows[i]!.speaker).has(w));
  });
}

const BEFORE_EVENT = new RegExp(`^(?:${alternation(BEFORE_A_DENIED_EVENT)})$`, 'i');

/** The first content word of a verbless denied content ("any involvement in …" -> involv), as a one-concept set. */
function eventNoun(content: string): Set<string> | null {
  for (const m of content.matchAll(LETTER_WORD)) {
    if (BEFORE_EVENT.test(m[0])) continue;
    const c = concepts(m[0]);
    return c.size > 0 ? c : null;
  }
  return null;
}

/** Words of a speaker's name that say nothing about what was claimed. */
function speakerConcepts(speaker: string | null): Set<string> {
  return speaker ? concepts(speaker) : new Set();
}

/** The denier's own name as words a claim about them would use: "The ministry" -> ministri. */
function denierWords(speaker: string | null): Set<string> {
  const out = new Set<string>();
  if (!speaker) return out;
  for (const m of speaker.matchAll(LETTER_WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || DENIER_FILLER_WORDS.has(w)) continue;
    out.add(concept(w));
  }
  return out;
}

/**
 * "Nobody has hired anybody to sell anything" after "… hired an adviser to find a buyer":
 * a different speaker negating the same predicate (its main verb) with at least one more
 * word in common, about a claim told just before. Article-voice negations of article-voice
 * claims are ordinary negative facts and link to nothing.
 */
function resolveNegation(prep: Prepared, denial: number, negation: Negation, earlier: readonly InArticleDispute[]): number[] {
  const row = prep.rows[denial]!;
  const denier = row.speaker;
  const verb = concept(negation.verb);
  const clause = concepts(negation.phrase);
  if (!clause.has(verb)) return [];
  // A contradiction restated ("The President absolutely did not apologize. … He did not apologize."): the claim the
  // same speaker has just contradicted with the same verb, however few other words the restatement repeats.
  if (denier) {
    for (let k = earlier.length - 1; k >= 0; k--) {
      const d = earlier[k]!;
      if (denial - d.denial > LOOK_BACK) break;
      if (d.denial < denial && !d.doubt && sameSpeaker(prep.rows[d.denial]!.speaker, denier) && holdsStem(wordsOf(prep, d.target), verb) && holdsStem(concepts(prep.rows[d.denial]!.text), verb)) {
        return [d.target];
      }
    }
  }
  const subject = negation.subject === 'negator' || negation.subject === 'pronoun' ? null : concept(negation.subject);
  const denierNames = denierWords(denier);
  const keys = denierKeys(denier);
  let seen = 0;
  for (let i = denial - 1; i >= 0 && i >= denial - LOOK_BACK && seen < CONTRADICTION_REACH; i--) {
    if (!near(prep, denial, i)) break;
    if (!candidate(prep, denial, i)) continue;
    seen++;
    const earlier = prep.rows[i]!;
    // Someone must answer: the article's own negative facts ("Police did not release the names") dispute nothing.
    if (!denier && !negation.attributed) return [];
    const words = wordsOf(prep, i);
    if (!words.has(verb)) continue;
    // The earlier claim must assert it, not deny it too.
    const own = findNegation(earlier.text);
    if (own && concept(own.verb) === verb) continue;
    const names = speakerConcepts(earlier.speaker);
    const common = shared(clause, words).filter((w) => w !== verb && !names.has(w));
    if (common.length === 0) continue;
    // "The company had not funded it" answers "funded by the company", not "funded by a campaign group".
    if (subject !== null && !words.has(subject)) continue;
    if (negation.subject === 'pronoun' && common.length < 2 && !namesDenier(earlier, keys) && !mentionsAny(earlier, denierNames)) continue;
    return [i];
  }
  return [];
}

/** After a six-letter head, only a derivational ending: "apology" ~ "apologiz(ed)"; not "invest" ~ "investig(ate)" nor "contract" ~ "contradi(ct)". */
const DERIVED_ENDING = /^(?:|y|i|iz|is|ize|ise|e|al|ion|ies)$/;

/** One concept, or two sharing their first six letters and then only a derivational ending: a noun restating its verb. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6) && DERIVED_ENDING.test(a.slice(6)) && DERIVED_ENDING.test(b.slice(6));
}

/** Whether any of the concepts is the stem (sameStem). */
function holdsStem(words: ReadonlySet<string>, stem: string): boolean {
  if (words.has(stem)) return true;
  for (const w of words) if (sameStem(w, stem)) return true;
  return false;
}

/** How many negated clauses of one sentence are tried as contradictions. */
const NEGATED_CLAUSES = 3;

/** The negated clause after `negation` in the same sentence, if any (said by the same source). */
function nextNegation(text: string, negation: Negation): Negation | null {
  const at = text.indexOf(negation.phrase);
  if (at < 0) return null;
  // The clause may run on over the next one ("… not yet been commissioned and that no water had been released"): go on after its verb.
  const verb = negation.phrase.indexOf(negation.verb);
  const from = at + (verb < 0 ? negation.phrase.length : verb + negation.verb.length);
  const rest = text.slice(from, from + 2000);
  const next = findNegation(rest);
  return next ? { ...next, attributed: negation.attributed || next.attributed } : null;
}

/** The lower-case words of a sentence outside its speaker's name. */
function ownWords(text: string, speaker: string): string[] {
  const name = new Set((speaker.toLowerCase().match(LETTER_WORD) ?? []));
  return (text.toLowerCase().match(LETTER_WORD) ?? []).filter((w) => !name.has(w));
}

/** Where a clause of its own opens inside a sentence: after "that", "when", "as", "after", "while", "because", "where" or a dash. */
const CLAUSE_OPENER = new RegExp(String.raw`(?:^|\s)(?:${CLAUSE_OPENING_WORDS.join('|')}|[—–])\s+`, 'gu');
/** A clause's subject, named, and its finite verb: "Russian officials issued", "Moscow rejected", "the Kremlin said". */
const NAMED_SUBJECT = new RegExp(String.raw`^(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{3,}s))\s+(?:\p{Ll}+ed|${NAMED_SUBJECT_VERBS.join('|')})\b`, 'u');

/**
 * "Lavrov said the article was published on January 9 — the same day that Russian officials issued their first formal
 * response to the allegations, dismissing them": a denial told by a participle after a comma belongs to the subject of
 * the clause it hangs on, when that clause names one; null otherwise (the sentence's speaker stands).
 */
function participleDenier(text: string, phrase: string): string | null {
  if (!/^\p{Ll}+ing\b/u.test(phrase)) return null;
  const at = text.indexOf(phrase);
  if (at < 2 || !/,\s*$/u.test(text.slice(Math.max(0, at - 3), at))) return null;
  const before = text.slice(Math.max(0, at - 400), at);
  let opens = -1;
  CLAUSE_OPENER.lastIndex = 0;
  for (let m = CLAUSE_OPENER.exec(before); m !== null; m = CLAUSE_OPENER.exec(before)) opens = m.index + m[0].length;
  if (opens < 0) return null;
  const subject = NAMED_SUBJECT.exec(before.slice(opens));
  return subject ? subject[1]! : null;
}

/** How many claims before a reply it may answer. */
const REPLY_REACH = 12;

/** Reporting verbs as concepts: two sentences that both "said" something share no subject by it. */
const REPORTING_CONCEPTS = new Set([...ALL_REPORTING_FORMS].map((w) => concept(w)));

/**
 * Whether a sentence is (the tail of) a quotation rather than the narrator's ("But unfortunately, we observe …,” he
 * said."): it opens on a quotation mark, or its first double mark closes one.
 */
function insideQuotation(text: string): boolean {
  if (/^\W*["“‘'«]/u.test(text)) return true;
  const mark = /["“”»«]/u.exec(text);
  if (mark === null) return false;
  // A straight mark closes when it follows a word or a stop ("… the referee," Arteta said.), opens after a space.
  return mark[0] === '”' || mark[0] === '»' || (mark[0] === '"' && mark.index > 0 && !/[\s(\[]/u.test(text.charAt(mark.index - 1)));
}

/**
 * The claim a reply at `j` answers: among the few claims before it, one told by another named party (no word of the two
 * speakers' names in common) that shares the most words with it beyond both names and the reporting verbs — at least one.
 */
function repliedTo(prep: Prepared, j: number): number | null {
  const replier = prep.rows[j]!.speaker;
  const own = speakerConcepts(replier);
  const words = wordsOf(prep, j);
  let best: number | null = null;
  let bestCommon = 0;
  let seen = 0;
  for (let i = j - 1; i >= 0 && i >= j - LOOK_BACK && seen < REPLY_REACH; i--) {
    const earlier = prep.rows[i]!;
    if (earlier.kind !== 'claim') continue;
    seen++;
    if (earlier.speaker === null || sameSpeaker(earlier.speaker, replier)) continue;
    const theirs = speakerConcepts(earlier.speaker);
    if ([...theirs].some((w) => own.has(w))) continue;
    const common = shared(words, wordsOf(prep, i)).filter((w) => !own.has(w) && !theirs.has(w) && !REPORTING_CONCEPTS.has(w)).length;
    if (common > bestCommon) {
      bestCommon = common;
      best = i;
    }
  }
  return best;
}

/** What a reply shows as its words: the sentence up to its first clause break, at most a dozen words. */
const REPLY_PHRASE_END = new RegExp(String.raw`[;:—–]|,\s+(?=(?:${REPLY_PHRASE_ENDERS.join('|')})\b)`, 'u');

function replyPhrase(text: string): string {
  const clause = text.split(REPLY_PHRASE_END)[0]!.trim();
  const words = clause.split(/\s+/u);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : clause.replace(/[.!?]+$/u, '');
}

function mentionsAny(row: AnalysisRow, words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  for (const m of row.text.matchAll(LETTER_WORD)) if (words.has(concept(m[0]))) return true;
  return false;
}

export function findDisputes(articleText: string, rows: readonly AnalysisRow[]): InArticleDispute[] {
  const prep: Prepared = {
    rows,
    paragraphOf: paragraphs(articleText, rows),
    denials: [],
    negations: [],
    words: new Map(),
    otherParty: new Map(),
    accuser: new Map(),
    grievance: new Map(),
  };
  const negations = prep.negations;
  for (const row of rows) {
    const stance = row.kind === 'claim' ? findStance(row.text) : null;
    prep.denials.push(stance?.denial ?? null);
    negations.push(stance?.negation ?? null);
  }
  const disputes: InArticleDispute[] = [];
  /** "denial:target" of every link so far: a later reading never links a pair twice. */
  const linked = new Set<string>();
  const link = (d: InArticleDispute) => {
    const key = `${d.denial}:${d.target}`;
    if (linked.has(key)) return;
    linked.add(key);
    disputes.push(d);
  };
  prep.denials.forEach((denial, i) => {
    if (!denial) {
      const row = rows[i]!;
      const negation = negations[i];
      // "the canal had not yet been commissioned and that no water had been released into it": each negated clause in turn.
      let clause = negation;
      for (let n = 0; clause && n < NEGATED_CLAUSES; n++) {
        const targets = resolveNegation(prep, i, clause, disputes);
        if (targets.length > 0) {
          for (const target of targets) link({ denial: i, target, phrase: clause.phrase, speaker: row.speaker });
          return;
        }
        clause = nextNegation(row.text, clause);
      }
      return;
    }
    const { target: t } = denial;
    const told = t.kind === 'anaphora' ? toldBefore(rows[i]!.text, denial.phrase) : null;
    const targets =
      told !== null ? resolveContent(prep, i, { kind: 'content', content: told, fallback: false, noun: t.kind === 'anaphora' ? t.noun : null })
      : t.kind === 'anaphora' ? resolveAnaphora(prep, i, t, denial.phrase)
      : t.kind === 'defence' ? resolveDefence(prep, i, t.upheld)
      : t.kind === 'answer' ? answered(prep, i)
      : resolveContent(prep, i, t);
    // Credited to whoever a relative clause says denies it ("Assange, who denies the accusation, has …"), else to the
    // sentence's speaker, else to whoever it says holds the doubt ("other experts are cautious …").
    const speaker = relativeDenier(rows, i, denial.phrase) ?? participleDenier(rows[i]!.text, denial.phrase) ?? rows[i]!.speaker ?? denial.holder ?? null;
    for (const target of targets) link({ denial: i, target, phrase: denial.phrase, speaker, ...(denial.doubt && { doubt: true as const }) });
  });
  // A correction of a framing: "The Asian superpower is portrayed as …" / "In fact, China has already …".
  rows.forEach((row, i) => {
    const correction = row.kind === 'claim' && !prep.denials[i] ? CORRECTION.exec(row.text.length > 200 ? row.text.slice(0, 200) : row.text) : null;
    if (!correction) return;
    const phrase = correction[0].replace(/^\W+/u, '');
    for (const target of framingsBefore(prep, i)) link({ denial: i, target, phrase, speaker: row.speaker });
  });
  // The other way round: a negation first, then another source asserting it after "But …" ("the President said he never
  // discussed it" / "But the special counsel's report said that on three occasions he did discuss it").
  rows.forEach((row, j) => {
    if (row.kind !== 'claim' || prep.denials[j] || negations[j] || !COUNTERING.test(row.text.length > 200 ? row.text.slice(0, 200) : row.text)) return;
    // The negation contradicts what the later sentence asserts: it is the denial, as when it comes second.
    const negated = negationAnswered(prep, j);
    if (negated !== null) link({ denial: negated, target: j, phrase: negations[negated]!.phrase, speaker: rows[negated]!.speaker });
  });
  // One party answering another, told by the article ("Human rights groups have claimed that thousands of families have been
  // evicted …" / "However, the prime minister insisted that his government never evicted villagers …"): both sides contested,
  // though neither is called false.
  rows.forEach((row, j) => {
    if (row.kind !== 'claim' || row.speaker === null || prep.denials[j] || !REPLY_OPENING.test(row.text) || insideQuotation(row.text)) return;
    // Its own words, without the speaker's name ("Senator Mark Warner", "the Defense Ministry" take no side).
    const own = ownWords(row.text, row.speaker);
    // "But the union also rejected the offer": on the same side as what it follows.
    if (own.some((w) => SAME_SIDE_WORDS.has(w))) return;
    // It must take the other side: a word of denial, falsity or criticism; a negation of what the answered claim
    // asserts; or a stressed verb the answered claim holds ("did provide").
    const contrary =
      own.some((w) => REPLY_CONTRARY_WORDS.has(w) || DENY_FORMS.has(w) || REJECTION_VERBS.has(w) || (FALSITY_WORDS.has(w) && !WEAK_FALSITY_WORDS.has(w) && !NOT_FALSITY_IN_AN_ANSWER.has(w))) ||
      OPPOSITION_TO.test(own.join(' '));
    const negated = contrary ? null : (negations[j]?.verb ?? null);
    const stressed = contrary || negated !== null ? null : emphaticVerb(row.text);
    if (!contrary && negated === null && stressed === null) return;
    const answered = repliedTo(prep, j);
    if (answered === null || linked.has(`${j}:${answered}`) || linked.has(`${answered}:${j}`)) return;
    const verb = negated ?? stressed;
    if (verb !== null && !holdsStem(wordsOf(prep, answered), concept(verb))) return;
    link({ denial: j, target: answered, phrase: replyPhrase(row.text), speaker: row.speaker, doubt: true });
  });
  // Two sources giving different figures for one thing: a disagreement with no denial word.
  disputes.push(...competingFigures(rows, prep.paragraphOf, new Set(disputes.map((d) => d.denial))));
  return disputes;
}
