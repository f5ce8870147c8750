/**
 * Check-worthiness: how much a sentence asserts something a fact-checker can
 * verify. Cues raise or lower a log-odds score; the reasons are the cues that
 * fired. A pure function of the text, its speaker and what was found in it.
 */
import { assertionBeforeQuestion } from './questions';
import type { Reason } from './reasons';
import { clauses, isBoilerplate, isFrameClause, isPromise, stanceCues, withoutNamedQuotations, withoutReportingVerbs } from './stance';
import * as stopwordsLexicon from '../text/lexicon/stopwords';
import * as wordsLexicon from '../text/lexicon/words';
import * as promisesLexicon from '../text/lexicon/promises';
import * as hedgesLexicon from '../text/lexicon/hedges';
import * as cuesLexicon from '../text/lexicon/cues';
import * as timeLexicon from '../text/lexicon/time';
import * as firstPersonLexicon from '../text/lexicon/first-person';
import * as smallTalkLexicon from '../text/lexicon/small-talk';
import * as functionWordsLexicon from '../text/lexicon/function-words';

// Local bindings: lists read in loops over words, without an accessor call on each use (see core/text/README.md).
const { EMPTY_WORDS } = stopwordsLexicon;
const { alternation, caseless } = wordsLexicon;
const { PROMISE_ON_RECORD } = promisesLexicon;
const { BELIEF_HEDGE, BELIEF_HEDGE_ANYWHERE, HEDGING } = hedgesLexicon;
const { ATTRIBUTION, BARE_REPLY, CAUSAL, COMPARISON, EVENT_VERB, LEGAL, MEASURE, OPINION, PREDICTION, QUANTITY, REPLYING, SAYS_WHAT, TALK_ABOUT_TALK, TALK_ABOUT_TALK_ANYWHERE, TALK_ABOUT_TALK_WORD } = cuesLexicon;
const { MONTHS, RELATIVE_TIME, TIME_PREPOSITIONS_BEFORE_MAY, TIME_UNITS, WEEKDAYS, WHEN_WORDS } = timeLexicon;
const { FEELING_INTENSIFIERS, FIRST_PERSON_STANCE_WORDS, NOT_KNOWN_WH_WORDS } = firstPersonLexicon;
const {
  AFTER_A_READER_INSTRUCTION, BEFORE_UNVERIFIED_THINGS, NOTICE_IMPERATIVES, OCCASIONS, PUBLISHED_PIECES, READER_INSTRUCTION_VERBS, REQUESTS_FOR_COMMENT, SCENE_ADJECTIVES,
  SCENE_TIMES, UNVERIFIED_THINGS,
} = smallTalkLexicon;
const { CONDITION_CONJUNCTIONS, CIRCUMSTANCE_CONJUNCTIONS, LIKE_COMPARISON_DETERMINERS, MODAL_PHRASE_OPENERS, NOUN_DETERMINERS, SUBJECTS_AFTER_AS } = functionWordsLexicon;

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

