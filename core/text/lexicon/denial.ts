/** Denial and negation: verbs that deny, words that call something false, what can be denied, and the words around a negation. Lower case. */
import { forms } from './reporting-verbs';
import { wordList, words } from './words';

export const DENY_FORMS = words(`deny denies denied denying`);

export const REJECTION_VERBS = words(`
  reject rejects rejected rejecting dismiss dismisses dismissed dismissing refute refutes refuted refuting rebut
  rebuts rebutted rebutting repudiate repudiates repudiated repudiating dispute disputes disputed disputing
  contest contests contested contesting debunk debunks debunked debunking rubbish rubbished rubbishes`);

/**
 * Verbs that doubt what someone said, but only when their object is a statement: "questioned the findings",
 * "challenged the notion that X", "contradicts that account" deny; "questioned the suspect", "challenged the
 * champion" do not. Held to a disputable noun (or a pronoun ending the clause).
 */
export const DOUBTING_VERBS = words(`
  question questions questioned questioning challenge challenges challenged challenging doubt doubts doubted
  doubting contradict contradicts contradicted contradicting undermine undermines undermined undermining
  disbelieve disbelieves disbelieved`);

/** Doubt as a state of mind, about a statement: "other experts are cautious about the findings", "sceptical of the claims". */
export const DOUBT_ADJECTIVES = words(`
  sceptical skeptical cautious doubtful unconvinced wary dubious suspicious critical distrustful incredulous`);

/** What joins a doubt adjective (or "doubts") to what is doubted: "sceptical of", "doubts about". */
export const DOUBT_LINKS = words(`of about over regarding towards toward on`);

/**
 * Phrasal verbs of doubt, each a verb's forms then the words after it: "cast doubt on", "took issue with",
 * "pushed back against", "poured cold water on", "disagreed with". Their object is held to a statement too.
 */
export const PHRASAL_DOUBTS: ReadonlyArray<{ verbs: ReadonlySet<string>; then: readonly string[][] }> = [
  { verbs: words(`cast casts casting`), then: [['doubt', 'on'], ['doubt', 'upon'], ['doubt', 'over'], ['doubts', 'on'], ['doubts', 'over']] },
  { verbs: words(`raise raises raised raising express expresses expressed expressing voice voices voiced voicing`), then: [['doubts', 'about'], ['doubts', 'over'], ['doubt', 'about'], ['concerns', 'about'], ['questions', 'about'], ['questions', 'over']] },
  { verbs: words(`take takes took taking`), then: [['issue', 'with']] },
  { verbs: words(`push pushes pushed pushing`), then: [['back', 'against'], ['back', 'on']] },
  { verbs: words(`pour pours poured pouring`), then: [['cold', 'water', 'on']] },
  { verbs: words(`disagree disagrees disagreed disagreeing`), then: [['with']] },
];

/**
 * Verbs that answer an accusation by upholding what was attacked: "defending the police response", "justified
 * the strikes", "stood by the report". Their object names the accused act; the accusation is found by it.
 */
export const DEFENCE_VERBS = words(`defend defends defended defending justify justifies justified justifying`);

/**
 * What a defence upholds when it answers an accusation: an act, a decision or a telling — not a place or a thing
 * ("defended the city", "stood by the ballot boxes" answer nothing). The head noun of what is upheld.
 */
export const DEFENSIBLE_ACTS = words(`
  decision decisions response responses policy policies action actions handling conduct record reporting report
  story coverage strike strikes airstrikes operation operations use move moves plan plans measure measures approach
  comments comment remarks remark statement statements tactics raid raids spending deal treatment methods method
  force crackdown investigation inquiry ruling verdict sentence law laws bill reform reforms choice choices
  behaviour behavior practice practices programme program budget cuts deployment ban lockdown restrictions
  interview article claims claim account figures code codes rules regulations guidelines directive directives decree
  decrees legislation`);

/** "In defence of the code, the government said …": the noun form of a defence, after "in" and before "of". */
export const DEFENCE_NOUNS = words(`defence defense`);

/** "stood by the decision": the verb forms of "stand" whose next word is "by". */
export const STANDING_BY = words(`stand stands stood standing`);

/** Words that make a sentence an attack someone may defend against: "accused of heavy-handedness", "criticised for". */
export const CRITICISM_STEMS = wordList(`accus alleg charg criticis criticiz condemn blam denounc lambast slamm castigat rebuk censur`);

