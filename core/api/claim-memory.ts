/**
 * Claim memory: matching the claims of an article against the claims of the
 * articles before it, at import and, for workspaces made before claim
 * memory existed, once after opening.
 *
 * Each visible claim looks for candidates among earlier articles' visible
 * claims: every claim holding one of its rarer words or figures (each in at
 * most RARE_UNIT_MAX_CLAIMS earlier claims), the 20 holding the rarest
 * first; or, when all its words are common, the newest 20 sharing two of
 * them (candidatePlan). It scores them (core/analysis/claim-memory.ts); those
 * at or above the threshold are stored later -> earlier. Every pair is
 * computed once: an article is only ever matched against articles with
 * lower ids (at import, every claim stored before it).
 *
 * The candidates come from FTS5 (one import, the backfill) or, for an import
 * of many files (the CLI), from an in-memory index of the workspace built
 * once (ClaimIndex): the same claims, found without a query per word.
 */
import type { Db } from '../../db/open';
import {
  allClaimTexts,
  articleClaimTexts,
  articlesToMatch,
  claimsFoundBy,
  claimIdsWith,
  claimTexts,
  countArticlesToMatch,
  firstClaimIdOf,
  insertMatches,
  markArticleMatched,
  newestCandidates,
  reviewedOf,
  shownInScope,
  visibleClaimsOf,
  type CandidateScope,
  type ClaimMatch,
  type StoredClaimText,
} from '../../db/queries/claim-memory';
import {
  candidatePlan,
  commonMatch,
  MATCH_THRESHOLD,
  profileClaim,
  RARE_UNIT_MAX_CLAIMS,
  rareUnitWeight,
  scoreMatch,
  searchUnits,
  wordingKey,
  wordingMatch,
  type ClaimProfile,
  type Figure,
  type SearchUnit,
} from '../analysis/claim-memory';
import { MONTH_NAME_PATTERN } from '../text/lexicon/time';

/**
 * A claim's profile for matching: its figures that are not part of a date (a month, a year, a day of the month)
 * set apart, since a date in common is no sign of the same claim (sameClaimScore).
 */
export interface MemoryProfile extends ClaimProfile {
  /** Its figures but the months, the years and the days of a month ("January 6", "6th of May", "2017-01-06"). */
  undatedFigures: readonly Figure[];
}

const DAY_AFTER_MONTH = new RegExp(`\\b(?<month>${MONTH_NAME_PATTERN})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b`, 'giu');
const DAY_BEFORE_MONTH = new RegExp(`\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_NAME_PATTERN})\\b`, 'giu');
const ISO_DATE = /\b\d{4}-(?<month>\d{2})-(?<day>\d{2})\b/gu;

/** The numbers a text writes as the day of a month, beside a month's name written with a capital (or in an ISO date). */
function dateNumbers(text: string): Set<number> {
  const days = new Set<number>();
  for (const pattern of [DAY_AFTER_MONTH, DAY_BEFORE_MONTH]) {
    for (const m of text.matchAll(pattern)) {
      const month = m.groups!.month!;
      // "in march 12 people": a month is a name, written with a capital.
      if (month[0] === month[0]!.toLowerCase()) continue;
      const day = Number(m.groups!.day);
      if (day >= 1 && day <= 31) days.add(day);
    }
  }
  for (const m of text.matchAll(ISO_DATE)) for (const part of [m.groups!.month, m.groups!.day]) days.add(Number(part));
  return days;
}

/** profileClaim, and which of its figures are dates. */
export function memoryProfile(text: string, entities: readonly string[]): MemoryProfile {
  const profile = profileClaim(text, entities);
  const days = profile.figures.some((f) => f.kind === 'number' && Number.isInteger(f.value) && f.value >= 1 && f.value <= 31) ? dateNumbers(text) : null;
  const undatedFigures = profile.figures.filter((f) => f.kind === 'number' || f.kind === 'percent').filter((f) => !(f.kind === 'number' && days?.has(f.value)));
  return { ...profile, undatedFigures };
}

const isDate = (p: MemoryProfile, f: Figure) => !p.undatedFigures.some((u) => u.kind === f.kind && u.value === f.value);

/** Below this share of the shorter claim's content words found in the other, a shared date may not make the match. */
const DATED_MATCH_MIN_WORDS = 0.5;

