/**
 * Communication verbs as classes of lemmas, with every inflection made by rule
 * ("reassert" -> reasserts, reasserted, reasserting; "underline" -> underlines,
 * underlined; "slam" -> slams, slammed; "label" -> labelled, labeled) and the
 * irregular ones from a table (say/said, tell/told, write/wrote/written).
 *
 * A class says how much a verb needs around it before it reports speech (see
 * core/import/speaker.ts). The lists here are the only copy; the surface
 * forms the speaker rules read are built at the end of this file.
 */
import { wordList, words } from './words';

/**
 * Verbs that only ever report speech or a stated position: "X reasserted ...",
 * "X underlined the importance of ...". A subject before the verb is enough.
 */
export const SAY_LEMMAS = wordList(`
  say state claim assert reassert insist argue contend allege reiterate reaffirm affirm restate repeat stress
  emphasise emphasize underline underscore explain acknowledge admit concede confess predict warn caution
  counter retort reply remark comment quip joke boast brag exclaim opine speculate theorise theorize
  posit aver avow attest swear vouch insinuate imply assure reassure tweet vow pledge promise lament
  complain grumble moan announce confirm disclose write note mention proclaim narrate recite articulate
  confide divulge gush rave rant fume scoff sneer shout yell scream shriek whisper murmur mutter mumble
  stammer stutter`);

/** "X told reporters", "X asked ...", "X urged calm": speech addressed to someone. */
export const ADDRESS_LEMMAS = wordList(`tell ask urge implore exhort beseech plead beg`);

/**
 * A stance on something said or done: "X denounced the violation", "Sunak defended the decision",
 * "X credited the reforms with ...". Reported positions, with a subject before them.
 */
export const STANCE_LEMMAS = wordList(`
  deny reject dismiss question condemn denounce criticise criticize blame accuse demand threaten recommend
  defend justify hail praise commend applaud slam blast lambast lambaste decry deplore bemoan rebuff rebuke
  credit berate reproach scold chide reprimand castigate censure admonish excoriate disparage belittle downplay
  deride mock ridicule lampoon rubbish retract recant laud cite attribute`);

/** "X added that ...", "X noted, ...", "she continued:": also other meanings ("added 500 jobs"), so "that" or punctuation must follow. */
export const THAT_OR_PUNCTUATION_LEMMAS = wordList(`add report observe respond`);

/** "she continued: ...", "“...,” he went on.": speech only before a colon or a quotation, or closing the sentence. */
export const CONTINUE_LEMMAS = wordList(`continue`);

/** "X highlighted that ...": a reported position only when "that" follows. */
export const THAT_LEMMAS = wordList(`
  highlight maintain agree believe suggest estimate conclude reveal hint indicate declare think fear recall
  find show expect rule post forecast remember reckon calculate project signal accept concur recount testify object disagree
  assume presume surmise suspect doubt feel hope know understand realise realize recognise recognize grant
  stipulate specify certify verify establish determine demonstrate prove clarify reason answer advise inform
  notify remind convince persuade request propose infer deduce gather hear publicise publicize publish leak
  guarantee anticipate compute judge decree resolve hold charge regret worry discover corroborate blog email
  cable brief counsel`);

/** "Pryce disputes that.", "The ministry contested the figures": a denial when an object follows. */
export const DENIAL_LEMMAS = wordList(`dispute contest refute rebut challenge contradict repudiate disavow gainsay`);

/** "The senator was accused by prosecutors": a passive whose agent ("by X") accuses. */
export const PASSIVE_AGENT_LEMMAS = wordList(`criticise criticize condemn accuse denounce`);
/** "The claim was rejected by PhRMA": a passive whose agent denies; "the plan was rejected by voters" is an event. */
export const PASSIVE_DENIAL_LEMMAS = wordList(`deny reject dispute dismiss contest refute rebut challenge question`);

