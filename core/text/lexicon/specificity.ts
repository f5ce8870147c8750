/**
 * Word classes for how specific a sentence is: whether it refers to something
 * identifiable (a date, a time, a named or quoted source) or speaks of
 * abstractions and judges them ("X is important", "the complexity of Y").
 * Read by the learned check-worthiness features (core/analysis/worthiness-features.ts).
 * Classes of the language, not phrases of any article.
 */
import { words, wordList } from './words';

/** Adjectives that judge or grade rather than describe something measurable. */
export const EVALUATIVE_ADJECTIVES = words(`
  good bad better worse best worst great poor fine nice excellent terrible awful wonderful superb dreadful
  important unimportant significant insignificant notable noteworthy remarkable striking extraordinary
  exceptional unusual ordinary typical normal strange odd curious surprising unsurprising shocking astonishing
  interesting fascinating boring dull compelling convincing unconvincing persuasive plausible implausible
  clear unclear obvious evident apparent doubtful dubious questionable uncertain certain
  difficult hard easy simple complex complicated challenging tricky daunting straightforward
  crucial critical essential vital key central fundamental basic necessary unnecessary needless
  serious grave severe profound deep shallow major minor huge enormous immense vast tiny modest
  right wrong fair unfair just unjust reasonable unreasonable sensible foolish wise unwise naive
  legitimate illegitimate appropriate inappropriate proper improper acceptable unacceptable
  dangerous risky safe harmful beneficial useful useless helpful unhelpful valuable worthless
  effective ineffective successful unsuccessful efficient inefficient productive counterproductive
  strong weak powerful powerless robust stable unstable vulnerable resilient
  welcome unwelcome positive negative constructive destructive encouraging discouraging promising
  worrying troubling disturbing alarming concerning reassuring comforting frightening scary
  sad tragic unfortunate fortunate lucky unlucky happy glad proud ashamed angry bitter
  beautiful ugly lovely pleasant unpleasant attractive unattractive elegant
  honest dishonest sincere cynical genuine fake authentic credible incredible
  new novel fresh old outdated familiar unfamiliar unprecedented rare common widespread
  urgent pressing timely premature overdue inevitable unavoidable impossible possible feasible
  ambitious bold brave cautious careful careless reckless responsible irresponsible
  relevant irrelevant meaningful meaningless pointless worthwhile
  controversial contentious divisive polarising polarizing popular unpopular
  absurd ridiculous outrageous shameful disgraceful scandalous appalling deplorable
  vague ambiguous confusing coherent incoherent consistent inconsistent
  fraught delicate sensitive thorny messy chaotic tense fragile precarious
  underestimated overestimated underrated overrated overlooked neglected
`);

/** Nouns for qualities, states, ideas and processes rather than things, people or events one can point at. */
export const ABSTRACT_NOUNS = words(`
  idea ideas notion concept concepts question questions issue issues problem problems matter matters
  situation situations context nature reality truth fact facts case cases aspect aspects factor factors
  role roles challenge challenges difficulty difficulties opportunity opportunities risk risks threat threats
  importance significance complexity necessity possibility uncertainty ambiguity
  freedom liberty democracy justice equality inequality power authority legitimacy identity culture
  history tradition change progress development growth decline crisis conflict tension tensions
  revolt rebellion resistance protest dissent unrest anger fear hope trust distrust mistrust
  participation involvement engagement cooperation competition rivalry solidarity unity division
  success failure strength weakness advantage disadvantage benefit benefits cost costs
  approach strategy strategies policy policies thinking view views perspective perspectives
  understanding knowledge awareness experience experiences sense feeling feelings attitude attitudes
  relationship relationships dynamic dynamics balance stability instability security insecurity
  way ways means manner kind sort form forms type types level levels degree extent scale
  story stories narrative debate debates discourse argument arguments discussion conversation
  need needs interest interests value values belief beliefs principle principles
  response reaction impact impacts effect effects consequence consequences implication implications
  theme themes trend trends pattern patterns phenomenon phenomena process processes
`);

/** Endings of abstract nouns made from adjectives and verbs ("complexity", "awareness", "populism", "resistance"). */
export const ABSTRACT_NOUN_ENDINGS = wordList(`ity ness ism ance ence ship hood dom`);

/** Modal auxiliaries: possibility, necessity, intention rather than fact. */
export const MODALS = words(`will would shall should can could may might must ought 'll 'd wo won't wouldn't shouldn't can't cannot couldn't mustn't`);

export const FIRST_PERSON = words(`i me my mine myself we us our ours ourselves`);

export const SECOND_PERSON = words(`you your yours yourself yourselves`);

/** Subjects that point at nothing identifiable ("It is ...", "This is ...", "Many ...", "Such ..."). */
export const GENERIC_OPENERS = words(`it this that these those there such many some most all every each few several much`);

/** Days relative to now: a time expression without a month or a year ("yesterday", "tonight"). */
export const RELATIVE_DAYS = words(`yesterday today tonight tomorrow ago overnight weekend`);

/** Negations. */
export const NEGATION_WORDS = words(`not no never nor none nobody nothing neither n't cannot`);

// core/analysis/worthiness-features.ts

/** Present-tense "be" as a main verb: "X is Y" states a quality or a classification. */
export const PRESENT_BE = words(`is are 's remains remain seems seem`);

/** Past auxiliaries: with the verbs in -ed, something happened ("was", "had", "did"). */
export const PAST_AUXILIARIES = words(`was were had did`);