/** Verbs that deny only with a falsity word: "called the allegations baseless". */
export const CALLING_VERBS = words(`
  call calls called calling term terms termed terming describe describes described describing brand brands branded
  branding label labels labelled labeled dub dubbed declare declares declared declaring deem deems deemed
  pronounce pronounced rule ruled consider considers considered find found`);

/** What can be denied as untrue. */
export const DISPUTABLE_NOUNS = new Set([
  'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports',
  'assertion', 'assertions', 'suggestion', 'suggestions', 'rumour', 'rumours', 'rumor', 'rumors', 'statement',
  'statements', 'remark', 'remarks', 'speculation', 'speculations', 'insinuation', 'insinuations', 'contention',
  'notion', 'narrative', 'narratives', 'version', 'account', 'accounts', 'story', 'stories', 'news', 'figures', 'figure',
  'numbers', 'data', 'findings', 'finding', 'assessment', 'estimate', 'estimates', 'characterisation',
  'characterization', 'portrayal', 'interpretation', 'conclusion', 'conclusions', 'reporting', 'coverage', 'theory',
  'theories', 'impression', 'perception', 'idea', 'assertion', 'propaganda', 'news', 'tweet', 'tweets', 'post', 'posts',
  'video', 'footage', 'picture', 'pictures', 'photo', 'photos', 'image', 'images', 'article', 'articles', 'leak', 'leaks',
  'reading', 'readings', 'description', 'depiction', 'framing', 'statistics', 'tally', 'toll', 'projection',
  'projections', 'explanation', 'analysis', 'premise', 'versions', 'characterisations', 'characterizations',
  'interpretations', 'descriptions', 'testimony', 'quote', 'quotes',
  // Documents and what they rest on: "rejected the study", "disputed the survey's methodology".
  'study', 'studies', 'survey', 'surveys', 'audit', 'dossier', 'methodology', 'methodologies',
]);

/** Objects of "denied" that are things refused, not claims denied: "denied bail", "denied him a visa". */
export const REFUSED_THINGS = words(`
  access entry bail visa visas permission request requests him her me us you admission service treatment care
  benefits rights right justice passage landing citizenship asylum parole leave funding funds approval clearance
  licence license membership opportunity chance`);

/** Nominal objects of "deny" that name the alleged act: "denied any involvement in the attack". */
export const DENIED_ACTS = words(`
  involvement wrongdoing wrongdoings role responsibility knowledge links link connection connections ties part
  culpability guilt participation complicity presence existence collusion interference meddling support backing
  funding financing sponsoring harbouring harboring abuse abuses torture fraud corruption rigging misconduct
  killing killings deaths casualties attack attacks strike strikes use responsibilty`);

export const FALSITY_WORDS = words(`
  false untrue baseless unfounded fabricated groundless incorrect inaccurate misleading lies lie nonsense
  propaganda concocted fabrication fabrications bogus fake fiction fictitious unsubstantiated spurious frivolous
  malicious distorted slanderous defamatory libellous libelous nonexistent non-existent invented made-up absurd
  ridiculous wrong outdated out-of-date exaggerated overstated inflated erroneous mistaken flawed biased
  unreliable skewed unscientific discredited trumped-up`);

/** What a person is judged to be about what they said: "Lavrov was wrong about the VOA reporting". */
export const JUDGED_WRONG_WORDS = words(`wrong mistaken incorrect`);
/** After such a judgement, what makes it one of their words: "wrong about …", "mistaken in saying …", "wrong to claim …", "wrong when he said …". */
export const ABOUT_WHAT_WAS_SAID = words(`about in to when`);
/** Verbs of asserting after "wrong to / in / when" ("wrong to claim", "mistaken in saying", "wrong when she said"): words, not acts ("wrong to call an election"). */
export const ASSERTING_FORMS: ReadonlySet<string> = forms(
  wordList(`say claim suggest assert argue insist state imply maintain contend`),
  'base', 'third', 'past', 'ing',
);
/** Words that take back a judgement: "was hardly wrong", "if Lavrov was wrong", "those who said Jones was wrong". */
export const UNASSERTED_JUDGEMENT_WORDS = words(`hardly scarcely barely never not if whether unless though although who`);

/** False words that also serve as ordinary opinion words: need a disputable subject ("the claims are absurd"). */

