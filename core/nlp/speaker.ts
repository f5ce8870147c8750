/**
 * The tagger's view of a sentence's speaker, beside the rules' (core/import/speaker.ts).
 * Runs only on sentences where it can decide something: one with no speaker
 * and a candidate reporting clause ("that", a colon, an attribution after a
 * quotation), or one whose speaker the rules found.
 */
import type { FoundSpeaker } from '../import/speaker';
import type { TaggedToken } from './tagger';
import { nlpUses, tagWith as tag } from './uses';

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it']);
const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** "to", "not", "would" before a verb: not a finite verb with a subject of its own. */
const NOT_FINITE = new Set(['to', 'not', "n't", 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'do']);

/** A candidate reporting clause the rules may have missed: "X <verb> that", "X <verb>:", "“…,” X <verb>." */
const CANDIDATE_CLAUSE = /\sthat\s|\p{L}:\s|[”"]\s*[^”"“]{2,60}$/u;

/** The nominal chunk ending just before token `v` (its subject), or null. */
function subjectBefore(tokens: TaggedToken[], v: number, commonNouns: boolean): TaggedToken[] | null {
  let k = v - 1;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--; // "X also argued that"
  const last = tokens[k];
  if (!last) return null;
  if (last.pos === 'PRON') {
    if (!PRONOUN_SUBJECTS.has(last.lemma)) return null;
    const before = tokens[k - 1];
    return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' ? [last] : null;
  }
  if (last.pos !== 'PROPN' && last.pos !== 'NOUN') return null;
  let first = k;
  while (first > 0) {
    const t = tokens[first - 1] as TaggedToken;
    if (NOMINAL.has(t.pos) || (t.pos === 'PART' && /^['’]s?$/u.test(t.text))) first--;
    else break;
  }
  const before = tokens[first - 1];
  // The chunk opens the sentence or a clause; a preposition's object ("backed by X") is no subject.
  if (before && before.pos !== 'PUNCT' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ') return null;
  const chunk = tokens.slice(first, k + 1);
  // A named subject (a proper noun in it), not "The move means that" (unless common nouns are let in).
  if (chunk.some((t) => t.pos === 'PROPN' && t.entity !== 'DATE')) return chunk;
  return commonNouns && chunk[0]?.pos === 'DET' && last.pos === 'NOUN' ? chunk : null;
}

/** (a) "Mitsotakis underlined that ...", "the Home Office letter reads: ...", "“…,” Hollins recalled." */
function speakerFromVerb(masked: string, original: string, commonNouns: boolean): FoundSpeaker | null {
  if (!CANDIDATE_CLAUSE.test(masked)) return null;
  const tokens = tag(masked);
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v] as TaggedToken;
    if (verb.pos !== 'VERB') continue;
    const next = tokens[v + 1];
    const closes = /^[.!?]$/u.test(next?.text ?? '') && v + 2 >= tokens.length && /[”"]/u.test(masked.slice(0, verb.start));
    if (!next || !((next.lemma === 'that' && next.pos === 'SCONJ') || next.text === ':' || closes)) continue;
    const prev = tokens[v - 1];
    if (prev && NOT_FINITE.has(prev.lemma) && prev.pos !== 'VERB') continue;
    const subject = subjectBefore(tokens, v, commonNouns);
    if (!subject) continue;
    const first = subject[0] as TaggedToken;
    const last = subject[subject.length - 1] as TaggedToken;
    const speaker = original.slice(first.start, last.end).replace(/\s+/gu, ' ').trim();
    if (speaker === '') continue;
    return { speaker, pronoun: subject.length === 1 && PRONOUN_SUBJECTS.has(first.lemma) };
  }
  return null;
}

/** The tokens of the speaker as written in `masked`, or null when it cannot be placed. */
function locate(tokens: TaggedToken[], masked: string, speaker: string): { from: number; to: number } | null {
  const at = masked.indexOf(speaker);
  if (at < 0) return null;
  const from = tokens.findIndex((t) => t.start >= at);
  let to = from;
  while (to + 1 < tokens.length && (tokens[to + 1] as TaggedToken).end <= at + speaker.length) to++;
  return from < 0 ? null : { from, to };
}

const PASSIVE_BE = new Set(['be', 'get']);

/** (a) "A system backed by Labour was rejected": the object of a preposition (not a passive's agent) is no speaker. */
function vetoed(tokens: TaggedToken[], span: { from: number; to: number }): boolean {
  const before = tokens[span.from - 1];
  if (before?.pos === 'ADP' && before.lemma !== 'to') {
    // "was rejected by PhRMA": a passive's agent may be one; "according to X" is handled by the rules.
    const verb = tokens[span.from - 2];
    const aux = tokens[span.from - 3];
    const passive = before.lemma === 'by' && verb?.pos === 'VERB' && aux !== undefined && PASSIVE_BE.has(aux.lemma);
    if (!passive) return true;
  }
  // "the member states' claims": a speech word the rules took for a verb, which the tagger reads as a noun.
  const after = tokens[span.to + 1];
  return after !== undefined && after.pos === 'NOUN' && /^(?:claims?|states?|comments?|reports?|calls?|notes?|counters?|replies)$/u.test(after.text);
}

/** "the opposition Congress", "campaign group Blue Horizon": lower-case words, then a capitalised one. */
const DESCRIBED_NAME = /^(?:(?:the|a|an|The|A|An)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){1,4}\p{Lu}/u;

/**
 * (b) "The opposition Congress" -> "Congress", "the campaign group Blue Horizon" -> "Blue Horizon": a determiner and
 * lower-case common nouns (or adjectives) before a run of proper nouns are a description, not part of the name.
 * (A weekday glued to a name, "Tuesday Mitsotakis", is already dropped by the rules; see speaker-phrase.ts.)
 */
function trimName(tokens: TaggedToken[], span: { from: number; to: number }, original: string): string | null {
  const run = tokens.slice(span.from, span.to + 1);
  if (run[run.length - 1]?.pos !== 'PROPN') return null;
  let k = run.length - 1;
  while (k > 0 && run[k - 1]?.pos === 'PROPN') k--;
  const lead = run.slice(0, k);
  const described = lead.every((t) => t.pos === 'DET' || ((t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Ll}/u.test(t.text)));
  if (k === 0 || !described || !lead.some((t) => t.pos === 'NOUN')) return null;
  const first = run[k] as TaggedToken;
  const last = run[run.length - 1] as TaggedToken;
  return original.slice(first.start, last.end).replace(/\s+/gu, ' ');
}
/** The rule alone, for comparison (namesRule): the capitalised words after a lower-case description. */
const DESCRIBED_NAME_RULE =
  /^(?:(?:the|a|an|The|A|An)\s+)?(?!(?:the|a|an)\s)(?:(?!(?:of|for|on|in|at|from|with|by|to|and)\s)\p{Ll}[\p{L}'’-]*\s+){1,4}(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*)$/u;

/**
 * The hook: what the enabled uses make of the rules' answer for one sentence
 * (`masked` has its quotations blanked, `original` is as written).
 */
export function reviewSpeaker(masked: string, original: string, found: FoundSpeaker | null): FoundSpeaker | null {
  const uses = nlpUses();
  if (found === null) {
    const on = uses.speakerVerb || uses.speakerVerbNoun;
    return on && /\p{L}/u.test(masked) ? speakerFromVerb(masked, original, uses.speakerVerbNoun) : null;
  }
  // Names: only a speaker opening on lower-case words before a capitalised one ("the opposition Congress") can hold a
  // description before the name; the tagger reads no other.
  const nameCandidate = uses.names && DESCRIBED_NAME.test(found.speaker);
  if (uses.namesRule && !found.pronoun) {
    const m = DESCRIBED_NAME_RULE.exec(found.speaker);
    if (m?.[1]) found = { speaker: m[1], pronoun: false };
  }
  if (found.pronoun || (!uses.speakerVeto && !nameCandidate)) return found;
  const tokens = tag(masked);
  const span = locate(tokens, masked, found.speaker);
  if (!span) return found;
  if (uses.speakerVeto && vetoed(tokens, span)) return null;
  if (nameCandidate) {
    const trimmed = trimName(tokens, span, original);
    if (trimmed) return { speaker: trimmed, pronoun: false };
  }
  return found;
}
