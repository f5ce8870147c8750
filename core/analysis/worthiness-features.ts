/**
 * The feature vector of the learned check-worthiness scorer: the cues the hand
 * scorer reads (worthiness.ts, readCues) as numbers, and class-level features
 * of specificity — does the sentence point at something identifiable (a date,
 * a year, a quotation, a name inside it) or judge abstractions ("X is
 * important", "the complexity of Y")? Word classes come from
 * core/text/lexicon/specificity.ts. Pure and cheap: one pass over the words.
 */
import * as functionWordsLexicon from '../text/lexicon/function-words';
import * as denialLexicon from '../text/lexicon/denial';
import * as specificityLexicon from '../text/lexicon/specificity';
import * as timeLexicon from '../text/lexicon/time';
import * as documentsLexicon from '../text/lexicon/documents';
import * as namesLexicon from '../text/lexicon/names';
import * as organisationsLexicon from '../text/lexicon/organisations';
import * as rolesLexicon from '../text/lexicon/titles-and-roles';
import type { WorthinessCues } from './worthiness';
import { alternation } from '../text/lexicon/words';

const { DETERMINERS } = functionWordsLexicon;
const { COPULAS } = denialLexicon;
const {
  ABSTRACT_NOUNS, ABSTRACT_NOUN_ENDINGS, EVALUATIVE_ADJECTIVES, FIRST_PERSON, GENERIC_OPENERS, MODALS, NEGATION_WORDS, PAST_AUXILIARIES, PRESENT_BE,
  RELATIVE_DAYS, SECOND_PERSON,
} = specificityLexicon;
const { MONTHS, TIME_UNITS, WEEKDAYS } = timeLexicon;
const { DOCUMENT_NOUNS } = documentsLexicon;
const { DEMONYMS } = namesLexicon;
const { ORGANISATION_WORDS } = organisationsLexicon;
const { ROLE_NOUNS } = rolesLexicon;
/** Past and perfect auxiliaries and verbs: something happened. */
const PAST_FORM = new RegExp(String.raw`^(?:${alternation(PAST_AUXILIARIES)}|\w{3,}ed)$`);

export const FEATURE_NAMES = [
  // The hand scorer's cues.
  'figure',
  'extra figures',
  'speaker',
  'attribution',
  'named entity',
  'extra entities',
  'causal',
  'legal',
  'comparison',
  'denial',
  'prediction',
  'hedging',
  'unasserted',
  'unasserted with figure or name',
  'stance',
  'strong opinion',
  'opinion',
  'opinion with figure',
  'weak opinion',
  'question',
  'question beside fact',
  'promise',
  'promise beside fact',
  'small talk',
  'scene',
  'scene beside fact',
  'scene opener',
  'past fact',
  'under 4 words',
  'under 7 words',
  'two content words or fewer',
  'not a claim',
  // Specificity, from word classes.
  'date or time',
  'year',
  'quotation',
  'capitalised words inside',
  'first person',
  'second person',
  'modal',
  'negation',
  'evaluative adjective',
  'copula then evaluative',
  'abstract subject',
  'abstract share',
  'generic opener',
  'exclamation',
  'ends with colon',
  'length',
  'actor or body',
  'document or data',
  'nationality',
  'time unit',
  'present be',
  'past form',
  'present be without past',
  'nothing specific',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’-]*/gu;
const YEAR = /\b(?:1[89]\d\d|20\d\d)s?\b/;

function isAbstract(word: string): boolean {
  if (ABSTRACT_NOUNS.has(word)) return true;
  if (word.length < 7) return false;
  for (const end of ABSTRACT_NOUN_ENDINGS) if (word.endsWith(end)) return true;
  return false;
}