/**
 * scoreMatch, but a date both claims give cannot stand in for their words: many statements about one event share
 * its day. "U.S. officials presented evidence … in a declassified report released to news media on January 6 — the
 * same day that the officials gave President-elect Donald Trump a more detailed briefing at Trump Tower in New
 * York." and "The article Lavrov was referencing was published on January 6, three days before Russian officials
 * responded to the U.S. intelligence briefing." share January 6 and three common words (officials, Russian,
 * briefing): the date's bonus made them a match. When a shared date lifted the score and the claims share fewer
 * than half of the shorter one's content words, the pair must reach the threshold scored without any date (a
 * quantity in common still counts; dates that differ still make a different claim: scoreMatch saw them). Claims
 * that share most of their words keep a match the date confirms. The score stored is scoreMatch's.
 */
export function sameClaimScore(a: MemoryProfile, b: MemoryProfile): number {
  const score = scoreMatch(a, b);
  if (score < MATCH_THRESHOLD || score === 1) return score;
  const sharedDate = a.figures.some((f) => isDate(a, f) && b.figures.some((g) => g.kind === f.kind && g.value === f.value && isDate(b, g)));
  if (!sharedDate) return score;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  if (shared >= DATED_MATCH_MIN_WORDS * Math.min(a.words.size, b.words.size)) return score;
  const undated = scoreMatch({ ...a, figures: a.undatedFigures }, { ...b, figures: b.undatedFigures });
  return undated >= MATCH_THRESHOLD ? score : undated;
}

/** Candidates scored per claim: a reworded claim holds its rare words; more only costs time. */
export const CANDIDATES_PER_CLAIM = 20;

/** Where a claim's candidates come from: the workspace's FTS5 index, or a ClaimIndex of it. */
interface CandidateSource {
  /** Earlier claims (shown or hidden) whose text holds any of the unit's terms, up to `max`. */
  idsWith(unit: SearchUnit, max: number): readonly number[];
  /** For each of these claims, the length of its text in code points when it may be a candidate (shown; in scope), else undefined. */
  shown(ids: readonly number[]): ReadonlyArray<number | undefined>;
  /** Up to `limit` candidates holding two of the units (or the only one), newest first. */
  newest(units: readonly SearchUnit[], limit: number): number[];
  /**
   * Up to `limit` candidates worded as `text` is (`key`: its wordingKey): all of them, newest first, when there
   * are no more; else the ones someone reviewed (a verdict, a note or a source) first, newest first, then the
   * newest others. A verdict given on one copy of a story printed dozens of times is always offered.
   */
  sameWording(text: string, key: string, limit: number): number[];
  /** The candidates' profiles, in the order given. */
  profiles(ids: readonly number[]): Array<{ id: number; profile: MemoryProfile }>;
}

function matchClaims(
  claims: readonly StoredClaimText[],
  source: CandidateSource,
  profileOf: (c: StoredClaimText) => MemoryProfile,
  unitsOf: (c: StoredClaimText) => SearchUnit[] = (c) => searchUnits(c.text),
): ClaimMatch[] {
  // Claims of one article share words: look each expression up once.
  const found = new Map<string, readonly number[]>();
  const idsWith = (unit: SearchUnit) => {
    let ids = found.get(unit.fts);
    if (!ids) found.set(unit.fts, (ids = source.idsWith(unit, RARE_UNIT_MAX_CLAIMS + 1)));
    return ids;
  };
  const matches: ClaimMatch[] = [];
  // A claim's candidates' distinct profiles and their scores: at most CANDIDATES_PER_CLAIM, searched in place, emptied for each claim.
  const scoredProfiles: MemoryProfile[] = [];
  const scores: number[] = [];
  for (const claim of claims) {
    const units = unitsOf(claim);
    const plan = candidatePlan(units, units.map((u) => idsWith(u).length));
    // An earlier claim worded the same is always a candidate, looked up by its wording: the plan's candidates may
    // leave it out (the twenty shortest of a hundred holding the one rare word; the newest few of many holding
    // common words).
    const key = wordingKey(claim.text);
    const sameWording = key === '' ? [] : source.sameWording(claim.text, key, CANDIDATES_PER_CLAIM);
    if (plan === null && sameWording.length === 0) continue;
    let candidates: number[];
    if (plan === null) {
      candidates = sameWording;
    } else {
      let planned: number[];
      if (plan.kind === 'rare') {
        const weights = new Map<number, number>();
        for (const { unit, n } of plan.units) {
          const w = rareUnitWeight(n);
          for (const id of idsWith(unit)) weights.set(id, (weights.get(id) ?? 0) + w);
        }
        const ids = [...weights.keys()];
        planned = heaviest(ids, weights, source.shown(ids));
      } else {
        planned = source.newest(plan.units, CANDIDATES_PER_CLAIM);
      }
      candidates = sameWording.length === 0 ? planned : [...sameWording, ...planned.filter((id) => !sameWording.includes(id))];
    }
    const mine = profileOf(claim);
    // Earlier copies of one claim (the same text and entities) share one profile object (ClaimIndex, profileCache):
    // scored once for this claim, not once per copy. sameClaimScore reads nothing but the two profiles.
    scoredProfiles.length = 0;
    scores.length = 0;
    for (const candidate of source.profiles(candidates)) {
      const seen = scoredProfiles.indexOf(candidate.profile);
      let score: number;
      if (seen >= 0) score = scores[seen]!;
      else {
        score = sameClaimScore(mine, candidate.profile);
        scoredProfiles.push(candidate.profile);
        scores.push(score);
      }
      if (score >= MATCH_THRESHOLD) matches.push({ claimId: claim.id, earlierClaimId: candidate.id, score });
    }
  }
  return matches;
}