export const WEAK_FALSITY_WORDS = words(`
  biased unreliable skewed unscientific discredited absurd ridiculous wrong malicious invented lie fiction
  outdated exaggerated overstated inflated mistaken flawed out`);

export const DENIAL_ADVERBS = words(`
  strongly categorically flatly vehemently firmly outright again also completely totally entirely utterly simply
  absolutely patently wholly clearly all strenuously emphatically repeatedly swiftly quickly publicly officially
  immediately promptly roundly forcefully angrily previously since later subsequently had has have then both
  further just baselessly again once twice however`);

export const COPULAS = words(`is are was were 's be been being remain remains remained seem seems appear appears`);

export const NEGATORS = words(`
  not no never nor neither without refused declined cannot unable failed refuse refuses decline declines fail
  fails hardly barely reluctant whether`);

export const PRONOUNS_FOR_ONE_CLAIM = new Set(['it', 'this', 'that', 'the same', 'such']);

export const PRONOUNS_FOR_CLAIMS = words(`these those them they all such`);

export const BEFORE_A_DENIED_NOUN = words(`
  these those such the this that all any both its his her their our my your a an some recent latest new fresh
  earlier similar media press previous above foregoing said same allegations reported alleged baseless false
  unfounded repeated various other further widespread persistent opposition government official online`);

/** Where the content of "denied that X" ends. */
export const DENIED_CLAUSE_ENDS = new Set([';', '—', '–', ':', '”', '"', '(', ')']);

export const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’']);

/** Denial told by a falsity predicate: "These allegations are baseless", "said it was not true (that X)". */
/** Nouns for a number someone gave: "far below the figure given in Velgrad". */
export const FIGURE_NOUNS = words(`figure figures estimate estimates number numbers tally toll total count`);

export const COMPARATIVES = words(`below above lower higher less fewer smaller bigger larger greater`);

export const AFTER_A_NEGATION = words(`
  is are was were be been being has have had do does did will would shall should can could may might must ever yet
  even actually really once always knowingly deliberately secretly personally directly in fact at any point stage`);

/** Negated predicates that withhold, not contradict: "did not release the names", "did not deny", "would not comment". */
export const NOT_CONTRADICTING = words(`
  deny denied denies confirm confirmed comment commented respond responded reply replied say said know known knew
  disclose disclosed identify identified name named reveal revealed specify specified elaborate explain explained
  answer answered return returned immediately only least just necessarily clear sure want wanted wish expect
  expected think believe doubt rule exclude one longer more less such doubt matter longer way sign signs evidence
  reason comment injured hurt harmed casualties injuries`);

export const NEGATION_CLAUSE_STARTS = new Set([',', ';', ':', '—', '–', '"', '“', '”', '(', ')']);

export const NEGATION_CLAUSE_ENDS = new Set([...NEGATION_CLAUSE_STARTS, '.', '!', '?']);

/** Words that negate what a clause asserts; a denial reads as a negation of the claim it denies. */
export const NEGATIONS_OF_A_CLAIM: ReadonlySet<string> = words(`not no never none nobody nothing neither nor cannot without deny denies denied denying dismissed dismisses
  refuted refutes false untrue baseless unfounded`);

/** Stems of accusing ("accused", "allegations", "charged"): words every denial and its target share, so no evidence they are about the same story. */
export const ACCUSATION_STEMS = wordList('accus alleg charg');

/**
 * Verbs whose object can only be a statement (a proposal or a bill can be rejected, not disputed): "This has been
 * disputed by Iran", "It was denied by the ministry" point back at a claim even without a noun.
 */
export const CLAIM_ONLY_VERBS = words(`
  deny denies denied denying dispute disputes disputed disputing refute refutes refuted refuting rebut rebuts
  rebutted rebutting contest contests contested contesting debunk debunks debunked debunking`);

/** Auxiliaries between a passive's subject and its participle: "has been disputed", "was widely denied". */
export const PASSIVE_AUXILIARIES = words(`is are was were be been being has have had 's`);

/**
 * A speaker relaying someone else's claim: "there's an allegation of …", "reports that …", "it has been claimed
 * that …". Such a sentence is theirs to deny ("That's false."), though they said it.
 */