/** "Records show ...", "the letter reads ...", "data indicate ...": what a document says. */
export const DOCUMENT_LEMMAS = wordList(`show find indicate suggest read say state note conclude reveal estimate warn`);

/** "X called the decision “a step forward”", "X described the plan as ...": speech with a quotation or a complement. */
export const QUOTING_LEMMAS = wordList(`call describe label brand term dub characterise characterize portray depict`);
/** "Many Cambodians see the influx as a threat", "Investors regard the plan as reckless": a view, with an object and "as". */
export const REGARDING_LEMMAS = wordList(`see view regard perceive`);
/** Quoting verbs whose complement opens on "as": "described the plan as a disaster". */
export const DESCRIBING_LEMMAS = wordList(`describe label brand characterise characterize portray depict`);
/** "Benioff introduced Cook as “someone who has redefined …”": a verb that quotes only with "as" and a quotation. */
export const AS_QUOTED_LEMMAS = wordList(`introduce`);

/** "..., said one diplomat.", "..., reaffirmed the minister.": verbs that can come before their speaker. */
export const INVERTIBLE_LEMMAS = wordList(`
  say add note ask write explain insist warn argue state claim counter reply recall stress emphasise emphasize
  declare admit acknowledge concede reiterate reaffirm reassert affirm underline underscore caution continue
  report announce confirm tweet post retort quip remark respond observe`);

/** ", saying ...", ", insisting that ...": a participle reporting what the sentence's subject says. */
export const PARTICIPLE_LEMMAS = wordList(`
  say assert insist argue claim warn stress allege contend reiterate reaffirm reassert emphasise emphasize
  underline underscore acknowledge predict deny describe accuse blame urge criticise criticize tell`);
/** ", calling it a sham", ", calling for talks": "call" says something only with these after it (not "calling a snap election", "calling on every ounce"). */
export const CALLING_OBJECTS = words(`it them him her this that these those for`);

/** "X believes rates will ...": a belief or an expectation followed by a clause of its own. */
export const BELIEF_LEMMAS = wordList(`maintain believe think fear worry reckon estimate predict warn find show report hope suggest`);
/** "Economists expect inflation to ...": an expectation with its own infinitive. */
export const EXPECT_LEMMAS = wordList(`expect forecast project`);

/**
 * A speech act made by a light verb and its noun: "raised concerns over", "voiced doubts", "issued a warning",
 * "lodged a complaint". The verb alone is no speech ("raised prices"); with one of the nouns (a few words apart at
 * most) it is a stated position. Thanks and condolences are courtesies, not positions ("expressed his gratitude").
 */
export const SPEECH_ACT_LEMMAS = wordList(`raise express voice issue lodge reiterate`);
/** (Not "support", "hopes", "protests", "confidence": "issued support payments", "raised hopes of a recovery" are events.) */
export const SPEECH_ACT_NOUNS = words(`
  concern concerns doubt doubts question questions alarm objection objections warning warnings criticism criticisms
  complaint complaints regret regrets opposition fear fears frustration anger dismay disappointment apology apologies
  reservations scepticism skepticism outrage suspicion suspicions possibility prospect spectre specter`);
/** "made the remarks at a rally", "made the claim in an interview": "make" and what is said with it. */
export const MADE_SPEECH_NOUNS = words(`
  remark remarks comment comments statement statements claim claims allegation allegations accusation accusations
  announcement announcements pledge pledges promise promises threat threats appeal plea admission
  prediction predictions assertion assertions comparison comparisons argument arguments
  suggestion suggestions recommendation recommendations proposal`);
/** What follows a speech act's noun: "concerns over", "doubts about", "a warning that"; not "warning letters to 40 firms". */
export const SPEECH_ACT_LINKS = words(`about over on of regarding that at to with for from in after amid and but`);
/** Words that may stand between the light verb and its noun: "expressed his deep concern", "raised serious doubts". */
export const SPEECH_ACT_MODIFIERS = words(`a an the his her its their our some serious deep grave strong new further renewed similar public`);

