/**
 * Word lists for finding who makes a statement. Kept short and specific to
 * news writing: a missing speaker is an inconvenience, a wrong one misleads.
 */

import {
  ADDRESS_LEMMAS,
  BELIEF_LEMMAS,
  CONTINUE_LEMMAS,
  DESCRIBING_LEMMAS,
  DENIAL_LEMMAS,
  DOCUMENT_LEMMAS,
  EXPECT_LEMMAS,
  INVERTIBLE_LEMMAS,
  NOUN_LIKE_LEMMAS,
  PARTICIPLE_LEMMAS,
  PASSIVE_AGENT_LEMMAS,
  PASSIVE_DENIAL_LEMMAS,
  QUOTING_LEMMAS,
  SAY_LEMMAS,
  STANCE_LEMMAS,
  THAT_LEMMAS,
  THAT_OR_PUNCTUATION_LEMMAS,
  finite,
  forms,
} from './speech-verbs';

export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

const without = (a: Set<string>, b: ReadonlySet<string>): Set<string> => new Set([...a].filter((w) => !b.has(w)));

/** "X denounced ...", "Sunak defended ...": stances, which need an object. */
export const STANCE_VERBS: ReadonlySet<string> = finite(STANCE_LEMMAS);

/** "X said", "X denies ...", "X reasserted ...": the verb alone is enough (see speech-verbs.ts for the classes). */
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

/** Nouns for a document or a body of evidence: "records", "data", "the study". */
export const DOCUMENT_NOUNS = words(`
  records record data figures statistics documents document study studies survey surveys poll polls report reports
  analysis research estimates census filings filing tallies results audit investigation review inquiry probe logs
  emails messages papers transcripts footage images evidence tests letter letters memo memos`);

/**
 * What is said rather than done: "the claim was rejected by PhRMA" (a denial, by its agent), "rejected
 * claims that ..." (a denial's object). "A voting system backed by X was rejected" is an event.
 */
export const STATEMENT_NOUNS = words(`
  claim claims report reports allegation allegations accusation accusations suggestion suggestions account
  accounts figure figures finding findings characterisation characterisations characterization
  characterizations assertion assertions charge charges statement statements story stories rumour rumours rumor
  rumors theory theories notion idea comparison comparisons criticism criticisms estimate estimates version
  argument arguments description descriptions assessment assessments it this that these those`);

/** "X slammed into a wall", "X hails from Leeds": a stance verb followed by one of these is a movement, not a stance. */
export const NOT_A_STANCE_OBJECT = words(`into through onto down up off out across past away back from well badly`);

/** "X called the decision “a step forward”", "X called for calm", "X described the plan as ...". */
/** "X described the plan as ...": quoting verbs whose complement opens on "as". */
export const DESCRIBING_VERBS: ReadonlySet<string> = finite(DESCRIBING_LEMMAS);

export const QUOTING_VERBS: ReadonlySet<string> = finite(QUOTING_LEMMAS);

/** "..., said one diplomat.", "..., reaffirmed the minister.": verbs that can come before their speaker. */
export const INVERTIBLE_VERBS: ReadonlySet<string> = forms(INVERTIBLE_LEMMAS, 'third', 'past');

/** ", saying ...", ", insisting that ...": participles reporting what the sentence's subject says. */
export const PARTICIPLES: ReadonlySet<string> = forms(PARTICIPLE_LEMMAS, 'ing');

/** "Officials are warning that ...", "X is insisting ...": the progressive of a verb of saying. */
export const PROGRESSIVES: ReadonlySet<string> = forms([...SAY_LEMMAS, ...ADDRESS_LEMMAS], 'ing');

/** "X said it would ...", "X added that its ...": the verbs after which "it" shows the speaker is an organisation. */
export const SAYING_IT: ReadonlySet<string> = forms([...SAY_LEMMAS, 'add'], 'third', 'past');

/** "Rao believes rates will ...", "Economists expect inflation to ...". */
export const BELIEF_VERBS: ReadonlySet<string> = forms(BELIEF_LEMMAS, 'third', 'past');
export const EXPECT_VERBS: ReadonlySet<string> = finite(EXPECT_LEMMAS);

export const PRONOUNS = words(`he she they it him her them`);

/** Words that may open a speaker's description: "the", "one", "two", "its". */
export const DETERMINERS = words(`
  the a an one two three four five six seven eight nine ten several some many most both all each few its his her
  their our this these those another`);

/** Descriptive words inside a speaker's description: "senior", "federal", "local". */
export const MODIFIERS = words(`
  other more top senior junior local foreign federal provincial state national international regional interim
  former acting deputy assistant vice leading independent military security government health police party
  opposition ruling official unnamed anonymous visiting retired prominent high-ranking top-ranking tribal religious
  industry defence defense intelligence economic financial legal medical election campaign company central interior
  finance trade education public private presidential royal municipal district city county town village new
  current outgoing incoming key civil human rights environmental energy oil climate world global border customs
  immigration tax treasury latest preliminary`);