export const RELAYED =
  /\b(?:allegations?|accusations?|claims?|suggestions?|reports?|rumou?rs?|speculation)\s+(?:of|that)\b|\b(?:has|have|had)\s+been\s+(?:alleged|claimed|suggested|reported|said)\b/iu;

/** A sentence opening as a correction: "In fact, …", "In reality, …", "Actually, …", "The truth is …". */
export const CORRECTION = /^\W*(?:(?:but|yet|and)\s+)?(?:in (?:fact|reality|truth)|actually|the (?:truth|reality|fact) is|contrary to (?:this|that|these|popular|common|such)[\p{L}\s]{0,20}?)\b/iu;

/** A sentence telling how something is seen rather than how it is: what a correction corrects. */
export const FRAMING =
  /\b(?:portray(?:s|ed|al)?|depict(?:s|ed|ion)?|(?:described|characteri[sz]ed|painted|framed|cast|seen|perceived|regarded|viewed|billed|presented|touted|dismissed) as|(?:the|an|this|that) (?:impression|perception|narrative|myth|misconception|assumption|belief|notion)|conventional wisdom|popular belief|widely (?:believed|assumed|thought|held|reported|seen)|(?:many|most|some) (?:people |observers |analysts |experts )?(?:believe|assume|think)|it is (?:often|commonly|widely|frequently) (?:said|claimed|believed|assumed|thought)|(?:has|have) (?:long |often )?been (?:claimed|suggested|argued|assumed))\b/iu;

/** Words that open a sentence countering the one before: "Yet …", "But …", "However, …". */
const COUNTERING_WORDS = wordList(`yet but however still nevertheless nonetheless`);
export const COUNTERING = new RegExp(String.raw`^\W*(?:${COUNTERING_WORDS.join('|')})\b`, 'iu');

/**
 * A sentence opening as one side's answer to another's: "However, the prime minister insisted …", "In turn, the
 * government accused …", "By contrast, the union says …", "In response, …" (with its comma: not "In response to the
 * earthquake").
 */
export const REPLY_OPENING = new RegExp(String.raw`^\W*(?:${COUNTERING_WORDS.join('|')}|in turn|in (?:response|reply)(?=\s*,)|in contrast|by contrast|on the other hand)\b`, 'iu');
/**
 * Words that take the other side in such an answer, as whole words: criticism ("accused", "condemned"), opposition
 * ("opposed"), disagreement and "wrong", beside the denial verbs and the strong falsity words. Not comparisons
 * ("below", "different"), concern or doubt nouns ("critical infrastructure", "in question"), "the opposing coach".
 */
export const REPLY_CONTRARY_WORDS: ReadonlySet<string> = new Set([
  ...forms(wordList(`accuse criticise criticize condemn blame denounce oppose disagree violate`), 'base', 'third', 'past'),
  ...forms(wordList(`accuse criticise criticize condemn blame denounce`), 'ing'),
  'wrong',
]);
/** Falsity words that are ordinary words in an answer: "the airport lies 40 km from the capital". */
export const NOT_FALSITY_IN_AN_ANSWER = words(`lies lie`);
/** What opens the clause a participle's denial hangs on ("… the same day that Russian officials issued …", "— when …"). */
export const CLAUSE_OPENING_WORDS = wordList(`that when as after while because where`);
/** Irregular finite verbs after a named subject in such a clause ("Russian officials issued", "Moscow said", "the Kremlin gave"). */
export const NAMED_SUBJECT_VERBS = wordList(`said says told made gave wrote held sent`);
/** Where a reply's own words end for display: a participle or clause going on ("…, saying …", "…, and …"). */
export const REPLY_PHRASE_ENDERS = wordList(`saying adding and but who which`);
/** "opposition to": the noun of opposition that takes a side (not "the opposition party"). */
export const OPPOSITION_TO = /\bopposition to\b/iu;
/** What does not follow do-support as a stressed verb: "did not", "did so". */
export const NOT_STRESSED_AFTER_DO = words(`not never so`);
/** Words that end a judged-wrong about-phrase: "… about Avdiivka and its troops held the town". */
export const ABOUT_PHRASE_ENDERS = words(`and but while`);
/** Focus words that put an answer on the same side: "But the union also rejected the offer", "The UN, too, condemned it". */
export const SAME_SIDE_WORDS = words(`also too likewise similarly equally`);