/**
 * Issuing a document that says something: "issued a report saying", "released a statement accusing", "sent a letter
 * to the minister urging", "published a study finding that". The verb and its document state a position only when
 * a participle of saying (ISSUED_CONTENT_PARTICIPLE_LEMMAS), "that" or a colon follows the document, a few words
 * ("to the ministry", "on Monday") at most between. Not "issued a report." nor "published 40 papers on …".
 */
export const ISSUING_LEMMAS = wordList(`issue release publish send file submit circulate distribute produce deliver`);
export const ISSUED_CONTENT_NOUNS = words(`
  statement statements report reports letter letters study studies memo memos communique communiqué release
  paper papers analysis survey assessment complaint complaints petition lawsuit suit ruling verdict judgment
  judgement notice circular directive decree advisory bulletin document documents dossier review audit note
  declaration resolution appeal figures data statistics results estimates numbers poll findings`);
export const ISSUED_CONTENT_PARTICIPLE_LEMMAS = wordList(`
  say state claim assert allege accuse argue warn urge call show find link conclude suggest estimate describe
  demand condemn criticise criticize deny reject insist confirm announce detail document note question blame
  recommend predict reveal indicate`);

/**
 * Phrasal verbs of stance, each with the particle that makes it one: "played down questions", "pointed to the number
 * of ...", "spoke out against". An object must follow. (Not "push back", "hit back": "pushed back the deadline", "prices hit
 * back above $100" are events.)
 */
export const PHRASAL_STANCE: ReadonlyArray<readonly [lemma: string, particle: string]> = [
  ['play', 'down'], ['point', 'to'], ['speak', 'out'], ['lash', 'out'], ['weigh', 'in'], ['hit', 'out'],
];

/**
 * What may stand before a reporting verb's infinitive and leave the speech the subject's own: "commentators have been
 * quick to point to …", "Chab Suy is quick to proclaim …", "the ministry rushed to deny …", "he went on to say …".
 * (Not "asked to comment", "declined to say", "expected to announce": those report no speech of the subject's.)
 */
export const EAGER_ADJECTIVES = words(`quick quicker eager keen careful anxious swift`);
export const ONSET_VERB_LEMMAS = wordList(`rush hasten seek venture`);

/** "Sok Ny disagrees.", "The ministry objected.": stance verbs that need nothing after them but the sentence's end or "with". */
export const INTRANSITIVE_STANCE_LEMMAS = wordList(`agree disagree object concur dissent`);

/**
 * Lemmas whose -s and base forms are also common nouns ("member states", "the claims"): in those forms
 * they report speech only before "that", punctuation or a quotation.
 */
export const NOUN_LIKE_LEMMAS = wordList(`claim state comment remark reply counter joke quip credit blast hail praise slam`);

/** Past, past participle and other forms no rule makes. */
const IRREGULAR: Readonly<Record<string, { past: string; participle: string; third?: string }>> = {
  say: { past: 'said', participle: 'said' },
  tell: { past: 'told', participle: 'told' },
  write: { past: 'wrote', participle: 'written' },
  read: { past: 'read', participle: 'read' },
  send: { past: 'sent', participle: 'sent' },
  make: { past: 'made', participle: 'made' },
  show: { past: 'showed', participle: 'shown' },
  speak: { past: 'spoke', participle: 'spoken' },
  swear: { past: 'swore', participle: 'sworn' },
  find: { past: 'found', participle: 'found' },
  think: { past: 'thought', participle: 'thought' },
  forecast: { past: 'forecast', participle: 'forecast' },
  hold: { past: 'held', participle: 'held' },
  hear: { past: 'heard', participle: 'heard' },
  know: { past: 'knew', participle: 'known' },
  understand: { past: 'understood', participle: 'understood' },
  feel: { past: 'felt', participle: 'felt' },
  prove: { past: 'proved', participle: 'proven' },
  see: { past: 'saw', participle: 'seen' },
  lie: { past: 'lied', participle: 'lied' },
  put: { past: 'put', participle: 'put' },
  hit: { past: 'hit', participle: 'hit' },
  foresee: { past: 'foresaw', participle: 'foreseen' },
  withhold: { past: 'withheld', participle: 'withheld' },
  mean: { past: 'meant', participle: 'meant' },
  forbid: { past: 'forbade', participle: 'forbidden' },
};

