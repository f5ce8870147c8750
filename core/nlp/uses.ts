import type { TaggedToken } from './tagger';

/**
 * Which uses of the tagger the engine runs. Each was measured against the
 * hand rules on the tuned set and holdouts 1–3 (eval/nlp-measure.ts, table in
 * eval/README.md); a use is on by default only where it won on every set.
 */
export interface NlpUses {
  /** (a) A speaker the rules missed: a subject, then a verb the tagger finds, then "that" or ":" (any verb, not a list). */
  speakerVerb: boolean;
  /** (a) The same, also with a common-noun subject ("The minister bristled that ..."), not only a named one. */
  speakerVerbNoun: boolean;
  /** (a) A speaker the rules found, dropped when the tagger reads it as a preposition's object or its verb as a noun. */
  speakerVeto: boolean;
  /** (b) Name boundaries from PROPN tags and DATE entities: "Tuesday Mitsotakis", "the opposition Congress". */
  names: boolean;
  /** (b) For comparison, no tagger: the same trim by capitalisation alone (lower-case words, then capitalised ones to the end). */
  namesRule: boolean;
  /** (c) Check-worthiness near the threshold, nudged by tags: numbers, names, predicative adjectives, first-person "will". */
  worthiness: boolean;
  /** (c) The same, downwards only: a quality or the speaker's own "we will", with no number or name, scores lower. */
  worthinessDown: boolean;
}

export const NO_NLP: Readonly<NlpUses> = { speakerVerb: false, speakerVerbNoun: false, speakerVeto: false, names: false, namesRule: false, worthiness: false, worthinessDown: false };

/** What the engine runs. */
export const DEFAULT_NLP_USES: Readonly<NlpUses> = NO_NLP;

let current: NlpUses = { ...DEFAULT_NLP_USES };

export function nlpUses(): Readonly<NlpUses> {
  return current;
}

/** For measurement and tests: switch uses on or off; returns what was set before. */
export function setNlpUses(uses: Partial<NlpUses>): NlpUses {
  const before = current;
  current = { ...current, ...uses };
  return before;
}

/**
 * The tagger the uses read. The engine never imports core/nlp/tagger.ts (wink-nlp) itself: with every use off it
 * has no path to the library, so bundlers leave the model out of the app. Whoever switches a use on registers the
 * tagger (`setTagger(tag)` from core/nlp/tagger.ts): eval/nlp-measure.ts and the tests do.
 */
let tagger: ((text: string) => TaggedToken[]) | null = null;

export function setTagger(fn: ((text: string) => TaggedToken[]) | null): void {
  tagger = fn;
}

/** The registered tagger; a use switched on without one is a programming error, not a silent no-op. */
export function tagWith(text: string): TaggedToken[] {
  if (!tagger) throw new Error('core/nlp: a tagger use is on but no tagger is registered (setTagger(tag) from core/nlp/tagger)');
  return tagger(text);
}