/**
 * An answer to the position just told, with no object of its own: "Sok Ny disagrees.", "some critics argue the
 * opposite", "the ministry says otherwise". (Not "differ": "the two plans differ" compares things.) The verbs that disagree alone, those that need
 * an opposite after them, and the opposites.
 */
export const DISAGREEING_FORMS: ReadonlySet<string> = forms(wordList(`disagree`), 'base', 'third', 'past');
export const ARGUING_FORMS: ReadonlySet<string> = forms(wordList(`argue say insist contend believe suggest`), 'base', 'third', 'past');
export const OPPOSITE_WORDS = words(`opposite otherwise contrary reverse`);
/** What may follow an opposite and still close the answer: "argue the opposite, saying …". */
export const AFTER_AN_OPPOSITE = words(`and but saying arguing that`);
/** Words opening a condition, inside which "says otherwise" answers nothing: "Unless a court says otherwise, …". */
export const CONDITION_OPENERS = words(`if unless until whether`);
/** Conjunctions supposing what the clause after them says, not asserting it ("if both sides can't be persuaded"); not "until". */
export const SUPPOSING_CONJUNCTIONS = words(`if unless whether`);

/** What a claim is made in: "the allegations made in the Guardian report", "the claims in the BBC documentary". */
export const PUBLISHED_THINGS = words(`report reports article articles story stories documentary programme program investigation letter book series piece editorial`);

/** Words that make a sentence an accusation someone could deny (stems and phrases, as a pattern's alternation, case ignored). */
export const ALLEGATION_PATTERN = String.raw`accus|alleg|attribut|blam|responsib|involv|complicit|harbo|shelter|sponsor|fund|financ|arm(?:s|ed|ing)\b|train(?:s|ed|ing)\b|back(?:s|ed|ing)\b|support(?:s|ed|ing)?\b|behind\b|orchestrat|plot|conspir|rig(?:s|ged|ging)?\b|fraud|corrupt|brib|embezzl|launder|abus|tortur|violat|breach|kill|murder|attack|bomb|shell|strike|operat(?:e|es|ed|ing)\s+from|used\s+against|use[sd]?\s+.{0,30}\s+against|carried\s+out|cover(?:ed|ing)?\s+up|lie[sd]\b|lying|misled|mislead|stole|steal|smuggl|collu|interfer|meddl|spy|spied|espionage|illegal|unlawful|crime|criminal|genocide|massacre|discriminat|harass|assault|mistreat|persecut|neglig|mismanag|fail(?:ed|ing)?\s+to|hid\b|dump|pollut|contaminat|poison|overcharg|underpa|hidden|conceal|manipulat|falsif|fake|plagiar|exploit|sabotag|incit|insurgen|militan|terror|infiltrat|sanction|leak|cheat|misus|divert|siphon|inflat|overstat|understat|censor|suppress|intimidat|threat|coerc|extort|detain|abduct|kidnap|disappear|target`;

/** What staff accuse an employer of, beyond the allegation words: "pressured nurses", "ignored complaints" (a pattern's alternation, case ignored). */
export const GRIEVANCE_PATTERN = String.raw`pressur|ignor|forc(?:ed|ing)\b|bull(?:y|ied|ying)\b|threaten|sack|fired\b|punish|retaliat|unsafe|dangerous|understaff|short-staffed|complain|victimi|humiliat|shout|ordered\b|instructed\b|told\s+(?:staff|us|them|nurses|workers|employees|drivers|colleagues)\b|pushed\b|left\s+(?:to|in|alone|without)\b|refused\b|denied\s+(?:them|us|staff|patients|residents)|cut\s+corners|turned\s+a\s+blind\s+eye|look(?:ed)?\s+the\s+other\s+way`;

/** People who accuse from inside or beside the accused, after "former", "ex-" or "past": "former employees", "ex-staffers". */
export const FORMER_INSIDERS = wordList(`
  employee employees staff staffer staffers worker workers nurse nurses doctor doctors manager managers executive
  executives colleague colleagues member members officer officers official officials player players student
  students pupil pupils teacher teachers driver drivers contractor contractors guard guards engineer engineers
  director directors insider insiders patient patients customer customers tenant tenants client clients carer
  carers volunteer volunteers`);

/** One insider counted among others: "one former nurse", "another employee", "a second staff member" (after the count word; a pattern's alternation). */
export const COUNTED_INSIDERS_PATTERN = String.raw`employee|worker|nurse|manager|insider|source|staff\s+member`;