/** Two-syllable verbs stressed on the last syllable double their final consonant: "admitted", "rebutted". */
const STRESSED_LAST = words(`
  admit rebut concur confer refer infer deter commit submit omit permit regret occur prefer extol compel propel
  patrol control abet allot transmit remit aver`);
const VOWEL = /[aeiou]/u;

/** "qu" is a consonant: "quip" has one vowel. */
const vowelGroups = (w: string): number => (w.replace(/qu/gu, 'q').match(/[aeiouy]+/gu) ?? []).length;

/** "slam" -> "slamm", "admit" -> "admitt": the stem before -ed and -ing when the last consonant doubles. */
function doubled(lemma: string): string | null {
  const w = lemma.replace(/qu/gu, 'q');
  const [c1, v, c2] = [w.charAt(w.length - 3), w.charAt(w.length - 2), w.charAt(w.length - 1)];
  if (!VOWEL.test(v) || VOWEL.test(c1) || VOWEL.test(c2) || /[wxy]/u.test(c2)) return null;
  // "label" -> "labell" (British; the American "labeled" is made beside it, see inflect).
  if (vowelGroups(lemma) === 1 || STRESSED_LAST.has(lemma) || c2 === 'l') return lemma + c2;
  return null;
}

export interface VerbForms {
  base: string;
  third: string;
  /** The simple past and the past participle (one or two words; "labelled" and "labeled"). */
  past: string[];
  ing: string[];
}