interface Candidate {
  id: number;
  weight: number;
  length: number;
}

/** Heaviest first; of equal weight, the shortest (the rare words are more of it, as bm25 has it), then the newest. */
function before(a: Candidate, b: Candidate): boolean {
  return ranksBefore(a.id, a.weight, a.length, b);
}

function ranksBefore(id: number, weight: number, length: number, b: Candidate): boolean {
  return weight !== b.weight ? weight > b.weight : length !== b.length ? length < b.length : id > b.id;
}

/**
 * The first CANDIDATES_PER_CLAIM of the shown claims in that order (a total
 * order: ids differ), kept as they come instead of sorting them all.
 */
function heaviest(ids: readonly number[], weights: ReadonlyMap<number, number>, lengths: ReadonlyArray<number | undefined>): number[] {
  const top: Candidate[] = [];
  for (let k = 0; k < ids.length; k++) {
    const length = lengths[k];
    if (length === undefined) continue;
    const id = ids[k]!;
    const weight = weights.get(id)!;
    // Most of a claim's hundreds of candidates do not make the top: set aside before anything is made of them.
    if (top.length === CANDIDATES_PER_CLAIM && !ranksBefore(id, weight, length, top[top.length - 1]!)) continue;
    const c = { id, weight, length };
    let at = top.length;
    while (at > 0 && before(c, top[at - 1]!)) at--;
    top.splice(at, 0, c);
    if (top.length > CANDIDATES_PER_CLAIM) top.pop();
  }
  return top.map((c) => c.id);
}

/**
 * `first` in its order, then those of `then` not among them in theirs, `limit` in all: the reviewed copies before the
 * newest others; the claims worded the same before the plan's candidates.
 */
function firstThen(first: readonly number[], then: readonly number[], limit: number): number[] {
  const picked = first.slice(0, limit);
  for (const id of then) {
    if (picked.length >= limit) break;
    if (!picked.includes(id)) picked.push(id);
  }
  return picked;
}

/** Profiles by text and entities, each computed once (earlier copies of a claim share text). */
function profileCache(): (c: StoredClaimText) => MemoryProfile {
  const profiles = new Map<string, MemoryProfile>();
  return (c) => {
    const key = `${c.text}\u0000${c.entities.join('\u0000')}`;
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = memoryProfile(c.text, c.entities)));
    return p;
  };
}

function ftsSource(db: Db, scope: CandidateScope, profileOf: (c: StoredClaimText) => MemoryProfile): CandidateSource {
  return {
    idsWith: (unit, max) => claimIdsWith(db, unit.fts, scope, max),
    shown: (ids) => {
      const lengths = shownInScope(db, ids, scope);
      return ids.map((id) => lengths.get(id));
    },
    newest: (units, limit) => newestCandidates(db, commonMatch(units), scope, limit),
    sameWording: (text, key, limit) => {
      const ids: number[] = [];
      const match = wordingMatch(text);
      if (match === null) return ids;
      // One more than the limit: whether any copy is left out.
      for (const c of claimsFoundBy(db, match, scope)) {
        if (wordingKey(c.text) === key) ids.push(c.id);
        if (ids.length > limit) break;
      }
      if (ids.length <= limit) return ids;
      const reviewed: number[] = [];
      for (const c of claimsFoundBy(db, match, scope, true)) {
        if (wordingKey(c.text) === key) reviewed.push(c.id);
        if (reviewed.length >= limit) break;
      }
      return firstThen(reviewed, ids, limit);
    },
    profiles: (ids) => {
      const byId = new Map(claimTexts(db, ids).map((c) => [c.id, c]));
      return ids.flatMap((id) => {
        const c = byId.get(id);
        return c ? [{ id, profile: profileOf(c) }] : [];
      });
    },
  };
}