/** The party a sentence opens with before one of these is its own subject: "The company dismissed …", "The ministry said …". */
export const OWN_STATEMENT_VERBS = wordList(`
  said says dismissed dismisses denied denies rejected rejects disputed disputes called calls termed insisted insists`);
/** Words that may stand between that party and its verb: "has flatly denied", "later said". */
export const BEFORE_AN_OWN_STATEMENT_VERB = wordList(`has have had also later swiftly flatly strongly`);

/** Subjects that name no party of their own: "he dismissed …", "this was denied". */
export const PRONOUN_SUBJECTS = words(`he she it they we i you this that who which`);

/** Generic words in a denier's name that say nothing about who is accused: skipped when taking its name's stems (case ignored). */
export const GENERIC_DENIER_WORDS = wordList(`
  the a an of for and government ministry foreign office spokesperson spokesman spokeswoman minister defence defense
  department state federal national official officials authorities president prime secretary interior army military
  police council party group company firm its his her their said senior`);

/** Words of a denier's name a claim about the denier would not use: "the ministry's spokesman" -> ministry. */
export const DENIER_FILLER_WORDS = words(`the and for spokesperson spokesman spokeswoman said its his her their who one senior former`);

/** Who carries on the sentence before: "the group also …", "the ministry added …". */
export const CONTINUING_SUBJECTS = wordList(`group report statement ministry official officials minister`);
/** Verbs of "he said …", "she also alleged …": the sentence carries on the account before it. */
export const CONTINUING_VERBS = wordList(`said added alleged claimed accused told`);
/** The same for a quoted accuser going on: "she said", "they recalled". */
export const CARRYING_ON_VERBS = wordList(`said says added told recalled alleged claimed`);

/** Nouns that name an accusation: "these allegations", "the charges" (singular; the plural in -s is read too). */
export const ACCUSATION_NOUNS = wordList(`allegation accusation charge claim insinuation assertion contention suggestion`);
/** Nouns that name a number: "that figure", "those estimates" (singular; the plural in -s is read too). */
export const FIGURE_POINTING_NOUNS = wordList(`figure number estimate data statistic statistics tally toll count projection forecast`);
/** Nouns that name someone's telling of events: "that account", "this version" (singular; the plural in -s is read too). */
export const ACCOUNT_NOUNS = wordList(`
  account version characterisation characterization portrayal reading interpretation description depiction framing
  narrative assessment conclusion finding analysis theory explanation premise impression perception idea notion
  statement remark testimony quote story stories`);
/** Nouns that name what was found or concluded: "that finding", "the conclusions" (singular; the plural in -s is read too). */
export const FINDING_NOUNS = wordList(`finding conclusion analysis assessment reading interpretation`);
/** One claim "that claim" may call false, when no accusation is near: "said that claim was false". */
export const ONE_CLAIM_NOUNS = words(`claim assertion statement contention suggestion`);

/** Verbs telling an accusation with its accuser: "The SFO alleges", "Norvenia accused Estravia", "prosecutors charged". */
export const ACCUSING_VERB_FORMS = wordList(`alleges alleged alleging accuses accused accusing claims claimed claiming charges charged charging`);
/** Before one of those, a word that makes it a passive: "are charged with", "was accused of" ("and"/"or" go on with one). */
export const BEFORE_A_PASSIVE_ACCUSATION = words(`is are was were be been being and or`);
/** Before one of those, a word that makes it no verb: "the alleged fraud", "these claims". */
export const BEFORE_AN_ACCUSING_NOUN = words(`the a an these those this that its his her their our of such any no new similar latest earlier whose`);

/** Words before the noun that names a denied event, skipped to reach it: "any involvement", "the alleged attack" (case ignored). */
export const BEFORE_A_DENIED_EVENT = wordList(`
  a an the any some all its his her their our this that these those such alleged reported widespread further`);

// Finding a denial or a negation in one sentence (core/analysis/denial.ts).

