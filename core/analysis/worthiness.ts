/**
 * Check-worthiness: how much a sentence asserts something a fact-checker can
 * verify. Cues raise or lower a log-odds score; the reasons are the cues that
 * fired. A pure function of the text, its speaker and what was found in it.
 */
import type { Reason } from './reasons';

export interface WorthinessInput {
  text: string;
  speaker: string | null;
  kind: string;
  figures: readonly string[];
  entities: readonly string[];
  denial: boolean;
  wordCount: number;
}

export interface Worthiness {
  score: number;
  reasons: Reason[];
}

const b = (source: string) => new RegExp(source, 'i');

const ATTRIBUTION = b(
  String.raw`\b(?:according to|said|says|told|stated|announced|claimed|claims|alleged|alleges|reported|confirmed|added|asserted|insisted|noted|argued|highlighted|stressed|reiterated|urged|warned|accused|accuses|revealed|disclosed|estimated|estimates|testified|wrote|tweeted|posted|quoted|cited|data (?:show|showed|from)|figures (?:show|showed|from)|statistics|survey|study|poll|census|report(?:ed)? by|in a statement|spokes(?:person|man|woman))\b`,
);
const CAUSAL = b(
  String.raw`\b(?:because|due to|caused|causes|causing|cause of|led to|leads to|leading to|result(?:ed|s|ing)? (?:in|from)|as a result|owing to|thanks to|fuell?ed by|triggered|sparked|driven by|blamed|attributed to|responsible for|contributed to|stemm(?:ed|ing) from|in response to|consequently|therefore|linked to|amid|prompted|forced|so that)\b`,
);
const LEGAL = b(
  String.raw`\b(?:law|laws|legal|illegal(?:ly)?|unlawful(?:ly)?|lawful|unconstitutional|constitution(?:al)?|court|courts|judge|judges|ruling|ruled|verdict|sentenced|convicted|conviction|charged|indicted|indictment|arrested|arrest|prosecut\w*|lawsuit|sued|banned|ban|sanctions?|treaty|jurisdiction|legislation|legislat\w+|bill|regulations?|regulat\w+|decree|ordinance|violat\w*|breach(?:ed)?|crimes?|criminal|fraud|guilty|acquitted|appeal|petition|amendment|statute|licen[cs]e|warrant|custody|detained|detention|deport\w*|null and void|rights|parliament|approval|authori[sz]ed|illegitimate|mandate)\b`,
);
const COMPARISON = b(
  String.raw`\b(?:than|compared (?:with|to)|comparison|higher|lower|larger|smaller|bigger|biggest|largest|highest|lowest|fastest|slowest|most|least|increased?|decreased?|increases|decreases|rose|risen|rising|fell|fallen|falling|dropped|drop|declined?|declining|surged?|soared|plunged|plummeted|doubled|tripled|halved|grew|grown|growth|record|outpaced|exceeded|surpassed|spike|jump(?:ed)?|deteriorated|improved|worsened|escalat\w+|more|fewer|less|up from|down from|since)\b`,
);
const PREDICTION = b(
  String.raw`\b(?:will|won't|is expected to|are expected to|expected to|forecasts?|forecast(?:ed|ing)|projected|predicts?|predicted|likely to|set to|is going to|are going to|plans? to|planned|aims? to|poised to|on track to|next (?:year|month|week)|upcoming|would)\b`,
);
const HEDGING = b(
  String.raw`\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|apparently|seems?|seemed|appears? to|appeared to|unconfirmed|unclear|believed to|thought to|rumou?red|it is possible|suggests?|suspected|presumably|probably|likely)\b`,
);
const OPINION = b(
  String.raw`\b(?:i think|i believe|we believe|i feel|we feel|in my (?:view|opinion)|in our (?:view|opinion)|personally|should|shouldn't|ought to|must|needs? to|it is time|it's time|great|wonderful|terrible|awful|disgraceful|shameful|shameless|fantastic|amazing|brilliant|excellent|horrible|beautiful|stupid|ridiculous|absurd|outrageous|best|worst|incredible|tremendous|pathetic|unacceptable|deplorable|nonsense|disastrous|heroic|evil|hope|hopes|hopeful|wish|love|hate|deserve|deserves|proud|important|crucial|vital|essential|unfortunate|regrettable|sad|shocking|appalling|courageous|commendable|admirable|laudable|welcome[sd]?|condemn(?:s|ed)?|believe|feel|opinion|clearly|obviously|undoubtedly|of course|frankly|honestly|the right thing)\b`,
);
const PROMISE = b(
  String.raw`\b(?:(?:i|we)(?:'ll|’ll| will| shall| promise| pledge| vow| guarantee| are committed| am committed| commit| intend| are going to| am going to| are determined| am determined| won't| will not| are ready to)|promised?|pledged?|vow(?:ed|s)?|vowing|pledging|promising|will ensure|will make sure|committed to)\b`,
);
const SMALL_TALK = b(
  String.raw`^\W*(?:thank(?:s| you)|good (?:morning|evening|afternoon|night)|welcome\b|hello|hi\b|hey\b|congratulations|happy (?:birthday|new year|holidays|eid|diwali|christmas)|ladies and gentlemen|it is a pleasure|it's a pleasure|nice to (?:meet|see)|have a (?:good|nice|great)|stay tuned|read more|click here|subscribe|follow us|sign up|all rights reserved|copyright|©|advertisement|share this|see also|related:|photo:|image:|let me|let's|let us|how are you|see you|cheers|please|you're welcome|excuse me|sorry|okay|ok\b|well,|so,|anyway|bye|goodbye|enjoy)`,
);
const SMALL_TALK_ANYWHERE = b(String.raw`\b(?:thank you|thanks (?:to all|everyone|for)|delighted to be here|honou?red to be here|pleasure to be here|glad to be here|happy to be here|stay tuned|click here|read more|subscribe to)\b`);

