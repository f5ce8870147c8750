/**
 * Why a claim scored what it did: the words a fact-checker reads on hover.
 * Positive reasons raise check-worthiness, negative ones lower it.
 */
export const REASONS = {
  figure: 'has a number, amount, percentage, date or duration that can be checked',
  attribution: 'is attributed to a named or described source ("X said", "according to X")',
  'named entity': 'names people, organisations or places',
  'causal language': 'says one thing caused or led to another ("due to", "led to", "because")',
  'legal language': 'speaks of law, courts, rights or legality ("unconstitutional", "charged", "sanctions")',
  comparison: 'compares or measures change ("more than", "rose", "the highest")',
  prediction: 'forecasts what will happen ("expected to", "will reach")',
  hedging: 'hedges ("may", "reportedly", "allegedly"): less firm, slightly less checkable',
  opinion: 'states an opinion, a feeling, advice or a value judgement ("I think", "should", "the only way", "remains to be seen")',
  question: 'asks rather than asserts',
  promise: 'promises the speaker’s own future action ("we will", "vowed to", "said it would appeal"): not checkable yet',
  'small talk': 'greets, thanks, sets the scene or fills ("thank you", "read more", "declined to comment", "it was a grey morning")',
  denial: 'denies or rejects another claim ("denies these allegations")',
} as const;

export type Reason = keyof typeof REASONS;

/** Reasons that lower the score. */
export const NEGATIVE_REASONS: ReadonlySet<Reason> = new Set<Reason>(['hedging', 'opinion', 'question', 'promise', 'small talk']);