/** Cheap test before tokenising a sentence: any stem or phrase a denial, a doubt or a defence is made of (a pattern's alternation, case ignored). */
export const DENIAL_CUE_PATTERN = String.raw`den(?:y|ies|ied|ying)|defend|defen[cs]e|justif|trumped|stood by|stands? by|standing by|question|challeng|doubt|contradict|undermin|disbeliev|scepti|skepti|cautious|unconvinced|wary|dubious|suspicious|critical|distrustful|incredulous|issue with|back against|back on|cold water|concern|disagree|differ|opposite|otherwise|contrary|reject|dismiss|refut|rebut|repudiat|disput|contest|debunk|false|untrue|baseless|unfounded|fabricat|groundless|incorrect|inaccurate|misleading|lies?\b|nonsense|propaganda|concocted|bogus|fake|not true|not the case|not correct|not accurate|not right|without (?:any )?(?:foundation|basis|merit)|null and void|no (?:truth|basis|substance|merit|foundation|evidence)|far from the truth|distort|biased|unreliable|skewed|unscientific|discredited|no such|out of date|outdated|exaggerat|overstat|erroneous|mistaken|below|above|lower than|higher than|fewer than|less than|wrong|absurd|ridiculous|flawed|inflated|invented|fiction|malicious|spurious|unsubstantiated|frivolous|slander|defamat|libel|non-?existent|made[- ]up`;

/** After a comma, words that carry the sentence on past what "denied that …" denies: ", saying …", ", while …". */
export const CLAUSE_CONTINUATIONS = words(`
  and but saying adding asserting insisting arguing calling stressing noting claiming while although though which
  whereas as describing terming accusing blaming urging before after`);

/** Participles telling where a claim was made: "the allegations made in the Guardian report", "carried by the BBC". */
export const CLAIM_PUBLISHING_PARTICIPLES = words(`made contained published levelled leveled raised aired carried`);

/** Before a common-noun owner of what is denied: "the prosecution's claim", "its chief's account". */
export const BEFORE_A_COMMON_OWNER = words(`the its their his her`);

/** Pronoun subjects of a clause without "that": "denied it was", "denied there had been". */
export const BARE_CLAUSE_PRONOUNS = words(`it he she they we i there`);
/** Words opening the subject of a clause without "that": "denied the outage was caused …". */
export const BARE_CLAUSE_DETERMINERS = words(`the a an this his her its their any`);
/** Auxiliaries that show "that X" opens a clause ("denied that reports had reached him"), not a pointer. */
export const CLAUSE_AUXILIARIES = words(`is are was were had has have would could will did does do should might may must can been being`);

/** "not correct", "not accurate", "not right": a falsity verdict after "not". */
export const NOT_A_TRUTH_WORDS = words(`correct accurate right`);
/** After those, words that make them no verdict: "not right to", "not correct about", "not accurate that". */
export const AFTER_NOT_A_VERDICT = words(`to for about that`);
/** What a claim is said to be without: "without foundation", "without any basis". */
export const GROUNDS = words(`basis foundation merit substance evidence`);
/** After a falsity word, words that keep it a verdict rather than an adjective: "false and …", "baseless as …". */
export const AFTER_A_FALSITY_VERDICT = words(`and or but as to by in from because about when`);

/** Before a disputable noun, words that make a denial point at its own sentence: "…, a charge the government denies". */
export const BEFORE_A_SELF_DENIED_NOUN = words(`a an claims allegations charges accusations`);
/** Determiners of any definite object a calling verb declares false: "declared the decision null and void". */
export const BEFORE_A_DECLARED_OBJECT = words(`the this that its their his her`);
/** Before the act a denial names: "denied any involvement", "denied its role". */
export const BEFORE_A_DENIED_ACT = words(`any all its his her their the`);
/** Disputable nouns never read with a clause without "that" after them: "disputed the figures the ministry gave". */
export const NO_BARE_CLAUSE_NOUNS = words(`figure figures number numbers data estimate estimates study studies survey audit`);
/** Before the noun of "the suggestion that X", words pointing back at a claim just made: "rejected the claim that". */
export const POINTING_BACK_DETERMINERS = words(`the this that such`);

/** Adverbs of degree before a comparison: "far below", "well above". */
export const COMPARISON_INTENSIFIERS = words(`far well much way significantly considerably substantially`);
/** Before the figure a number is set against: "below the figure given", "lower than those numbers". */
export const BEFORE_A_COMPARED_FIGURE = words(`the that this those these`);
/** Before the number set against it: "their number was far below …". */
export const BEFORE_A_COMPARING_FIGURE = words(`their its the his her our`);
/** Words joining a disputable noun to what it tells: "reports of X", "claims that X", "posts claiming X". */
export const TELLING_WORDS = words(`of that claiming suggesting saying alleging stating`);

