/** Check-worthiness cues: words that show a sentence attributes, explains, compares, predicts, judges or reports an event. Patterns, case ignored. */
import { IRREGULAR_PAST_FORMS } from './clause-verbs';
import { alternation, caseless } from './words';

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
  String.raw`\b(?:i think|i believe|we believe|i feel|we feel|in my (?:view|opinion)|in our (?:view|opinion)|personally|should|shouldn't|ought to|it is time|it's time|great|wonderful|terrible|awful|disgrace|disgraceful|shameful|shameless|a shame|fantastic|amazing|brilliant|excellent|horrible|beautiful|stupid|ridiculous|absurd|outrageous|best|worst|incredible|tremendous|pathetic|unacceptable|deplorable|nonsense|disastrous|heroic|evil|hope|hopes|hopeful|wish|love|hate|deserve|deserves|proud|unfortunate|regrettable|shocking|appalling|courageous|commendable|admirable|laudable|(?<!public |popular |medical |legal |expert |second )opinion(?! polls?\b| surveys?\b| pieces?\b| columns?\b| writers?\b| editors?\b)|obviously|undoubtedly|frankly|honestly|the right thing|good enough|real progress|entitled to|sanguine|optimistic|pessimistic|unmoved|convinced|frustrat\w*|angry|furious|upset|plain and simple|too big to fail|a joke|betray\w*|people (?:think|believe|feel)|dearly|it(?:'s|’s| is| was) (?:(?:also|therefore|thus|now|so|equally|especially|particularly|more) )?(?:important|essential|crucial|vital|critical|imperative|necessary|wise|sensible|worth (?:noting|remembering|asking)) (?:for|to|that)|is (?:key|crucial|essential|vital|paramount)(?=[.,;]|$)|imagine|may want to|(?:raises?|raised|raising|provides?|provided|offers?|offered|underscores?|underscored|illustrates?|illustrated|highlights?|highlighted|serves? as|served as|is|are|was|were) (?:(?:a|an|the|some|several|a few|another|further|important|useful|cautionary|valuable|stark|clear|timely|sobering|familiar|fresh)\s+){0,3}(?:lessons?|example|examples|reminder|view of the problem|insights?|cautionary tale)|(?:raises?|raised|raising) (?:similar|the same|broader|wider|familiar|deeper|larger|bigger) (?:issues|questions|concerns|challenges)|(?:will )?needs? to (?:know|ensure|make sure|consider|think about|remember|do more|step up))\b`,
);

/** Sentences of reported fact tend to have a past-tense or perfect verb. */
export const EVENT_VERB = caseless(
  String.raw`\b(?:was|were|has been|have been|had|has|have|did|\w{3,}ed|${alternation(IRREGULAR_PAST_FORMS)})\b`,
);

