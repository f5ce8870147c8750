/** Promises: who can make one (a party that acts) and the words that make a sentence one. Sets lower case; patterns ignore case. */
import { caseless, words } from './words';

/** Who acts: pronouns and nouns for parties that can promise ("the club would cut", "the council would review"). */
// "and/but would not appeal": the same party as the clause before.
export const PROMISING_PRONOUNS = words(`i we he she they it you who which that and but`);

export const PROMISING_PARTIES = new Set(
  `club council government company firm ministry department board bank trust authority agency party team police force school
  university hospital operator group union committee commission minister mayor chairman chairwoman chair president chief
  leader owner owners manager management administration cabinet executive regulator service charity landlord developer
  developers province state city county borough airline railway network insurer insurers employer employers club's
  organisers organizers authorities officials ministers councillors directors trustees campaign campaigners coalition office
  secretary spokesman spokeswoman spokesperson prime premier chancellor governor inspector inspectorate court parliament
  assembly senate congress administration retailer supermarket brand store carmaker maker producer supplier provider
  utility utilities`.split(/\s+/),
);

/** Verbs of a party's own deliberate action: "would introduce", "will cut", "would not appeal". */
export const PROMISED_ACTIONS = String.raw`build|appeal|publish|update|hold|send|visit|introduce|launch|return(?! to)|ensure|provide|offer|pay|review|invest|create|deliver|fight|keep|protect|announce|meet|consider|challenge|seek|ask|bring|give|resign|step|stand|support|oppose|respond|release|open|close|cut|raise|spend|replace|repair|rebuild|hire|start|begin|stop|allow|tolerate|accept|table|scrap|abolish|freeze|axe|sell|recruit|train|fund|set up|establish|restore|reopen|fix|tackle|crack down|lobby|campaign|write|contact|talk|negotiate|sign|honou?r|respect|look into|investigate|examine|appoint|unveil|present|reform|overhaul|scale back|relocate|upgrade|install|roll out|phase out|compensate|refund|reimburse|waive|drop|pursue|back|vote|press|push|call|set out|bring forward|put forward|come back|get there|do everything|do whatever|never forget|not forget|stand by|sort out|clean up|pull out|withdraw|quit|leave|move|welcome|listen|engage`;

export const PROMISE_FIRST_PERSON = caseless(
  String.raw`\b(?:(?:i|we)(?:'ll| will| shall|'re going to|'m going to|'re determined| promise| pledge| vow| guarantee| are committed| am committed| commit| intend| are going to| am going to| are determined| am determined| won't| will not| will never| are ready to)(?! (?:pretend|lie|deny|hide|speculate|comment|believe it))|promised? to|pledged? to|vow(?:ed|s)? to|vowing to|pledging to|promising to|committed to|(?:promised|pledged|vowed|vows|pledges|promises|guaranteed|assured(?: \w+){1,3}) (?:that )?[^.;]{0,80}\b(?:would|will)\b|(?:will|would) ensure|will make sure|(?:i|we) give you my word|you have my word)\b`,
);

export const PROMISE_ACTION = new RegExp(
  String.raw`\b(?:will|would|'ll|shall|won't|wouldn't)(?: not| never)?(?: \w+ly)? (?:be (?:offered|given|built|provided|updated|forced|abandoned|published|released|paid|compensated|rehoused|protected|delivered|reviewed|introduced|scrapped|refunded|consulted|sold|closed|capped|frozen|kept|restored|reopened|replaced|repaired|rebuilt|funded|extended|guaranteed|honou?red|allowed|tolerated)|(?:${PROMISED_ACTIONS}))\b`,
  'gi',
);

/** "Economists expect the bank will cut rates": a forecast about another party, not a promise. */
export const FORECAST_FRAME = caseless(String.raw`\b(?:expects?|expected|expecting|forecasts?|forecast(?:ed|ing)?|predicts?|predicted|anticipates?|anticipated|bets?|betting|likely|widely seen|markets?)\b`);

/**
 * A named party's promise on record, told by someone else: ("Labour promised
 * to end the use of hotels," he said) reports what was promised, which can be
 * checked; the party's own "we will" or "X said it would" cannot yet.
 */
export const PROMISE_ON_RECORD = /^\W*(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'.-]*)\s+(?:had\s+|has\s+|have\s+)?(?:promised|pledged|vowed|undertook|guaranteed)\s+(?:to|that)\b/u;
