/**
 * What a sentence does with its words, beyond the facts in them: whether it
 * promises (the speaker's own future action), gives an opinion or advice,
 * sets a scene, asks, or is reporting boilerplate ("declined to comment").
 * Check-worthiness (worthiness.ts) reads these cues. All regexes run on text
 * already normalised to straight quotes and apostrophes and bounded in length.
 */
import * as promisesLexicon from '../text/lexicon/promises';
import * as wordsLexicon from '../text/lexicon/words';
import * as reportingVerbsLexicon from '../text/lexicon/reporting-verbs';
import * as stanceLexicon from '../text/lexicon/stance';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const { FORECAST_FRAME, PROMISED_ACTIONS, PROMISE_ACTION, PROMISE_FIRST_PERSON, PROMISING_PARTIES, PROMISING_PRONOUNS } = promisesLexicon;
const { alternation, caseless } = wordsLexicon;
const { REPORTING_VERB_PATTERN } = reportingVerbsLexicon;
const {
  ADVISED_PUBLIC_PATTERN, ADVISING_VERBS, AFTER_AN_INTERVIEW, AFTER_SAYING_NOTHING, CIRCUMSTANCE_PARTICIPLES, CLAUSE_JOINING_CONJUNCTIONS, FEELING_BODIES, FEELINGS,
  JOKING_GESTURES, JOKING_WORDS, LEADING_FRAME_VERBS, MANNERS_OF_SPEAKING, NAMING_A_QUOTATION_PATTERN, PUTTING_IT_PATTERN, QUESTION_FRAME_VERBS, SCENE_NOUNS,
} = stanceLexicon;

const REPORTING = new RegExp(String.raw`\b(?:${REPORTING_VERB_PATTERN})\b`, 'gi');

/** What may follow the last reporting verb of a closing attribution: `… said in an interview at her office.` */
const FRAME_TAIL = /^(?:\s+[^,;"?]{0,80})?[.!]?\s*$/;

/**
 * Where a closing attribution starts (`…," she said in an interview.`, `…, the council says.`):
 * the index of the comma, colon or quote before at most seven words and the last reporting verb; -1 when there is none.
 */
function trailingFrameStart(text: string): number {
  let last: RegExpExecArray | null = null;
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(text); m; m = REPORTING.exec(text)) last = m;
  if (!last || !FRAME_TAIL.test(text.slice(last.index + last[0].length))) return -1;
  const before = text.slice(Math.max(0, last.index - 100), last.index);
  const k = Math.max(before.lastIndexOf(','), before.lastIndexOf('"'), before.lastIndexOf(':'));
  if (k < 0) return -1;
  const words = before.slice(k + 1);
  if (/[.;?!]/.test(words) || words.split(/\s+/).filter(Boolean).length > 7) return -1;
  return last.index - before.length + k;
}

/** An attribution right after a closing quote: `… weekend," she said in an interview`. */
const FRAME_AFTER_QUOTE = new RegExp(String.raw`^\s*,?\s*(?:[\p{L}\p{M}'.-]+\s+){0,7}?(?:${REPORTING_VERB_PATTERN})\b`, 'iu');

/** Attribution before the reported content: `X said (that) …`, `X told reporters (that) …`, `According to X, …`. */
const LEADING_FRAME = new RegExp(
  String.raw`^[^"]{0,160}?\b(?:${alternation(LEADING_FRAME_VERBS)}|told (?:[\p{L}'-]+\s+){0,3}?)\s+(?:(?:last|on|this|in) \S+\s+)?(?:that\s+)?(?=\S)`,
  'iu',
);

/** (A verb LEADING_FRAME needs, looked for first: most sentences have none.) */
const LEADING_FRAME_VERB = new RegExp(String.raw`\b(?:${alternation(LEADING_FRAME_VERBS)}|told)\s`, 'iu');

/**
 * The part of a sentence that carries what is asserted: the quotation of a
 * quoted statement, the clause after "X said (that)", the clause before
 * "…, X said". The whole sentence when there is no frame.
 */
export function assertedContent(text: string): string {
  const quotes = quotedParts(text);
  if (quotes !== null) return quotes;
  const lead = LEADING_FRAME_VERB.test(text.length > 400 ? text.slice(0, 400) : text) ? LEADING_FRAME.exec(text) : null;
  if (lead && lead[0].length < text.length - 3) return text.slice(lead[0].length);
  const trail = trailingFrameStart(text);
  if (trail > 8) return text.slice(0, trail);
  return text;
}

/**
 * The quotation(s) when they carry the sentence: a balanced quotation covering
 * half of it or more, or an open/close quote mark of a quotation that started
 * or ends in another sentence. Null when quotes are absent or only scare quotes.
 */
function quotedParts(text: string): string | null {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) marks.push(i);
  if (marks.length === 0) return null;
  if (marks.length === 1) {
    const at = marks[0]!;
    // A quotation closing here (`You cannot put it up in a weekend," she said …`) or opening (`"I understand the frustration.`).
    const before = text.slice(0, at);
    const after = text.slice(at + 1);
    if (before.trim().length >= after.trim().length || FRAME_AFTER_QUOTE.test(after)) return before.length > 0 ? before : null;
    return after;
  }
  let inside = '';
  for (let k = 0; k + 1 < marks.length; k += 2) inside += `${text.slice(marks[k]! + 1, marks[k + 1]!)} `;
  return inside.length >= text.length * 0.5 ? inside.trim() : null;
}