/** A figure that measures something ("500 homes", "by 2030", "a fifth"), not just a day ("on Tuesday", "next week"). */
export const MEASURE = /\d|per ?cent|%|\b(?:half|third|quarter|fifth|tenth|dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;

/** A measured quantity named in words: "the real number", "the rate", "their share". */
export const QUANTITY = /\b(?:number|figure|rate|share|total|amount|level|estimate|proportion|percentage|majority|minority|most|half)s?\b/i;

/**
 * Talk about the talk: a speaker managing the exchange rather than saying
 * anything about the world — declining ("I'm not going to get into
 * hypotheticals", "I don't have anything to announce", "I'd refer you to the
 * DOD"), announcing ("I want to be really clear about something", "I want to
 * make that point", "I'm just going to leave it there"), and turn-taking
 * ("Two questions.", "To follow up on that.", "Just a bit more on Navalny.",
 * "Sorry, I didn't hear that."). First person or a bare turn, and a verb of
 * speaking, answering or going into a subject.
 */
export const TALK_ABOUT_TALK = caseless(
  String.raw`^\W*(?:(?:but|and|so|well|look|now|again|also|first of all|i mean|you know|okay|ok|sorry|yeah|yes|no|right)\s*[,—–-]*\s+)*(?:(?:i|we)(?:'m|'re|'d|'ll| am| are| would| will| do| just| really| certainly| also| simply|\s+can't|\s+cannot|\s+can|\s+could|\s+couldn't|\s+won't|\s+wouldn't|\s+don't)*(?:\s+(?:not|n't|never|just))*\s+(?:(?:going\s+to|gonna|want\s+to|wanted\s+to|like\s+to|need\s+to|have\s+to|got\s+to|able\s+to|in\s+a\s+position\s+to)\s+)?(?:(?:get|go)\s+into(?:\s*,?\s*sort\s+of,?)?\s+(?:that|this|it|those|these|specifics|details|hypotheticals|speculation|private\s+conversations|(?:the|any|more|further)\s+(?:specifics|details|particulars|back-and-forth|back\s+and\s+forth|conversations?|discussions?|hypotheticals)|(?:any|much)\s+(?:more\s+)?(?:of\s+that|detail))\b|confirm\s+(?:any|the|that|those|these|it|this|specifics|details|reports)\b|go\s+(?:beyond\s+(?:that|what)|further\s+(?:than|on)|there)\b|speak\s+(?:to|about|for)|comment\b|add\b|leave\s+it|answer\b|elaborate|speculate|preview|detail\b|make\s+(?:a|that|this|the|one)\s+(?:point|thing)|be\s+(?:really\s+|very\s+|super\s+|absolutely\s+)?clear|reiterate|repeat|refer\s+you|point\s+you|get\s+ahead\s+of|weigh\s+in|characteri[sz]e|assign|read\s+out|walk\s+(?:you\s+)?through|take\s+(?:your|a|one|two|a\s+few)\s+questions?|have\s+(?:anything|nothing|more|much)\s+(?:to|for|on|more|else|further)|(?:don't|do\s+not)\s+have\s+(?:anything|much|more)|didn't\s+(?:hear|catch)\s+(?:that|you|the\s+question|your\s+question|what\s+you)|think\s+it(?:'s|\s+is)\s+(?:productive|helpful|useful|appropriate|wise)\b)|(?:two|three|a\s+couple\s+of|one|just\s+one|a\s+few)\s+(?:quick\s+)?(?:questions?|things?)\s*[.?:]|(?:to\s+)?(?:sort\s+of\s+|just\s+)?follow(?:\s+|-)?up\s+on\s+(?:that|this|what)|just\s+a\s+(?:bit|little|quick\s+one|quick\s+question)\s+(?:more\s+)?on|go\s+ahead\b|(?:our|the|your)\s+(?:first|next|last|final)\s+question\s+(?:will\s+go|goes|is\s+going)\s+to)`,
);

/** The same talk inside a sentence, after a dash or a comma: "… about Dermer — again, I would refer you to the Israelis". */
export const TALK_ABOUT_TALK_ANYWHERE = caseless(
  String.raw`\b(?:i(?:'d|\s+would)\s+refer\s+you\s+to|(?:i'm|i\s+am|we're|we\s+are)\s+not\s+able\s+to\s+(?:confirm|speak|comment|get\s+into)|(?:can't|cannot)\s+confirm\s+any|(?:don't|do\s+not)\s+have\s+anything\s+(?:to\s+(?:add|announce|share|say|read\s+out)|more|further|else)|get\s+through\s+as\s+many\s+questions|(?:a|one)\s+(?:quick\s+)?(?:scheduling|housekeeping)\s+note|a\s+few\s+words\s+at\s+the\s+top)`,
);

/** Letters every match of TALK_ABOUT_TALK_ANYWHERE holds (one of them), looked for first: most sentences have none. Keep in step. */
export const TALK_ABOUT_TALK_WORD = /refer|able|confirm|anything|questions|note|words/iu;

/** A reply of assent or refusal and nothing else: "Of course.", "Absolutely", "Not at all." (said in quotation marks, it asserts nothing checkable). */
export const BARE_REPLY = caseless(
  String.raw`^\W*(?:(?:oh|well|why|but|and),?\s+)?(?:of course(?: not)?|sure|absolutely(?: not)?|certainly(?: not)?|definitely(?: not)?|exactly|indeed|precisely|yes|yeah|yep|no|nope|not at all|never|right|correct|agreed|fine|true|not really|not yet|maybe|perhaps|possibly)(?:,?\s+(?:sir|ma'am|madam|thanks|thank you))?\W*$`,
);

/** A verb of saying or answering, the frame around a quoted reply ("Joshua responds, “Of course.”"; not "voted"). */
export const REPLYING = /\b(?:said|says|say|replied|replies|reply|responded|responds|respond|answered|answers|answer|added|adds|told|tells|asked|shouted|insisted|insists|wrote|writes)\b/i;

/** What a speaker then says: after a colon or dash, or "that", four words or more. */
export const SAYS_WHAT = /^[^.:—–]{0,40}(?:[:—–]|\bthat\b)\s*\S+(?:\s+\S+){3,}/u;