/** Nouns that can be a speaker: "one diplomat", "the ministry", "residents". */
export const ROLE_NOUNS = words(`
  spokesperson spokespersons spokespeople spokesman spokesmen spokeswoman spokeswomen official officials diplomat
  diplomats minister ministers ministry ministries government governments president presidents premier chancellor
  secretary ambassador ambassadors envoy envoys commander commanders army military authorities authority department
  agency agencies company companies firm statement report reports study survey researcher researchers scientist
  scientists doctor doctors activist activists critic critics judge judges court prosecutor prosecutors lawyer
  lawyers attorney attorneys director chairman chairwoman chair executive executives manager managers board council
  committee party parties group groups organisation organization union unions coach founder professor economist
  economists analyst analysts expert experts observer observers people member members representative
  representatives adviser advisers advisor advisors aide aides delegation mayor governor general negotiator
  negotiators source sources witness witnesses resident residents villager villagers elder elders leader leaders
  leadership lawmaker lawmakers legislator legislators senator senators officer officers police head chief team
  staff worker workers employee employees investigator investigators regulator regulators militant militants
  insurgent insurgents rebel rebels protester protesters protestors student students teacher teachers parent parents
  farmer farmers office administration cabinet parliament assembly bank nation country countries side camp newspaper
  broadcaster network channel outlet website data figures statistics poll polls census estimates document documents
  letter memo filing family families relatives forces troops soldiers navy citizens voters users customers
  consumers supporters opponents survivors victims petitioners plaintiffs defendants engineer engineers shopkeeper
  shopkeepers traders merchants businessmen owner owners operator operators provider providers physician physicians
  nurses nurse hospital hospitals school schools university universities institute scholars scholar cleric clerics
  commission regime junta coalition alliance bloc journalist journalists reporter reporters correspondent
  correspondents editor editors author authors historian historians man men woman women citizen voter user
  customer supporter opponent survivor victim soldier trader merchant businessman businesswoman ally allies partner
  partners neighbour neighbours neighbor neighbors friend friends colleague colleagues dealer dealers broker brokers
  investor investors banker bankers lender lenders creditor creditors television tv radio media press agents agent
  campaigners campaigner airline airlines carrier carriers insurer insurers retailer retailers manufacturer
  manufacturers utility utilities charity charities watchdog watchdogs supplier suppliers developer developers club
  clubs defence defense prosecution panel jury tribunal business businesses cooperative cooperatives association
  associations federation federations society foundation foundations consortium lieutenant lieutenants sergeant
  sergeants captain captains detective detectives colonel colonels inspector inspectors major coastguard
  coastguards inspectorate ombudsman bureau observatory monitor monitors think-tank thinktank firefighters
  paramedics`);

/** "Sources close to the player", "People familiar with the talks": unnamed groups described by what follows. */
export const DESCRIBED_GROUPS = words(`sources people officials diplomats insiders aides allies`);
export const GROUP_QUALIFIERS = words(`close familiar briefed involved with who at`);

/** Joining words inside a name or title: "Ministry of Foreign Affairs", "Analysts at J. P. Morgan". */
export const NAME_CONNECTORS = words(`of for and & at de del da di du van von der den al el bin ibn le la e`);

/** "according to officials in Kabul": a few more joining words after "according to". */
export const ACCORDING_TO_CONNECTORS = words(`from in`);

/**
 * Words that are capitalised only because they start the sentence ("Recently,
 * Khan said"): never the beginning of a speaker's name.
 */
export const FUNCTION_WORDS = words(`
  however meanwhile recently in on at but and as while when after before also earlier later last yesterday today
  tonight since then so yet still now if although though because separately additionally moreover instead thus
  hence previously subsequently finally similarly currently initially ultimately eventually officially publicly
  reportedly notably importantly furthermore indeed nevertheless nonetheless overall here there why what how who
  where which that whether during under over by with without from to into for of citing`);

/** Between a speaker and the verb: "Gandapur has recently announced", "Islamabad also urged". */
export const AUXILIARIES = words(`
  has have had also recently again repeatedly previously earlier later publicly reportedly officially firmly
  strongly further then now once already initially separately subsequently privately openly loudly today yesterday
  just always long still`);

/** What may follow an inverted speaker: "said Khan on Monday", "said one diplomat who ...". */
export const AFTER_INVERTED_SPEAKER = words(`
  on in at during after before while when adding as who which told to with from late earlier last this yesterday
  today and`);