function matchWithFts(db: Db, articleId: number, scope: CandidateScope): number {
  const claims = visibleClaimsOf(db, articleId);
  if (claims.length === 0) return 0;
  const profileOf = profileCache();
  const matches = matchClaims(claims, ftsSource(db, scope, profileOf), profileOf);
  insertMatches(db, matches);
  return matches.length;
}

/**
 * Matches a just-imported article against every claim stored before it.
 * Call inside the import's transaction, after its claims are inserted. With
 * an index (an import of many files), the candidates come from it, and the
 * article is added to it; `stored`: the article's claims as just inserted
 * (ids ascending, entities as stored), so the index need not read them back.
 */
export function matchNewArticle(db: Db, articleId: number, index?: ClaimIndex, stored?: ReadonlyArray<StoredClaimText & { hidden: boolean }>): number {
  if (index) return index.matchNew(db, articleId, stored);
  const first = firstClaimIdOf(db, articleId);
  if (first === null) return 0;
  return matchWithFts(db, articleId, { kind: 'before-claim', claimId: first });
}

/**
 * What matching needs of a claim, from its text and entities alone: pure, so
 * an analysis thread can work it out. Between threads its search units go
 * by number (UnitSender, UnitReceiver): each unit is sent once.
 */
export interface ClaimKeys {
  text: string;
  entities: string[];
  units: SearchUnit[];
  profile: MemoryProfile;
}

/** The claim keys of an analysed article's claims, in order (null for a claim stored hidden): as storeArticle stores them. */
export function claimKeysOf(claims: ReadonlyArray<{ text: string; entities: readonly string[]; excluded: boolean }>): Array<ClaimKeys | null> {
  return claims.map((c) => {
    if (c.excluded) return null;
    const entities = [...new Set(c.entities)];
    return { text: c.text, entities, units: searchUnits(c.text), profile: memoryProfile(c.text, entities) };
  });
}

/** Claim keys as they cross to the writing thread: each search unit by its number in the sender's table. */
export interface SentClaimKeys {
  keys: Array<(Omit<ClaimKeys, 'units'> & { units: number[] }) | null>;
  /** The units numbered in this message, in number order (after the ones sent before). */
  newUnits: SearchUnit[];
  /** The sender's table was emptied first: the numbers start again at 0. */
  reset: boolean;
}

/** Units a table numbers before it starts over (a vocabulary is far smaller: only an archive of many languages gets there). */
const SENT_UNITS_MAX = 200_000;

/**
 * The analysis thread's side. Each claim holds about a dozen units, each an
 * FTS5 expression of up to seven quoted words: sent as strings they were
 * three quarters of everything an import copies between threads, and the
 * writing thread had to read every one back. Now a unit goes once, then by
 * number; the receiver hands back the very objects, one per unit.
 */
export class UnitSender {
  /** fts -> its number, and the key it was sent with (the receiver's unit holds both). */
  private numbers = new Map<string, { key: string; n: number }>();
  private next = 0;

  constructor(private readonly max = SENT_UNITS_MAX) {}

  send(keys: ReadonlyArray<ClaimKeys | null>): SentClaimKeys {
    // Started over between messages only: every number in a message is then in the receiver's table.
    const reset = this.next >= this.max;
    if (reset) {
      this.numbers.clear();
      this.next = 0;
    }
    const newUnits: SearchUnit[] = [];
    const numberOf = (unit: SearchUnit) => {
      const known = this.numbers.get(unit.fts);
      if (known !== undefined && known.key === unit.key) return known.n;
      const n = this.next++;
      this.numbers.set(unit.fts, { key: unit.key, n });
      newUnits.push(unit);
      return n;
    };
    return { keys: keys.map((k) => k && { ...k, units: k.units.map(numberOf) }), newUnits, reset };
  }
}