/** A question, also when its attribution follows: `"Where am I supposed to put it?" she said.` */
const QUESTION_END = /\?["')\]]*\s*$/;
const QUESTION_THEN_FRAME = new RegExp(
  String.raw`\?\s*"\s*,?\s*(?:[\p{L}\p{M}'.-]+\s+){0,6}?(?:${REPORTING_VERB_PATTERN}|${alternation(QUESTION_FRAME_VERBS)})\b[^,;.?!"]{0,40}[.!]?\s*$`,
  'iu',
);

export function isQuestion(text: string): boolean {
  return QUESTION_END.test(text) || QUESTION_THEN_FRAME.test(text);
}

/** Whether the words before a "will/would" name a party that acts: a pronoun, a name, or an agent noun. */
function agentBefore(before: string): boolean {
  const m = /([\p{L}\p{M}'-]+)[\s,]*(?:\b\w+ly\s+)?$/u.exec(before);
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase().replace(/'s$/, '');
  if (PROMISING_PRONOUNS.has(lower) || PROMISING_PARTIES.has(lower)) return true;
  // A name ("Rovers", "The ONS"), not a capitalised first word of the sentence ("Prices will …").
  const first = before.trim().search(/\S/) === m.index || /^\W*$/.test(before.slice(0, m.index));
  return /^\p{Lu}/u.test(word) && !first;
}

export function isPromise(text: string): boolean {
  if (PROMISE_FIRST_PERSON.test(text)) return true;
  PROMISE_ACTION.lastIndex = 0;
  for (let m = PROMISE_ACTION.exec(text); m; m = PROMISE_ACTION.exec(text)) {
    const before = text.slice(0, m.index);
    if (FORECAST_FRAME.test(before)) return false;
    // Passives promise whoever does it ("every tenant will be offered a home"); actives need an acting party.
    if (/\bbe \w+$/i.test(m[0]) || agentBefore(before)) return true;
  }
  return false;
}

const CLAUSE_SPLIT = new RegExp(String.raw`\s*(?:[;:]|,(?!\d)|\s[-–—]\s|\(|\))\s*(?:(?:${alternation(CLAUSE_JOINING_CONJUNCTIONS)})\s+)?`);

/** Clauses of a sentence: commas, semicolons, dashes and "and/but" after them. */
export function clauses(text: string): string[] {
  return text.split(CLAUSE_SPLIT).filter((c) => c.trim().length > 0);
}

/** A clause that is only attribution or circumstance: "the chairman said", "Speaking in Leeds on Tuesday". */
const FRAME_CLAUSE = new RegExp(
  String.raw`^(?:"?\s*(?:[\p{L}\p{M}'.-]+\s+){0,6}(?:${REPORTING_VERB_PATTERN})\b[^]{0,40}|(?:${alternation(CIRCUMSTANCE_PARTICIPLES)})\b[^]*)$`,
  'iu',
);
export function isFrameClause(clause: string): boolean {
  return FRAME_CLAUSE.test(clause.trim());
}

/** Self-reported feelings: "it was 'disappointed'", "we are delighted". Not checkable. */
const FEELING = caseless(
  String.raw`^(?:[QA]:\s*)?(?:but |and |so )?(?:it|he|she|they|we|i|the (?:${alternation(FEELING_BODIES)}))(?:'s|'re|'m| is| are| was| were| felt| feels| feel| remains?| remained| had been| has been| have been)(?: \w+ly| so| very| not)? "?(?:${alternation(FEELINGS)})\b`,
);

/** Opinion, advice and judgement wherever they stand (articles' own voice or quoted). */
const OPINION_PHRASE = caseless(
  String.raw`\b(?:remains? to be seen|time will tell|anyone's guess|jury is (?:still )?out|(?:is|was|remains) the only (?:way (?:to|forward)|answer|option)|the only thing that matters|(?:i'll|i will) believe it when|the real (?:story|question|issue|problem|scandal|test|challenge|point|lesson|tragedy)|the point is|what matters (?:is|now)|the truth is|the question is|the lesson (?:is|here)|is what it is|makes no sense|about time|high time|it is hard not to|it's hard not to|hard to (?:argue|disagree|see|imagine|believe|overstate)|difficult not to|impossible not to|cannot help but|can't help but|there is no (?:doubt|question|excuse|substitute)|there's no (?:doubt|question|excuse|substitute)|must be (?:stopped|allowed|given|heard|done)|needs? to be (?:done|heard|stopped|said)|(?:,\s*|^|:\s*)let (?:it|them|him|her|us|me|the|that)\b|let's)`,
);
/** Openings of opinion, advice and scene-setting (tested on the asserted content). */
const OPINION_START = caseless(
  String.raw`^(?:[QA]:\s*)?(?:but |and |so |still,? |yet |frankly,? |honestly,? |of course,? )?(?:` +
    // "It is hard not to feel …", "It was a season to forget", "It's tempting to …"
    String.raw`it(?:'s| is| was| seems| seemed| felt| feels| would be| will be)(?: \w+ly)? (?:hard|easy|difficult|impossible|tempting|fair|safe|striking|remarkable|ironic|telling|odd|strange|sad|no surprise|no wonder|a shame|a pity|a relief|a joy|a season to|a year to|a day to|a night to|a match to|a game to|one to)\b` +
    // "Nobody seems to mind the rain", "Everyone wants …", "People think …"
    String.raw`|(?:nobody|no one|no-one|everyone|everybody|few people|most people|people|nobody here|not everyone)(?: \w+ly)? (?:seems?|seemed|wants?|wanted|minds?|minded|cares?|cared|likes?|liked|knows?|thinks?|thought|believes?|believed|feels?|felt|expects?|doubts?|agrees?|disagrees?|loves?|hates?|trusts?|remembers?)\b` +
    // "People should check their meters", "Residents must …"
    String.raw`|(?:people|residents|customers|everyone|everybody|consumers|parents|households|drivers|patients|voters|fans|motorists|shoppers|anyone|we all|you|they) (?:\w+ly )?(?:should|must|need to|needs to|have to|has to|ought to|had better)\b` +
    // "The mood in the hall was tense."
    String.raw`|(?:the )?(?:mood|atmosphere|air|feeling|sense|tone|spirit|scene|buzz|vibe)s? (?:in|at|among|inside|outside|on|around|across|of|here|there)\b[^.!?]{0,60}\b(?:was|is|were|are|felt|feels|seemed|seems|remained|remains|turned|grew|had)\b` +
    // "Whether it works remains to be seen", "Who knows …"
    String.raw`|whether\b[^.!?]{0,80}\b(?:remains|is (?:another|a different|an open)|will (?:be|depend))\b|who knows\b` +
    // First-person hypothetical: "I could paper the church hall", "We'd rather …"
    String.raw`|(?:i|we)(?:'d| would| could| might)(?! have been| point| add| note| remind| stress| argue)(?: \w+ly)? (?:\w+)\b` +
    String.raw`)`,
);
/** Generic "you": "You cannot put it up in a weekend" (a rule of law said this way is still checkable: see worthiness). */
const GENERIC_YOU = caseless(
  String.raw`^(?:[QA]:\s*)?(?:but |and |so )?you (?:cannot|can't|can|could|have to|need to|must|should|end up|never|always|don't|do not|won't|will never|just|simply|only|get|see)\b|\bis (?:how|why|what|when) you\b`,
);
/** Advice to the public: "The agency advises people in the affected area to:". */
const ADVICE = caseless(String.raw`\b(?:${alternation(ADVISING_VERBS)}) (?:all |local |affected )?(?:${ADVISED_PUBLIC_PATTERN})\b[^.!?]{0,80}\bto\b`);
/** A lead-in to a list: "The agency advises people to:", "Here are the main points:". */
const LEAD_IN = /:\s*$/;

/** A bare "That is …" / "This was …" judgement with nothing named in it. */
const BARE_DEMONSTRATIVE = caseless(String.raw`^(?:[QA]:\s*)?(?:but |and |so )?(?:that|this|it)(?:'s| is| was| isn't| is not| wasn't| was not| would be| will be| remains)\b`);

/** Scene-setting: weather, time of day ("It was a grey, windy morning on the pier"). */
const SCENE = caseless(
  String.raw`^(?:[QA]:\s*)?it (?:was|is) (?:a|an|another) (?:[\w-]+,? ){0,3}(?:${alternation(SCENE_NOUNS)})\b`,
);
/** A scene-shifting opening ("Outside, …", "Back at the depot, …"): weak evidence, the rest may still report an event. */
const SCENE_OPENER = caseless(
  String.raw`^(?:outside|inside|back (?:at|in|on)|upstairs|downstairs|nearby|elsewhere|across the road|across town|on the (?:steps|pavement|terraces)|in the (?:hall|room|chamber|stands|crowd))\b`,
);
/** Joking, teasing: not meant to be checked. */
const JOKE = caseless(String.raw`\b(?:${alternation(JOKING_WORDS)}|with a (?:${alternation(JOKING_GESTURES)}))\b`);

/** Reporting boilerplate: no comment, no response, proceedings under way. */
const BOILERPLATE = caseless(
  String.raw`\b(?:(?:(?:could|would|did|does|do|will) not|cannot|can't|couldn't|wouldn't|didn't|doesn't|won't) (?:immediately )?(?:comment|be reached)\b|(?:declined|refused|was unable|were unable|is unable|are unable) to (?:comment|be interviewed|say|elaborate|discuss|give (?:details|a reason|further)|provide (?:details|further)|confirm or deny|be drawn|speak)\b|not (?:be )?available (?:for|to) comment|no comment\b|(?:while|as|because|since) (?:legal |criminal |court )?(?:proceedings|the case|the matter|an investigation|the investigation|the inquiry) (?:are|were|is|was|remains?) (?:under ?way|ongoing|continuing|live|active|before the courts?)|sub judice|(?:had|has|have) not (?:yet )?(?:responded|replied|commented)\b|did not (?:immediately )?(?:respond|reply|return|answer)\b|(?:requests?|approach(?:es)?|calls?) for comment|at the time of (?:publication|writing)|by the time of publication)`,
);
/**
 * A sentence that only reports that nothing was said ("Okafor did not say.",
 * "The ministry would not say how many died.") or frames a quotation
 * ("Okafor put it plainly.", "Doe was blunt."): nothing checkable in it.
 */
const SAID_NOTHING = caseless(
  String.raw`^[^,;:"]{1,60}?\b(?:did not|didn't|would not|wouldn't|could not|couldn't|does not|doesn't|will not|won't) say(?:\s+(?:${alternation(AFTER_SAYING_NOTHING)})\b[^;:]{0,120})?[.!]?\s*$`,
);
const QUOTE_FRAME_SENTENCE = new RegExp(
  String.raw`^(?:as\s+)?(?:[\p{L}\p{M}'.-]+\s+){1,4}?(?:put it|puts it|put the point|summed it up|sums it up|said it best)(?:\s+(?:more\s+|most\s+|rather\s+|quite\s+|very\s+)?(?:${PUTTING_IT_PATTERN}))?[.!:]?\s*$` +
    String.raw`|^(?:[\p{L}\p{M}'.-]+\s+){1,4}?(?:was|is|were|are|sounded|seemed|remained|remains)\s+(?:more\s+|less\s+|even\s+|rather\s+|quite\s+|very\s+|characteristically\s+|typically\s+)?(?:${alternation(MANNERS_OF_SPEAKING)})[.!:]?\s*$`,
  'iu',
);

/** Interview framing: "Whitfield spoke to the Courier at the company's headquarters". Case matters: a publication's name. */
const INTERVIEW_FRAME = new RegExp(String.raw`\b(?:spoke|speaks|was speaking|talked|talks) to (?:us|the [A-Z][\w-]+|[A-Z][\w-]+) (?:${alternation(AFTER_AN_INTERVIEW)})\b`);

export interface StanceCues {
  /** The asserted content, without its attribution frame. */
  content: string;
  promise: boolean;
  /** An opinion, judgement or piece of advice: not a checkable assertion. */
  opinion: boolean;
  /** A generic "you" statement ("you cannot …", "is how you end up …"). */
  genericYou: boolean;
  /** A milder judgement: a bare "That is …" with nothing named in it. */
  weakOpinion: boolean;
  /** Scene-setting or joking in place of assertion. */
  scene: boolean;
  /** Opens on a change of scene ("Outside, …"). */
  sceneOpener: boolean;
  boilerplate: boolean;
  /** A lead-in to what follows, ending on a colon ("The agency advises people to:"): boilerplate unless it states a fact. */
  leadIn: boolean;
  question: boolean;
}

/** Reporting boilerplate in these words: a decline or a missing answer ("declined to comment", "did not respond to requests for comment"). */
export function isBoilerplate(words: string): boolean {
  return BOILERPLATE.test(words);
}

/**
 * A quotation the sentence names rather than says: a slogan, a sign, a title
 * ("placards bearing slogans such as “Let’s show the majesty of the
 * Republic”", "a banner reading “Shame on you”", "chanting “Lock him up”").
 * Its words are the banner's, not a judgement the sentence makes.
 */
const NAMED_QUOTATION = new RegExp(String.raw`\b(?:${NAMING_A_QUOTATION_PATTERN})\s*,?\s*["“‘'][^"”’]{1,200}["”’]`, 'gi');

/** The words without the quotations they name (NAMED_QUOTATION): what the sentence itself judges. */
export function withoutNamedQuotations(words: string): string {
  return words.includes('"') || words.includes('“') || words.includes('‘') || words.includes("'") ? words.replace(NAMED_QUOTATION, ' ') : words;
}

export function stanceCues(text: string): StanceCues {
  const content = assertedContent(text);
  const judged = withoutNamedQuotations(content);
  return {
    content,
    promise: isPromise(content) || (content !== text && isPromise(text) && !FORECAST_FRAME.test(text)),
    opinion: OPINION_PHRASE.test(judged) || OPINION_START.test(judged) || FEELING.test(judged) || ADVICE.test(withoutNamedQuotations(text)),
    genericYou: GENERIC_YOU.test(content),
    weakOpinion: BARE_DEMONSTRATIVE.test(content),
    scene: SCENE.test(content) || JOKE.test(text),
    sceneOpener: SCENE_OPENER.test(content),
    boilerplate: BOILERPLATE.test(text) || INTERVIEW_FRAME.test(text) || SAID_NOTHING.test(text) || QUOTE_FRAME_SENTENCE.test(text.trim()),
    leadIn: LEAD_IN.test(text),
    question: isQuestion(text),
  };
}

/** The text without reporting verbs (a report is not itself the event reported). */
export function withoutReportingVerbs(text: string): string {
  return text.replace(REPORTING, ' ');
}