/** Every inflection of a lemma, by rule or from the irregular table. */
export function inflect(lemma: string): VerbForms {
  const irregular = IRREGULAR[lemma];
  let third: string;
  if (/(?:s|x|z|ch|sh|o)$/u.test(lemma)) third = `${lemma}es`;
  else if (/[^aeiou]y$/u.test(lemma)) third = `${lemma.slice(0, -1)}ies`;
  else third = `${lemma}s`;
  const stem = doubled(lemma);
  let past: string[];
  let ing: string[];
  if (lemma.endsWith('ie')) {
    past = [`${lemma}d`];
    ing = [`${lemma.slice(0, -2)}ying`];
  } else if (lemma.endsWith('e')) {
    past = [`${lemma}d`];
    ing = [/(?:ee|ye|oe)$/u.test(lemma) ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`];
  } else if (/[^aeiou]y$/u.test(lemma)) {
    past = [`${lemma.slice(0, -1)}ied`];
    ing = [`${lemma}ing`];
  } else if (stem && lemma.endsWith('l') && !STRESSED_LAST.has(lemma) && vowelGroups(lemma) > 1) {
    // "label": "labelled" in British spelling, "labeled" in American.
    past = [`${stem}ed`, `${lemma}ed`];
    ing = [`${stem}ing`, `${lemma}ing`];
  } else if (stem) {
    past = [`${stem}ed`];
    ing = [`${stem}ing`];
  } else {
    past = [`${lemma}ed`];
    ing = [`${lemma}ing`];
  }
  if (irregular) past = [...new Set([irregular.past, irregular.participle])];
  return { base: lemma, third: irregular?.third ?? third, past, ing };
}

export type FormKind = 'base' | 'third' | 'past' | 'ing';

/** The surface forms of some lemmas: `forms(SAY_LEMMAS, 'third', 'past')`. */
export function forms(list: readonly string[], ...kinds: FormKind[]): Set<string> {
  const out = new Set<string>();
  for (const lemma of list) {
    const f = inflect(lemma);
    for (const kind of kinds) {
      const v = f[kind];
      for (const w of Array.isArray(v) ? v : [v]) out.add(w);
    }
  }
  return out;
}

/** Every finite form (base, -s, past): what may follow a speaker. */
export const finite = (list: readonly string[]): Set<string> => forms(list, 'base', 'third', 'past');

/** Is this surface form a base form (the present after a plural subject: "officials tell")? */
export const BASE_FORMS: ReadonlySet<string> = new Set(
  [SAY_LEMMAS, ADDRESS_LEMMAS, STANCE_LEMMAS, THAT_OR_PUNCTUATION_LEMMAS, THAT_LEMMAS, DENIAL_LEMMAS, DOCUMENT_LEMMAS, QUOTING_LEMMAS, REGARDING_LEMMAS]
    .flat()
    .filter((l) => !IRREGULAR[l] || (IRREGULAR[l]?.past !== l && IRREGULAR[l]?.participle !== l)),
);

// Surface forms of the classes above, as the speaker rules read them.

const without = (a: Set<string>, b: ReadonlySet<string>): Set<string> => new Set([...a].filter((w) => !b.has(w)));

/** "X denounced ...", "Sunak defended ...": stances, which need an object. */
export const STANCE_VERBS: ReadonlySet<string> = finite(STANCE_LEMMAS);

/** "X said", "X denies ...", "X reasserted ...": the verb alone is enough (see the classes above). */
export const SPEECH_VERBS: ReadonlySet<string> = without(
  finite([...SAY_LEMMAS, ...ADDRESS_LEMMAS, ...STANCE_LEMMAS]),
  forms(NOUN_LIKE_LEMMAS, 'base', 'third'),
);

/** "X added that ...", "X noted, ...", "she continued:", "the ministry claims, ...": these also mean other things. */
export const SPEECH_VERBS_BEFORE_THAT_OR_PUNCTUATION: ReadonlySet<string> = new Set([
  ...finite(THAT_OR_PUNCTUATION_LEMMAS),
  ...forms(NOUN_LIKE_LEMMAS, 'base', 'third'),
]);

/** "she continued: ...": speech only before a colon or a quotation, or closing the sentence. */
export const CONTINUING_VERBS: ReadonlySet<string> = finite(CONTINUE_LEMMAS);

/** "X highlighted that ...": a reported position only when "that" follows. */
export const SPEECH_VERBS_BEFORE_THAT: ReadonlySet<string> = finite(THAT_LEMMAS);

/** "Pryce disputes that.", "The ministry contested the figures": a denial when an object follows. */
export const DENIAL_VERBS: ReadonlySet<string> = finite(DENIAL_LEMMAS);

/** "The claim was rejected by PhRMA": a passive whose agent ("by X") is the one who denies or accuses. */
export const PASSIVE_AGENT_VERBS: ReadonlySet<string> = forms([...PASSIVE_AGENT_LEMMAS, ...PASSIVE_DENIAL_LEMMAS], 'past');

/** Of those, the denials: their agent speaks only when what is denied is a statement ("the claim was rejected by X"). */
export const PASSIVE_DENIAL_VERBS: ReadonlySet<string> = forms(PASSIVE_DENIAL_LEMMAS, 'past');

/** "Records show the company paid no tax", "the letter reads": documents speak through these. */
export const DOCUMENT_VERBS: ReadonlySet<string> = finite(DOCUMENT_LEMMAS);

/** "X slammed into a wall", "X hails from Leeds": a stance verb followed by one of these is a movement, not a stance. */
export const NOT_A_STANCE_OBJECT = words(`into through onto down up off out across past away back from well badly`);

/**  "X described the plan as ...": quoting verbs whose complement opens on "as". */
export const DESCRIBING_VERBS: ReadonlySet<string> = finite(DESCRIBING_LEMMAS);

export const QUOTING_VERBS: ReadonlySet<string> = finite(QUOTING_LEMMAS);
export const AS_QUOTED_VERBS: ReadonlySet<string> = finite(AS_QUOTED_LEMMAS);
export const REGARDING_VERBS: ReadonlySet<string> = finite(REGARDING_LEMMAS);

/** "..., said one diplomat.", "..., reaffirmed the minister.": verbs that can come before their speaker. */
export const INVERTIBLE_VERBS: ReadonlySet<string> = forms(INVERTIBLE_LEMMAS, 'third', 'past');

/** ", saying ...", ", insisting that ...": participles reporting what the sentence's subject says. */
export const PARTICIPLES: ReadonlySet<string> = forms(PARTICIPLE_LEMMAS, 'ing');

/** "Officials are warning that ...", "X is insisting ...": the progressive of a verb of saying. */
export const PROGRESSIVES: ReadonlySet<string> = forms([...SAY_LEMMAS, ...ADDRESS_LEMMAS], 'ing');

/** "X said it would ...", "X added that its ...": the verbs after which "it" shows the speaker is an organisation. */
export const SAYING_IT: ReadonlySet<string> = forms([...SAY_LEMMAS, 'add'], 'third', 'past');

/** "Rao believes rates will ...", "Economists expect inflation to ...". */
export const BELIEF_VERBS: ReadonlySet<string> = finite(BELIEF_LEMMAS);

/** Of those, verbs that also take a plain object ("suggested a compromise and the talks …"): a clause only when one follows at once. */
export const OBJECT_TAKING_BELIEF_VERBS: ReadonlySet<string> = finite(wordList(`suggest`));

export const EXPECT_VERBS: ReadonlySet<string> = finite(EXPECT_LEMMAS);

export const ALL_REPORTING_FORMS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...SPEECH_VERBS_BEFORE_THAT_OR_PUNCTUATION,
  ...SPEECH_VERBS_BEFORE_THAT,
  ...CONTINUING_VERBS,
  ...PROGRESSIVES,
  ...DOCUMENT_VERBS,
  ...QUOTING_VERBS,
  ...AS_QUOTED_VERBS,
  ...REGARDING_VERBS,
  ...DENIAL_VERBS,
]);

/**
 * Verbs of saying that take "of" ("the agency warns of floods", "she speaks of betrayal", "he said of the plan").
 * Any other reporting form right before "of" is a noun: "media reports of a broken tube", "claims of fraud".
 */
export const OF_TAKING_FORMS: ReadonlySet<string> = forms(
  wordList(`say speak talk warn tell write complain boast think hear know approve disapprove dream despair remind inform notify`),
  'base', 'third', 'past',
);

/** Finite forms of the speech-act light verbs ("raised", "expresses"); see SPEECH_ACT_LEMMAS. */
export const SPEECH_ACT_VERBS: ReadonlySet<string> = forms(SPEECH_ACT_LEMMAS, 'third', 'past');

/** "makes", "made": with MADE_SPEECH_NOUNS, a speech act. */
export const MAKING_VERBS: ReadonlySet<string> = forms(wordList(`make`), 'third', 'past');

/** Finite forms of the issuing verbs ("issued", "sends"), their documents' participles ("saying", "linking"); see ISSUING_LEMMAS. */
export const ISSUING_VERBS: ReadonlySet<string> = forms(ISSUING_LEMMAS, 'third', 'past');
export const ISSUED_CONTENT_PARTICIPLES: ReadonlySet<string> = forms(ISSUED_CONTENT_PARTICIPLE_LEMMAS, 'ing');

/** "rushed", "hastens", "sought": see ONSET_VERB_LEMMAS. */
export const ONSET_VERBS: ReadonlySet<string> = forms(ONSET_VERB_LEMMAS, 'third', 'past');

/** Finite forms of the phrasal stance verbs' verbs, each to its particle: "played" -> "down". */
export const PHRASAL_STANCE_PARTICLES: ReadonlyMap<string, string> = new Map(
  PHRASAL_STANCE.flatMap(([lemma, particle]) => [...forms([lemma], 'base', 'third', 'past')].map((form) => [form, particle] as [string, string])),
);

export const INTRANSITIVE_STANCE_VERBS: ReadonlySet<string> = forms(INTRANSITIVE_STANCE_LEMMAS, 'third', 'past');

/** Base and -s forms, which may be nouns ("the report", "its claims"). */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set([...BASE_FORMS, ...[...ALL_REPORTING_FORMS].filter((w) => w.endsWith('s') && BASE_FORMS.has(w.slice(0, -1)))]);

/** Reporting verbs: the frame of a reported statement ("X said", "she told reporters"), not an event in it. */
export const REPORTING_VERB_PATTERN = String.raw`said|says|say|told|tells|added|adds|stated|states|announced|announces|claimed|claims|insisted|insists|noted|notes|argued|argues|stressed|stresses|reiterated|reiterates|warned|warns|asserted|asserts|explained|explains|replied|replies|answered|answers|wrote|writes|tweeted|posted|confirmed|confirms|acknowledged|admitted|conceded|pledged|promised|vowed|declared|maintained|maintains|recalled|recalls|continued|went on|asked|asks|joked|quipped|predicted|suggested|suggests`;

/**
 * Adjectives that state a party's position as a copula's complement before "that": "Tehran remains adamant that",
 * "The bank is confident that". Not the impersonal ones ("it is clear / certain / likely that"): they have no holder.
 */
export const STANCE_ADJECTIVES = words(`
  adamant insistent confident convinced emphatic unequivocal categorical optimistic pessimistic hopeful satisfied
  unconvinced sceptical skeptical doubtful`);
/** Besides those, adjectives of a held fear or certainty before a clause with no "that": "The Press Council is concerned the laws would …". */
export const STANCE_ADJECTIVES_BEFORE_A_CLAUSE = words(`concerned worried sure certain`);

/**
 * A position as a noun its holder's possessive opens, stated by a copula and "that" or a colon: "Hun Sen's message to
 * voters is that …", "The government's position has been that …", "Their argument is that …". The holder speaks.
 */
export const POSITION_NOUNS = words(`
  message position view views argument contention claim stance line case point belief assessment conclusion verdict
  response answer explanation defence defense complaint fear hope concern worry insistence suggestion warning promise
  pledge reasoning thesis theory narrative pitch understanding expectation prediction estimate recommendation advice
  demand proposal reply retort account version interpretation reading`);

/** "In Ou Virak's view, …", "In the words of one analyst, …": whose view the sentence gives. */
export const VIEW_NOUNS = words(`view opinion words assessment estimation judgment judgement mind eyes telling reckoning analysis account`);

/**
 * Words a "called the X Y" complement may be when it is no name for X: "called the election early / a week ago /
 * yesterday", "called the police back". A complement by its adjective's ending is read instead ("baseless").
 */
export const NOT_A_COMPLEMENT = words(`
  day week month year few couple number lot second third total dozen hundred thousand million yesterday today tonight
  again later earlier back off up out down over home away instead too twice once early late ago immediately`);
/** Endings of adjectives a thing may be called: "baseless", "ridiculous", "political", "unacceptable", "misleading". */
export const COMPLEMENT_ADJECTIVE_ENDING = /(?:less|ous|ful|ible|able|ical|ic|ive|al|ist|ing|ised|ized|ated|ent|ant)$/u;

/** Participles naming who made a document in an aside after it: "The report, published by the U.N., found". */
export const AUTHORING_PARTICIPLES = words(`
  published released issued written compiled commissioned conducted produced prepared authored drafted led run
  signed`);
/** "made it clear", "made plain", "made known": making a position plain. */
export const MADE_PLAIN = words(`clear plain known`);
/** "put it bluntly:", "put it this way", "as X put it,": manners of putting it (with any -ly word before punctuation). */
export const PUT_IT_MANNERS = words(`simply differently best succinctly`);
/** "went on to say": only speech verbs after "go on to" (not "went on to write 12 books"). */
export const GO_ON_TO_SPEECH = words(`say add note warn explain argue insist stress claim describe accuse call`);

/** Adjectives that state a position on something before "of"/"about": "X was still critical of the government's record". */
export const STANCE_OF_ADJECTIVES = words(`critical sceptical skeptical supportive dismissive scornful contemptuous doubtful`);

// core/import/speaker.ts

/** Participles of a passive that reports speech besides "quoted": "was heard saying", "was filmed saying". */
export const HEARD_SAYING_PARTICIPLES = words(`heard seen filmed recorded shown`);

/** Forms of quoting someone before "as saying": "The agency quoted a police official as saying". */
export const QUOTING_SOMEONE_FORMS = words(`quoted quotes quoting cited cites citing`);

/** After "reported"/"reports": what makes it no report of what is so ("reported to the regulator", "reported missing"). */
export const NOT_A_REPORT_AFTER = words(`to for back missing sick directly`);

/** "Al-Shabaab claimed the bombing": attacks whose claiming is a statement of responsibility. */
export const CLAIMED_ATTACKS = words(`
  attack attacks bombing bombings blast blasts explosion explosions killing killings assassination kidnapping kidnappings
  shooting shootings abduction ambush raid strike strikes massacre`);

/** "Some consumers reported paying 30% more": what the subject reports doing. Not nouns in -ing ("reported flooding in the north"). */
export const NOUNS_IN_ING = words(`
  nothing something anything everything morning evening building buildings funding spending ruling
  warning training housing shooting shootings bombing bombings looting fighting flooding killing killings wedding
  offering opening findings earnings savings ceiling clothing parking`);

/**
 * A headline's passive, whose subject is the one accused, not a speaker ("Health secretary accused of hiding figures",
 * "Minister urged to resign"): by verb, what follows it, as a pattern's alternation.
 */
export const HEADLINE_PASSIVE_FOLLOWERS: Readonly<Record<string, string>> = {
  accused: 'of|by',
  accuses: 'of',
  blamed: 'for|by|over',
  criticised: 'for|over|by|after',
  criticized: 'for|over|by|after',
  condemned: 'for|over|by|to',
  urged: 'to|by',
  told: 'to|by',
  asked: 'to|by',
  denied: 'bail|access|entry|parole|permission|visas?|by',
  rejected: 'by',
  dismissed: 'by|from',
  questioned: 'by|over|about',
  threatened: 'with|by',
  warned: 'by',
};

/** Stems of verbs that report an event rather than speech when no "that" follows ("(UKHSA) confirmed the first cases"). */
export const EVENT_REPORTING_STEMS = wordList(`confirm announce report disclose reveal`);

/** The nouns after "called the" that may take a complement ("called the move unacceptable"), as a pattern's alternation. */
export const CALLED_OBJECT_NOUNS_PATTERN = String.raw`move|decision|plan|proposal|policy|ruling|deal|attack|claims?|report|vote|result|bill|law|remarks?|comments?|measures?`;

/** Progressives of advising the public: "is also asking people to", "are calling on residents to", as a pattern's alternation. */
export const ADVISING_PROGRESSIVES_PATTERN = String.raw`asking|urging|advising|encouraging|telling|warning|calling on`;

/** Words before the public a body advises: "all", "local", "affected". */
export const ADVISED_AUDIENCE_QUALIFIERS = words(`the all its their local affected other`);

/** Whom a body advises ("customers", "the public"), as a pattern's alternation (other words than stance.ts's ADVISED_PUBLIC_PATTERN). */
export const ADVISED_AUDIENCE_PATTERN = String.raw`people|customers|residents|the public|public|households|passengers|users|drivers|parents|members|patients|travellers|travelers|consumers|businesses|homeowners|motorists|staff|employees|everyone|anyone`;