/** The writing thread's side, one per analysis thread, given that thread's messages in the order it sent them. */
export class UnitReceiver {
  private units: SearchUnit[] = [];

  receive(sent: SentClaimKeys): Array<ClaimKeys | null> {
    if (sent.reset) this.units = [];
    for (const unit of sent.newUnits) this.units.push(unit);
    return sent.keys.map((k) => k && { ...k, units: k.units.map((n) => this.units[n]!) });
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * No letter, digit or mark outside ASCII (curly quotes, dashes and other
 * punctuation are fine: unicode61 splits words there too): FTS5's tokens are
 * then the runs of ASCII letters and digits, lower-cased.
 */
const NON_ASCII_WORD_CHAR = /(?![\x00-\x7f])[\p{L}\p{N}\p{M}\p{Co}]/u;
const plainText = (text: string) => !NON_ASCII_WORD_CHAR.test(text);
const ASCII_TOKEN = /[a-z0-9]+/g;

interface IndexedClaim {
  text: string;
  entities: string[];
  hidden: boolean;
  profile?: MemoryProfile;
}

/** Ids below this have their shown length in a typed array (4 bytes a claim); any above, in a map. */
const DENSE_IDS = 1 << 24;

/**
 * The length of each shown claim's text in code points (as SQLite's length()
 * counts), by id: looked up for every candidate of every claim, so in an
 * array rather than a map. 0: hidden, or not indexed.
 */
class ShownLengths {
  private dense = new Int32Array(1024);
  private sparse = new Map<number, number>();

  set(id: number, length: number): void {
    if (id >= DENSE_IDS || id < 0) {
      this.sparse.set(id, length + 1);
      return;
    }
    if (id >= this.dense.length) {
      const grown = new Int32Array(Math.min(DENSE_IDS, Math.max(this.dense.length * 2, id + 1)));
      grown.set(this.dense);
      this.dense = grown;
    }
    this.dense[id] = length + 1;
  }

  get(id: number): number | undefined {
    const n = id < this.dense.length && id >= 0 ? this.dense[id]! : (this.sparse.get(id) ?? 0);
    return n === 0 ? undefined : n - 1;
  }
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) !== 0xdc00) n++;
  return n;
}

/**
 * An in-memory index of every claim's words, for an import of many files:
 * built once from the workspace, grown by each article imported, it gives
 * matchNewArticle the very candidates FTS5 would (same terms, same claims,
 * same order) without a query per word. Its tokens are FTS5's own: a claim
 * in ASCII is split as unicode61 splits it (runs of letters and digits,
 * lower-cased); any other claim is handed to an FTS5 table of the same
 * tokenizer in the connection's temp schema and its terms read back.
 *
 * Valid while this connection is the only writer of claims: `refresh` (at
 * the start of each write transaction) rebuilds it when another connection
 * has committed since (PRAGMA data_version), and `invalidate` after a
 * rollback of anything added to it.
 */
export class ClaimIndex {
  /** Term -> ids of the claims holding it, ascending (shown or hidden). */
  private postings = new Map<string, number[]>();
  private claims = new Map<number, IndexedClaim>();
  /**
   * claimsHolding's answers that reached their `max`, by expression: final,
   * since a claim indexed later has a higher id than every claim in them (a
   * common word is counted once, not again for every claim holding it).
   */
  private full = new Map<string, readonly number[]>();
  private shownLengths = new ShownLengths();
  /** wordingKey -> the ids of the shown claims worded so, ascending. */
  private byWording = new Map<string, number[]>();
  /** Text -> the profiles of the claims of that text indexed so far, one for each list of entities (shared). */
  private sameText = new Map<string, Array<{ entities: readonly string[]; profile: MemoryProfile }>>();
  private version: number | null = null;
  private given: ReadonlyArray<ClaimKeys | null> | undefined;

  /**
   * The next article's claim keys, worked out on an analysis thread
   * (claimKeysOf): used by the next matchNew for each claim whose text and
   * entities they were made from, and forgotten after it.
   */
  expect(keys: ReadonlyArray<ClaimKeys | null> | undefined): void {
    this.given = keys;
  }

  /** Call once the write lock is held: rebuilds the index when the workspace changed under it. */
  refresh(db: Db): void {
    if (this.dataVersion(db) !== this.version) this.rebuild(db, Number.MAX_SAFE_INTEGER);
  }

  private dataVersion(db: Db): number {
    return db.pragma('data_version', { simple: true }) as number;
  }

