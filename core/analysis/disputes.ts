/**
 * In-article disputes: each denial the article reports, linked to the
 * claim(s) it targets. "these allegations" points back to the nearest claim
 * that makes an allegation (several sentences only when they tell one
 * allegation); "denied that X" points to the claim whose words best match X.
 */
import { findDenial, type Denial } from './denial';
import { contentWords, overlap } from './words';
import type { AnalysisRow, InArticleDispute } from './types';

/** How far a denial looks for what it denies (rows), so a 1 MB article stays linear. */
const LOOK_BACK = 60;
const LOOK_AHEAD = 12;
/** Anaphora reaches this many claims back at most. */
const ANAPHORA_REACH = 6;

/** Words that make a sentence an accusation someone could deny. */
const ALLEGATION =
  /\b(?:accus|alleg|attribut|blam|responsib|involv|complicit|harbo|shelter|sponsor|fund|financ|arm(?:s|ed|ing)\b|train(?:s|ed|ing)\b|back(?:s|ed|ing)\b|support(?:s|ed|ing)?\b|behind\b|orchestrat|plot|conspir|rig(?:s|ged|ging)?\b|fraud|corrupt|brib|embezzl|launder|abus|tortur|violat|breach|kill|murder|attack|bomb|shell|strike|operat(?:e|es|ed|ing)\s+from|used\s+against|use[sd]?\s+.{0,30}\s+against|carried\s+out|cover(?:ed|ing)?\s+up|lie[sd]\b|lying|misled|mislead|stole|steal|smuggl|collu|interfer|meddl|spy|spied|espionage|illegal|unlawful|crime|criminal|genocide|massacre|discriminat|harass|assault|mistreat|persecut|neglig|mismanag|fail(?:ed|ing)?\s+to|hid\b|hidden|conceal|manipulat|falsif|fake|plagiar|exploit|sabotag|incit|insurgen|militan|terror|infiltrat|sanction|leak|cheat|misus|divert|siphon|inflat|overstat|understat|censor|suppress|intimidat|threat|coerc|extort|detain|abduct|kidnap|disappear|target)/i;

interface Prepared {
  rows: readonly AnalysisRow[];
  paragraphOf: number[];
  denials: Array<Denial | null>;
  words: Map<number, ReadonlySet<string>>;
}

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
    w = contentWords(row.text);
    prep.words.set(i, w);
  }
  return w;
}

function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase().replace(/^the\s+/, '');
  const y = b.toLowerCase().replace(/^the\s+/, '');
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** A row a denial may target: another claim, not itself a denial, not the denier's own statement. */
function candidate(prep: Prepared, denial: number, i: number): boolean {
  const row = prep.rows[i];
  if (!row || i === denial || row.kind !== 'claim' || prep.denials[i]) return false;
  return !sameSpeaker(row.speaker, prep.rows[denial]!.speaker);
}

function isAllegation(row: AnalysisRow): boolean {
  return ALLEGATION.test(row.text.length > 2000 ? row.text.slice(0, 2000) : row.text);
}

/** Claims before the denial, nearest first, within reach and at most two paragraphs back. */
function earlierClaims(prep: Prepared, denial: number): number[] {
  const out: number[] = [];
  const para = prep.paragraphOf[denial]!;
  for (let i = denial - 1; i >= 0 && i >= denial - LOOK_BACK && out.length < ANAPHORA_REACH; i--) {
    if (para - prep.paragraphOf[i]! > 2) break;
    if (candidate(prep, denial, i)) out.push(i);
  }
  return out;
}

function mentions(row: AnalysisRow, word: string): boolean {
  const w = word.toLowerCase();
  return row.text.toLowerCase().includes(w) || (row.speaker?.toLowerCase().includes(w) ?? false);
}

/** Generic words in a denier's name that say nothing about who is accused. */
const GENERIC = /^(?:the|a|an|of|for|and|government|ministry|foreign|office|spokes(?:person|man|woman)|minister|defen[cs]e|department|state|federal|national|official|officials|authorities|president|prime|secretary|interior|army|military|police|council|party|group|company|firm|its|his|her|their|said|senior)$/i;

