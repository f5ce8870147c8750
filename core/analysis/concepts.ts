/**
 * Concepts of a sentence, for matching a denial against the claim it rewords:
 * content words, lightly stemmed ("hidden" -> hide, "selling" -> sell), and a
 * SMALL table of common news synonyms folded onto one concept ("concealed" ~
 * "hidden", "buyer" ~ "sell"; core/text/lexicon/synonyms.ts). Deliberately small: every group there makes two
 * different sentences look alike, so a group earns its place only when the two
 * words are near-interchangeable in news copy.
 */
import * as stopwordsLexicon from '../text/lexicon/stopwords';
import * as synonymsLexicon from '../text/lexicon/synonyms';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const { CONCEPT_STOPWORDS } = stopwordsLexicon;
const { CONCEPT_PHRASE_WORDS, CONCEPT_PHRASES, CONCEPT_SYNONYM_GROUPS, IRREGULAR_BASE_FORMS } = synonymsLexicon;

const CANONICAL = new Map<string, string>();
for (const group of CONCEPT_SYNONYM_GROUPS) for (const w of group) CANONICAL.set(w, group[0]!);

/** Light suffix stripping: "concealed" -> conceal, "transfers" -> transfer, "released" -> releas, "violation" -> viol. */
export function lightStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/u, '');
  const irregular = IRREGULAR_BASE_FORMS[w];
  if (irregular) return irregular;
  if (w.length > 4) {
    if (/ies$/.test(w) || /ied$/.test(w)) w = `${w.slice(0, -3)}y`;
    else if (/ations?$/.test(w) && w.length > 7) w = w.replace(/ations?$/, '');
    else if (/ments?$/.test(w) && w.length > 7) w = w.replace(/ments?$/, '');
    else if (/[ts]ions?$/.test(w) && w.length > 6) w = w.replace(/ions?$/, '');
    else if (/ings?$/.test(w) && w.length > 5) w = w.replace(/ings?$/, '');
    else if (/ed$/.test(w)) w = w.slice(0, -2);
    else if (/(?:ss|us|is)$/.test(w)) {
      /* "loss", "status", "crisis" keep their s */
    } else if (/(?:sh|ch|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
    else if (/s$/.test(w)) w = w.slice(0, -1);
    // "transferred" -> transferr -> transfer; "planned" -> plann -> plan
    if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
    if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
    // "violate"/"violated" -> viol, like "violation"
    if (w.length > 5 && /at$/.test(w)) w = w.slice(0, -2);
  }
  return w.length > 8 ? w.slice(0, 8) : w;
}

/** The concept a word stands for: its stem, folded onto a synonym group when it belongs to one. */
export function concept(word: string): string {
  let c = MEMO.get(word);
  if (c === undefined) {
    const s = lightStem(word);
    c = CANONICAL.get(s) ?? s;
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    MEMO.set(word, c);
  }
  return c;
}

/** Words recur: stemming each spelling once keeps a 1 MB article fast. Bounded, so memory stays flat. */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function isStopWord(word: string): boolean {
  return CONCEPT_STOPWORDS.has(word.toLowerCase());
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*/gu;

/** The concepts of a text (at most its first 2,000 characters). */
export function concepts(text: string): Set<string> {
  const out = new Set<string>();
  let bounded = text.length > 2000 ? text.slice(0, 2000) : text;
  if (CONCEPT_PHRASE_WORDS.test(bounded)) for (const [re, joined] of CONCEPT_PHRASES) bounded = bounded.replace(re, joined);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(bounded); m !== null; m = WORD.exec(bounded)) {
    let c = RAW.get(m[0]);
    if (c === undefined) {
      const w = m[0].toLowerCase().replace(/['’]s?$/u, '');
      c = w.length < 3 || CONCEPT_STOPWORDS.has(w) ? '' : concept(w);
      if (RAW.size >= MEMO_LIMIT) RAW.clear();
      RAW.set(m[0], c);
    }
    if (c !== '') out.add(c);
  }
  return out;
}

/** Token as written -> its concept, or '' for a stop word. */
const RAW = new Map<string, string>();

export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of a) if (b.has(w)) out.push(w);
  return out;
}