  /** From the claims stored below an id (all, or those before the article being matched). */
  private rebuild(db: Db, below: number): void {
    this.empty();
    this.add(db, allClaimTexts(db, below));
    this.version = this.dataVersion(db);
  }

  /** Forget everything (rebuilt at the next refresh): after a rollback. */
  invalidate(): void {
    this.version = null;
    this.empty();
  }

  private empty(): void {
    this.postings = new Map();
    this.full = new Map();
    this.claims = new Map();
    this.shownLengths = new ShownLengths();
    this.byWording = new Map();
    this.sameText = new Map();
  }

  get size(): number {
    return this.claims.size;
  }

  /** matchNewArticle with this index: the article's claims are matched against every claim indexed, then indexed. */
  matchNew(db: Db, articleId: number, stored?: ReadonlyArray<StoredClaimText & { hidden: boolean }>): number {
    const claims = stored ?? articleClaimTexts(db, articleId);
    if (claims.length === 0) return 0;
    // Built again after a rollback (or never refreshed) from the claims stored before this article's: never from the article itself.
    if (this.version === null || this.claims.has(claims[0]!.id)) this.rebuild(db, claims[0]!.id);
    // Worked out on an analysis thread when given (claim by claim, in order, for the same text and entities), else here.
    const given = this.given;
    this.given = undefined;
    const keysOf = (c: StoredClaimText & { hidden: boolean }, i: number) => {
      const keys = given?.[i];
      return keys && keys.text === c.text && sameList(keys.entities, c.entities) ? keys : undefined;
    };
    // The article's own profiles are kept for when its claims are someone else's candidates.
    const own = new Map<number, MemoryProfile>();
    const units = new Map<number, SearchUnit[]>();
    claims.forEach((c, i) => {
      const keys = keysOf(c, i);
      if (keys) {
        own.set(c.id, keys.profile);
        units.set(c.id, keys.units);
      }
    });
    const profileOf = (c: StoredClaimText) => {
      let p = own.get(c.id);
      if (!p) own.set(c.id, (p = memoryProfile(c.text, c.entities)));
      return p;
    };
    const shown = claims.filter((c) => !c.hidden);
    const matches = shown.length === 0 ? [] : matchClaims(shown, this.source(db), profileOf, (c) => units.get(c.id) ?? searchUnits(c.text));
    insertMatches(db, matches);
    this.add(db, claims, own);
    return matches.length;
  }

  private profileOf(id: number): MemoryProfile | undefined {
    const c = this.claims.get(id);
    if (!c) return undefined;
    return (c.profile ??= this.shared(c.text, c.entities));
  }

  /**
   * The one profile of every claim indexed with this text and these entities (`given`, or worked out, for the
   * first): a claim whose candidates are copies of one claim, as a wire story printed again and again gives
   * them, has them scored once (matchClaims).
   */
  private shared(text: string, entities: readonly string[], given?: MemoryProfile): MemoryProfile {
    const same = this.sameText.get(text);
    const found = same?.find((p) => sameList(p.entities, entities));
    if (found) return found.profile;
    const profile = given ?? memoryProfile(text, entities);
    if (same) same.push({ entities, profile });
    else this.sameText.set(text, [{ entities, profile }]);
    return profile;
  }

  /** Claims in ascending id order, each above every claim indexed: the lists stay ascending. */
  private add(db: Db, claims: ReadonlyArray<StoredClaimText & { hidden: boolean }>, profiles?: ReadonlyMap<number, MemoryProfile>): void {
    const others = claims.filter((c) => !plainText(c.text));
    const theirs = others.length > 0 ? this.ftsTerms(db, others) : new Map<number, string[]>();
    const other = new Set(others.map((c) => c.id));
    for (const c of claims) {
      const given = profiles?.get(c.id);
      this.claims.set(c.id, { text: c.text, entities: c.entities, hidden: c.hidden, profile: given && this.shared(c.text, c.entities, given) });
      const ascii = theirs.has(c.id) ? null : (c.text.toLowerCase().match(ASCII_TOKEN) ?? []);
      if (!c.hidden) {
        this.shownLengths.set(c.id, codePoints(c.text));
        // (Plain text: its ASCII tokens, in order, are its wordingKey.)
        const key = ascii && !other.has(c.id) ? ascii.join(' ') : wordingKey(c.text);
        const same = this.byWording.get(key);
        if (same) same.push(c.id);
        else this.byWording.set(key, [c.id]);
      }
      this.post(c.id, theirs.get(c.id) ?? ascii ?? []);
    }
  }

