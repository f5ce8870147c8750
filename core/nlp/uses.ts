/**
 * Which uses of the tagger the engine runs. Each was measured against the
 * hand rules on the tuned set and holdouts 1–3 (eval/nlp-measure.ts, table in
 * eval/README.md); a use is on by default only where it won on every set.
 */
export interface NlpUses {
  /** (a) A speaker the rules missed: a subject, then a verb the tagger finds, then "that" or ":" (any verb, not a list). */
  speakerVerb: boolean;
  /** (a) A speaker the rules found, dropped when the tagger reads it as a preposition's object or its verb as a noun. */
  speakerVeto: boolean;
  /** (b) Name boundaries from PROPN tags and DATE entities: "Tuesday Mitsotakis", "the opposition Congress". */
  names: boolean;
  /** (c) Check-worthiness near the threshold, nudged by tags: numbers, names, predicative adjectives, first-person "will". */
  worthiness: boolean;
  /** (c) The same, downwards only: a quality or the speaker's own "we will", with no number or name, scores lower. */
  worthinessDown: boolean;
}

export const NO_NLP: Readonly<NlpUses> = { speakerVerb: false, speakerVeto: false, names: false, worthiness: false, worthinessDown: false };

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