/** Feelings that may govern a clause of their own ("I am afraid the hospital ran out of oxygen"). */
const GOVERNING_FEELINGS = alternation(firstPersonLexicon.GOVERNING_FEELINGS);
/** First-person stance: "I understand why people are angry", "We are deeply sorry", "I would be angry too". */
const FIRST_PERSON_STANCE = caseless(
  String.raw`^\W*(?:[QA]:\s*)?(?:but\s+|and\s+|so\s+)?(?:i|we)(?:'m|'re|'d| am| are| would| do| really| truly| fully| deeply| certainly)*\s+(?:so\s+|very\s+|really\s+|truly\s+|deeply\s+)?(?:${alternation(FIRST_PERSON_STANCE_WORDS)}|be angry|be surprised|${GOVERNING_FEELINGS})\b` +
    // Not knowing, and wanting, in the first person: "I don't know when he will be released", "I don't want to get news via Facebook".
    String.raw`|^\W*(?:[QA]:\s*)?(?:but\s+|and\s+|so\s+)?(?:(?:i|we)\s+(?:really\s+|just\s+|still\s+)?(?:don't|do not|didn't|did not)\s+know\s+(?:${alternation(NOT_KNOWN_WH_WORDS)})|i\s+(?:really\s+|just\s+)?(?:don't\s+|do not\s+)?want\s+to)\b`,
);
const SMALL_TALK = caseless(
  String.raw`^\W*(?:[QA]:\s*)?(?:thank(?:s| you)|good (?:morning|evening|afternoon|night)|welcome\b|hello|hi\b|hey\b|congratulations|happy (?:${alternation(OCCASIONS)}|new year)|ladies and gentlemen|it is a pleasure|it's a pleasure|nice to (?:meet|see)|have a (?:good|nice|great)|stay tuned|read more|click here|subscribe|follow us|sign up|all rights reserved|copyright|©|advertisement|share this|see also|related:|photo:|image:|picture:|let me|let's|let us|how are you|see you|cheers|please|you're welcome|excuse me|okay|ok\b|anyway|bye|goodbye|enjoy|here is what|here's what|this (?:${alternation(PUBLISHED_PIECES)}) (?:has been|was|will be|is being)|(?:${alternation(NOTICE_IMPERATIVES)}|do not|don't)\b)`,
);
/** Boilerplate and appeals anywhere in the sentence. */
const SMALL_TALK_ANYWHERE = caseless(
  String.raw`\b(?:thank you|thanks (?:to all|everyone|for)|delighted to be here|honou?red to be here|pleasure to be here|glad to be here|happy to be here|stay tuned|click here|read more|subscribe to|(?:did|could|has|have) not (?:\w+ly )?(?:respond|reply|responded|replied) to (?:a |our |the |repeated |several )?(?:${alternation(REQUESTS_FOR_COMMENT)})(?: for comment)?|could not be reached for comment|declined to comment|declined (?:further )?comment|did not return (?:calls|messages|requests)|contributed (?:reporting )?to this (?:report|story|article)|anyone with information|is asked to contact|are asked to contact|has been edited for (?:length|clarity)|will be updated as|what we know so far|(?:has|have|had) been (?:approached|contacted|asked) for (?:a )?comment|could not (?:independently )?(?:verify|confirm) (?:${alternation(BEFORE_UNVERIFIED_THINGS)}) (?:${alternation(UNVERIFIED_THINGS)}))`,
);

/** A figure that only says when, in words ("this weekend", "on Monday", "last week"): no digit, only time words. */
function isWhenOnly(figure: string): boolean {
  if (/\d/.test(figure)) return false;
  return figure
    .toLowerCase()
    .split(/\s+/)
    .every((w) => RELATIVE_TIME.has(w) || WEEKDAYS.has(w) || TIME_UNITS.has(w) || MONTHS.has(w) || WHEN_WORDS.has(w));
}

/** Weather and time of day setting a scene, anywhere ("It was a warm, sunny evening in Harford"). */
const SCENE_PHRASE = caseless(
  String.raw`\bit was an? (?:(?:[\w-]+,? ){0,3}(?:${alternation(SCENE_TIMES)})\b|(?:${alternation(SCENE_ADJECTIVES)})\b)`,
);
/**
 * Instructions to the reader: "Go get your bike!", "Leave them in the
 * comments.", "Sign up for our newsletter." A verb opening the sentence and
 * a word only an instruction puts after it ("Share prices fell" is a claim).
 */
const READER_IMPERATIVE = caseless(
  String.raw`^\W*(?:${alternation(READER_INSTRUCTION_VERBS)})\s+(?:${alternation(AFTER_A_READER_INSTRUCTION)})\b`,
);
/**
 * The words without capitalised words inside the sentence, which are names
 * ("Alexander the Great", "Hope Street", "Best Buy"): a judgement word in a
 * name judges nothing. "I" and the sentence's first word stay.
 */
function withoutInnerNames(text: string): string {
  // A headline in title case or capitals ("Opposition Calls Budget Shameful And Unfair") names nothing by its case.
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length > 0.6 * words.length) return text;
  return text.replace(/(?<=[\p{L}\p{N},;]\s+)(?!I\b)\p{Lu}[\p{L}\p{M}'’-]*/gu, ' ');
}

/** A quotation that is only a reply of assent or refusal, framed by a few words of attribution: "Joshua responds, “Of course.”" */
function quotesBareReply(text: string): boolean {
  const quoted = /"([^"]{1,40})"/.exec(text);
  if (!quoted || !BARE_REPLY.test(quoted[1]!)) return false;
  const frame = text.slice(0, quoted.index) + text.slice(quoted.index + quoted[0].length);
  // ("Scotland voted "No" in 2014": a vote, not a reply.)
  return frame.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 5 && REPLYING.test(frame);
}