  private post(id: number, terms: Iterable<string>): void {
    for (const term of terms) {
      const ids = this.postings.get(term);
      if (ids === undefined) this.postings.set(term, [id]);
      // A term the claim holds twice is posted once: the claim is the last of its list already (no Set made for every claim).
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
  }

  /** Claims' terms as FTS5's tokenizer makes them, through a table of the same tokenizer in the temp schema. */
  private ftsTerms(db: Db, claims: readonly StoredClaimText[]): Map<number, string[]> {
    // Each time: a rollback (of an article's savepoint, of a batch) or a change of temp_store takes temporary tables with it.
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_index_fold USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_index_terms USING fts5vocab(temp, claim_index_fold, instance);`);
    const insert = db.prepare('INSERT INTO temp.claim_index_fold (rowid, text) VALUES (?, ?)');
    for (const c of claims) insert.run(c.id, c.text);
    const terms = new Map<number, string[]>();
    for (const { doc, term } of db.prepare('SELECT doc, term FROM temp.claim_index_terms').iterate() as Iterable<{ doc: number; term: string }>) {
      const list = terms.get(doc);
      if (list) list.push(term);
      else terms.set(doc, [term]);
    }
    db.exec('DELETE FROM temp.claim_index_fold');
    return terms;
  }

  /** The claims indexed whose text holds any of the unit's terms, ascending, up to `max`: as claimIdsWith asks FTS5. */
  claimsHolding(unit: SearchUnit, max: number): readonly number[] {
    const full = this.full.get(unit.fts);
    if (full !== undefined && full.length >= max) return full.length === max ? full : full.slice(0, max);
    const lists = this.listsOf(unit);
    const ids = unionAscending(lists, max);
    // (Never a list that goes on growing: a copy of it.)
    if (ids.length === max) this.full.set(unit.fts, ids === lists[0] ? ids.slice() : ids);
    return ids;
  }

  private listsOf(unit: SearchUnit): number[][] {
    const lists: number[][] = [];
    for (const term of unit.terms) {
      const ids = this.postings.get(term);
      if (ids) lists.push(ids);
    }
    return lists;
  }

  private source(db: Db): CandidateSource {
    return {
      idsWith: (unit, max) => this.claimsHolding(unit, max),
      shown: (ids) => ids.map((id) => this.shownLengths.get(id)),
      newest: (units, limit) => {
        // As FTS5 answers it: the newest 2 × limit claims holding two of the units (or the only one), then the shown ones.
        const picked: number[] = [];
        let read = 0;
        for (const id of newestHoldingTwo(units.map((u) => this.listsOf(u)))) {
          if (this.claims.get(id)?.hidden === false) picked.push(id);
          if (++read >= limit * 2 || picked.length >= limit) break;
        }
        return picked;
      },
      sameWording: (_text, key, limit) => {
        const all = this.byWording.get(key) ?? [];
        const newest = all.slice(-limit - 1).reverse();
        if (all.length <= limit) return newest;
        // Which copies were reviewed is the workspace's to say (a verdict given since the index was built counts).
        const reviewed = reviewedOf(db, all);
        const reviewedNewest: number[] = [];
        for (let k = all.length - 1; k >= 0 && reviewedNewest.length < limit; k--) if (reviewed.has(all[k]!)) reviewedNewest.push(all[k]!);
        return firstThen(reviewedNewest, newest, limit);
      },
      profiles: (ids) => {
        const found: Array<{ id: number; profile: MemoryProfile }> = [];
        for (const id of ids) {
          const profile = this.profileOf(id);
          if (profile) found.push({ id, profile });
        }
        return found;
      },
    };
  }
}

/** The ids in any of the ascending lists, each once, ascending: the first `max`. */
function unionAscending(lists: readonly number[][], max: number): number[] {
  if (lists.length === 1) return lists[0]!.length <= max ? lists[0]! : lists[0]!.slice(0, max);
  const at = lists.map(() => 0);
  const out: number[] = [];
  while (out.length < max) {
    let low = Infinity;
    for (let k = 0; k < lists.length; k++) if (at[k]! < lists[k]!.length && lists[k]![at[k]!]! < low) low = lists[k]![at[k]!]!;
    if (low === Infinity) break;
    out.push(low);
    for (let k = 0; k < lists.length; k++) if (lists[k]![at[k]!] === low) at[k]!++;
  }
  return out;
}

/** The ids in any of the ascending lists, each once, newest (highest) first, read lazily. */
function* unionDescending(lists: readonly number[][]): Generator<number> {
  const at = lists.map((l) => l.length - 1);
  for (;;) {
    let high = -Infinity;
    for (let k = 0; k < lists.length; k++) if (at[k]! >= 0 && lists[k]![at[k]!]! > high) high = lists[k]![at[k]!]!;
    if (high === -Infinity) return;
    yield high;
    for (let k = 0; k < lists.length; k++) if (lists[k]![at[k]!] === high) at[k]!--;
  }
}

/** Newest first, the ids held by two of the units (each unit: its terms' lists), or by the only one; read lazily. */
function* newestHoldingTwo(units: readonly (readonly number[][])[]): Generator<number> {
  const its = units.map((lists) => unionDescending(lists));
  if (its.length === 1) {
    yield* its[0]!;
    return;
  }
  const heads = its.map((it) => it.next());
  for (;;) {
    let high = -Infinity;
    for (const h of heads) if (!h.done && h.value > high) high = h.value;
    if (high === -Infinity) return;
    let holding = 0;
    for (let k = 0; k < heads.length; k++) {
      if (!heads[k]!.done && heads[k]!.value === high) {
        holding++;
        heads[k] = its[k]!.next();
      }
    }
    if (holding >= 2) yield high;
  }
}
/** Matches an article stored earlier against the articles imported before it, and marks it done. */
export function matchStoredArticle(db: Db, articleId: number): number {
  const found = matchWithFts(db, articleId, { kind: 'before-article', articleId });
  markArticleMatched(db, articleId);
  return found;
}

/** How long opening a workspace may spend matching; the rest goes on in the background. */
export const MATCH_ON_OPEN_BUDGET_MS = 300;
/** One background slice: at most this long between two chances for requests to run. */
export const MATCH_SLICE_MS = 50;

export interface MatchBackfillResult {
  articles: number;
  matches: number;
  /** Articles still to match. */
  remaining: number;
}

/**
 * Matches articles never matched, oldest first, one short transaction each
 * (each commits: a crash loses at most one article's work, and nothing is
 * matched twice), until the time budget runs out. Never waits for the write
 * lock: when another process holds it, or the file cannot be written, it
 * stops and the rest waits for later.
 */
export function matchUnmatchedArticles(db: Db, budgetMs = MATCH_ON_OPEN_BUDGET_MS): MatchBackfillResult {
  const result = { articles: 0, matches: 0, remaining: 0 };
  const todo = articlesToMatch(db);
  if (todo.length === 0) return result;
  const deadline = Date.now() + budgetMs;
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    for (const id of todo) {
      if (Date.now() > deadline) break;
      result.matches += db.transaction(() => matchStoredArticle(db, id)).immediate();
      result.articles++;
    }
  } catch {
    // Busy, read-only, disk full: matching waits; the workspace works without it.
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
  result.remaining = countArticlesToMatch(db);
  return result;
}

/** Pause before trying again when a slice could do nothing (another process writing). */
const RETRY_MS = 5000;
const MAX_IDLE_SLICES = 3;

/**
 * On open: match for a short while, then go on in slices between requests
 * (timers that never keep the process alive) until every article is done or
 * the workspace is closed. Synchronous SQLite means a slice never runs in
 * the middle of a request's transaction.
 */
export function backfillClaimMemory(db: Db, budgetMs = MATCH_ON_OPEN_BUDGET_MS): MatchBackfillResult {
  const first = matchUnmatchedArticles(db, budgetMs);
  if (first.remaining > 0) scheduleSlice(db, 0, 0);
  return first;
}

function scheduleSlice(db: Db, delayMs: number, idle: number): void {
  const timer = setTimeout(() => {
    if (!db.open) return;
    if (db.inTransaction) return scheduleSlice(db, RETRY_MS, idle);
    const slice = matchUnmatchedArticles(db, MATCH_SLICE_MS);
    if (slice.remaining === 0) return;
    if (slice.articles > 0) scheduleSlice(db, 10, 0);
    else if (idle + 1 < MAX_IDLE_SLICES) scheduleSlice(db, RETRY_MS, idle + 1);
  }, delayMs);
  timer.unref?.();
}
