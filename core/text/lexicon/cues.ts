/** Check-worthiness cues: words that show a sentence attributes, explains, compares, predicts, judges or reports an event. Patterns, case ignored. */
import { caseless } from './words';

export const ATTRIBUTION = caseless(
  String.raw`\b(?:according to|said|says|told|stated|announced|claimed|claims|alleged|alleges|reported|confirmed|added|asserted|insisted|noted|argued|highlighted|stressed|reiterated|urged|warned|accused|accuses|revealed|disclosed|estimated|estimates|testified|wrote|tweeted|posted|quoted|cited|data (?:show|showed|from)|figures (?:show|showed|from)|statistics|survey|study|poll|census|report(?:ed)? by|in a statement|spokes(?:person|man|woman))\b`,
);

export const CAUSAL = caseless(
  String.raw`\b(?:because|due to|caused|causes|causing|cause of|led to|leads to|leading to|result(?:ed|s|ing)? (?:in|from)|as a result|owing to|thanks to|fuell?ed by|triggered|sparked|driven by|blamed|attributed to|responsible for|contributed to|stemm(?:ed|ing) from|in response to|consequently|therefore|linked to|amid|prompted|forced|so that)\b`,
);

export const LEGAL = caseless(
  String.raw`\b(?:law|laws|legal|illegal(?:ly)?|unlawful(?:ly)?|lawful|unconstitutional|constitution(?:al)?|court|courts|judge|judges|ruling|ruled|verdict|sentenced|convicted|conviction|charged|indicted|indictment|arrested|arrest|prosecut\w*|lawsuit|sued|banned|ban|sanctions?|treaty|jurisdiction|legislation|legislat\w+|permission|permits?|consent|bill|regulations?|regulat\w+|decree|ordinance|violat\w*|breach(?:ed)?|crimes?|criminal|fraud|guilty|acquitted|appeal|petition|amendment|statute|licen[cs]e|warrant|custody|detained|detention|deport\w*|null and void|rights|parliament|approval|authori[sz]ed|illegitimate|mandate)\b`,
);

export const COMPARISON = caseless(
  String.raw`\b(?:than|compared (?:with|to)|comparison|higher|lower|larger|smaller|bigger|biggest|largest|highest|lowest|fastest|slowest|most|least|increased?|decreased?|increases|decreases|rose|risen|rising|fell|fallen|falling|dropped|drop|declined?|declining|surged?|soared|plunged|plummeted|doubled|tripled|halved|grew|grown|growth|record|outpaced|exceeded|surpassed|spike|jump(?:ed)?|deteriorated|improved|worsened|escalat\w+|more|fewer|less|up from|down from|since)\b`,
);

export const PREDICTION = caseless(
  String.raw`\b(?:will|won't|is expected to|are expected to|expected to|(?:i|we|they|economists|analysts|forecasters|markets|investors|officials|the bank|it) (?:\w+ly )?(?:expect|expects|anticipate|anticipates|foresee|foresees|project|projects)\b|expects? [^.;]{1,60}\bto (?!be (?:said|told)\b)\w+|outlook|forecasts?|forecast(?:ed|ing)|projected|predicts?|predicted|likely to|set to|is going to|are going to|plans? to|planned|aims? to|poised to|on track to|next (?:year|month|week)|upcoming|would)\b`,
);

export const OPINION = caseless(
  String.raw`\b(?:i think|i believe|we believe|i feel|we feel|in my (?:view|opinion)|in our (?:view|opinion)|personally|should|shouldn't|ought to|it is time|it's time|great|wonderful|terrible|awful|disgrace|disgraceful|shameful|shameless|a shame|fantastic|amazing|brilliant|excellent|horrible|beautiful|stupid|ridiculous|absurd|outrageous|best|worst|incredible|tremendous|pathetic|unacceptable|deplorable|nonsense|disastrous|heroic|evil|hope|hopes|hopeful|wish|love|hate|deserve|deserves|proud|unfortunate|regrettable|shocking|appalling|courageous|commendable|admirable|laudable|opinion|obviously|undoubtedly|of course|frankly|honestly|the right thing|good enough|real progress|entitled to|sanguine|optimistic|pessimistic|unmoved|convinced|frustrat\w*|angry|furious|upset|plain and simple|too big to fail|a joke|betray\w*|people (?:think|believe|feel)|dearly|it(?:'s|’s| is| was) (?:(?:also|therefore|thus|now|so|equally|especially|particularly|more) )?(?:important|essential|crucial|vital|critical|imperative|necessary|wise|sensible|worth (?:noting|remembering|asking)) (?:for|to|that)|is (?:key|crucial|essential|vital|paramount)(?=[.,;]|$)|imagine|may want to|(?:raises?|raised|raising|provides?|provided|offers?|offered|underscores?|underscored|illustrates?|illustrated|highlights?|highlighted|serves? as|served as|is|are|was|were) (?:(?:a|an|the|some|several|a few|another|further|important|useful|cautionary|valuable|stark|clear|timely|sobering|familiar|fresh)\s+){0,3}(?:lessons?|example|examples|reminder|view of the problem|insights?|cautionary tale)|(?:raises?|raised|raising) (?:similar|the same|broader|wider|familiar|deeper|larger|bigger) (?:issues|questions|concerns|challenges)|(?:will )?needs? to (?:know|ensure|make sure|consider|think about|remember|do more|step up))\b`,
);

/** Sentences of reported fact tend to have a past-tense or perfect verb. */
export const EVENT_VERB = caseless(
  String.raw`\b(?:was|were|has been|have been|had|has|have|did|\w{3,}ed|made|took|gave|went|came|saw|found|lost|won|left|fell|rose|paid|sold|bought|built|spent|met|held|led|began|became|sent|kept|brought|struck|fought|fled|stole|wrote|spoke|broke|chose|drove|flew|grew|knew|ran|sank|shot|stood|swore|threw|wore)\b`,
);

/** A figure that measures something ("500 homes", "by 2030", "a fifth"), not just a day ("on Tuesday", "next week"). */
export const MEASURE = /\d|per ?cent|%|\b(?:half|third|quarter|fifth|tenth|dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;

/** A measured quantity named in words: "the real number", "the rate", "their share". */
export const QUANTITY = /\b(?:number|figure|rate|share|total|amount|level|estimate|proportion|percentage|majority|minority|most|half)s?\b/i;