/** The features of one sentence, in FEATURE_NAMES order. */
export function worthinessFeatures(c: WorthinessCues): number[] {
  const hasFigure = c.figureCount > 0;
  const raw = [...c.text.matchAll(WORD)].map((m) => m[0]);
  const lower = raw.map((w) => w.toLowerCase());
  let date = false;
  let capitals = 0;
  let first = false;
  let second = false;
  let modal = false;
  let negation = false;
  let evaluative = 0;
  let copulaEvaluative = false;
  let abstract = 0;
  let content = 0;
  let actor = false;
  let documentWord = false;
  let nationality = false;
  let timeUnit = false;
  let presentBe = false;
  let past = false;
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    if (MONTHS.has(w) || WEEKDAYS.has(w) || RELATIVE_DAYS.has(w)) date = true;
    if (i > 0 && /^\p{Lu}/u.test(raw[i]!) && !MONTHS.has(w) && !WEEKDAYS.has(w) && w !== 'i') capitals++;
    if (FIRST_PERSON.has(w)) first = true;
    if (SECOND_PERSON.has(w)) second = true;
    if (MODALS.has(w)) modal = true;
    if (NEGATION_WORDS.has(w) || w.endsWith("n't")) negation = true;
    if (EVALUATIVE_ADJECTIVES.has(w)) {
      evaluative++;
      for (let k = Math.max(0, i - 3); k < i; k++) if (COPULAS.has(lower[k]!)) copulaEvaluative = true;
    }
    if (ROLE_NOUNS.has(w) || ORGANISATION_WORDS.has(w)) actor = true;
    if (DOCUMENT_NOUNS.has(w)) documentWord = true;
    if (DEMONYMS.has(w)) nationality = true;
    if (TIME_UNITS.has(w)) timeUnit = true;
    if (PRESENT_BE.has(w)) presentBe = true;
    if (PAST_FORM.test(w)) past = true;
    if (w.length > 3 && !DETERMINERS.has(w)) {
      content++;
      if (isAbstract(w)) abstract++;
    }
  }
  // The subject: the first two words after determiners ("The complexity of ...", "Their participation ...").
  let s = 0;
  while (s < lower.length && DETERMINERS.has(lower[s]!)) s++;
  const abstractSubject = lower.slice(s, s + 2).some(isAbstract) ? 1 : 0;
  const trimmed = c.text.trimEnd();
  const f: Record<FeatureName, number> = {
    figure: hasFigure ? 1 : 0,
    'extra figures': Math.min(2, Math.max(0, c.figureCount - 1)) / 2,
    speaker: c.hasSpeaker ? 1 : 0,
    attribution: c.attribution ? 1 : 0,
    'named entity': c.entityCount > 0 ? 1 : 0,
    'extra entities': Math.min(2, Math.max(0, c.entityCount - 1)) / 2,
    causal: c.causal ? 1 : 0,
    legal: c.legal ? 1 : 0,
    comparison: c.comparison ? 1 : 0,
    denial: c.denial ? 1 : 0,
    prediction: c.prediction ? 1 : 0,
    hedging: c.hedging ? 1 : 0,
    unasserted: c.unasserted ? 1 : 0,
    'unasserted with figure or name': c.unasserted && (hasFigure || c.entityCount > 0) ? 1 : 0,
    stance: c.stance ? 1 : 0,
    'strong opinion': c.strongOpinion ? 1 : 0,
    opinion: c.opinion ? 1 : 0,
    'opinion with figure': (c.opinion || c.strongOpinion) && hasFigure ? 1 : 0,
    'weak opinion': c.weakOpinion ? 1 : 0,
    question: c.question ? 1 : 0,
    'question beside fact': c.askedBesideFact ? 1 : 0,
    promise: c.promise ? 1 : 0,
    'promise beside fact': c.promiseBesideFact ? 1 : 0,
    'small talk': c.smallTalk ? 1 : 0,
    scene: c.scene ? 1 : 0,
    'scene beside fact': c.sceneBesideFact ? 1 : 0,
    'scene opener': c.sceneOpener ? 1 : 0,
    'past fact': c.pastFact ? 1 : 0,
    'under 4 words': c.wordCount < 4 ? 1 : 0,
    'under 7 words': c.wordCount < 7 ? 1 : 0,
    'two content words or fewer': c.fewContentWords ? 1 : 0,
    'not a claim': c.kind !== 'claim' ? 1 : 0,
    'date or time': date ? 1 : 0,
    year: YEAR.test(c.text) ? 1 : 0,
    quotation: c.text.includes('"') ? 1 : 0,
    'capitalised words inside': Math.min(3, capitals) / 3,
    'first person': first ? 1 : 0,
    'second person': second ? 1 : 0,
    modal: modal ? 1 : 0,
    negation: negation ? 1 : 0,
    'evaluative adjective': Math.min(2, evaluative) / 2,
    'copula then evaluative': copulaEvaluative ? 1 : 0,
    'abstract subject': abstractSubject,
    'abstract share': content > 0 ? abstract / content : 0,
    'generic opener': GENERIC_OPENERS.has(lower[0] ?? '') ? 1 : 0,
    exclamation: trimmed.endsWith('!') ? 1 : 0,
    'ends with colon': trimmed.endsWith(':') ? 1 : 0,
    length: Math.min(1, Math.log1p(c.wordCount) / Math.log(60)),
    'actor or body': actor ? 1 : 0,
    'document or data': documentWord ? 1 : 0,
    nationality: nationality ? 1 : 0,
    'time unit': timeUnit ? 1 : 0,
    'present be': presentBe ? 1 : 0,
    'past form': past ? 1 : 0,
    'present be without past': presentBe && !past ? 1 : 0,
    'nothing specific':
      !hasFigure && c.entityCount === 0 && !date && !c.hasSpeaker && !c.text.includes('"') && capitals === 0 && !actor && !documentWord && !nationality ? 1 : 0,
  };
  return FEATURE_NAMES.map((n) => f[n]);
}