/** First-person present statements of feeling or value without content: "I am very happy." */
const FIRST_PERSON_FEELING = b(String.raw`^\W*(?:i|we)(?:'m|’m| am| are|'re|’re)\s+(?:so\s+|very\s+|really\s+|truly\s+)?(?:happy|glad|delighted|proud|honou?red|grateful|thankful|excited|pleased|sad|sorry|confident|hopeful|optimistic)\b`);

/** Sentences of reported fact tend to have a past-tense or perfect verb. */
const EVENT_VERB = b(String.raw`\b(?:was|were|has been|have been|had|has|have|did|\w{3,}ed)\b`);

const WEIGHTS: Record<Reason, number> = {
  figure: 1.1,
  attribution: 0.6,
  'named entity': 0.5,
  'causal language': 0.4,
  'legal language': 0.35,
  comparison: 0.35,
  prediction: 0.15,
  denial: 0.4,
  hedging: -0.45,
  opinion: -1.1,
  question: -2.6,
  promise: -1.2,
  'small talk': -3,
};

function bounded(text: string): string {
  return text.length > 1500 ? text.slice(0, 1500) : text;
}

/** Strips quoted speech for cues that describe the writer, not the speaker. */
export function scoreWorthiness(input: WorthinessInput): Worthiness {
  const text = bounded(input.text);
  const reasons: Reason[] = [];
  let z = 0.1;
  const add = (reason: Reason, weight = WEIGHTS[reason]) => {
    reasons.push(reason);
    z += weight;
  };

  if (input.figures.length > 0) add('figure', WEIGHTS.figure + Math.min(2, input.figures.length - 1) * 0.15);
  if (input.speaker || ATTRIBUTION.test(text)) add('attribution');
  if (input.entities.length > 0) add('named entity', WEIGHTS['named entity'] + Math.min(2, input.entities.length - 1) * 0.1);
  if (CAUSAL.test(text)) add('causal language');
  if (LEGAL.test(text)) add('legal language');
  if (COMPARISON.test(text)) add('comparison');
  if (input.denial) add('denial');

  const question = input.kind === 'question' || /\?["'”’)\]]*\s*$/.test(text);
  const smallTalk = SMALL_TALK.test(text) || SMALL_TALK_ANYWHERE.test(text) || FIRST_PERSON_FEELING.test(text);
  const promise = PROMISE.test(text);
  if (PREDICTION.test(text) && !promise) add('prediction');
  if (HEDGING.test(text)) add('hedging');
  if (OPINION.test(text)) {
    // Attributed opinion is still a reported statement; the writer's own is not.
    add('opinion', input.speaker || reasons.includes('figure') ? -0.6 : WEIGHTS.opinion);
  }
  if (question) add('question');
  if (promise) add('promise', /\b(?:i|we)\b/i.test(text) ? WEIGHTS.promise : -0.5);
  if (smallTalk) add('small talk', input.figures.length > 0 ? -1.5 : WEIGHTS['small talk']);

  // No reason either way: a plain past-tense event is a claim, a fragment is not.
  if (EVENT_VERB.test(text)) z += 0.35;
  if (input.wordCount < 4) z -= 1.2;
  else if (input.wordCount < 7) z -= 0.4;
  if (input.kind !== 'claim') z -= 2.5;

  const score = 1 / (1 + Math.exp(-z));
  return { score: Math.round(score * 100) / 100, reasons };
}