/** Stems of the denier's own name: "Estravia's foreign ministry" -> estrav. A claim naming them accuses them. */
function denierKeys(speaker: string | null): string[] {
  if (!speaker) return [];
  const keys: string[] = [];
  for (const m of speaker.matchAll(/\p{Lu}[\p{L}\p{M}-]*/gu)) {
    const w = m[0].replace(/['’]s?$/u, '');
    if (w.length < 3 || GENERIC.test(w)) continue;
    keys.push(w.toLowerCase().slice(0, Math.max(4, Math.min(6, w.length - 1))));
  }
  return keys;
}

function namesDenier(row: AnalysisRow, keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  const text = row.text.toLowerCase();
  return keys.some((k) => text.includes(k));
}

/** "She also said ...", "He added ...": the sentence continues the one before. */
const CONTINUES = /^\W*(?:(?:he|she|they|it)\b.{0,40}\b(?:also|added|further)\b|(?:he|she|they)\s+(?:also\s+)?(?:said|added|alleged|claimed|accused|told)\b|the (?:group|report|statement|ministry|official|officials|minister)\s+(?:also|further|added))/i;

function wordCount(row: AnalysisRow): number {
  return (row.text.match(/\p{L}+/gu) ?? []).length;
}

/** "these allegations" -> the nearest allegation; plural extends over the same allegation told in more sentences. */
function resolveAnaphora(prep: Prepared, denial: number, target: Extract<Denial['target'], { kind: 'anaphora' }>): number[] {
  // Fragments ("Not once.") are not what anyone denies.
  let pool = earlierClaims(prep, denial).filter((i) => wordCount(prep.rows[i]!) >= 5);
  if (pool.length === 0) return [];
  if (target.possessor) {
    const owned = pool.filter((i) => mentions(prep.rows[i]!, target.possessor!));
    if (owned.length > 0) pool = owned;
  }
  const keys = denierKeys(prep.rows[denial]!.speaker);
  const accusing = target.noun === null || /^(?:allegation|accusation|charge|claim|insinuation)s?$/.test(target.noun);
  const within = pool.slice(0, 3);
  const noun = target.noun?.replace(/s$/, '') ?? null;
  const picked = accusing
    ? within.find((i) => isAllegation(prep.rows[i]!))
    : within.find((i) => noun !== null && mentions(prep.rows[i]!, noun)) ?? pool.find((i) => noun !== null && noun.length > 4 && mentions(prep.rows[i]!, noun));
  const anchor = picked ?? pool[0]!;
  // Without a noun to go by, stay in the denial's paragraph or the one just before.
  if (picked === undefined && prep.paragraphOf[denial]! - prep.paragraphOf[anchor]! > 1) return [];
  const targets = [anchor];
  if (!target.plural) return targets;
  // Sentences between the allegation and the denial that carry it on (naming the denier, or "She also said").
  let previous = anchor;
  for (let i = anchor + 1; i < denial; i++) {
    if (!candidate(prep, denial, i)) continue;
    const row = prep.rows[i]!;
    const carries = namesDenier(row, keys) || CONTINUES.test(row.text) || sameSpeaker(row.speaker, prep.rows[previous]!.speaker);
    if (!carries || !(isAllegation(row) || namesDenier(row, keys))) break;
    targets.push(i);
    previous = i;
  }
  // Sentences before it that tell the same allegation.
  let later = anchor;
  for (let i = anchor - 1; i >= 0 && targets.length < 4; i--) {
    if (prep.paragraphOf[denial]! - prep.paragraphOf[i]! > 2) break;
    if (!candidate(prep, denial, i)) break;
    const earlier = prep.rows[i]!;
    const next = prep.rows[later]!;
    const continues = sameSpeaker(earlier.speaker, next.speaker) || CONTINUES.test(next.text);
    const linked = isAllegation(earlier) ? continues || namesDenier(earlier, keys) : continues && namesDenier(earlier, keys);
    if (!linked) break;
    targets.push(i);
    later = i;
  }
  return targets.sort((a, b) => a - b);
}

/** "denied that X" -> the claim sharing most content words with X (at least two, a third of X). */
function resolveContent(prep: Prepared, denial: number, target: Extract<Denial['target'], { kind: 'content' }>): number[] {
  const wanted = contentWords(target.content);
  const denier = prep.rows[denial]!.speaker;
  if (denier) for (const w of contentWords(denier)) if (wanted.size > 2) (wanted as Set<string>).delete(w);
  let best = -1;
  let bestScore = 0;
  if (wanted.size > 0) {
    const from = Math.max(0, denial - LOOK_BACK);
    const to = Math.min(prep.rows.length - 1, denial + LOOK_AHEAD);
    for (let i = from; i <= to; i++) {
      if (!candidate(prep, denial, i)) continue;
      const shared = overlap(wanted, wordsOf(prep, i));
      if (shared < 2 && !(shared === 1 && wanted.size === 1)) continue;
      if (shared / wanted.size < 0.3) continue;
      // Earlier claims first; then the nearest.
      const distance = Math.abs(denial - i);
      const score = shared / wanted.size + shared * 0.05 - distance * 0.002 - (i > denial ? 0.15 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
  }
  if (best >= 0) return [best];
  if (target.fallback) return resolveAnaphora(prep, denial, { kind: 'anaphora', plural: false, noun: target.noun, possessor: null });
  return [];
}

export function findDisputes(articleText: string, rows: readonly AnalysisRow[]): InArticleDispute[] {
  const prep: Prepared = {
    rows,
    paragraphOf: paragraphs(articleText, rows),
    denials: rows.map((row) => (row.kind === 'claim' ? findDenial(row.text) : null)),
    words: new Map(),
  };
  const disputes: InArticleDispute[] = [];
  prep.denials.forEach((denial, i) => {
    if (!denial) return;
    const targets = denial.target.kind === 'anaphora' ? resolveAnaphora(prep, i, denial.target) : resolveContent(prep, i, denial.target);
    for (const target of targets) disputes.push({ denial: i, target, phrase: denial.phrase, speaker: rows[i]!.speaker });
  });
  return disputes;
}