/** "no truth in", "no basis for": what a claim is said to have none of. */
export const NO_TRUTH_NOUNS = words(`truth basis substance merit foundation`);
/** … and the word joining it to the claim. */
export const AFTER_NO_TRUTH = words(`in to for behind`);
/** Verbs before "no evidence" taken into the phrase: "(there) is no evidence", "has no evidence". */
export const BEFORE_NO_EVIDENCE = words(`is was has had`);
/** Reporting verbs taken into "said no such …". */
export const SAYING_BEFORE_NO_SUCH = words(`said says insisted insists maintained stressed added replied told`);
/** A pronoun and its copula in one token, the subject of a verdict: "That's false", "it's not true". */
export const CONTRACTED_SUBJECTS = words(`it's that's this's`);
/** Reporting verbs taken into a verdict's phrase: "said the claims were false". */
export const SAYING_BEFORE_A_VERDICT = words(`said says saying insisted insists stressed maintained maintains added asserted argued stated`);

/** Between the holder of a doubt and the doubt, besides copulas and auxiliaries: "remain sceptical", "grew wary", "also". */
export const BEFORE_A_HELD_DOUBT = words(`remain remains remained became become grew also`);
/** Subjects that name no holder of a doubt. */
export const NO_HOLDER_SUBJECTS = words(`it this that they he she we i you which who there`);
/** Before a doubting word, words that make it a noun: "is a question that …", "the challenge of …". */
export const BEFORE_A_DOUBT_NOUN = words(`
  a an the this that these those no any some its his her their our my your one key big open real central same first
  main serious`);
/** Forms of "be" before a doubting participle: "have been questioned", "was challenged". */
export const BE_BEFORE_A_DOUBTED = words(`been being is are was were`);
/** Where the agent of "challenged by …" ends: a preposition, a time word or a relative. */
export const AFTER_A_DOUBT_AGENT = words(`at on in for from with during after before since last this over about and who which that`);

/** Determiners opening what a defence upholds: "the police response", "its decision". */
export const BEFORE_AN_UPHELD_ACT = words(`the its his her their our this that these those`);
/** Before a defence word, articles that make it an adjective: "the defending champion". */
export const BEFORE_A_DEFENDING_ADJECTIVE = words(`the a an`);

/** "there is no", "there was no": forms of "be" between "there" and "no". */
export const EXISTENTIAL_BE = words(`is was are were`);
/** "there has been no": forms of "have" before "been". */
export const EXISTENTIAL_HAVE = words(`has have had`);
/** Cheap test before tokenising a sentence for a negation: these words, or "n't". */
export const NEGATION_CUE_WORDS = wordList(`not no never nobody nothing none no-one`);
/** "At no point did …": the nouns after "no" that invert the clause … */
export const AT_NO_MOMENT_NOUNS = words(`point time stage`);
/** … and the auxiliaries that follow them. */
export const INVERTING_AUXILIARIES = words(`did has had have was were is does do`);
/** Determiners opening the inverted subject: "At no point did the army …". */
export const BEFORE_AN_INVERTED_SUBJECT = words(`the a an its our their his her this any`);
/** Pronouns as the inverted subject: "At no time did we …". */
export const INVERTED_PRONOUNS = words(`we they he she it i you`);
/** Reporting words after which a negated clause starts: "… said the company had not …". */
export const REPORTING_BEFORE_A_NEGATION = words(`said says saying insisted insists added stressed maintained argued told replied that`);
/** Conjunctions that end a negated clause: "did not attend because …". */
export const NEGATION_CLAUSE_BREAKERS = words(`but because although though while whereas`);
/** Words showing a sentence names its source ("…, it said", "according to") (a pattern's alternation, case ignored). */
export const NAMED_SOURCE_PATTERN = String.raw`said|says|told|added|insisted|stated|according to|statement`;

// core/import/speaker.ts

/** What a denial verb's object opens with ("disputes that", "contested the figures", "rejected claims"), as a pattern's alternation; the stage adds a capitalised word. */
export const DENIED_OBJECT_OPENERS_PATTERN = String.raw`that|this|these|those|the|a|an|any|all|such|his|her|its|their|claims?|reports?|allegations?|suggestions?|accounts?|figures?|findings?|characteri[sz]ations?|it|them|what|whether|how`;