/** "Like a modern software agent, the program …": a comparison opening the sentence, not the instruction "Like the page". */
const LIKE_OPENER = new RegExp(String.raw`^\W*like\s+(?:${alternation(LIKE_COMPARISON_DETERMINERS)}|so many)\s+[^,.;:!?]{1,60},\s+\S`, 'i');
/** The month May: before or after a day or a year, or after a preposition of time ("in May"). Case matters. */
const MONTH_MAY = new RegExp(
  String.raw`\bMay(?=\.?,?\s+\d)|(?<=\d(?:st|nd|rd|th)?\s+)May\b|(?<=\b(?:${[...TIME_PREPOSITIONS_BEFORE_MAY].map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|')})\s+)May\b`,
  'g',
);

const WEIGHTS: Record<Reason, number> = {
  figure: 1.1,
  attribution: 0.35,
  'named entity': 0.5,
  'causal language': 0.4,
  'legal language': 0.35,
  comparison: 0.35,
  prediction: 0.15,
  denial: 0.6,
  hedging: -0.45,
  opinion: -1.3,
  question: -2.6,
  promise: -2.2,
  'small talk': -3,
};

/** At most `most` content words (not in EMPTY_WORDS): read only until one more is found. */
function hasFewContentWords(text: string, most: number): boolean {
  let n = 0;
  CONTENT_WORD.lastIndex = 0;
  for (let m = CONTENT_WORD.exec(text); m !== null; m = CONTENT_WORD.exec(text)) if (!EMPTY_WORDS.has(m[0].toLowerCase()) && ++n > most) return false;
  return true;
}
const CONTENT_WORD = /[\p{L}\d][\p{L}\p{M}\d'-]*/gu;

/** Modal and infinitive phrases ("will be abandoned", "would have", "to keep"): not events that happened. */
const MODAL_PHRASE = new RegExp(String.raw`\b(?:${alternation(MODAL_PHRASE_OPENERS)})\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?(?:have\s+)?(?:be(?:en)?\s+)?\w+`, 'gi');
const NEGATIVE_CONTRACTION = /\b\w+n't\b/gi;

/** Whether the words assert something that happened or is the case: an event verb outside modal phrases and reporting verbs. */
function assertsEvent(words: string): boolean {
  return EVENT_VERB.test(withoutReportingVerbs(words.replace(NEGATIVE_CONTRACTION, ' ').replace(MODAL_PHRASE, ' ')));
}

/**
 * Where a clause gives the reason or the circumstance of another: "we will
 * scrap it because the rate is already above 95%", "though prices rose 4%".
 * Not conditions ("if", "unless", "when"): what they say is not asserted.
 */
const SUBORDINATE = new RegExp(
  String.raw`\s+(?:${alternation(CIRCUMSTANCE_CONJUNCTIONS)}|even though|given that|now that|seeing that|despite the fact that|as(?= (?:${alternation(SUBJECTS_AFTER_AS)})\b))\s+`,
  'i',
);
/** A clause that supposes rather than asserts: "if the rate stays above 95%", "unless 40 more wells close". */
const CONDITION = new RegExp(String.raw`^\W*(?:${alternation(CONDITION_CONJUNCTIONS)}|in case|as long as|so long as)\b`, 'i');

/** The clauses of a sentence, also split where a reason or circumstance starts. */
function factClauses(text: string): string[] {
  return clauses(text).flatMap((c) => c.split(SUBORDINATE)).filter((c) => c.trim().length > 0);
}

/**
 * A clause that asserts something checkable on its own: a measured figure in
 * it, or a name in it with an event or state asserted ("the ONS said prices
 * rose"), and neither a promise, a condition nor only an attribution.
 */
function checkableClause(clause: string, input: WorthinessInput): boolean {
  return !isFrameClause(clause) && !CONDITION.test(clause) && !isPromise(clause) && holdsFact(clause, input);
}

/** A measured figure in the words, or a name in them with an event or state asserted. */
function holdsFact(words: string, input: WorthinessInput): boolean {
  if (input.figures.some((f) => MEASURE.test(f) && words.includes(f))) return true;
  return input.entities.some((e) => words.includes(e)) && assertsEvent(words);
}

/** The first-person feelings, not knowing and wanting of FIRST_PERSON_STANCE that govern a clause of their own. */
const FEELING_OR_WANT = new RegExp(
  String.raw`^\W*(?:but\s+|and\s+|so\s+)?(?:i|we)(?:'m|'re| am| are| really| just| still)*\s+(?:(?:${alternation(FEELING_INTENSIFIERS)})\s+)?(?:${GOVERNING_FEELINGS}|(?:don't|do not|didn't|did not)\s+know|(?:don't\s+|do not\s+)?want\s+to(?:\s+make\s+(?:it\s+)?clear)?)(?:\s+that)?\b`,
  'i',
);
/** A short lead-in, then a colon or a dash and what is said: four words or more. */
const ANNOUNCES_WHAT = /^[^.:—–]{0,60}[:—–]\s*\S+(?:\s+\S+){3,}/u;
/** A clause giving a reason that asserts an event: "… since I was farming on my land and then they came to grab it". */
const CAUSE_CLAUSE = /\b(?:because|since|after|as a result of|ever since)\s+(?=\S)/i;
function statesCause(content: string): boolean {
  const at = CAUSE_CLAUSE.exec(content);
  return at !== null && assertsEvent(content.slice(at.index + at[0].length)) && !CONDITION.test(content);
}

/**
 * What a speaker did say beside declining to say more: "The ministry declined
 * to comment, but said the project was approved in 2019"; "told VOA that while
 * she could not comment on specific questions, Thailand considered each case
 * on its merits". A clause free of the boilerplate asserts an event or state
 * with something to check in it (a figure, a name, a cause or a comparison).
 */
function statesBesideBoilerplate(text: string, input: WorthinessInput): boolean {
  return clauses(text).some(
    (clause) =>
      !isBoilerplate(clause) &&
      !SMALL_TALK_ANYWHERE.test(clause) &&
      !OPINION.test(clause) &&
      !CONDITION.test(clause) &&
      !isPromise(clause) &&
      assertsEvent(clause) &&
      (input.figures.some((f) => clause.includes(f)) || input.entities.some((e) => clause.includes(e)) || CAUSAL.test(clause) || COMPARISON.test(clause)),
  );
}

/**
 * A promise beside a separate assertion ("inflation is down from 11.1% to
 * 3.4%, and we will not change course"; "X, which employs 6,000 people, said
 * it would cut production"; "we will scrap it because the acceptance rate is
 * already above 95%") still reports the assertion.
 */
function assertsBesidePromise(text: string, input: WorthinessInput): boolean {
  return factClauses(text).some((clause) => checkableClause(clause, input));
}

function promiseOnRecord(content: string, input: WorthinessInput): boolean {
  if (!input.speaker) return false;
  const m = PROMISE_ON_RECORD.exec(content);
  if (!m) return false;
  const party = m[1]!;
  if (!input.entities.some((e) => e.includes(party) || party.includes(e))) return false;
  const speaker = input.speaker.toLowerCase();
  return !party
    .toLowerCase()
    .split(/\s+/)
    .some((w) => w.length > 2 && speaker.includes(w));
}

/**
 * What a belief hedge hedges, when it is checkable (a figure, a comparison, a
 * cause, a quantity, a name with an event) and no opinion or promise: null otherwise.
 */
function hedgedStatement(content: string, input: WorthinessInput): string | null {
  const m = BELIEF_HEDGE.exec(content);
  if (!m) return null;
  const rest = content.slice(m[0].length);
  if (rest.split(/\s+/).length < 4 || OPINION.test(rest) || isPromise(rest)) return null;
  const cues = stanceCues(rest);
  if (cues.opinion || cues.genericYou || cues.question || cues.scene) return null;
  // "I believe the Prime Minister said …": what a named party said is on record, whatever it was.
  const reportsSpeech = input.speaker !== null && rest.toLowerCase().includes(input.speaker.toLowerCase()) && ATTRIBUTION.test(rest);
  return COMPARISON.test(rest) || CAUSAL.test(rest) || QUANTITY.test(rest) || holdsFact(rest, input) || reportsSpeech ? rest : null;
}

/**
 * The content's first word is a noun in the sentence ("said on the call that
 * margins would stay above 22%": "call"), not an instruction opening it.
 */
const NOUN_DETERMINER_BEFORE = new RegExp(String.raw`\b(?:${alternation(NOUN_DETERMINERS)})\s+$`, 'i');
function nounOpens(text: string, content: string): boolean {
  const at = text.indexOf(content);
  return at > 0 && NOUN_DETERMINER_BEFORE.test(text.slice(0, at));
}

/** What follows a scene-setting phrase asserts an event or state, and a figure or a name is in it. */
function sceneHoldsFact(rest: string, input: WorthinessInput): boolean {
  if (!assertsEvent(rest)) return false;
  if (input.figures.some((f) => rest.includes(f))) return true;
  return input.entities.some((e) => rest.includes(e.slice(e.lastIndexOf(' ') + 1)));
}

/**
 * Every cue the scorers read, computed once: what fired, and the counts. The
 * hand scorer (handWorthiness) weighs them with WEIGHTS; worthiness-features.ts
 * turns them into the feature vector of the learned scorer.
 */
export interface WorthinessCues {
  /** The text as the cue patterns read it: bounded, quotes and apostrophes straightened. */
  text: string;
  /** What the sentence asserts (the quotation, the clause after "X said"). */
  content: string;
  kind: string;
  figureCount: number;
  entityCount: number;
  hasSpeaker: boolean;
  attribution: boolean;
  causal: boolean;
  legal: boolean;
  comparison: boolean;
  denial: boolean;
  prediction: boolean;
  hedging: boolean;
  askedBesideFact: boolean;
  question: boolean;
  stance: boolean;
  strongOpinion: boolean;
  opinion: boolean;
  /** A bare demonstrative judged ("This was a sensible evolution ...") with nothing checkable beside it. */
  weakOpinion: boolean;
  promise: boolean;
  promiseBesideFact: boolean;
  smallTalk: boolean;
  scene: boolean;
  sceneBesideFact: boolean;
  sceneOpener: boolean;
  /** Asserts nothing checkable now (not a claim, small talk, question, stance, a bare promise, an opinion without a figure). */
  unasserted: boolean;
  pastFact: boolean;
  wordCount: number;
  /** No figure and at most two content words ("It isn't.", "Not once."). */
  fewContentWords: boolean;
  reasons: Reason[];
}

export function readCues(input: WorthinessInput): WorthinessCues {
  // One apostrophe and one double quote for the cue lists.
  const text = (input.text.length > 1500 ? input.text.slice(0, 1500) : input.text).replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const reasons: Reason[] = [];
  const hasFigure = input.figures.length > 0;
  const cues = stanceCues(text);
  const content = cues.content;

  const attribution = Boolean(input.speaker) || ATTRIBUTION.test(text);
  const causal = CAUSAL.test(text);
  const legal = LEGAL.test(text);
  const comparison = COMPARISON.test(text);
  if (hasFigure) reasons.push('figure');
  if (attribution) reasons.push('attribution');
  if (input.entities.length > 0) reasons.push('named entity');
  if (causal) reasons.push('causal language');
  if (legal) reasons.push('legal language');
  if (comparison) reasons.push('comparison');
  if (input.denial) reasons.push('denial');

  // A question put after a checkable assertion ("We spent $4 million, so why are lists still rising?") is scored on the assertion.
  const askedHead = input.kind === 'claim' && cues.question ? assertionBeforeQuestion(text) : null;
  const askedBesideFact = askedHead !== null && factClauses(askedHead).some((c) => checkableClause(c, input));
  const question = input.kind === 'question' || (cues.question && !askedBesideFact);
  // A scene set beside a fact with a figure or a name in it ("It was a warm morning in June 2021, and the Tarrow River,
  // which runs for 42 miles, was full of dead fish") still reports the fact.
  const sceneAt = SCENE_PHRASE.exec(text);
  const sceneBesideFact = sceneAt !== null && sceneHoldsFact(text.slice(sceneAt.index + sceneAt[0].length), input);
  // A lead-in ending on a colon is boilerplate ("The agency advises people to:") unless it states a fact of its own
  // ("Kofi Annan implemented reforms in the early 2000s, resulting in:").
  const leadInOnly = cues.leadIn && !holdsFact(text, input);
  // A decline beside what the speaker did say is not boilerplate (other frames and credits stay so).
  const smallTalkAt = SMALL_TALK_ANYWHERE.exec(text);
  const declined = cues.boilerplate || smallTalkAt !== null;
  // (Asked only of a sentence with boilerplate in it.)
  const saidBesideDecline =
    declined && isBoilerplate(text) && (smallTalkAt === null || isBoilerplate(smallTalkAt[0])) && statesBesideBoilerplate(text, input);
  const boilerplate = (declined && !saidBesideDecline) || leadInOnly || (sceneAt !== null && !sceneBesideFact);
  // "Go get your bike!": an instruction to the reader (one with a figure may still carry a fact: "Look: prices rose 40%").
  const instruction = !hasFigure && READER_IMPERATIVE.test(content) && !LIKE_OPENER.test(content);
  // Talk about the talk holds no figure: "I don't have anything to add on the 40 hostages" still names a figure.
  // "I want to be absolutely clear: our systems were not hacked" says what it is clear about: that is the claim. A
  // figure is checkable whatever frames it, but "this weekend" only says when the talk was about.
  const talkAt = TALK_ABOUT_TALK.exec(text);
  // ("Two questions." counts the talk itself.)
  const measured = input.figures.some((f) => !isWhenOnly(f) && !(talkAt?.[0].toLowerCase().includes(f.toLowerCase()) ?? false));
  const talk = measured ? null : talkAt;
  const aboutTheTalk = (talk !== null && !SAYS_WHAT.test(text.slice(talk.index + talk[0].length))) || (!measured && TALK_ABOUT_TALK_WORD.test(text) && TALK_ABOUT_TALK_ANYWHERE.test(text));
  const smallTalk = boilerplate || instruction || quotesBareReply(text) || aboutTheTalk || SMALL_TALK.test(text) || (content !== text && SMALL_TALK.test(content) && !nounOpens(text, content));
  // "We think X", "I would not be surprised if X": a hedge over a checkable X, scored on X.
  const hedged = hedgedStatement(content, input);
  // A feeling with its cause ("I don't know what to do since they came to grab my land"): the cause is reported.
  // … and a stance that announces what follows a colon ("I want to be absolutely clear: our systems were not hacked").
  // "Like the rest of the country, we are heartbroken": the comparison opening it is no part of the stance.
  const stanceText = LIKE_OPENER.test(content) ? content.replace(/^\W*like\s+[^,.;:!?]{1,60},\s+/i, '') : content;
  const stance =
    hedged === null &&
    FIRST_PERSON_STANCE.test(stanceText) &&
    !statesCause(content) &&
    !ANNOUNCES_WHAT.test(content) &&
    // "I am afraid the hospital ran out of oxygen and 12 patients died", "We don't know how many …, but at least 300
    // have died": a feeling, not knowing or wanting over a checkable clause is scored on the clause.
    !(FEELING_OR_WANT.test(stanceText) && factClauses(stanceText.replace(FEELING_OR_WANT, ' ')).some((c) => checkableClause(c, input)));
  // Generic "you" is opinion unless it states a rule ("You cannot build there without permission").
  const strongOpinion = hedged === null && (cues.opinion || (cues.genericYou && !LEGAL.test(content)));
  const judged = hedged === null ? text : text.replace(BELIEF_HEDGE_ANYWHERE, ' ');
  // (Names and named quotations only ever remove a match: look for one first.)
  const opinion = !stance && (strongOpinion || (OPINION.test(judged) && OPINION.test(withoutInnerNames(withoutNamedQuotations(judged)))));
  const scene = !smallTalk && cues.scene && !sceneBesideFact;
  // What the sentence itself asserts happened or is the case (not "said", not "will be built", not "it was disappointing").
  const pastFact = !stance && !strongOpinion && !scene && assertsEvent(hedged ?? content);
  const promise = cues.promise;
  // A promise beside a fact ("I made a promise and I intend to keep it"; a figure or a named source in another clause,
  // "because the rate is already above 95%") still reports the fact, and so does a named party's promise told by another.
  const promiseBesideFact = promise && (pastFact || assertsBesidePromise(text, input) || promiseOnRecord(content, input));
  const prediction = PREDICTION.test(text) && !promise;
  if (prediction) reasons.push('prediction');
  // "14 May 2024", "in May": the month, not the modal.
  const hedging = hedged !== null || (HEDGING.test(text) && HEDGING.test(text.replace(MONTH_MAY, ' ')));
  if (hedging) reasons.push('hedging');
  const unasserted =
    input.kind !== 'claim' || smallTalk || question || stance || (promise && !promiseBesideFact) || (strongOpinion && !hasFigure);
  // "This was a sensible evolution of the research strategy.": a bare demonstrative judged, with nothing checkable
  // beside it (no figure, name, source or other cue).
  const weakOpinion = !stance && !opinion && cues.weakOpinion && reasons.length === (attribution ? 1 : 0);
  if (stance || opinion || weakOpinion) reasons.push('opinion');
  if (question || askedBesideFact) reasons.push('question');
  if (promise) reasons.push('promise');
  const sceneOpener = cues.sceneOpener && !hasFigure;
  if (smallTalk || scene || sceneBesideFact || sceneOpener) reasons.push('small talk');
  return {
    text,
    content,
    kind: input.kind,
    figureCount: input.figures.length,
    entityCount: input.entities.length,
    hasSpeaker: Boolean(input.speaker),
    attribution,
    causal,
    legal,
    comparison,
    denial: input.denial,
    prediction,
    hedging,
    askedBesideFact,
    question,
    stance,
    strongOpinion,
    opinion,
    weakOpinion,
    promise,
    promiseBesideFact,
    smallTalk,
    scene,
    sceneBesideFact,
    sceneOpener,
    unasserted,
    pastFact,
    wordCount: input.wordCount,
    fewContentWords: !hasFigure && hasFewContentWords(text, 2),
    reasons,
  };
}

/** The hand-weighted score of the cues (WEIGHTS and the adjustments below, chosen by hand). */
export function handWorthiness(c: WorthinessCues): Worthiness {
  const hasFigure = c.figureCount > 0;
  let z = 0.1;
  if (hasFigure) z += WEIGHTS.figure + Math.min(2, c.figureCount - 1) * 0.15;
  if (c.attribution) z += WEIGHTS.attribution;
  if (c.entityCount > 0) z += WEIGHTS['named entity'] + Math.min(2, c.entityCount - 1) * 0.1;
  if (c.causal) z += WEIGHTS['causal language'];
  if (c.legal) z += WEIGHTS['legal language'];
  if (c.comparison) z += WEIGHTS.comparison;
  if (c.denial) z += WEIGHTS.denial;
  if (c.prediction) z += WEIGHTS.prediction;
  if (c.hedging) z += WEIGHTS.hedging;
  // Whatever figures or names they hold, these assert nothing checkable now: their positive cues count half.
  if (c.unasserted) z = 0.1 + (z - 0.1) / 2;
  if (c.stance) z += -1.5;
  else if (c.strongOpinion) z += hasFigure ? -0.7 : -1.8;
  else if (c.opinion) z += hasFigure ? -0.7 : WEIGHTS.opinion;
  // A bare demonstrative judged weighs as an opinion; with a source it is a lighter one.
  else if (c.weakOpinion) z += !c.attribution ? WEIGHTS.opinion : -0.6;
  if (c.question) z += WEIGHTS.question;
  else if (c.askedBesideFact) z += -0.5;
  if (c.promise) z += c.promiseBesideFact ? -0.6 : WEIGHTS.promise;
  if (c.smallTalk) z += WEIGHTS['small talk'];
  else if (c.scene) z += hasFigure ? -0.4 : -1.3;
  else if (c.sceneBesideFact) z += -0.3;
  else if (c.sceneOpener) z += -0.5;

  // No reason either way: a plain event or state is a claim, a fragment is not.
  if (c.pastFact) z += 0.35;
  if (c.wordCount < 4) z -= 1.2;
  else if (c.wordCount < 7) z -= 0.4;
  if (c.fewContentWords) z -= c.pastFact ? 0.3 : 0.8;
  if (c.kind !== 'claim') z -= 2.5;

  const score = 1 / (1 + Math.exp(-z));
  return { score: Math.round(score * 100) / 100, reasons: c.reasons };
}

export function scoreWorthiness(input: WorthinessInput): Worthiness {
  return handWorthiness(readCues(input));
}
